"""The per-document output: ``extracted/documents/<id>.json``.

Validation of provenance needs the document text, so offsets are checked once
at the top level (:class:`ExtractedDocument`) against ``document.text``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.types import (
    SCHEMA_VERSION,
    EventType,
    IsoValue,
    Method,
    NonEmptyStr,
    Offset,
    Precision,
    RecordId,
    precision_of,
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mention(_Model):
    """One occurrence of a thing in the text."""

    text: NonEmptyStr = Field(description="document.text[start:end]")
    start: Offset
    end: Offset
    method: Method = Field(description="how it was found")

    @model_validator(mode="after")
    def _ordered(self) -> Mention:
        if self.end <= self.start:
            raise ValueError(f"mention {self.text!r}: end {self.end} <= start")
        return self


class DocumentInfo(_Model):
    id: NonEmptyStr = Field(description="raw file name without its extension")
    source: NonEmptyStr = Field(description="path of the raw file as given")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="of the raw bytes")
    title: str | None = None
    published: dt.date | None = Field(
        default=None, description="publication date (sidecar > HTML meta > byline)"
    )
    published_source: Literal["sidecar", "html", "byline", "dateline"] | None = None
    source_url: str | None = None
    language: str = "en"
    format: Literal["txt", "md", "html"] = "txt"
    encoding: str = "utf-8"
    chars: int = Field(ge=0)
    words: int = Field(ge=0)
    text: str = Field(description="the text as read; every offset indexes into it")

    @model_validator(mode="after")
    def _counts(self) -> DocumentInfo:
        if self.chars != len(self.text):
            raise ValueError(f"chars={self.chars} but the text has {len(self.text)}")
        return self


class Organisation(_Model):
    id: RecordId
    name: NonEmptyStr = Field(description="fullest form the text uses")
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list, description="other forms")
    mentions: list[Mention] = Field(min_length=1)


class Program(Organisation):
    """A mission, project, satellite, spacecraft or named programme."""


class DateRecord(_Model):
    text: NonEmptyStr
    start: Offset
    end: Offset
    value: IsoValue | None = None
    precision: Precision | None = None

    @model_validator(mode="after")
    def _precision_matches(self) -> DateRecord:
        if self.value is not None and precision_of(self.value) != self.precision:
            # A century ("20XX") is written at decade precision by convention.
            raise ValueError(
                f"date {self.text!r}: value {self.value} is not at precision "
                f"{self.precision}"
            )
        return self


class Event(_Model):
    id: RecordId
    type: EventType
    name: str | None = None
    date: IsoValue | None = None
    location: str | None = None
    participants: list[RecordId] = Field(
        default_factory=list, description="organisation ids"
    )
    evidence: Mention = Field(description="the sentence that states the event")
    trigger: Mention | None = Field(
        default=None, description="the word or name that marks the event"
    )


class Person(_Model):
    name: NonEmptyStr
    title: str | None = None
    affiliation: str | None = Field(
        default=None, description="organisation id when known, else the name"
    )
    mentions: list[Mention] = Field(min_length=1)


class Location(_Model):
    name: NonEmptyStr
    mentions: list[Mention] = Field(min_length=1)


# The record lists of a document, in the order the output and reports use.
RECORD_KINDS = ("organisations", "programs", "dates", "events", "people", "locations")


class ExtractedDocument(_Model):
    """Everything extracted from one document."""

    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    organisations: list[Organisation] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    dates: list[DateRecord] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Records per kind: {"organisations": 18, ...}."""
        return {kind: len(getattr(self, kind)) for kind in RECORD_KINDS}

    def spans(self) -> Iterator[tuple[str, str, int, int]]:
        """(where, text, start, end) of every offset-carrying item."""
        for kind in ("organisations", "programs", "people", "locations"):
            for i, item in enumerate(getattr(self, kind)):
                for m in item.mentions:
                    yield f"{kind}[{i}] {item.name!r}", m.text, m.start, m.end
        for i, date in enumerate(self.dates):
            yield f"dates[{i}]", date.text, date.start, date.end
        for i, event in enumerate(self.events):
            yield f"events[{i}].evidence", *_mention_fields(event.evidence)
            if event.trigger is not None:
                yield f"events[{i}].trigger", *_mention_fields(event.trigger)

    @model_validator(mode="after")
    def _offsets_match_text(self) -> ExtractedDocument:
        text = self.document.text
        for where, surface, start, end in self.spans():
            if end > len(text) or text[start:end] != surface:
                raise ValueError(
                    f"{where}: {surface!r} at {start}:{end} does not match the "
                    f"document text ({text[start:end]!r})"
                )
        return self

    @model_validator(mode="after")
    def _ids_unique_and_resolved(self) -> ExtractedDocument:
        ids = [r.id for r in [*self.organisations, *self.programs, *self.events]]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate ids: {duplicates}")
        org_ids = {o.id for o in self.organisations}
        for event in self.events:
            unknown = [p for p in event.participants if p not in org_ids]
            if unknown:
                raise ValueError(f"event {event.id}: unknown participants {unknown}")
        for person in self.people:
            aff = person.affiliation
            if aff is not None and aff.startswith("org:") and aff not in org_ids:
                raise ValueError(f"person {person.name!r}: unknown affiliation {aff}")
        return self


def _mention_fields(mention: Mention) -> tuple[str, int, int]:
    return mention.text, mention.start, mention.end
