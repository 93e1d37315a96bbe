"""Dates as a component: every calendar expression with its ISO value.

The finding and normalising is pure code in :mod:`pipeline.dates`; this only
supplies the document's publication date as reference and drops years that
are part of a name ("COSPAR 2024").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.guard import guarded
from pipeline.components.text import text_of
from pipeline.dates import find_dates
from pipeline.dates.published import PARAGRAPH, as_published
from pipeline.dates.tense import TenseReader, tense_reader

COPYRIGHT = re.compile(r"(?:©|\([cC]\)|Copyright)\s*$")


def publication_date(doc: Doc) -> dt.date | None:
    value = doc.user_data.get("published")
    return dt.date.fromisoformat(value) if value else None


def story_date(text: str, tense: TenseReader | None = None) -> dt.date | None:
    """The day an undated text is told on, for its "Monday" and "in April":
    the latest day it gives with its year ("Dates: February 24-28, 2025",
    then "opened the school on Monday"), but not a day it tells in the
    future ("The school will be held on 18-29 August 2025")."""
    # (read around each year only: a second pass over the whole text would
    # double the cost of dates for every undated text)
    days = []
    for y in YEAR.finditer(text):
        at = max(0, y.start() - 40)
        for m in find_dates(text[at : y.end()]):
            if m.precision == "day" and m.value and YEAR.search(m.text):
                days.append((m.value, at + m.start, at + m.end))
    told = [
        value
        for value, start, end in days
        if tense is None or tense(start, end) != "future"
    ]
    # the days a page's head gives ("Bern, Switzerland, 21-22 March 2023"
    # above the story) are its own; the story may look years ahead
    story = PARAGRAPH.search(text)
    head = [value for value, start, _ in days if story and start < story.start()]
    latest = max(head or told or [value for value, _, _ in days], default=None)
    return dt.date.fromisoformat(latest) if latest else None


YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@Language.factory("space_dates", requires=["doc.spans"], assigns=["doc.spans"])
def make_space_dates(nlp: Language, name: str) -> SpaceDates:
    return SpaceDates()


class SpaceDates:
    """Writes doc.user_data["dates"]: (start, end, text, value, precision)."""

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        names = [
            (s.start_char, s.end_char)
            for key in ("org", "program", "event_name")
            for s in doc.spans.get(key, [])
        ]
        found = []
        text = text_of(doc)
        tense = tense_reader(doc)
        published = publication_date(doc)
        reference = published or story_date(text, tense)
        for m in find_dates(text, reference=reference, tense=tense):
            if any(
                (s < m.start and m.end <= e or s <= m.start and m.end < e)
                and not COPYRIGHT.search(text, max(0, s - 12), s)
                for s, e in names
            ):
                continue  # "COSPAR 2024", but not "© Thomson Reuters 2008"
            value = as_published(m.text, m.value, published)
            found.append((m.start, m.end, m.text, value, m.precision))
        doc.user_data["dates"] = found
        spans = [
            doc.char_span(s, e, label="DATE", alignment_mode="expand")
            for s, e, *_ in found
        ]
        doc.spans["date"] = [s for s in spans if s is not None]
        return doc
