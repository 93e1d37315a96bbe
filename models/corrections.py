"""A reviewer's corrections (``review/corrections.yaml``) and what became of them
(``extracted/corrections.json``).

Each correction is one small mapping whose first key says what it does::

    - reject: organisation        # or program, date, event, person, location
      name: Space Science         # a name, acronym or alias; a date's text;
                                  # an event's id, name or trigger word
    - rename: organisation        # or program: give one a canonical name
      name: NSSC
      to: National Space Science Center
    - merge: organisation         # or program: several records become one
      names: [CAS, Chinese Academy of Sciences]
      into: Chinese Academy of Sciences
    - fix: date                   # a date's value (null: unresolvable)
      text: Oct. 11
      value: 2024-10-11
    - fix: event                  # an event's type, date, name or place
      name: evt:workshop-2011-03
      type: conference
    - add: organisation           # or program, person, location, date, event
      text: Max Planck Institute  # every occurrence in the text is a mention

Every correction may name a ``document`` (a document id) and give a ``why``;
without ``document`` it applies to every document, new ones included.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from models.types import SCHEMA_VERSION, EventType, IsoValue, NonEmptyStr

Kind = Literal["organisation", "program", "date", "event", "person", "location"]
EntityKind = Literal["organisation", "program"]


class _Correction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    document: NonEmptyStr | None = Field(
        default=None, description="document id; omitted: every document"
    )
    why: str | None = Field(default=None, description="the reviewer's note")


class Reject(_Correction):
    """Drop an item the pipeline got wrong."""

    reject: Kind
    name: NonEmptyStr = Field(
        description="name, acronym or alias; a date's text; an event's id, name "
        "or trigger word"
    )


class Rename(_Correction):
    """Give an organisation or program its canonical name (the old one stays
    as an alias); records that then share a name are merged."""

    rename: EntityKind
    name: NonEmptyStr
    to: NonEmptyStr


class Merge(_Correction):
    """Several organisations or programs are one."""

    merge: EntityKind
    names: list[NonEmptyStr] = Field(min_length=2)
    into: NonEmptyStr = Field(description="the canonical name of the merged record")


class FixDate(_Correction):
    fix: Literal["date"]
    text: NonEmptyStr = Field(description="the date as written")
    value: IsoValue | None = Field(description="ISO value; null: unresolvable")


class FixEvent(_Correction):
    fix: Literal["event"]
    name: NonEmptyStr = Field(description="the event's id, name or trigger word")
    type: EventType | None = None
    date: IsoValue | None = None
    rename: NonEmptyStr | None = Field(default=None, description="its proper name")
    location: NonEmptyStr | None = None


class Add(_Correction):
    """An item the pipeline missed; every occurrence of ``text`` in the
    document becomes a mention (method "correction")."""

    add: Kind
    text: NonEmptyStr = Field(description="as written in the text")
    name: NonEmptyStr | None = Field(
        default=None, description="canonical name (default: the text)"
    )
    acronym: NonEmptyStr | None = None
    value: IsoValue | None = Field(default=None, description="for a date")
    title: NonEmptyStr | None = Field(default=None, description="for a person")
    affiliation: NonEmptyStr | None = Field(default=None, description="for a person")
    type: EventType | None = Field(default=None, description="for an event")
    date: IsoValue | None = Field(default=None, description="for an event")
    participants: list[NonEmptyStr] = Field(
        default_factory=list, description="for an event: organisation names"
    )


ACTIONS = ("reject", "rename", "merge", "fix", "add")


def _tag(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    present = [a for a in ACTIONS if a in value]
    if len(present) != 1:
        return None
    action = present[0]
    return f"fix-{value['fix']}" if action == "fix" else action


Correction = Annotated[
    Annotated[Reject, Tag("reject")]
    | Annotated[Rename, Tag("rename")]
    | Annotated[Merge, Tag("merge")]
    | Annotated[FixDate, Tag("fix-date")]
    | Annotated[FixEvent, Tag("fix-event")]
    | Annotated[Add, Tag("add")],
    Discriminator(
        _tag,
        custom_error_type="correction_action",
        custom_error_message="a correction starts with exactly one of reject:, "
        "rename:, merge:, fix: date|event, add:",
    ),
]


class CorrectionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    corrections: list[Correction] = Field(default_factory=list)


def action_of(correction: BaseModel) -> tuple[str, str]:
    """(action, kind): ("reject", "organisation"), ("fix", "date")..."""
    for action in ACTIONS:
        kind = getattr(correction, action, None)
        if isinstance(kind, str):
            return action, kind
    raise ValueError(f"not a correction: {correction!r}")


class Outcome(BaseModel):
    """One correction and what it did."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    index: int = Field(ge=0, description="position in the corrections file")
    line: int = Field(ge=1, description="line of the corrections file")
    action: str
    kind: str
    target: str = Field(description="what it names")
    documents: list[str] = Field(
        default_factory=list, description="documents it changed"
    )
    reason: str | None = Field(default=None, description="why it is stale")


class CorrectionsReport(BaseModel):
    """``extracted/corrections.json``: applied and stale corrections."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_version: str = SCHEMA_VERSION
    source: str = Field(description="the corrections file")
    applied: list[Outcome] = Field(default_factory=list)
    stale: list[Outcome] = Field(
        default_factory=list, description="corrections that matched nothing"
    )
