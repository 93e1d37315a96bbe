"""Dates on TimeBank and AQUAINT (TempEval-3): ``python benchmarks/timeml.py``.

For each dataset: make the calendar variant (``te3_calendar.py``), take each
document's plain text and creation date (``timex_eval.py text``), write them
as ``NAME.txt`` + ``NAME.meta.json`` (``{"published": creation date}``), run
the project's extraction, turn every extracted date into a scorer line of type
DATE (the project's decade ``199X`` is TimeML's ``199``; a range's two
dates, which share the range's text, each get their own end) and score with
``timex_eval.py score``. Prints the DATE row: strict and relaxed span F1 and
value F1 (the figure compared with HeidelTime's 0.821 / 0.772).
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models import ExtractedDocument  # noqa: E402
from pipeline.dates.finder import AND, DASH  # noqa: E402
from pipeline.params import ExtractParams  # noqa: E402
from pipeline.stages import extract  # noqa: E402

DATASETS = {"timebank": "TimeBank", "aquaint": "AQUAINT"}


def _texts(bench: Path, gold: Path) -> list[dict]:
    out = subprocess.run(
        [sys.executable, str(bench / "timex_eval.py"), "text", str(gold)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _offset_map(ours: str, theirs: str) -> list[int | None]:
    """Our offset -> the scorer's offset (ingest may normalise the text)."""
    if ours == theirs:
        return list(range(len(ours) + 1))
    mapping: list[int | None] = [None] * (len(ours) + 1)
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size + 1):
            mapping[a + k] = b + k
    return mapping


def _timeml_value(value: str) -> str:
    """The contract's decade "199X" is TimeML's "199"; centuries stay "19XX"."""
    return value[:3] if re.fullmatch(r"\d{3}X", value) else value


# TimeML types a part of a day as TIME ("this morning"); the contract gives it
# its day
PART_OF_DAY = re.compile(r"this\s+(?:morning|afternoon|evening)", re.I)


def _timeml_type(text: str) -> str:
    return "TIME" if PART_OF_DAY.fullmatch(text) else "DATE"


RANGE_DASH = re.compile(f"{DASH}|{AND}")  # "4-7 May", "24 and 25 April"


def _ends(dates: list) -> list[tuple[int, int]]:
    """Each date's own span. The contract gives both ends of a range the
    range's text ("1991 to 1997"); TimeML tags each end, so the first value
    gets the text before the dash and the second the text after it."""
    spans = [(d.start, d.end) for d in dates]
    for i in range(len(dates) - 1):
        a, b = dates[i], dates[i + 1]
        dash = RANGE_DASH.search(a.text)
        if (a.start, a.end) != (b.start, b.end) or not dash:
            continue
        spans[i] = (a.start, a.start + dash.start())
        spans[i + 1] = (a.start + dash.end(), a.end)
    return spans


def _system_lines(out: Path, docs: dict[str, dict]) -> tuple[list[dict], int]:
    lines, shifted = [], 0
    for path in sorted((out / "documents").glob("*.json")):
        doc = ExtractedDocument.model_validate_json(path.read_bytes())
        theirs = docs[doc.document.id]["text"]
        mapping = _offset_map(doc.document.text, theirs)
        shifted += doc.document.text != theirs
        for date, (start, end) in zip(doc.dates, _ends(doc.dates), strict=True):
            start, end = mapping[start], mapping[end]
            if start is None or end is None or date.value is None:
                continue
            lines.append(
                {
                    "doc": doc.document.id,
                    "start": start,
                    "end": end,
                    "text": theirs[start:end],
                    "type": _timeml_type(theirs[start:end]),
                    "value": _timeml_value(date.value),
                }
            )
    return lines, shifted


def run_dataset(bench: Path, name: str, work: Path, limit: int | None) -> dict:
    gold = work / f"{name}-calendar"
    subprocess.run(
        [sys.executable, str(bench / "te3_calendar.py"), str(bench / "timeml" / name)]
        + [str(gold)],
        check=True,
    )
    docs = {d["doc"]: d for d in _texts(bench, gold)}
    if limit:
        keep = sorted(docs)[:limit]
        docs = {k: docs[k] for k in keep}
        for tml in gold.glob("*.tml"):
            if tml.stem not in docs:
                tml.unlink()
    inp = work / f"{name}-input"
    shutil.rmtree(inp, ignore_errors=True)  # this run's own scratch copy
    inp.mkdir()
    for doc_id, d in docs.items():
        (inp / f"{doc_id}.txt").write_text(d["text"], encoding="utf-8")
        meta = {"published": d["dct"][:10]} if d.get("dct") else {}
        (inp / f"{doc_id}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    out = work / f"{name}-output"
    extract.run(inp, out, params=ExtractParams(progress=False))
    lines, shifted = _system_lines(out, docs)
    system = work / f"{name}-system.jsonl"
    system.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(bench / "timex_eval.py"), "score", str(gold), str(system)]
        + ["--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(scored)["DATE"]
    result["documents"], result["normalised_texts"] = len(docs), shifted
    return result


def main(
    dataset: Annotated[str, typer.Option(help="timebank, aquaint or all")] = "all",
    bench: Annotated[Path, typer.Option(help="the shared bench folder")] = ROOT.parent
    / "shared"
    / "bench",
    limit: Annotated[int | None, typer.Option(help="first N documents only")] = None,
    keep: Annotated[
        Path | None, typer.Option(help="keep the work files here (rewritten each run)")
    ] = None,
) -> None:
    names = list(DATASETS.values()) if dataset == "all" else [DATASETS[dataset]]
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for name in names:
            r = run_dataset(bench.resolve(), name, work, limit)
            strict, relaxed = r["strict"]["F1"], r["relaxed"]["F1"]
            print(
                f"{name:9} DATE  gold {r['n_gold']:4}  system {r['n_sys']:4}  "
                f"strict F1 {strict:.3f}  relaxed F1 {relaxed:.3f}  "
                f"value F1 {r['value']['F1']:.3f}  ({r['documents']} documents, "
                f"{r['normalised_texts']} with normalised text)"
            )


if __name__ == "__main__":
    typer.run(main)
