"""Apply corrections to one document record.

Works on the record as plain data and validates the result, so a correction
can never leave a document whose offsets, ids or references do not hold.
Each function returns whether the correction matched anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from models import ExtractedDocument
from models.corrections import Add, FixDate, FixEvent, Merge, Reject, Rename
from models.types import precision_of
from pipeline.ids import slug

Record = dict[str, Any]
ENTITY_LIST = {"organisation": "organisations", "program": "programs"}
LIST_OF = {
    **ENTITY_LIST,
    "date": "dates",
    "event": "events",
    "person": "people",
    "location": "locations",
}
PREFIX = {"organisation": "org", "program": "prog", "event": "evt"}


def norm(text: str | None) -> str:
    text = " ".join((text or "").replace("’", "'").split()).casefold()
    return re.sub(r"^the\s+", "", text)


def _forms(record: Record) -> set[str]:
    names = [record.get("name"), record.get("acronym"), *record.get("aliases", [])]
    names += [record.get("text"), record.get("id")]
    trigger = record.get("trigger")
    if trigger:
        names.append(trigger["text"])
    return {norm(n) for n in names if n}


def _matches(record: Record, name: str) -> bool:
    return norm(name) in _forms(record)


def apply_all(
    doc: ExtractedDocument, corrections: list[tuple[int, Any]]
) -> tuple[ExtractedDocument, set[int]]:
    """The corrected document and the indexes of the corrections that matched."""
    data = doc.model_dump(mode="json")
    matched = set()
    for index, correction in corrections:
        if APPLY[type(correction)](data, correction):
            matched.add(index)
    return ExtractedDocument.model_validate(data), matched


def _drop_org_refs(data: Record, ids: set[str]) -> None:
    for event in data["events"]:
        event["participants"] = [p for p in event["participants"] if p not in ids]
    for person in data["people"]:
        if person["affiliation"] in ids:
            person["affiliation"] = None


def _reject(data: Record, c: Reject) -> bool:
    key = LIST_OF[c.reject]
    gone = [r for r in data[key] if _matches(r, c.name)]
    data[key] = [r for r in data[key] if not _matches(r, c.name)]
    if c.reject == "organisation":
        _drop_org_refs(data, {r["id"] for r in gone})
    return bool(gone)


def _merge_records(data: Record, kind: str, records: list[Record], name: str) -> None:
    """Fold ``records`` into the first; references follow."""
    key, keep = ENTITY_LIST[kind], records[0]
    others = records[1:]
    names = {r["name"] for r in records} | {a for r in records for a in r["aliases"]}
    mentions = {(m["start"], m["end"]): m for r in records for m in r["mentions"]}
    keep["mentions"] = [mentions[k] for k in sorted(mentions)]
    keep["acronym"] = next((r["acronym"] for r in records if r["acronym"]), None)
    keep["name"] = name
    keep["aliases"] = sorted(names - {name})
    drop = {id(r) for r in others}
    data[key] = [r for r in data[key] if id(r) not in drop]
    if kind == "organisation":
        old = {r["id"] for r in others}
        for event in data["events"]:
            ids = [keep["id"] if p in old else p for p in event["participants"]]
            event["participants"] = list(dict.fromkeys(ids))
        for person in data["people"]:
            if person["affiliation"] in old:
                person["affiliation"] = keep["id"]


def _rename(data: Record, c: Rename) -> bool:
    key = ENTITY_LIST[c.rename]
    targets = [r for r in data[key] if _matches(r, c.name)]
    if not targets:
        return False
    same = [r for r in data[key] if _matches(r, c.to) and r not in targets]
    _merge_records(data, c.rename, targets + same, c.to)
    return True


def _merge(data: Record, c: Merge) -> bool:
    key = ENTITY_LIST[c.merge]
    targets = [r for r in data[key] if any(_matches(r, n) for n in [*c.names, c.into])]
    if not targets:
        return False
    _merge_records(data, c.merge, targets, c.into)
    return True


def _fix_date(data: Record, c: FixDate) -> bool:
    hits = [d for d in data["dates"] if norm(d["text"]) == norm(c.text)]
    for date in hits:
        date["value"] = c.value
        date["precision"] = precision_of(c.value) if c.value else None
    return bool(hits)


def _fix_event(data: Record, c: FixEvent) -> bool:
    hits = [e for e in data["events"] if _matches(e, c.name)]
    for event in hits:
        for field, value in (
            ("type", c.type),
            ("date", c.date),
            ("name", c.rename),
            ("location", c.location),
        ):
            if value is not None:
                event[field] = value
    return bool(hits)


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _mentions(spans: list[tuple[int, int]], text: str) -> list[Record]:
    return [
        {"text": text[a:b], "start": a, "end": b, "method": "correction"}
        for a, b in spans
    ]


def _new_id(data: Record, prefix: str, name: str) -> str:
    used = {r["id"] for k in ("organisations", "programs", "events") for r in data[k]}
    base = candidate = f"{prefix}:{slug(name)}"
    n = 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _org_id(data: Record, name: str | None) -> str | None:
    if not name:
        return None
    found = [r for r in data["organisations"] if _matches(r, name)]
    return found[0]["id"] if found else None


def _add(data: Record, c: Add) -> bool:
    text = data["document"]["text"]
    spans = _occurrences(text, c.text)
    if not spans:
        return False
    ADD[c.add](data, c, spans, text)
    return True


def _add_entity(data: Record, c: Add, spans: list, text: str) -> None:
    key, name = ENTITY_LIST[c.add], c.name or c.text
    record = next((r for r in data[key] if _matches(r, name)), None)
    mentions = _mentions(spans, text)
    if record is None:
        data[key].append(
            {
                "id": _new_id(data, PREFIX[c.add], name),
                "name": name,
                "acronym": c.acronym,
                "aliases": [c.text] if c.text != name else [],
                "mentions": mentions,
            }
        )
        return
    record["acronym"] = record["acronym"] or c.acronym
    have = {(m["start"], m["end"]) for m in record["mentions"]}
    record["mentions"] += [m for m in mentions if (m["start"], m["end"]) not in have]
    record["mentions"].sort(key=lambda m: (m["start"], m["end"]))


def _add_person(data: Record, c: Add, spans: list, text: str) -> None:
    data["people"].append(
        {
            "name": c.name or c.text,
            "title": c.title,
            "affiliation": _org_id(data, c.affiliation) or c.affiliation,
            "mentions": _mentions(spans, text),
        }
    )


def _add_location(data: Record, c: Add, spans: list, text: str) -> None:
    mentions = _mentions(spans, text)
    data["locations"].append({"name": c.name or c.text, "mentions": mentions})


def _add_date(data: Record, c: Add, spans: list, text: str) -> None:
    precision = precision_of(c.value) if c.value else None
    for a, b in spans:
        date = {"text": text[a:b], "start": a, "end": b}
        data["dates"].append({**date, "value": c.value, "precision": precision})
    data["dates"].sort(key=lambda d: (d["start"], d["end"]))


def _add_event(data: Record, c: Add, spans: list, text: str) -> None:
    (a, b), participants = spans[0], [_org_id(data, n) for n in c.participants]
    data["events"].append(
        {
            "id": _new_id(data, "evt", c.name or c.type or "event"),
            "type": c.type or "other",
            "name": c.name,
            "date": c.date,
            "location": None,
            "participants": [p for p in participants if p],
            "evidence": _mentions([(a, b)], text)[0],
            "trigger": None,
        }
    )


ADD: dict[str, Callable[[Record, Add, list, str], None]] = {
    "organisation": _add_entity,
    "program": _add_entity,
    "person": _add_person,
    "location": _add_location,
    "date": _add_date,
    "event": _add_event,
}
APPLY: dict[type, Callable[[Record, Any], bool]] = {
    Reject: _reject,
    Rename: _rename,
    Merge: _merge,
    FixDate: _fix_date,
    FixEvent: _fix_event,
    Add: _add,
}
