"""Stage: score extraction output against gold files; print and write metrics."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from models import ExtractedDocument, GoldDocument
from pipeline.evaluation.scores import (
    CATEGORIES,
    Counts,
    acronyms_linked,
    score_document,
    unmatched,
)
from pipeline.io import write_json
from pipeline.params import EvaluateParams

out = Console()
err = Console(stderr=True)


class NothingToScore(Exception):
    pass


def _load(path: Path, model):  # noqa: ANN001, ANN202
    try:
        return model.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as e:
        err.print(f"[red]cannot read[/] {path}: {str(e).splitlines()[0]}")
        return None


def _documents_dir(predicted: Path) -> Path:
    return predicted / "documents" if (predicted / "documents").is_dir() else predicted


def _table(metrics: dict) -> Table:
    table = Table(title="extraction vs gold", show_edge=False)
    for col in ("category", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="left" if col == "category" else "right")
    for name, m in metrics["categories"].items():
        table.add_row(
            name,
            f"{m['precision']:.3f}",
            f"{m['recall']:.3f}",
            f"{m['f1']:.3f}",
            str(m["tp"]),
            str(m["fp"]),
            str(m["fn"]),
        )
    return table


def run(
    gold: Path, predicted: Path, output: Path | None, *, params: EvaluateParams
) -> dict:
    gold_files = sorted(gold.glob("*.gold.json"))
    docs_dir = _documents_dir(predicted)
    totals = {c: Counts() for c in CATEGORIES}
    per_doc, errors = {}, {}
    published = [0, 0]
    linked = [0, 0]
    for path in gold_files:
        g = _load(path, GoldDocument)
        if g is None:
            continue
        pred_path = docs_dir / f"{g.id}.json"
        p = _load(pred_path, ExtractedDocument) if pred_path.exists() else None
        if p is None:
            err.print(f"[yellow]no prediction[/] for {g.id} in {docs_dir}")
        counts = score_document(p, g, params.fuzzy_threshold) if p else unmatched(p, g)
        for c in CATEGORIES:
            totals[c].add(counts[c])
        per_doc[g.id] = {c: counts[c].prf() for c in CATEGORIES}
        errors[g.id] = {
            c: {"missed": counts[c].missed, "spurious": counts[c].spurious}
            for c in CATEGORIES
            if counts[c].missed or counts[c].spurious
        }
        published[0] += (p.document.published if p else None) == g.published
        published[1] += 1
        if p:
            a, b = acronyms_linked(p, g, params.fuzzy_threshold)
            linked[0], linked[1] = linked[0] + a, linked[1] + b
    if not published[1]:
        raise NothingToScore(f"no readable gold file (*.gold.json) in {gold}")
    cats = {c: totals[c].prf() for c in CATEGORIES}
    metrics = {
        "documents_scored": published[1],
        "macro_f1": round(sum(m["f1"] for m in cats.values()) / len(cats), 4),
        "categories": cats,
        "published_accuracy": round(published[0] / published[1], 4),
        "acronym_linked": round(linked[0] / linked[1], 4) if linked[1] else 1.0,
        "documents": per_doc,
        "errors": errors,
    }
    if output is not None:
        write_json(output, metrics)
    out.print(_table(metrics))
    out.print(
        f"published date accuracy {metrics['published_accuracy']:.3f}   "
        f"acronym linked {metrics['acronym_linked']:.3f}   "
        f"macro F1 {metrics['macro_f1']:.3f}   ({published[1]} documents)"
    )
    return metrics
