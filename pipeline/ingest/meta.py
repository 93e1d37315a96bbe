"""Sidecar ``<id>.meta.json``: what a user states about a text (wins over what
the pipeline reads from it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
)
from pydantic_core import ErrorDetails

from pipeline.ingest.errors import IngestError

SIDECAR_SUFFIX = ".meta.json"


def _to_date(value: Any) -> Any:
    """ISO date, or an ISO datetime cut to its date; anything else fails."""
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(
            f"expected an ISO date string like '2013-07-04', got {value!r}"
        )
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        problem = "" if "isoformat" in str(e) else f" ({e})"  # e.g. month 13
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError as e:
        raise ValueError(
            f"{value!r} is not an ISO date like '2013-07-04'{problem}"
        ) from e


def _blank_to_none(value: Any) -> Any:
    # "title": "" is how people leave a field unset in a template.
    if isinstance(value, str) and not value.strip():
        return None
    return value.strip() if isinstance(value, str) else value


IsoDate = Annotated[dt.date | None, BeforeValidator(_to_date)]
Text = Annotated[str | None, BeforeValidator(_blank_to_none)]


class SidecarMeta(BaseModel):
    """What ``<id>.meta.json`` states; every key optional, no other keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    published: IsoDate = Field(
        default=None, description="publication date (ISO date or datetime)"
    )
    source_url: Text = Field(default=None, description="where the text came from")
    title: Text = Field(default=None, description="the document's title")


def parse_sidecar(raw: bytes, name: str) -> SidecarMeta:
    """Validate sidecar bytes; ValueError with a one-line reason naming ``name``
    and the key or position at fault."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise ValueError(f"malformed sidecar {name}: not UTF-8 ({e.reason})") from e
    except json.JSONDecodeError as e:
        raise ValueError(
            f"malformed sidecar {name}: line {e.lineno} column {e.colno}: {e.msg}"
        ) from e
    if not isinstance(data, dict):
        raise ValueError(
            f"malformed sidecar {name}: expected a JSON object {{...}}, "
            f"got {type(data).__name__}"
        )
    try:
        return SidecarMeta.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(_describe(error) for error in e.errors())
        raise ValueError(f"invalid sidecar {name}: {problems}") from e


def read_sidecar(path: Path) -> SidecarMeta:
    """Read and validate a sidecar; IngestError naming the key or problem."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise IngestError(path, f"cannot read sidecar {path.name}: {e.strerror}") from e
    try:
        return parse_sidecar(raw, path.name)
    except ValueError as e:
        raise IngestError(path, str(e)) from e


def _describe(error: ErrorDetails) -> str:
    key = ".".join(str(part) for part in error["loc"]) or "(top level)"
    if error["type"] == "extra_forbidden":
        allowed = ", ".join(SidecarMeta.model_fields)
        return f"unknown key {key!r} (allowed: {allowed})"
    if error["type"] == "string_type":
        return f"{key!r}: expected a string or null, got {error['input']!r}"
    return f"{key!r}: {error['msg'].removeprefix('Value error, ')}"
