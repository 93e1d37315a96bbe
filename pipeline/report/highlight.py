"""A document's text as HTML with every extracted span marked by category.

Spans may nest ("COSPAR" inside "Chinese National Committee for COSPAR");
a span that crosses another's edge is shown inside the longer one's mark
only as far as its own words go, so no mention is lost from view.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from models import ExtractedDocument

CATEGORIES = {
    "organisation": "Organisation",
    "program": "Program",
    "date": "Date",
    "event": "Event trigger",
    "person": "Person",
    "location": "Location",
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    category: str
    anchor: str
    label: str  # shown on hover


def marks(doc: ExtractedDocument) -> list[Mark]:
    """Every mention of the document, with a stable anchor id each."""
    found: list[Mark] = []
    for category, records in (
        ("organisation", doc.organisations),
        ("program", doc.programs),
        ("person", doc.people),
        ("location", doc.locations),
    ):
        for i, record in enumerate(records):
            for j, m in enumerate(record.mentions):
                anchor = f"{category[:3]}-{i}-{j}"
                found.append(Mark(m.start, m.end, category, anchor, record.name))
    for i, d in enumerate(doc.dates):
        found.append(Mark(d.start, d.end, "date", f"dat-{i}", d.value or "unresolved"))
    for i, e in enumerate(doc.events):
        if e.trigger is not None:
            label = f"{e.type}: {e.name or ''} {e.date or ''}".strip()
            found.append(
                Mark(e.trigger.start, e.trigger.end, "event", f"evt-{i}", label)
            )
    return sorted(found, key=lambda m: (m.start, -m.end, m.anchor))


def _open(mark: Mark) -> str:
    return (
        f'<mark id="{mark.anchor}" class="c-{mark.category}" '
        f'title="{escape(CATEGORIES[mark.category])}: {escape(mark.label)}">'
    )


def render(text: str, found: list[Mark]) -> Markup:
    """HTML of ``text`` with nested <mark> elements (text escaped)."""
    events: list[tuple[int, int, int, str]] = []  # (offset, close|open, n, html)
    stack: list[Mark] = []
    kept: list[Mark] = []
    for mark in found:
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        end = min(mark.end, stack[-1].end) if stack else mark.end
        if end <= mark.start:
            continue
        clipped = Mark(mark.start, end, mark.category, mark.anchor, mark.label)
        kept.append(clipped)
        stack.append(clipped)
    for n, mark in enumerate(kept):
        events.append((mark.start, 1, n, _open(mark)))
        events.append((mark.end, 0, -n, "</mark>"))
    events.sort()
    out, pos = [], 0
    for offset, _kind, _n, html in events:
        out.append(str(escape(text[pos:offset])))
        out.append(html)
        pos = offset
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
