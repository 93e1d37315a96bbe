"""What deserves a reviewer's second look in an extracted document."""

from __future__ import annotations

from models import DateRecord, Event, ExtractedDocument, Organisation

MODEL_ONLY = "found by the model alone, no rule"
UNRESOLVED = "date left unresolved"
NO_DATE = "event without a date"
NO_PARTICIPANTS = "event without participants"


def organisation_flags(org: Organisation) -> list[str]:
    return [MODEL_ONLY] if all(m.method == "ner" for m in org.mentions) else []


def date_flags(date: DateRecord) -> list[str]:
    return [UNRESOLVED] if date.value is None else []


def event_flags(event: Event) -> list[str]:
    flags = [NO_DATE] if event.date is None else []
    return flags + ([NO_PARTICIPANTS] if not event.participants else [])


def count(doc: ExtractedDocument) -> int:
    """All flags of a document."""
    return (
        sum(len(organisation_flags(o)) for o in doc.organisations)
        + sum(len(date_flags(d)) for d in doc.dates)
        + sum(len(event_flags(e)) for e in doc.events)
    )
