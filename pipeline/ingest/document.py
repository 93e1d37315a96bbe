"""One input file -> :class:`IngestedDocument` (clean text + metadata).

Files are only ever opened for reading; nothing in the input folder changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pipeline.ingest.decode import DecodeError, decode_bytes, sniff_html_charset
from pipeline.ingest.discover import (
    EXPECTED_TYPES,
    FORMATS,
    document_id,
    sidecar_path,
)
from pipeline.ingest.errors import IngestError
from pipeline.ingest.markup import markdown_to_text
from pipeline.ingest.meta import SidecarMeta, read_sidecar
from pipeline.ingest.mojibake import repair_mojibake
from pipeline.ingest.text import normalise_text

# The params.yaml keys the limits come from, named in the reasons so a user
# knows what to change.
MAX_BYTES_KEY = "extract.max_bytes"
MAX_CHARS_KEY = "extract.max_chars"
_EMPTY_AFTER = {
    "txt": "decoding",
    "md": "decoding and Markdown rendering",
    "html": "decoding and HTML stripping",
}


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 2_000_000
    max_chars: int = 1_000_000  # spaCy refuses > 1,000,000 chars (E088)


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class IngestedDocument:
    id: str  # file name without extension
    source: str  # str() of the path the caller passed in
    sha256: str  # of the raw bytes
    format: str  # "txt" | "md" | "html"
    encoding: str  # decoded from: "utf-8", "utf-16", "gb18030", "cp1252", ...
    text: str  # the normalised text every offset indexes into
    title: str | None  # sidecar > HTML og:title/<title>/h1, Markdown "# " > None
    html_published: dt.date | None  # from HTML metadata (htmldate), else None
    meta: SidecarMeta | None  # the sidecar, when present


class _Extracted(NamedTuple):
    text: str
    title: str | None
    published: dt.date | None


def read_document(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> IngestedDocument:
    """Read, decode, extract and normalise one document and its sidecar.

    Raises IngestError with a reason a person understands; never modifies the
    file.
    """
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        suffix = path.suffix.lower()
        raise IngestError(path, f"unsupported file type {suffix!r}: {EXPECTED_TYPES}")
    raw = _read_bytes(path, limits.max_bytes)
    try:
        extracted, encoding = _extract(raw, fmt)
    except DecodeError as e:
        raise IngestError(path, str(e)) from e
    text = normalise_text(extracted.text)
    _check_text(path, text, fmt, limits.max_chars)
    meta = _own_sidecar(path)
    return IngestedDocument(
        id=document_id(path),
        source=str(path),
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
        encoding=encoding,
        text=text,
        title=(meta.title if meta else None) or extracted.title,
        html_published=extracted.published,
        meta=meta,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            # One byte past the limit is enough to know, even for a huge file.
            raw = handle.read(max_bytes + 1)
            size = max(path.stat().st_size, len(raw))
    except OSError as e:
        raise IngestError(path, f"cannot read file: {e.strerror or e}") from e
    if len(raw) > max_bytes:
        shown, limit = _sizes(size, max_bytes)
        raise IngestError(
            path,
            f"file too large: {shown}, the limit is {limit} (params: {MAX_BYTES_KEY})",
        )
    if not raw:
        raise IngestError(path, "empty file (0 bytes)")
    return raw


def _extract(raw: bytes, fmt: str) -> tuple[_Extracted, str]:
    if fmt == "html":
        # lxml and trafilatura are loaded only when there is HTML to read
        from pipeline.ingest.html import html_to_text

        decoded = decode_bytes(raw, declared=sniff_html_charset(raw))
        page = html_to_text(repair_mojibake(decoded.text))
        return _Extracted(page.text, page.title, page.published), decoded.encoding
    decoded = decode_bytes(raw)
    if fmt == "md":
        markdown = markdown_to_text(repair_mojibake(decoded.text))
        return _Extracted(markdown.text, markdown.title, None), decoded.encoding
    return _Extracted(decoded.text, None, None), decoded.encoding


def _check_text(path: Path, text: str, fmt: str, max_chars: int) -> None:
    if not text:
        raise IngestError(path, f"no text after {_EMPTY_AFTER[fmt]} (only whitespace)")
    if len(text) > max_chars:
        raise IngestError(
            path,
            f"text too long: {len(text):,} characters, the limit is {max_chars:,} "
            f"(params: {MAX_CHARS_KEY})",
        )


def _own_sidecar(path: Path) -> SidecarMeta | None:
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return None
    try:
        return read_sidecar(sidecar)
    except IngestError as e:
        # The document is what gets rejected; the reason names the sidecar.
        raise IngestError(path, e.reason) from e


def _sizes(size: int, limit: int) -> tuple[str, str]:
    """Both sizes in the same readable unit, exact bytes when that would hide
    the difference (2,000,001 vs 2,000,000)."""
    for unit, name in ((1_000_000, "MB"), (1_000, "kB")):
        if limit >= unit:
            shown, allowed = f"{size / unit:.1f} {name}", f"{limit / unit:.1f} {name}"
            if shown != allowed:
                return shown, allowed
    return f"{size:,} bytes", f"{limit:,} bytes"
