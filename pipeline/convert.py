"""spaCy Doc -> contract models: the only module that knows both."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from models import (
    DateRecord,
    DocumentInfo,
    Event,
    ExtractedDocument,
    Location,
    Mention,
    Organisation,
    Person,
    Program,
)
from pipeline.components.events import EventRecord
from pipeline.components.people import PersonRecord
from pipeline.components.text import text_of, written_of
from pipeline.ids import slug
from pipeline.lexicon import load_lexicon
from pipeline.metadata import boilerplate_lines, related_headlines


def _unique_id(prefix: str, name: str, used: set[str]) -> str:
    base = f"{prefix}:{slug(name)}"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


_PROGRAMME_WORD = re.compile(r"\s+(?:programme|program)$")
# "a researcher", "the IKI deputy director": the article is not the title's
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)


def _without_programme_word(form: str) -> str | None:
    """ "Artemis" of "Artemis program"; None for a form without the word."""
    bare = _PROGRAMME_WORD.sub("", form)
    return bare if bare != form else None


def _mention(text: str, start: int, end: int, method: str) -> Mention:
    # Takes the text, not the Doc: spaCy rebuilds doc.text on every access.
    return Mention(text=text[start:end], start=start, end=end, method=method)


def _by_preference(forms: set[str]) -> list[str]:
    """The longest form first; one set in capitals ("MARS ODYSSEY" of a
    headline, "MARS-96" beside "Mars-96") only when the text writes the name
    no other way."""
    written = {f.casefold() for f in forms if f.upper() != f}

    def key(form: str) -> tuple[bool, int, str]:
        # (a short word in capitals is an acronym's own form: "CAST", "NASA";
        # not "REUTERS", "PERSEVERANCE")
        twin = form.casefold() in written and (not form.isalpha() or len(form) > 5)
        shouted = form.upper() == form and (" " in form or twin)
        return shouted, -len(form), form

    return sorted(forms, key=key)


def _in_areas(start: int, end: int, areas: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in areas)


def _inside_any(span: Span, areas: Sequence[tuple[int, int]]) -> bool:
    return _in_areas(span.start_char, span.end_char, areas)


def _records(
    doc: Doc,
    key: str,
    model: type[Organisation],
    prefix: str,
    titles: list[tuple[int, int]],
    used: set[str],
    employers: frozenset[str] = frozenset(),
    menus: Sequence[tuple[int, int]] = (),
    headlines: Sequence[tuple[int, int]] = (),
) -> tuple[list, dict]:
    """Group a span group by record key; returns (records, key -> record id).
    Mentions in a pasted menu or breadcrumb line are left out."""
    text = written_of(doc)
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in doc.spans.get(key, []):
        if not _inside_any(span, menus):
            groups[span.id_].append(span)
    acronyms = doc.user_data.get("acronyms", {})
    records, ids = [], {}
    for entity_key, spans in groups.items():
        if all(_inside_any(s, headlines) for s in spans) and not _strong(spans):
            continue  # "Quantum Satellite Achieves": a related story's title case
        in_title = all(_inside_any(s, titles) for s in spans)
        if prefix == "org" and in_title and entity_key not in employers:
            continue  # a unit named only inside a job title is not a record
        acronym = acronyms.get(entity_key)
        # a name broken over two lines is written on one
        forms = _by_preference({" ".join(s.text.split()) for s in spans})
        # a former name ("formerly the Hermanus Magnetic Observatory"), or one
        # in the body's own language beside its English one, is no record's
        # name while it has another
        second = {
            " ".join(s.text.split()) for s in spans if s.kb_id_ in {"former", "native"}
        }
        full = [f for f in forms if f != acronym and f not in second] or forms
        # "the Artemis program" is a mention; the name stays "Artemis"
        full = [f for f in full if _without_programme_word(f) not in forms] or full
        name = full[0]
        if acronym is None:
            # ("MARS-96" beside "Mars-96" is the name in capitals, no short form)
            short = [
                f for f in forms if _acronym_like(f) and f.casefold() != name.casefold()
            ] or [f for f in forms if f != name and _title_case_acronym(f, name)]
            # an organisation known only by its acronym has it as both name
            # and acronym; a programme ("SAPPHIRE") has no short form then
            alone = prefix == "org" and (
                _acronym_like(name) or _title_case_acronym(name, name)
            )
            acronym = short[0] if short else (name if alone else None)
        record_id = _unique_id(prefix, name, used)
        ids[entity_key] = record_id
        mentions = sorted({(s.start_char, s.end_char, s.kb_id_) for s in spans})
        records.append(
            model(
                id=record_id,
                name=name,
                acronym=acronym,
                aliases=[f for f in forms if f != name],
                mentions=[_mention(text, a, b, m) for a, b, m in _dedupe(mentions)],
            )
        )
    return sorted(records, key=lambda r: r.mentions[0].start), ids


def _strong(spans: list[Span]) -> bool:
    """A name that says it is one in any case: an acronym, a designator with
    a number ("Shenzhou-9"), a listed name ("Euclid")."""
    gazetteer = load_lexicon().gazetteer
    return any(
        _acronym_like(s.text) or any(c.isdigit() for c in s.text) or s.text in gazetteer
        for s in spans
    )


def _title_case_acronym(form: str, name: str) -> bool:
    """ "Isro", "Nasa": an acronym a paper writes in title case, spelled by
    the name's initials or listed in capitals."""
    if not (form.isalpha() and form.istitle() and 3 <= len(form) <= 6):
        return False
    listed = load_lexicon().gazetteer.get(form.upper())
    if listed is not None and listed[2] == form.upper():
        return True
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    return initials == form.upper()


def _acronym_like(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text


def _dedupe(mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    seen, out = set(), []
    for start, end, method in mentions:
        if (start, end) not in seen:
            seen.add((start, end))
            out.append((start, end, method))
    return out


def _strip_ws(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _events(
    doc: Doc,
    found: list[EventRecord],
    org_ids: dict[str, str],
    used: set[str],
    menus: Sequence[tuple[int, int]],
) -> list[Event]:
    text = written_of(doc)
    events = []
    for record in found:
        start, end = _strip_ws(text, *record.evidence)
        if _in_areas(start, end, menus):
            continue  # a "Related News" link
        label = record.name or f"{record.type}-{record.date or 'undated'}"
        trigger = None
        if record.trigger:
            trigger = _mention(text, *record.trigger, "rule")
        events.append(
            Event(
                id=_unique_id("evt", label, used),
                type=record.type,
                name=record.name,
                date=record.date,
                location=record.location,
                participants=[org_ids[k] for k in record.participants if k in org_ids],
                evidence=_mention(text, start, end, "rule"),
                trigger=trigger,
            )
        )
    return events


def _people(
    doc: Doc,
    found: list[PersonRecord],
    org_ids: dict[str, str],
    menus: Sequence[tuple[int, int]],
) -> list[Person]:
    text = written_of(doc)
    people = []
    for p in found:
        spans = sorted(set(p.mentions))
        kept = [(a, b) for a, b in spans if not _in_areas(a, b, menus)]
        if kept:
            people.append(
                Person(
                    name=p.name,
                    title=(_ARTICLE.sub("", p.title) or None) if p.title else None,
                    affiliation=org_ids.get(p.affiliation) if p.affiliation else None,
                    mentions=[_mention(text, a, b, "ner") for a, b in kept],
                )
            )
    return people


def _locations(doc: Doc, menus: Sequence[tuple[int, int]]) -> list[Location]:
    text = written_of(doc)
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in doc.spans.get("location", []):
        if not _inside_any(span, menus):
            groups[" ".join(span.text.split()).casefold()].append(span)
    return [
        Location(
            name=_place_name(spans),
            mentions=[_mention(text, s.start_char, s.end_char, "ner") for s in spans],
        )
        for spans in sorted(groups.values(), key=lambda spans: spans[0].start)
    ]


def _place_name(spans: list[Span]) -> str:
    """ "Beijing" rather than the dateline's "BEIJING"."""
    forms = [" ".join(s.text.split()) for s in spans]
    return next((f for f in forms if not f.isupper()), forms[0])


def _dates(doc: Doc) -> list[DateRecord]:
    """Every date, in menus and small print too: "News > 2019" and "© 2023"
    name a year as well as the text does."""
    rows = sorted(
        set(doc.user_data.get("dates", [])), key=lambda r: (r[0], r[1], str(r[3]))
    )
    text = written_of(doc)  # "June\n2019" as written
    return [
        DateRecord(text=text[s:e], start=s, end=e, value=v, precision=p if v else None)
        for s, e, _t, v, p in rows
    ]


def to_document(doc: Doc, info: DocumentInfo) -> ExtractedDocument:
    """Build and validate the output record of one processed document."""
    people_found: list[PersonRecord] = doc.user_data.get("people", [])
    titles = [p.title_span for p in people_found if p.title_span]
    used: set[str] = set()
    employers = frozenset(p.affiliation for p in people_found if p.affiliation)
    menus = boilerplate_lines(text_of(doc))
    # a "Related news" list's headlines name bodies, programmes and places a
    # reader of the page meets (its events and people are other stories')
    named = boilerplate_lines(text_of(doc), related_links=False)
    headlines = related_headlines(text_of(doc), menus, named)
    # "... belongs to China Daily Information Co (CDIC)": a copyright's owner
    # is a body the text names
    orgs, org_ids = _records(
        doc,
        "org",
        Organisation,
        "org",
        titles,
        used,
        employers,
        boilerplate_lines(text_of(doc), copyright=False, related_links=False),
        headlines,
    )
    programs, _ = _records(
        doc, "program", Program, "prog", titles, used, menus=named, headlines=headlines
    )
    return ExtractedDocument(
        document=info,
        organisations=orgs,
        programs=programs,
        dates=_dates(doc),
        events=_events(doc, doc.user_data.get("events", []), org_ids, used, menus),
        people=_people(doc, people_found, org_ids, menus),
        locations=_locations(doc, named),
    )
