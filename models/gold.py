"""Gold annotations, in the format of ``shared/corpus/ANNOTATION.md``."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from models.types import EventType, IsoValue


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class GoldEntity(_Gold):
    name: str
    acronym: str | None = None
    mentions: list[str] = Field(default_factory=list)


class GoldDate(_Gold):
    text: str
    value: IsoValue | None = None


class GoldEvent(_Gold):
    type: EventType
    name: str | None = None
    date: IsoValue | None = None
    location: str | None = None
    participants: list[str] = Field(default_factory=list)


class GoldPerson(_Gold):
    name: str
    title: str | None = None
    affiliation: str | None = None


class GoldDocument(_Gold):
    id: str
    published: dt.date | None = None
    organisations: list[GoldEntity] = Field(default_factory=list)
    dates: list[GoldDate] = Field(default_factory=list)
    programs: list[GoldEntity] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)
    people: list[GoldPerson] = Field(default_factory=list)
    locations: list[str] = Field(default_factory=list)
