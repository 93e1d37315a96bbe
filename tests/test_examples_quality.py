"""Regression guard: extraction quality on the project's own example texts
(annotated by shared/corpus/ANNOTATION.md) must not drop below the level
reached. Two sets: examples/raw (written for the project and used to find
faults) and examples/heldout (written by separate sessions that never saw the
code; scored once before any rule was written for them, see its README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.params import EvaluateParams, ExtractParams
from pipeline.stages import evaluate, extract

EXAMPLES = Path(__file__).parent.parent / "examples"
# F1 reached on each set when this guard was set, rounded down; raise it when
# you improve the rules.
FLOORS = {
    "examples": {
        "organisations": 0.97,
        "programs": 0.97,
        "dates": 0.99,
        "events": 0.86,
        "people": 0.99,
        "locations": 0.99,
    },
    # 678 texts since the fourteenth session's twelve batches (jm-jx); the
    # eighth session's sixteen (ha-hq), harder than the earlier ones, took it
    # down, and jm-jx took events from 0.79 to 0.77 (their annotators count
    # more of a text's past milestones as events); dates 0.97 since je-jl
    # brought pages dated only by calendars the extractor does not read (see
    # PUBLISHED_FLOORS): on the 558 texts before them, dates stay at 0.98;
    # events 0.76 since the eighteenth session's kq-kv (0.674 on events; the
    # 786 texts before them stay at 0.77)
    "heldout": {
        "organisations": 0.91,
        "programs": 0.88,
        "dates": 0.97,
        "events": 0.76,
        "people": 0.94,
        "locations": 0.94,
    },
}
SETS = {"examples": EXAMPLES, "heldout": EXAMPLES / "heldout"}
# every publication date read right; of the held-out texts, all but five:
# jb05 ("Posted on 08/07/2017" with nothing in the text to tell day from
# month), jj06 (only Bangladesh's Bengali calendar, "12 Ashwin 1430"), jk03
# ("Updated: D-5", a countdown to the launch day), jl04 (only "Cosmonautics
# Day 2019" in the page's path) and jv02 ("03/06/2010" on a wire that writes
# its other dates month first)
PUBLISHED_FLOORS = {"examples": 1.0, "heldout": 0.99}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, tmp_path_factory):
    folder = SETS[request.param]
    out = tmp_path_factory.mktemp(request.param)
    extract.run(folder / "raw", out, params=ExtractParams(progress=False))
    metrics = evaluate.run(folder / "gold", out, None, params=EvaluateParams())
    return request.param, folder, metrics


def test_every_example_has_gold_and_is_scored(scored):
    _name, folder, metrics = scored
    texts = {
        p.stem for p in (folder / "raw").iterdir() if p.suffix in {".txt", ".html"}
    }
    golds = {p.name.removesuffix(".gold.json") for p in folder.glob("gold/*.json")}
    assert texts == golds
    assert metrics["documents_scored"] == len(texts)


def test_f1_at_least_the_reached_level(scored):
    name, _folder, metrics = scored
    below = {
        category: metrics["categories"][category]["f1"]
        for category, floor in FLOORS[name].items()
        if metrics["categories"][category]["f1"] < floor
    }
    assert not below, f"{name}: below the floor {FLOORS[name]}: {below}"


def test_publication_dates(scored):
    name, _folder, metrics = scored
    assert metrics["published_accuracy"] >= PUBLISHED_FLOORS[name]
