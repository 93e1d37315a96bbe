"""Deterministic, atomic JSON output; file digests for incremental runs."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

M = TypeVar("M", bound=BaseModel)


def dumps(data: BaseModel | Any) -> str:
    """Stable JSON text: same data, same bytes. Models go through pydantic's
    serializer, which writes the same text as ``json.dumps(indent=2,
    ensure_ascii=False)`` several times faster."""
    if isinstance(data, BaseModel):
        return data.model_dump_json(indent=2) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _json_bytes(data: BaseModel | Any, indent: int | None) -> bytes:
    if isinstance(data, BaseModel):  # the bytes of dumps(), without a str between
        return data.__pydantic_serializer__.to_json(data, indent=indent) + b"\n"
    return (json.dumps(data, ensure_ascii=False, indent=indent) + "\n").encode()


def _file_mode() -> int:
    """The mode a plain ``open()`` gives a new file (0o666 less the umask);
    ``mkstemp`` alone would make every output readable by its owner only."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


FILE_MODE = _file_mode()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and rename, so a crash never
    leaves a half-written file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def read_model(path: Path, model: type[M]) -> M | None:
    """A model from a JSON file; None when the file is missing or does not
    validate (a manifest or cache then counts as absent)."""
    try:
        return model.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        return None


# A file changed this shortly before its stat was recorded may change again
# within the same clock tick without its stat showing it (git's "racy" files):
# such a file is read again rather than trusted.
RACY_NS = 2_000_000_000


def stat_key(path: Path) -> list[int] | None:
    """What changes whenever a file's bytes do: inode, size, mtime and ctime
    (which no tool can set back); None when there is no such file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def unchanged(key: list[int] | None, recorded: list[int] | None, since: int) -> bool:
    """Whether a file still holds the bytes it held when ``recorded`` was
    taken, at ``since`` (``time.time_ns()``) or later, without reading it:
    the same stat, and its last change well before then."""
    return key is not None and key == recorded and max(key[2], key[3]) < since - RACY_NS


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digest_or_bytes(path: Path, digests: Mapping[str, str]) -> tuple[str, bytes | None]:
    """A file's sha256 from ``digests`` (file name -> sha256, what a caller in
    the same process already knows) without reading it, else read and hashed:
    (sha256, the bytes when they were read). Raises OSError when unreadable."""
    known = digests.get(path.name)
    if known is not None:
        return known, None
    data = path.read_bytes()
    return hashlib.sha256(data).hexdigest(), data


def files_digest(paths: Iterable[Path]) -> str:
    """A short hash of some files' bytes: the version of the code behind an
    output, so a manifest or cache written by other code counts as absent."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def error_text(error: ErrorDetails) -> str:
    """One validation error as "where: what" ("dates.0.value: ...")."""
    return f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"


def write_json(path: Path, data: BaseModel | Any, *, indent: int | None = 2) -> None:
    """``indent=None``: one line, for the caches and manifests only the pipeline
    reads (about half the size of indented JSON, and twice as fast to write)."""
    write_bytes_atomic(path, _json_bytes(data, indent))


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
