"""Which files in an input folder are documents, sidecars, or rejects."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest.errors import IngestError
from pipeline.ingest.meta import SIDECAR_SUFFIX

# Suffix (lower case) -> the format name used in the output.
FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}
EXPECTED_TYPES = "expected .txt, .md or .html"


def document_id(path: Path) -> str:
    """The file name without its extension ("d05.txt" -> "d05")."""
    return path.stem


def sidecar_path(document: Path) -> Path:
    """Where the sidecar of ``document`` would be: ``<id>.meta.json`` beside it."""
    return document.with_name(document_id(document) + SIDECAR_SUFFIX)


def discover(input_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(documents to read, sorted by name; rejected (path, reason)).

    .txt/.md/.html/.htm files are documents; ``<id>.meta.json`` files are
    sidecars, read with their document (one without a document is rejected);
    hidden files and folders are skipped silently; anything else is rejected.
    A second file with an id already taken (a.txt after a.html) is rejected
    naming the first. Raises IngestError when ``input_dir`` is not a folder.
    """
    if not input_dir.is_dir():
        raise IngestError(input_dir, "input folder does not exist or is not a folder")
    documents: dict[str, Path] = {}
    sidecars: list[Path] = []
    rejected: list[tuple[Path, str]] = []
    for path in sorted(input_dir.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.name.endswith(SIDECAR_SUFFIX):
            sidecars.append(path)
        elif (reason := _unsupported(path)) is not None:
            rejected.append((path, reason))
        elif (first := documents.get(document_id(path))) is not None:
            rejected.append((path, _duplicate(path, first)))
        else:
            documents[document_id(path)] = path
    rejected.extend(
        (sidecar, _orphan(sidecar))
        for sidecar in sidecars
        if _id(sidecar) not in documents
    )
    rejected.sort(key=lambda item: item[0].name)
    return list(documents.values()), rejected


def _id(sidecar: Path) -> str:
    return sidecar.name[: -len(SIDECAR_SUFFIX)]


def _unsupported(path: Path) -> str | None:
    if not path.is_file():
        return "not a regular file"
    suffix = path.suffix.lower()
    if suffix in FORMATS:
        return None
    if not suffix:
        return f"unsupported file type (no extension): {EXPECTED_TYPES}"
    hint = f" (a sidecar is named <id>{SIDECAR_SUFFIX})" if suffix == ".json" else ""
    return f"unsupported file type {suffix!r}: {EXPECTED_TYPES}{hint}"


def _duplicate(path: Path, first: Path) -> str:
    return (
        f"duplicate document id {document_id(path)!r}: {first.name} has the same "
        "id and is read instead (ids are file names without extension)"
    )


def _orphan(sidecar: Path) -> str:
    return f"sidecar without a document: no {_id(sidecar)}.txt, .md or .html beside it"
