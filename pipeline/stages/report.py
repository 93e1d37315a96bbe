"""Stage: extraction output -> a static HTML review report (extracted/report/).

Opens from disk in any browser: ``index.html`` (the corpus at a glance, who
cooperates with whom, rejected inputs, corrections) and one page per document
(``documents/<id>.html``: the text with every span highlighted, and tables).

Incremental: ``.report-manifest.json`` keeps each document's hash, the summary
the index needs and its links for the graph, so a re-run renders only the
pages of new or changed documents and the index, without reading the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError
from rich.console import Console

from models import Corpus, ExtractedDocument, Rejected
from models.corrections import CorrectionsReport
from pipeline import flags
from pipeline.io import (
    digest_or_bytes,
    error_text,
    files_digest,
    read_model,
    write_json,
    write_text_atomic,
)
from pipeline.params import ReportParams
from pipeline.report import graph, render

err = Console(stderr=True)
MANIFEST = ".report-manifest.json"
_CODE = [
    *sorted((Path(__file__).parent.parent / "report").rglob("*.py")),
    *sorted((Path(__file__).parent.parent / "report" / "templates").glob("*")),
    Path(flags.__file__),
]


class ReportFailed(Exception):
    """There is no extraction output to report on."""


class _Page(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sha256: str
    summary: dict
    links: list[tuple[str, str, str]]


class _Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str = ""
    pages: dict[str, _Page] = {}


def _load_manifest(path: Path, version: str) -> _Manifest:
    manifest = read_model(path, _Manifest)
    if manifest is None or manifest.version != version:
        return _Manifest(version=version)
    return manifest


def _summary(doc: ExtractedDocument) -> dict:
    info = doc.document
    return {
        "id": info.id,
        "title": info.title,
        "published": info.published.isoformat() if info.published else None,
        "counts": doc.counts(),
        "flags": flags.count(doc),
    }


def _pages(
    source: Path, out: Path, old: _Manifest, env, digests: Mapping[str, str]
) -> tuple[dict[str, _Page], list[tuple[str, str]]]:
    pages, unreadable = {}, []
    for path in sorted(source.glob("*.json")):
        sha, data = digest_or_bytes(path, digests)
        target = out / f"{path.stem}.html"
        before = old.pages.get(path.stem)
        if before is not None and before.sha256 == sha and target.exists():
            pages[path.stem] = before
            continue
        data = path.read_bytes() if data is None else data
        try:
            doc = ExtractedDocument.model_validate_json(data)
        except ValidationError as e:
            reason = f"not a valid document record ({error_text(e.errors()[0])})"
            unreadable.append((str(path), reason))
            target.unlink(missing_ok=True)
            continue
        write_text_atomic(target, render.document_page(env, doc))
        pages[path.stem] = _Page(
            sha256=sha, summary=_summary(doc), links=graph.document_links(doc)
        )
    for page in out.glob("*.html"):
        if page.stem not in pages:
            page.unlink()
    return pages, unreadable


def _read(path: Path, model: type[BaseModel]) -> BaseModel | None:
    try:
        return model.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as e:
        if path.exists():
            err.print(f"[yellow]warning[/] {path}: left out of the report: {e}")
        return None


def run(
    extracted: Path,
    output: Path,
    *,
    params: ReportParams,
    corpus: Corpus | None = None,
    corrections: CorrectionsReport | None = None,
    digests: Mapping[str, str] | None = None,
) -> None:
    """Render the report of EXTRACTED; ``corpus``, ``corrections`` and the
    documents' ``digests`` (file name -> sha256), when a caller already holds
    them, stand in for reading and hashing their files."""
    source = extracted / "documents"
    if not source.is_dir():
        raise ReportFailed(f"{source} does not exist: run the extraction first")
    version, env = files_digest(_CODE), render.environment()
    old = _load_manifest(output / MANIFEST, version)
    pages, unreadable = _pages(source, output / "documents", old, env, digests or {})
    if corpus is None:
        corpus = _read(extracted / "corpus.json", Corpus) or Corpus()
    if corrections is None:
        corrections = _read(extracted / "corrections.json", CorrectionsReport)
    rejected = _read(extracted / "rejected.json", Rejected) or Rejected()
    links = {doc_id: page.links for doc_id, page in pages.items()}
    picture = graph.svg(graph.corpus_graph(corpus, links, params.max_graph_nodes))
    index = render.index_page(
        env,
        corpus=corpus,
        summaries=[pages[k].summary for k in sorted(pages)],
        unreadable=unreadable,
        rejected=rejected.rejected,
        corrections=corrections,
        graph=picture,
        max_nodes=params.max_graph_nodes,
    )
    write_text_atomic(output / "index.html", index)
    write_json(output / MANIFEST, _Manifest(version=version, pages=pages))
    for path, reason in unreadable:
        err.print(f"[red]error[/] {path}: {reason}")
    err.print(f"report: {len(pages)} document page(s) -> {output / 'index.html'}")
