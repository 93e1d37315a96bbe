"""Events: what happened or is planned, with its date, place and participants.

A sentence states an event when it holds a named event ("the Seventh ...
Workshop") or a trigger from ``patterns/events.jsonl`` ("visited", "signed",
"was established"). The event takes the sentence's first resolved date, the
place written after "in"/"at", and the organisations the sentence names.
Mentions of one event across sentences are merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

# When a sentence has several triggers, the most specific one names the event.
PRIORITY = (
    "agreement",
    "launch",
    "establishment",
    "visit",
    "school",
    "workshop",
    "conference",
    "ceremony",
    "meeting",
    "other",
)
PLACE_LINK = {"in", "at"}


@dataclass
class EventRecord:
    type: str
    name: str | None
    date: str | None
    location: str | None
    participants: list[str] = field(default_factory=list)
    evidence: tuple[int, int] = (0, 0)
    trigger: tuple[int, int] | None = None


def _within(spans: list[Span], sent: Span) -> list[Span]:
    return [s for s in spans if sent.start <= s.start and s.end <= sent.end]


def _location(sent: Span) -> str | None:
    """ "in Madrid, Spain" -> "Madrid, Spain"."""
    places = _within(list(sent.doc.spans.get("location", [])), sent)
    doc = sent.doc
    orgs = [s.end for s in sent.doc.spans.get("org", [])]
    for i, place in enumerate(places):
        if place.start < 2 or doc[place.start - 1].lower_ not in PLACE_LINK:
            continue
        if place.start - 1 in orgs:
            continue  # "the Embassy in China": where the body is, not the event
        end = place
        for nxt in places[i + 1 :]:
            if nxt.start == end.end + 1 and doc[end.end].text == ",":
                end = nxt
            else:
                break
        return doc.text[place.start_char : end.end_char]
    return None


def _date(doc: Doc, sent: Span) -> str | None:
    for start, end, _text, value, _precision in doc.user_data.get("dates", []):
        if sent.start_char <= start and end <= sent.end_char and value:
            return value
    return None


def _trigger(sent: Span) -> tuple[str, Span | None, str | None]:
    """(type, trigger span, name) of the sentence's event, or ("", None, None)."""
    named = _within(list(sent.doc.spans.get("event_name", [])), sent)
    if named:
        span = named[0]
        return span.label_, span, span.text
    triggers = [
        s
        for s in _within(list(sent.doc.spans.get("rules", [])), sent)
        if s.label_ == "EVENT_TRIGGER"
    ]
    if not triggers:
        return "", None, None
    best = min(triggers, key=lambda s: PRIORITY.index(s.id_.split(":")[0]))
    return best.id_.split(":")[0], best, None


def _participants(sent: Span) -> list[str]:
    keys: list[str] = []
    for span in _within(list(sent.doc.spans.get("org", [])), sent):
        if span.id_ not in keys:
            keys.append(span.id_)
    return keys


def _same(a: EventRecord, b: EventRecord) -> bool:
    if a.type != b.type:
        return False
    if a.name and b.name:
        return a.name.casefold() == b.name.casefold()
    if a.date and b.date:
        return a.date == b.date
    if a.name or b.name:
        return False
    # Undated, unnamed mentions are the same event when they share a party.
    return bool(set(a.participants) & set(b.participants))


def _merge(events: list[EventRecord]) -> list[EventRecord]:
    merged: list[EventRecord] = []
    for event in events:
        twin = next((m for m in merged if _same(m, event)), None)
        if twin is None and not event.name and not event.date:
            # "the school", "the meeting": the last event of that type
            twin = next((m for m in reversed(merged) if m.type == event.type), None)
        if twin is None:
            merged.append(event)
            continue
        twin.name = twin.name or event.name
        twin.date = twin.date or event.date
        twin.location = twin.location or event.location
        twin.participants += [
            p for p in event.participants if p not in twin.participants
        ]
    return merged


def events(doc: Doc) -> list[EventRecord]:
    found = []
    for sent in doc.sents:
        kind, trigger, name = _trigger(sent)
        if not kind:
            continue
        record = EventRecord(
            type=kind,
            name=name.removeprefix("the ").strip() if name else None,
            date=_date(doc, sent),
            location=_location(sent),
            participants=_participants(sent),
            evidence=(sent.start_char, sent.end_char),
            trigger=(trigger.start_char, trigger.end_char)
            if trigger is not None
            else None,
        )
        if record.name or record.date or record.participants:
            found.append(record)
    return _merge(found)


@Language.factory("space_events", requires=["doc.spans", "doc.sents"], assigns=[])
def make_space_events(nlp: Language, name: str) -> SpaceEvents:
    return SpaceEvents()


class SpaceEvents:
    """Writes doc.user_data["events"]: a list of :class:`EventRecord`."""

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["events"] = events(doc)
        return doc


@Language.component("paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: headings and bylines stand alone."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc
