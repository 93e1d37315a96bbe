"""Stage: extraction output + a reviewer's corrections -> the corrected output.

Reads ``interim/documents`` and ``review/corrections.yaml``; writes
``extracted/documents``, ``rejected.json`` (as extracted), ``corpus.json``
(rebuilt from the corrected documents) and ``corrections.json`` (which
corrections applied where, and which are stale: matched nothing).

Incremental: a document is corrected again only when its extracted record or
the corrections that can apply to it changed; the manifest keeps what each
correction matched, so stale ones are found without re-reading anything.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError
from rich.console import Console

from models import Corpus, ExtractedDocument
from models.corrections import CorrectionsReport, Outcome, action_of
from pipeline.corrections import CorrectionsError, Loaded, apply_all, load
from pipeline.io import (
    dumps,
    error_text,
    files_digest,
    read_model,
    write_json,
    write_text_atomic,
)
from pipeline.params import ConsolidateParams
from pipeline.stages import consolidate as corpus_stage

err = Console(stderr=True)
MANIFEST = ".correct-manifest.json"
_STAGES = Path(__file__).parent
# The code that decides what a correction does: when it changes, every
# document is corrected again.
_CODE = [
    *sorted((_STAGES.parent / "corrections").glob("*.py")),
    Path(__file__),
    *sorted((_STAGES.parent.parent / "models").glob("*.py")),
]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    input: str  # sha256 of the extracted record
    corrections: str  # hash of the corrections that can apply to it
    matched: list[int] = []


class _Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str = ""
    documents: dict[str, _Entry] = {}


class CorrectFailed(Exception):
    """The corrections file is broken, or there is no extraction to correct."""


def _load_manifest(path: Path, version: str) -> _Manifest:
    manifest = read_model(path, _Manifest)
    return manifest if manifest and manifest.version == version else _Manifest()


def _applicable(loaded: Loaded, doc_id: str) -> list[tuple[int, object]]:
    return [
        (i, c) for i, c in enumerate(loaded.corrections) if c.document in (None, doc_id)
    ]


def _key(pairs: list[tuple[int, object]]) -> str:
    text = json.dumps([[i, c.model_dump(mode="json")] for i, c in pairs])
    return hashlib.sha256(text.encode()).hexdigest()


def _correct_one(path: Path, data: bytes, pairs: list, out: Path) -> set[int] | None:
    try:
        doc = ExtractedDocument.model_validate_json(data)
        fixed, matched = apply_all(doc, pairs)
    except ValidationError as e:
        err.print(f"[red]error[/] {path}: {error_text(e.errors()[0])}; left out")
        (out / path.name).unlink(missing_ok=True)
        return None
    write_text_atomic(out / path.name, dumps(fixed))
    return matched


def _documents(
    source: Path, out: Path, loaded: Loaded, old: _Manifest, version: str
) -> _Manifest:
    out.mkdir(parents=True, exist_ok=True)
    new = _Manifest(version=version)
    for path in sorted(source.glob("*.json")):
        data = path.read_bytes()
        pairs = _applicable(loaded, path.stem)
        entry = _Entry(input=hashlib.sha256(data).hexdigest(), corrections=_key(pairs))
        before = old.documents.get(path.stem)
        same = before and (before.input, before.corrections) == (
            entry.input,
            entry.corrections,
        )
        if same and (out / path.name).exists():
            new.documents[path.stem] = before
            continue
        matched = _correct_one(path, data, pairs, out)
        if matched is not None:
            entry.matched = sorted(matched)
            new.documents[path.stem] = entry
    for path in out.glob("*.json"):
        if path.stem not in new.documents:
            path.unlink()  # its extraction is gone or broken
    return new


def _report(loaded: Loaded, manifest: _Manifest, source: Path) -> CorrectionsReport:
    applied, stale = [], []
    for i, correction in enumerate(loaded.corrections):
        action, kind = action_of(correction)
        docs = sorted(d for d, e in manifest.documents.items() if i in e.matched)
        target = _target(correction)
        outcome = Outcome(
            index=i,
            line=loaded.lines[i],
            action=action,
            kind=kind,
            target=target,
            documents=docs,
            reason=None if docs else _why_stale(correction, manifest),
        )
        (applied if docs else stale).append(outcome)
    return CorrectionsReport(source=str(source), applied=applied, stale=stale)


def _target(correction: object) -> str:
    for field in ("name", "text"):
        value = getattr(correction, field, None)
        if value:
            return value
    return ", ".join(getattr(correction, "names", []))


def _why_stale(correction: object, manifest: _Manifest) -> str:
    doc = getattr(correction, "document", None)
    if doc is not None and doc not in manifest.documents:
        return f"no document {doc!r}"
    where = f"document {doc!r}" if doc else "any document"
    return f"matches nothing in {where} (the extraction may have changed)"


def run(
    input: Path,
    corrections: Path,
    output: Path,
    *,
    consolidate: ConsolidateParams | None = None,
) -> CorrectionsReport:
    return apply(input, corrections, output, consolidate=consolidate)[0]


def apply(
    input: Path,
    corrections: Path,
    output: Path,
    *,
    consolidate: ConsolidateParams | None = None,
) -> tuple[CorrectionsReport, Corpus]:
    """The stage's work; also hands back the corpus view it wrote, so a caller
    in the same process need not read corpus.json again."""
    source = input / "documents"
    if not source.is_dir():
        raise CorrectFailed(f"{source} does not exist: run the extract stage first")
    try:
        loaded = load(corrections)
    except CorrectionsError as e:
        raise CorrectFailed(str(e)) from e
    out = output / "documents"
    version = files_digest(_CODE)
    old = _load_manifest(output / MANIFEST, version)
    manifest = _documents(source, out, loaded, old, version)
    write_json(output / MANIFEST, manifest)
    rejected = input / "rejected.json"
    if rejected.exists():
        write_text_atomic(
            output / "rejected.json", rejected.read_text(encoding="utf-8")
        )
    corpus = corpus_stage.run(
        out, output / "corpus.json", params=consolidate or ConsolidateParams()
    )
    report = _report(loaded, manifest, corrections)
    write_json(output / "corrections.json", report)
    _print(report)
    return report, corpus


def _print(report: CorrectionsReport) -> None:
    err.print(f"corrections: {len(report.applied)} applied, {len(report.stale)} stale")
    for o in report.stale:
        err.print(
            f"[yellow]stale[/] {report.source}:{o.line}: {o.action} {o.kind} "
            f"{o.target!r}: {o.reason}"
        )
