"""Stage: extraction output + a reviewer's corrections -> the corrected output.

Reads ``interim/documents`` and ``review/corrections.yaml``; writes
``extracted/documents``, ``rejected.json`` (as extracted), ``corpus.json``
(rebuilt from the corrected documents) and ``corrections.json`` (which
corrections applied where, and which are stale: matched nothing).

Incremental: a document is corrected again only when its extracted record,
the corrections that can apply to it or its corrected file changed; the
manifest keeps what each correction matched, so stale ones are found without
re-reading anything, and the hash and stat of each file, so a file whose stat
has not changed since well before the last run is not read at all.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
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
    sha256_of,
    stat_key,
    unchanged,
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
    output: str  # sha256 of the corrected record as written
    input_stat: list[int] | None = None  # io.stat_key of each file
    output_stat: list[int] | None = None


class _Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str = ""
    checked: int = 0  # time.time_ns() before the files' stats were taken
    documents: dict[str, _Entry] = {}


@dataclass(frozen=True)
class Applied:
    """What the stage wrote, for a caller in the same process."""

    report: CorrectionsReport
    corpus: Corpus
    digests: dict[str, str]  # corrected file name -> sha256 of its bytes


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


def _correct_one(
    path: Path, data: bytes, pairs: list, target: Path
) -> tuple[set[int], str] | None:
    """The corrections that matched and the sha256 of the file written."""
    try:
        doc = ExtractedDocument.model_validate_json(data)
        fixed, matched = apply_all(doc, pairs)
    except ValidationError as e:
        err.print(f"[red]error[/] {path}: {error_text(e.errors()[0])}; left out")
        target.unlink(missing_ok=True)
        return None
    text = dumps(fixed)
    write_text_atomic(target, text)
    return matched, hashlib.sha256(text.encode()).hexdigest()


def _kept(target: Path, before: _Entry, since: int) -> list[int] | None:
    """The corrected file's stat when it still holds what was written (by its
    stat, or else by its hash); None when it is gone or was changed."""
    key = stat_key(target)
    if key is None:
        return None
    if unchanged(key, before.output_stat, since) or sha256_of(target) == before.output:
        return key
    return None


def _document(
    path: Path, target: Path, pairs: list, key: str, old: _Manifest
) -> _Entry | None:
    """The document's entry; it is corrected again only when its record, the
    corrections that can apply to it (``pairs``, hashed as ``key``) or its
    corrected file changed."""
    before, stat, data = old.documents.get(path.stem), stat_key(path), None
    if before is not None and unchanged(stat, before.input_stat, old.checked):
        sha = before.input
    else:
        data = path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
    if before is not None and (before.input, before.corrections) == (sha, key):
        kept = _kept(target, before, old.checked)
        if kept is not None:
            return before.model_copy(update={"input_stat": stat, "output_stat": kept})
    data = path.read_bytes() if data is None else data
    done = _correct_one(path, data, pairs, target)
    if done is None:
        return None
    matched, output = done
    return _Entry(
        input=sha,
        corrections=key,
        matched=sorted(matched),
        output=output,
        input_stat=stat,
        output_stat=stat_key(target),
    )


def _documents(
    source: Path, out: Path, loaded: Loaded, old: _Manifest, version: str
) -> _Manifest:
    out.mkdir(parents=True, exist_ok=True)
    new = _Manifest(version=version, checked=time.time_ns())
    keys: dict[tuple[int, ...], str] = {}  # most documents share their corrections
    for path in sorted(source.glob("*.json")):
        pairs = _applicable(loaded, path.stem)
        which = tuple(i for i, _ in pairs)
        if which not in keys:
            keys[which] = _key(pairs)
        entry = _document(path, out / path.name, pairs, keys[which], old)
        if entry is not None:
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
    return apply(input, corrections, output, consolidate=consolidate).report


def apply(
    input: Path,
    corrections: Path,
    output: Path,
    *,
    consolidate: ConsolidateParams | None = None,
) -> Applied:
    """The stage's work; also hands back the corpus view it wrote and the
    corrected files' hashes, so a caller in the same process need not read
    corpus.json or hash the files again."""
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
    write_json(output / MANIFEST, manifest, indent=None)
    rejected = input / "rejected.json"
    if rejected.exists():
        write_text_atomic(
            output / "rejected.json", rejected.read_text(encoding="utf-8")
        )
    digests = {f"{doc_id}.json": e.output for doc_id, e in manifest.documents.items()}
    corpus = corpus_stage.run(
        out,
        output / "corpus.json",
        params=consolidate or ConsolidateParams(),
        digests=digests,
    )
    report = _report(loaded, manifest, corrections)
    write_json(output / "corrections.json", report)
    _print(report)
    return Applied(report, corpus, digests)


def _print(report: CorrectionsReport) -> None:
    err.print(f"corrections: {len(report.applied)} applied, {len(report.stale)} stale")
    for o in report.stale:
        err.print(
            f"[yellow]stale[/] {report.source}:{o.line}: {o.action} {o.kind} "
            f"{o.target!r}: {o.reason}"
        )
