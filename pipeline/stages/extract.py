"""Stage: a folder of texts -> documents/<id>.json, rejected.json, corpus.json."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from spacy.language import Language

from models import ExtractedDocument, Rejected, RejectedInput
from pipeline.extraction import BUG, DocumentFailed, extract_batch
from pipeline.ingest import (
    IngestedDocument,
    IngestError,
    Limits,
    discover,
    read_document,
)
from pipeline.ingest.discover import sidecar_path
from pipeline.io import dumps, write_json, write_text_atomic
from pipeline.nlp import ModelMissing, build_nlp
from pipeline.params import ConsolidateParams, ExtractParams
from pipeline.stages import consolidate as corpus_stage
from pipeline.state import (
    Manifest,
    fingerprint,
    input_hash,
    load_manifest,
    save_manifest,
)

log = logging.getLogger(__name__)
err = Console(stderr=True)
Result = tuple[str, ExtractedDocument | DocumentFailed]
# A long run records what it finished this often, so that an interrupted run
# redoes only the documents it had not written yet.
CHECKPOINT_SECONDS = 10.0


class ExtractFailed(Exception):
    """Nothing could run (no input folder, no model)."""


def _read(paths: list[Path], limits: Limits) -> tuple[list[IngestedDocument], list]:
    docs, rejected = [], []
    for path in paths:
        try:
            docs.append(read_document(path, limits=limits))
        except IngestError as e:
            rejected.append(RejectedInput(path=str(path), reason=e.reason))
        except Exception as e:  # noqa: BLE001 - one file's bug must not stop the rest
            reason = f"reading failed ({type(e).__name__}: {e}); {BUG}"
            rejected.append(RejectedInput(path=str(path), reason=reason))
    return docs, rejected


_worker_nlp = None


def _loaded(model: str) -> Language:
    """The pipeline, its objects then moved out of the garbage collector's
    sight: they live as long as the process, and every full collection would
    walk them again (spaCy allocates many short-lived objects per text)."""
    nlp = build_nlp(model)
    gc.collect()
    gc.freeze()
    return nlp


def _init_worker(model: str) -> None:
    global _worker_nlp
    _worker_nlp = _loaded(model)


def _run_batch(batch: list[IngestedDocument]) -> list[Result]:
    return list(extract_batch(_worker_nlp, batch))


def _batches(docs: list[IngestedDocument], size: int) -> list[list[IngestedDocument]]:
    return [docs[i : i + size] for i in range(0, len(docs), size)]


def _results(docs: list[IngestedDocument], params: ExtractParams) -> Iterator[Result]:
    batches = _batches(docs, params.batch_size)
    if params.n_process > 1 and len(batches) > 1:
        workers = min(params.n_process, len(batches))
        with ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(params.model,)
        ) as pool:
            for results in pool.map(_run_batch, batches):
                yield from results
    elif docs:
        nlp = _loaded(params.model)
        for batch in batches:
            yield from extract_batch(nlp, batch)


def _stale(
    paths: list[Path], manifest: Manifest, current: str, out: Path, full: bool
) -> tuple[list[Path], dict[str, str]]:
    hashes = {p.stem: input_hash(p, sidecar_path(p)) for p in paths}
    if full or manifest.fingerprint != current:
        return paths, hashes
    todo = [
        p
        for p in paths
        if manifest.documents.get(p.stem) != hashes[p.stem]
        or not (out / f"{p.stem}.json").exists()
    ]
    return todo, hashes


def _remove_stale_temps(*folders: Path) -> None:
    """Temp files of a run that was killed (SIGKILL, power loss) before it
    could clean up; an atomic write never leaves them otherwise."""
    for folder in folders:
        for path in folder.glob(".*.tmp"):
            path.unlink(missing_ok=True)


def _remove_orphans(out: Path, keep: set[str]) -> int:
    removed = 0
    for path in out.glob("*.json"):
        if path.stem not in keep:
            path.unlink()
            removed += 1
    return removed


def run(
    input: Path,
    output: Path,
    *,
    params: ExtractParams,
    consolidate: ConsolidateParams | None = None,
    full: bool = False,
    corpus: bool = True,
) -> None:
    if not input.is_dir():
        raise ExtractFailed(f"input folder {input} does not exist or is not a folder")
    paths, skipped = discover(input)
    rejected = [RejectedInput(path=str(p), reason=r) for p, r in skipped]
    out = output / "documents"
    _remove_stale_temps(output, out)
    manifest, current = load_manifest(output), fingerprint(params)
    todo, hashes = _stale(paths, manifest, current, out, full)
    limits = Limits(max_bytes=params.max_bytes, max_chars=params.max_chars)
    docs, bad = _read(todo, limits)
    rejected += bad
    done = Manifest(
        fingerprint=current,
        documents={
            k: v
            for k, v in manifest.documents.items()
            if k in hashes and k not in {p.stem for p in todo}
        },
    )
    try:
        _write_all(docs, params, output, done, rejected, hashes)
    except ModelMissing as e:
        raise ExtractFailed(str(e)) from e
    removed = _remove_orphans(out, set(done.documents))
    save_manifest(output, done)
    rejected.sort(key=lambda r: r.path)
    write_json(output / "rejected.json", Rejected(rejected=rejected))
    if corpus:
        corpus_stage.run(
            out, output / "corpus.json", params=consolidate or ConsolidateParams()
        )
    else:  # an older corpus.json would no longer match the documents
        (output / "corpus.json").unlink(missing_ok=True)
        (output / corpus_stage.CACHE).unlink(missing_ok=True)
    err.print(
        f"extracted {len(docs)} document(s), kept {len(done.documents) - len(docs)} "
        f"unchanged, removed {removed}, rejected {len(rejected)} -> {output}"
    )
    for r in rejected:
        err.print(f"[yellow]rejected[/] {r.path}: {r.reason}")


def _write_all(
    docs: list[IngestedDocument],
    params: ExtractParams,
    output: Path,
    done: Manifest,
    rejected: list[RejectedInput],
    hashes: dict[str, str],
) -> None:
    """Write each record as it comes; the manifest lists a document only after
    its file is complete (checkpoints included), so it never vouches for a
    file that is missing, half-written or stale."""
    out = output / "documents"
    sources = {d.id: d.source for d in docs}
    last_checkpoint = time.monotonic()
    with Progress(
        console=err, disable=not params.progress or len(docs) < 20, transient=True
    ) as progress:
        task = progress.add_task("extracting", total=len(docs))
        for doc_id, result in _results(docs, params):
            progress.advance(task)
            if isinstance(result, DocumentFailed):
                rejected.append(RejectedInput(path=sources[doc_id], reason=str(result)))
                (out / f"{doc_id}.json").unlink(missing_ok=True)
                continue
            write_text_atomic(out / f"{doc_id}.json", dumps(result))
            done.documents[doc_id] = hashes[doc_id]
            if time.monotonic() - last_checkpoint >= CHECKPOINT_SECONDS:
                save_manifest(output, done)
                last_checkpoint = time.monotonic()
