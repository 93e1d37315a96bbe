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
from pipeline.dates.tense import tense_reader

COPYRIGHT = re.compile(r"(?:©|\([cC]\)|Copyright)\s*$")


def publication_date(doc: Doc) -> dt.date | None:
    value = doc.user_data.get("published")
    return dt.date.fromisoformat(value) if value else None


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
        for m in find_dates(
            text, reference=publication_date(doc), tense=tense_reader(doc)
        ):
            if any(
                (s < m.start and m.end <= e or s <= m.start and m.end < e)
                and not COPYRIGHT.search(text, max(0, s - 12), s)
                for s, e in names
            ):
                continue  # "COSPAR 2024", but not "© Thomson Reuters 2008"
            found.append((m.start, m.end, m.text, m.value, m.precision))
        doc.user_data["dates"] = found
        spans = [
            doc.char_span(s, e, label="DATE", alignment_mode="expand")
            for s, e, *_ in found
        ]
        doc.spans["date"] = [s for s in spans if s is not None]
        return doc
