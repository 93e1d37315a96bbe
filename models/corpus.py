"""Corpus-level outputs: ``extracted/corpus.json`` and ``extracted/rejected.json``."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from models.document import Event
from models.types import SCHEMA_VERSION, NonEmptyStr


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DocumentRef(_Model):
    document: NonEmptyStr = Field(description="document id")
    record: str = Field(description="the record's id inside that document")
    mentions: int = Field(ge=1, description="mention count in that document")


class CorpusEntity(_Model):
    """One organisation or program across all documents."""

    id: str = Field(description="stable corpus id, e.g. org:european-space-agency")
    name: NonEmptyStr
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(min_length=1)
    mention_count: int = Field(ge=1)


class CorpusEvent(Event):
    document: NonEmptyStr = Field(description="id of the document stating it")
    participant_names: list[str] = Field(
        default_factory=list, description="participants' names, for reading"
    )


class DocumentSummary(_Model):
    id: NonEmptyStr
    source: NonEmptyStr
    title: str | None = None
    published: dt.date | None = None
    counts: dict[str, int] = Field(description="records per category")


class Corpus(_Model):
    schema_version: str = SCHEMA_VERSION
    documents: list[DocumentSummary] = Field(default_factory=list)
    organisations: list[CorpusEntity] = Field(default_factory=list)
    programs: list[CorpusEntity] = Field(default_factory=list)
    events: list[CorpusEvent] = Field(default_factory=list)


class RejectedInput(_Model):
    path: NonEmptyStr = Field(description="the input file as given")
    reason: NonEmptyStr = Field(description="why it was not processed")


class Rejected(_Model):
    schema_version: str = SCHEMA_VERSION
    rejected: list[RejectedInput] = Field(default_factory=list)
