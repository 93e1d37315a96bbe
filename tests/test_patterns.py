"""Every pattern file loads, validates, and matches its own example."""

from __future__ import annotations

import pytest
from spacy.pipeline import SpanRuler

from pipeline.components.names import classify
from pipeline.lexicon import (
    PATTERNS_DIR,
    RULER_FILES,
    GazetteerLine,
    HeadLine,
    RulerLine,
    SeriesLine,
    WordLine,
    read_lines,
    with_word_lists,
)

FILES = {
    **{name: RulerLine for name in RULER_FILES},
    "heads.jsonl": HeadLine,
    "lexicon.jsonl": WordLine,
    "gazetteer.jsonl": GazetteerLine,
    "event_series.jsonl": SeriesLine,
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_file_validates_with_unique_ids(name):
    lines = read_lines(PATTERNS_DIR / name, FILES[name])
    ids = [(line.label, line.id) for line in lines]
    assert lines and len(ids) == len(set(ids))


RULER_LINES = [
    line for n in RULER_FILES for line in read_lines(PATTERNS_DIR / n, RulerLine)
]


@pytest.mark.parametrize("line", RULER_LINES, ids=lambda line: line.id)
def test_token_pattern_matches_its_example(nlp, line):
    ruler = SpanRuler(nlp, name="t", spans_key="t")
    ruler.add_patterns(
        [{"label": line.label, "pattern": with_word_lists(line.pattern)}]
    )
    doc = ruler(nlp(line.example))
    assert any(s.label_ == line.label for s in doc.spans["t"])


HEADS = read_lines(PATTERNS_DIR / "heads.jsonl", HeadLine)


@pytest.mark.parametrize("line", HEADS, ids=lambda line: line.id)
def test_head_classifies_its_example(nlp, line):
    doc = nlp.make_doc(line.example)
    expected = line.of_label if line.of_label and " of " in line.example else line.label
    assert classify(doc[:], _lexicon()).label in {line.label, expected}


def _lexicon():
    from pipeline.lexicon import load_lexicon

    return load_lexicon()


@pytest.mark.parametrize(
    "line",
    read_lines(PATTERNS_DIR / "lexicon.jsonl", WordLine)
    + read_lines(PATTERNS_DIR / "gazetteer.jsonl", GazetteerLine),
    ids=lambda line: line.id,
)
def test_word_and_gazetteer_examples_contain_the_entry(line):
    entry = getattr(line, "word", None) or line.acronym or line.name
    assert entry in line.example


@pytest.mark.parametrize(
    "line",
    read_lines(PATTERNS_DIR / "event_series.jsonl", SeriesLine),
    ids=lambda line: line.id,
)
def test_event_series_pattern_matches_its_example(line):
    import re

    assert re.search(line.pattern, line.example, re.S)
