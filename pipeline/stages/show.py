"""``python -m pipeline show <doc-id>``: one document's extraction, readably."""

from __future__ import annotations

import difflib
from pathlib import Path

from pydantic import ValidationError
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from models import ExtractedDocument
from pipeline import flags


class ShowFailed(Exception):
    """No such document, or its record is unreadable."""


def load(doc_id: str, extracted: Path) -> ExtractedDocument:
    folder = extracted / "documents"
    path = folder / f"{doc_id}.json"
    if not path.exists():
        known = sorted(p.stem for p in folder.glob("*.json"))
        close = difflib.get_close_matches(doc_id, known, n=5, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ShowFailed(f"no document {doc_id!r} in {folder}{hint}")
    try:
        return ExtractedDocument.model_validate_json(path.read_bytes())
    except ValidationError as e:
        raise ShowFailed(f"{path}: not a valid document record: {e}") from e


def _flag(items: list[str]) -> str:
    return "[bold yellow]⚑ " + "; ".join(items) + "[/]" if items else ""


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _mentions(mentions: list) -> str:
    methods = ", ".join(sorted({m.method for m in mentions}))
    return f"{len(mentions)} ({methods})"


def _entities(doc: ExtractedDocument) -> list[Table]:
    tables = []
    for title, records in (
        ("Organisations", doc.organisations),
        ("Programs", doc.programs),
    ):
        table = _table(title, "name", "acronym", "aliases", "mentions", "check")
        for r in records:
            found = flags.organisation_flags(r) if title == "Organisations" else []
            table.add_row(
                r.name,
                r.acronym or "",
                ", ".join(r.aliases),
                _mentions(r.mentions),
                _flag(found),
            )
        tables.append(table)
    return tables


def _dates(doc: ExtractedDocument) -> Table:
    table = _table("Dates", "text", "value", "precision", "at", "check")
    for d in doc.dates:
        table.add_row(
            d.text,
            d.value or "-",
            d.precision or "",
            str(d.start),
            _flag(flags.date_flags(d)),
        )
    return table


def _events(doc: ExtractedDocument) -> Table:
    names = {o.id: o.name for o in doc.organisations}
    table = _table("Events", "type", "name", "date", "place", "participants", "check")
    for e in doc.events:
        table.add_row(
            e.type,
            e.name or "",
            e.date or "-",
            e.location or "",
            ", ".join(names.get(p, p) for p in e.participants),
            _flag(flags.event_flags(e)),
        )
    return table


def _people_places(doc: ExtractedDocument) -> list[Table]:
    names = {o.id: o.name for o in doc.organisations}
    people = _table("People", "name", "title", "affiliation")
    for p in doc.people:
        people.add_row(
            p.name, p.title or "", names.get(p.affiliation or "", p.affiliation or "")
        )
    places = _table("Locations", "name", "mentions")
    for loc in doc.locations:
        places.add_row(loc.name, str(len(loc.mentions)))
    return [people, places]


def render(doc: ExtractedDocument, console: Console) -> None:
    info = doc.document
    counts = ", ".join(f"{n} {kind}" for kind, n in doc.counts().items())
    console.print(
        Panel(
            f"[bold]{info.title or info.id}[/]\n"
            f"published {info.published or 'unknown'}"
            f"{f' ({info.published_source})' if info.published_source else ''}"
            f" · {info.source} · {info.words} words\n{counts} · "
            f"{flags.count(doc)} flag(s) to check",
            title=info.id,
        )
    )
    for table in [*_entities(doc), _dates(doc), _events(doc), *_people_places(doc)]:
        if table.row_count:
            console.print(table)


def run(doc_id: str, extracted: Path) -> None:
    render(load(doc_id, extracted), Console())
