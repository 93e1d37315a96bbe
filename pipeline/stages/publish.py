"""Stage: the extraction -> what analysts read and the scores.

Everything that follows the NLP, in one process: the reviewer's corrections
(:mod:`correct`: ``extracted/documents``, ``corpus.json``, ``corrections.json``),
the HTML report of the corrected output (:mod:`report`) and the scores of the
extraction against the gold files (:mod:`evaluate`). Each part is incremental
on its own; run together they share one start-up and the corpus view, which is
what keeps ``dvc repro`` after adding one text to thousands cheap. Each part
is also a command of its own (``pipeline correct``, ``report``, ``evaluate``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.params import Params
from pipeline.stages import correct, evaluate, report


@dataclass(frozen=True)
class Paths:
    interim: Path  # the extraction (documents/, rejected.json)
    corrections: Path  # review/corrections.yaml
    extracted: Path  # corrected output
    report: Path  # the HTML report's folder
    gold: Path  # <id>.gold.json files
    metrics: Path  # evaluation.json


@contextmanager
def _no_cycle_collector() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the run.

    The caches and manifests of thousands of documents are hundreds of
    thousands of objects that live until the end; each full collection walks
    them all again, which was a quarter of the stage's time on 2,000
    documents. Reference counting still frees them; what the run leaves in
    cycles is a few thousand small objects, whatever the corpus size. At the
    end, the objects still alive (mostly modules) are frozen (``gc.freeze``)
    before the collector is back, so neither the collection its return sets
    off nor the one at interpreter exit walks them again; a long-lived caller
    can ``gc.unfreeze()``.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def run(paths: Paths, params: Params) -> None:
    """Correct, report, score; raises correct.CorrectFailed,
    report.ReportFailed or evaluate.NothingToScore, each naming what is wrong."""
    with _no_cycle_collector():
        applied = correct.apply(
            paths.interim,
            paths.corrections,
            paths.extracted,
            consolidate=params.consolidate,
        )
        report.run(
            paths.extracted,
            paths.report,
            params=params.report,
            corpus=applied.corpus,
            corrections=applied.report,
            digests=applied.digests,
        )
        evaluate.run(paths.gold, paths.interim, paths.metrics, params=params.evaluate)
