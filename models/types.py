"""Reusable constrained types shared by the contract models."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

SCHEMA_VERSION = "1.1"  # 1.1: mention method "native"

Precision = Literal["year", "month", "week", "day", "season", "quarter", "decade"]

EventType = Literal[
    "workshop",
    "conference",
    "meeting",
    "visit",
    "school",
    "launch",
    "establishment",
    "agreement",
    "ceremony",
    "other",
]

# How a mention was found. Open-ended in the contract ("ner"|"rule"|"acronym"|...).
Method = Literal[
    "ner", "rule", "acronym", "gazetteer", "nested", "former", "native", "correction"
]

_ISO_VALUE = re.compile(
    r"^(?:\d{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
    r"|W(?:0[1-9]|[1-4]\d|5[0-3])|SP|SU|FA|WI|Q[1-4]))?|\d{3}X|\d{2}XX)$"
)

# Which precision each value shape stands for; used to cross-check date records.
_PRECISION_OF_SHAPE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-W\d{2}$"), "week"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}X$|^\d{2}XX$"), "decade"),
]


def precision_of(value: str) -> str | None:
    """The precision a well-formed ISO value is written at."""
    for pattern, precision in _PRECISION_OF_SHAPE:
        if pattern.match(value):
            return precision
    return None


def _check_iso_value(value: str) -> str:
    if not _ISO_VALUE.match(value):
        raise ValueError(
            f"{value!r} is not an ISO 8601 value at a written precision "
            "(e.g. 2000, 2000-12, 2000-12-05, 2013-W11, 2011-SU, 2011-Q3, 199X)"
        )
    if precision_of(value) == "day":
        import datetime as dt

        dt.date.fromisoformat(value)  # rejects 2013-02-30
    return value


IsoValue = Annotated[
    str,
    AfterValidator(_check_iso_value),
    Field(description="ISO 8601 cut to the written precision", examples=["2000-12"]),
]

NonEmptyStr = Annotated[str, StringConstraints(min_length=1)]
Offset = Annotated[int, Field(ge=0, description="character offset into document.text")]
RecordId = Annotated[
    str,
    StringConstraints(pattern=r"^(org|prog|evt):[a-z0-9][a-z0-9-]*$"),
    Field(description="stable id within the document, e.g. org:esa"),
]
