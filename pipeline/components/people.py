"""People with their title and affiliation.

Names come from the NER and from the all-caps surname rules ("WU Ji", "Hanna
ROTHKAEHL"); honorifics are dropped. Title and affiliation are read from an
apposition ("Yin Hejun, Vice President of Chinese Academy of Sciences,") or a
title in front ("NASA Administrator Bill Nelson", "Director General Prof. WU Ji").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.bylines import in_headline, line_around
from pipeline.components.guard import guarded
from pipeline.components.names import (
    VEHICLE_WORDS,
    affiliated_names,
    after_member_states,
    ends_in_a_place_word,
    is_acronym,
    named_after_a_person,
    title_before_field,
    title_word,
    titled_alone,
)
from pipeline.components.text import (
    NAME_WORD,
    common_words,
    entities_of,
    release,
    text_of,
    word_after_capitals,
)
from pipeline.lexicon import Lexicon, load_lexicon

_VOWELS = set("AEIOUY")
APPOSITION_STOP = {",", ".", ";", ":", "(", ")", "\n", "who", "which", "said"}
AFFILIATION_LINK = {"of", "at", "from", "in", "with"}
POSSESSIVE = frozenset({"'s", "’s"})


@dataclass
class PersonRecord:
    name: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    affiliation: str | None = None  # an organisation key
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _strip(span: Span, lex: Lexicon) -> Span:
    doc, start, end = span.doc, span.start, span.end
    bodies = _bodies(doc) if end - start > 2 else frozenset()
    while start < end and (
        doc[start].text in lex.honorifics
        or doc[start].text in lex.title_words
        or doc[start].text in {".", "the", "By", "BY", "Por", "Par"}  # a byline's "by"
        # "Story Thandi Mokoena. Photo Supplied.": a page's credit words
        or (end - start > 2 and doc[start].text in CREDIT_WORDS)
        or doc[start].text in lex.field_acronyms  # "Minister of Science and ICT"
        # a body's one-word name before the person: "Uzbekcosmos Bakhtiyor
        # Ergashev" (the model reads the three words as one name)
        or (end - start > 2 and doc[start].text in bodies)
        # a job in small letters: "chief executive Stéphane Israël"
        or (
            doc[start].is_lower
            and doc[start].is_alpha
            and doc[start].lower_ not in PARTICLES
        )
    ):
        start += 1
    # a byline's bullet ends the name: "Jason Davis • Jul 15, 2020"
    end = next((i for i in range(start + 1, end) if doc[i].text in BYLINE_MARKS), end)
    # a headline's verb ends it: "Wang Shengjie Attends Celebration of ..."
    end = next(
        (i for i in range(start + 1, end) if doc[i].text in lex.headline_verbs), end
    )
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].lower_ == "'s"
        or doc[end - 1].text in lex.headline_verbs  # "Wu Ji Delivers ..."
    ):
        end -= 1
    return doc[start:end]


BYLINE_MARKS = frozenset({"•", "·", "|", "–", "—"})
# facility words that are surnames too: "Mina Park", "Asaph Hall"
SURNAME_LIKE = frozenset({"Park", "Hall"})


def _bodies(doc: Doc) -> set[str]:
    """One-word names of the bodies the rules found in the text."""
    return {s.text for s in doc.spans.get("org", []) if len(s) == 1}


# Particles inside a surname: "Jean-Yves Le Gall", "Simonetta Di Pippo".
PARTICLES = frozenset(
    {"le", "la", "de", "di", "da", "du", "des", "del", "della", "van", "von"}
    | {"der", "den", "ter", "al", "el", "dos", "das", "bin", "bint", "binti", "ibn"}
    | {"dela"}  # "Ramon dela Cruz"
)


# "bin", "binti": son or daughter of; the father's name follows.
PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn"})


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper() and token.lower_ != "the"


def _whole_surname(span: Span, lex: Lexicon) -> Span:
    """The model stopping short: "Jean-Yves Le" -> "Jean-Yves Le Gall", "Di
    Pippo" -> "Simonetta Di Pippo", "Marcos" -> "Marcos De Nardin", "ZHAO
    Xiao" -> "ZHAO Xiao-lin"."""
    doc, start, end = span.doc, span.start, span.end
    if not len(span):
        return span
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in PARTICLES
        and doc[end].text[0].isupper()
    ):
        end += 1
    if (
        doc[end - 1].lower_ in PARTICLES
        and end < len(doc)
        and _capitalised_word(doc[end])
    ):
        end += 1
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
    ):
        end += 2  # "ZHAO Xiao" + "-lin"
    if end + 1 < len(doc) and doc[end].lower_ in PATRONYMIC and doc[end + 1].is_title:
        end += 2  # "Noor Azlina" + "binti Mohd Yusof"
        while end < len(doc) and end - span.end < 4 and _capitalised_word(doc[end]):
            if doc[end].lower_ in common_words(doc) or doc[end].lower_ in lex.heads:
                break  # "Mohammed bin Rashid Space Centre": the name stops
            end += 1
    prev = doc[start - 1] if start else None
    if (
        span[0].lower_ in PARTICLES
        and prev is not None
        and _capitalised_word(prev)
        and prev.text not in lex.title_words
        and prev.text not in lex.honorifics
    ):
        start -= 1
    else:
        # "included Luiz" + "Gylvan Meira Filho", "Technology Mehmet" + "Fatih
        # Kacır", "Salem Humaid" + "AlMarri": the given names the model left out
        while end - start < 4 and start and _given_name(doc[start - 1], lex):
            start -= 1
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in SUFFIXES:
        end += 2  # "Conrad C. Lautenbacher, Jr."
    elif end < len(doc) and doc[end].text in SUFFIXES:
        end += 1  # "Ed Weiler Jr."
    return doc[start:end]


SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "III"})


# Fields a title names before a name ("Deputy Head for International
# Cooperation Sergei Kolesnikov"): no given names
FIELD_WORDS = frozenset(
    {"cooperation", "affairs", "technology", "science", "sciences", "research"}
    | {"innovation", "industry", "development", "education", "communications"}
    | {"relations", "exploration", "operations", "programmes", "programs"}
)


def _a_field(word: str) -> bool:
    """ "Vice President Robotics", "Head of Space Physics": a field of work
    after a title, not a surname."""
    return word.lower() in FIELD_WORDS or word.lower().endswith("ics")


def _given_name(prev: Token, lex: Lexicon) -> bool:
    return (
        prev.is_title
        and prev.is_alpha
        and not prev.is_stop
        # a sentence's first word too ("Ana | Cristina Mucavele, Director-General
        # of INGC"), but not a line's, which may be a label ("Author | Hannah
        # Fuchs"), nor a nationality ("Thai | Nattapong ...")
        and not (
            prev.is_sent_start
            and (prev.i == 0 or "\n" in prev.doc[prev.i - 1].text_with_ws)
        )
        and prev.text not in lex.demonyms
        and prev.text not in lex.countries
        and prev.ent_type_ in {"", "PERSON"}
        and prev.tag_ == "NNP"
        and prev.text not in lex.gazetteer  # "head of Roscosmos Vladimir Popovkin"
        and prev.lower_ not in FIELD_WORDS  # "International Cooperation Yevgeny ..."
        and prev.text not in lex.title_words
        and prev.text not in lex.honorifics
        and prev.lower_ not in lex.heads
        and prev.lower_ not in common_words(prev.doc)
        and prev.text not in CREDIT_WORDS
    )


# a page's credit words before a name: "Story Thandi Mokoena. Photo Supplied."
CREDIT_WORDS = frozenset({"Story", "Text", "Words", "Photo"})


def _acceptable(
    span: Span, lex: Lexicon, known: set[str], common: frozenset[str]
) -> bool:
    if not len(span) or "\n" in span.text or not span.text[:1].isupper():
        return False
    if any(t.text == "/" or t.is_space for t in span):
        # "Karen Fox / Tylar Greene": two people, each read alone; "Tom Walsh
        # Webmaster": a page's columns
        return False
    hyphened = {t.i for t in span if t.i and t.doc[t.i - 1].text == "-"}  # "Xiao-lin"
    inner = {t.i for t in span[1:-1] if t.is_lower and t.lower_ in PARTICLES}
    if any(
        t.lower_ in common
        for t in span
        if t.is_alpha and t.i not in hyphened and t.i not in inner  # "bin", "de"
    ):
        return False  # "Space Science", "Snowflakes": words, not a name
    for token in span:
        if token.lower_ in lex.heads:
            return False
        if token.text in lex.non_name and not _an_initial(token):
            return False  # ("A" of "A S Kiran Kumar" is an initial)
        if token.lower_[-1:] == "s" and token.lower_[:-1] in lex.heads:
            return False  # "Heliophysics Missions"
        if is_acronym(token) and (token.text in known or token.text in lex.gazetteer):
            return False
        if token.text in lex.title_words:
            return False
        # "Mars", "Sun": a body's name, but a surname first ("Sun Laiyan",
        # "Moon Jae-in") unless the words are a programme's ("Venus Express")
        words = [t for t in span if t.is_alpha]
        if token.text in lex.not_location and (
            token.i != span.start or len(words) != 2 or span.text in known
        ):
            return False  # (not "Moon Mineralogy Mapper")
        if token.text in lex.instrument_words:
            return False  # "UV Imager"
        if (
            len(token.text) >= 3
            and token.text.isupper()
            and "." not in token.text  # "Hamid M.K. Al-Naimiy": initials
            and not _VOWELS & set(token.text)
        ):
            return False  # "GSLV Mk II": a name has vowels
    first, last = span[0], span[-1]
    if named_after_a_person(span):
        return False  # "the rover Rosalind Franklin": a craft
    if span.text in lex.gazetteer or last.text == "Time":
        return False  # "(Xinhua/RIA Novosti Photo)", "1:31 am Beijing Time"
    if ends_in_a_place_word(span) or (
        len(span) > 1
        and last.text in lex.facility_words
        and last.text not in SURNAME_LIKE
    ):
        return False  # "Atacama Desert", "Guanghua Road", "... Air Force Base"
    initials = len(first.text) == 1 and len(span) > 1 and span[1].text[:1].isupper()
    if initials and span.start and _letter_of_a_name(span.doc[span.start - 1], lex):
        return False  # "Phase B Review", "Plan B Mission": a letter of a name
    if initials and span.start > 1 and span.doc[span.start - 1].text == ",":
        doc = span.doc
        if doc[span.start - 2].ent_type_ in {"GPE", "LOC"} or AGENCY_AFTER.match(
            text_of(doc), span.end_char
        ):
            return False  # "Kupang, E Nusa Tenggara (ANTARA) -": a dateline's place
    if (
        first.is_stop
        and first.lower_ not in {"will", "may", "per"}  # given names too
        and not (initials and len(span[1].text) == 1)  # "A S Kiran Kumar"
    ):
        return False  # "About APRSAF", "Besides SRON": a page's words
    if first.text in lex.demonyms:
        return False  # "Russian ART"
    if len(span) == 2 and first.text in PLACE_ARTICLES:
        return False  # "La Silla", "La Palma": a place's article, not a surname's
    if len(span) == 2 and first.is_upper and last.ent_type_ in {"GPE", "LOC"}:
        return False  # "ETH Zurich", "UC Berkeley": a body in its town
    if (
        first.is_upper
        and first.is_alpha
        and len(first) > 1
        and _name_goes_on(span, lex)
    ):
        return False  # "EUV Imaging Spectrometer": a thing's name in title case
    if re.fullmatch(r"[A-Z][a-z]+-(?:[A-Z]|\d+[A-Z]?)", span.text):
        return False  # "Vega-C", "Ariane-6": a launcher's name
    if any(c.isdigit() for c in span.text):
        return False  # "Kosmosat 3A": a name has no digits
    if span[0].text in {"PO", "P.O."} or (
        span.start and span.doc[span.start - 1].like_num and span[0].is_upper
    ):
        return False  # "PO Box 500", "2333 CA Leiden": an address
    return any(t.is_alpha for t in span)


def _name_goes_on(span: Span, lex: Lexicon) -> bool:
    """A title-case word (not a job's) right after the span: the capitals go
    on into a longer name."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        nxt is not None
        and span[-1].whitespace_ != ""
        and nxt.is_title
        and nxt.is_alpha
        and nxt.text not in lex.title_words
    )


# a dateline's agency after its place: " (ANTARA) - "
AGENCY_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,2}\s*\([A-Z][\w&. -]{1,30}\)\s*(?:--|—|–|-\s)"
)


def _an_initial(token: Token) -> bool:
    """A capital letter before another: "A" of "A S Kiran Kumar"."""
    doc, i = token.doc, token.i
    return (
        len(token.text) == 1
        and token.is_upper
        and i + 1 < len(doc)
        and len(doc[i + 1].text) == 1
        and doc[i + 1].is_upper
    )


def _letter_of_a_name(before: Token, lex: Lexicon) -> bool:
    """A capitalised word before a letter ("Phase" of "Phase B") that is no
    honorific or title ("Dr M Annadurai", "Shri S Arunan")."""
    return (
        before.is_title
        and before.text not in lex.honorifics
        and before.text not in lex.title_words
        and not before.is_sent_start
    )


def _candidates(doc: Doc, lex: Lexicon, blocked: list[tuple[int, int]]) -> list[Span]:
    known = {s.text for key in ("org", "program") for s in doc.spans.get(key, [])}
    places = {s.text for s in doc.spans.get("location", [])}
    common = common_words(doc)
    raw = [e for e in entities_of(doc) if e.label_ == "PERSON"]
    raw += [s for s in doc.spans.get("rules", []) if s.label_ == "PERSON"]
    raw += _after_titles(doc, lex, common)
    raw += affiliated_names(doc, lex)  # "Kate Isaak (ESA)"
    raw += doc.spans.get("apposed", [])  # found by the entities component
    raw += [
        e for e in entities_of(doc) if e.label_ != "PERSON" and titled_alone(e, lex)
    ]
    spans = []
    for span in sorted(raw, key=lambda s: (s.start, -len(s))):
        span = _whole_surname(_strip(span, lex), lex)
        if not _acceptable(span, lex, known, common) or span.text in places:
            continue  # "Qingdao" tagged a person once and a place elsewhere
        if any(span.start_char < e and s < span.end_char for s, e in blocked):
            continue
        if _after_in(span):
            continue  # "set up in São José dos Campos": a place
        if span.start and doc[span.start - 1].lower_ in BODIES | STORMS:
            continue  # "the asteroid Bennu", "Cyclone Idai"
        if span[0].lower_ in STORMS:
            continue  # "Cyclone Idai", read whole
        if _before_a_station_word(span):
            continue  # "the King Sejong and Jang Bogo stations"
        if _before_a_vehicle_word(span):
            continue  # "a Delta IV Heavy rocket"
        if after_member_states(doc, span.start):
            continue  # "the Member States Bangladesh, China": a list of countries
        if len(span) == 1 and (_labels_a_line(span) or _caps_heading(span)):
            continue  # "Explainer: Why the moon's south pole matters", "SPEAKERS"
        if len(span) == 1 and span.start and doc[span.start - 1].ent_type_ == "NORP":
            continue  # "French Guiana": one word after a nationality is a place's
        if spans and span.start < spans[-1].end:  # overlapping: both, else the longer
            union = doc[spans[-1].start : max(span.end, spans[-1].end)]
            if _acceptable(union, lex, known, common):
                spans[-1] = union  # "Mohd Faizal" + "Faizal bin Abdul Rahman"
            elif len(span) > len(spans[-1]):
                spans[-1] = span
            continue
        spans.append(span)
    return spans


def _before_a_vehicle_word(span: Span) -> bool:
    """ "Delta IV Heavy rocket", "a Titan IIIE Heavy rocket": a launcher's
    name, perhaps a capitalised word of it left after the span."""
    nxt = word_after_capitals(span)
    return nxt is not None and nxt.lower_ in VEHICLE_WORDS


def _before_a_station_word(span: Span) -> bool:
    """ "Jang Bogo stations", "the Concordia station": a station named after
    a person is a station."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in {"station", "stations"}


def _caps_heading(span: Span) -> bool:
    """A word in capitals alone on its line: a heading ("DIRECTORS")."""
    line = line_around(text_of(span.doc), span.start_char, span.end_char)
    return span.text.isupper() and line.strip() == span.text


# The article that opens a place's name of two words ("La Silla", "Los
# Angeles"); a surname's particle ("Le Gall", "De Nardin") follows a given name
PLACE_ARTICLES = frozenset({"La", "Las", "Los", "El"})
# A tropical storm's word before its name
STORMS = frozenset({"cyclone", "typhoon", "hurricane"})
# A celestial body or a feature on one, named after the word.
BODIES = frozenset(
    {"asteroid", "comet", "planet", "moon", "crater", "exoplanet", "galaxy", "star"}
)


def _labels_a_line(span: Span) -> bool:
    """A word that opens its line and is followed by a colon: a label."""
    doc = span.doc
    first = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return first and span.end < len(doc) and doc[span.end].text == ":"


def _after_titles(doc: Doc, lex: Lexicon, common: frozenset[str]) -> list[Span]:
    """ "Mission Director Pradeep Nair confirmed", "Deputy Director General for
    International Cooperation Yevgeny Sokolov was quoted": the last two
    capitalised words of a run that starts with a job, before a verb or a
    comma, are a name the model may miss."""
    found = []
    n, free = len(doc), 0
    for i in [t.i for t in doc if t.text in lex.title_words]:
        if i < free:
            continue  # inside the run of the title before
        if i + 1 < n and after_member_states(doc, i + 1):
            continue  # "the Member States Bangladesh, China": no title
        j = i + 1  # the title itself may be in capitals: "CEO", "DG"
        while j < n and (
            doc[j].is_title
            or doc[j].lower_ in {"of", "for", "and"}
            or (doc[j].lower_ == "to" and j == i + 1)  # "Ambassador to Australia"
            or (doc[j].lower_ == "the" and doc[j - 1].lower_ in {"of", "to"})
            or doc[j].text == "-"
        ):
            j += 1
        while j > i + 1 and doc[j - 1].lower_ in {"of", "for", "and", "the", "-"}:
            j -= 1  # "... Sergei Kolesnikov and by ...": the run ends at the name
        after = doc[j] if j < n else None
        if after is not None and (
            after.tag_.startswith(("VB", "MD")) or after.text in {",", ".", "and"}
        ):
            # the last two words: "Yevgeny Sokolov", not "Cooperation Yevgeny ..."
            start = _two_words_before(doc, j)
            name = doc[start:j] if start > i else None
            if name is not None and doc[start - 1].lower_ in {"of", "for", "and", "to"}:
                name = None  # "Head of Space Science and Capacity Building."
            if name is not None and all(
                t.text == "-"  # "Jean-Marc"
                or (
                    t.is_title
                    and t.is_alpha
                    and t.text not in lex.title_words
                    and t.lower_ not in lex.heads
                    and t.lower_ not in common
                    and t.text not in lex.non_name
                )
                for t in name
            ):
                found.append(name)
        free = max(j, i + 1)
    return found


def _two_words_before(doc: Doc, j: int) -> int:
    """Where the two words before token j start, a hyphened word counted as
    one: "Jean-Marc Fabre", "Yevgeny Sokolov"."""
    k = j
    for _ in range(2):
        k -= 1
        while (
            k >= 2
            and doc[k - 1].text == "-"
            and not doc[k - 1].whitespace_
            and not doc[k - 2].whitespace_
        ):
            k -= 2
    return k


def _after_in(span: Span) -> bool:
    """ "in São José", "in Kourou": after "in" a capitalised name is a place
    (not "in Dr. Li's laboratory", a possessive)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    possessive = after is not None and after.lower_ in POSSESSIVE
    return before is not None and before.lower_ == "in" and not possessive


def _org_at(doc: Doc, start: int, end: int) -> list[Span]:
    spans = [s for s in doc.spans.get("org", []) if start <= s.start and s.end <= end]
    return sorted(spans, key=lambda s: s.start)


def _link(span: Span) -> tuple[str, int]:
    """The word that links an organisation to what comes before it, and where
    it stands: "at the Centre", "at Thailand's Agency" (a place's possessive
    is passed over as "the" is)."""
    doc, i = span.doc, span.start - 1
    if i > 0 and doc[i].lower_ in POSSESSIVE:
        j = i - 1
        while j > i - 4 and j >= 0 and doc[j].ent_type_ in {"GPE", "LOC"}:
            j -= 1
        if j < i - 1:
            i = j
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (doc[i].lower_, i) if i >= 0 else ("", 0)


def _link_word(span: Span) -> str:
    return _link(span)[0]


def _apposition(
    span: Span, lex: Lexicon
) -> tuple[str | None, tuple | None, str | None]:
    """ "NAME, Title of the Org, ..." -> (title, title offsets, org key)."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None, None, None
    start = i + 1
    while start < len(doc) and doc[start].text in lex.honorifics:
        start += 1  # "Hon'ble President of India"
    if start < len(doc) and doc[start].lower_ in {"the", "its", "their"}:
        owner = _possessive_in(doc, start, start + 4)
        if owner is not None and not _org_at(doc, start, owner):
            start = owner + 1  # "the agency's Head of Space Science": the title
    end, depth = start, 0
    while end < len(doc) and end - start < 25:
        text = doc[end].lower_
        depth += (text == "(") - (text == ")")
        if depth < 0 or (depth == 0 and text in APPOSITION_STOP and text != ")"):
            break
        if doc[end].is_space and "\n" in doc[end].text:
            break  # a title ends with its line
        end += 1
    while end > start and doc[end - 1].text == "(":
        end -= 1
    phrase = doc[start:end]
    core = end  # without a bracketed acronym: "Indian Institute of Astrophysics (IIA)"
    if end - start > 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        core = end - 3
    only = _org_at(doc, start, core)
    if len(only) == 1 and (only[0].start, only[0].end) in {
        (start, core),
        (start + 1, core),
    }:
        return None, None, only[0].id_  # "Shirish Ravan, UN-SPIDER Beijing Office."
    if not len(phrase) or not any(title_word(t.text, lex) for t in phrase):
        return None, None, None
    orgs = _org_at(doc, start, end)
    owner = _possessive_owner(orgs)
    unit = next(
        (o for o in orgs if owner is not None and o.start == owner.end + 1), None
    )
    if unit is not None and doc[owner.start - 1].lower_ in {"at", "from", "with"}:
        # "LUPEX project manager at JAXA's Institute of Space and Astronautical
        # Science": the owner's unit employs; the words before "at" are the title
        title = doc[start : owner.start - 1]
        return title.text or None, (title.start_char, title.end_char), unit.id_
    if owner is not None:
        # "ESA's Director of Science and Robotic Exploration", "head of ESA's
        # Physical Sciences Unit": the owner employs; the rest is the title
        words = [t for t in phrase if t.i not in range(owner.start, owner.end + 1)]
        title = " ".join(t.text for t in words).replace(" of the", " of").strip()
        return title or None, (phrase.start_char, phrase.end_char), owner.id_
    linked = [o for o in orgs if _link_word(o) in AFFILIATION_LINK]
    if linked:
        # "Chief of a Team from the Centre": "from"/"at" name the employer.
        employer = [o for o in linked if _link_word(o) in {"from", "at", "with"}]
        org = employer[0] if employer else linked[-1]
        title = doc[start : _link(org)[1]]
        return title.text or None, (title.start_char, title.end_char), org.id_
    # "S. Somanath, Chairman, ISRO": the organisation after the next comma
    nxt = [o for o in doc.spans.get("org", []) if o.start == end + 1]
    if end < len(doc) and doc[end].text == "," and nxt:
        return phrase.text, (phrase.start_char, phrase.end_char), nxt[0].id_
    return phrase.text, (phrase.start_char, phrase.end_char), None


def _possessive_in(doc: Doc, start: int, end: int) -> int | None:
    """Where the first "'s" of doc[start:end] stands ("Rwanda's Minister")."""
    return next((t.i for t in doc[start:end] if t.lower_ in POSSESSIVE), None)


def _possessive_owner(orgs: list[Span]) -> Span | None:
    for org in orgs:
        nxt = org.doc[org.end] if org.end < len(org.doc) else None
        if nxt is not None and nxt.lower_ in POSSESSIVE:
            return org
    return None


def _title_before(
    span: Span, lex: Lexicon
) -> tuple[str | None, tuple | None, str | None]:
    """ "NASA Administrator Bill Nelson", "Director General Prof. WU Ji"."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and (doc[i].text in lex.honorifics or doc[i].text == "."):
        i -= 1
    end = i + 1
    field = title_before_field(doc, end, lex) if i >= 0 and doc[i].is_title else None
    if field is not None and not any(t.lower_ in lex.heads for t in doc[field:end]):
        i = field  # "Minister for Science, Jobs and Innovation Tom Heller"
    while i >= 0 and (doc[i].text in lex.title_words or doc[i].text == "-"):
        i -= 1
    # "Scientific Secretary": a capitalised adjective opens the title
    while end > i + 1 and i >= 0 and doc[i].tag_ == "JJ" and doc[i].is_title:
        i -= 1
    if end == i + 1:
        return _title_comma_before(span, lex)
    title = doc[i + 1 : end]
    orgs = [o for o in doc.spans.get("org", []) if o.end == i + 1]
    return title.text, (title.start_char, title.end_char), orgs[0].id_ if orgs else None


def _title_comma_before(
    span: Span, lex: Lexicon
) -> tuple[str | None, tuple | None, str | None]:
    """ "Director of the Lunar Research Agency, Prof. CHEN Hong, welcomed ...":
    the title phrase opens the sentence (or follows a comma) and ends in one;
    "led by its CEO, Prof. X": title words after a possessive."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and (doc[i].text in lex.honorifics or doc[i].text == "."):
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None, None, None
    start = i - 1
    while start > 0 and not doc[start].is_sent_start and doc[start - 1].text != ",":
        start -= 1
    owner = _possessive_in(doc, start, min(i, start + 4))
    if owner is not None:  # "Rwanda's Minister of ICT and Innovation, NAME"
        start = owner + 1
    elif doc[start].lower_ == "the" and start + 1 < i:
        start += 1  # "On Monday, the Permanent Secretary of ..., NAME, said"
    phrase = doc[start:i]
    # "Permanent Secretary": a capitalised word may open the title
    opening = phrase[1:2] if len(phrase) > 1 and phrase[0].is_title else phrase[:1]
    if (
        not any(title_word(t.text, lex) for t in [*phrase[:1], *opening])
        or len(phrase) > 16
    ):
        # "led by its CEO, Prof. X": the title words just before the comma
        j = i
        while j > 0 and title_word(doc[j - 1].text, lex):
            j -= 1
        if j == i or doc[j - 1].lower_ not in {"its", "their", "his", "her", "the"}:
            return None, None, None
        title = doc[j:i]
        return title.text, (title.start_char, title.end_char), None
    orgs = _org_at(doc, phrase.start, phrase.end)
    linked = [o for o in orgs if _link_word(o) in AFFILIATION_LINK]
    if linked:
        org = linked[-1]
        title = doc[phrase.start : _link(org)[1]]
        return title.text or None, (title.start_char, title.end_char), org.id_
    return phrase.text, (phrase.start_char, phrase.end_char), None


def _affiliation_after(span: Span) -> str | None:
    """ "Andrew Yau from University of Calgary", "Kenji Mori (Nagoya
    University)"."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "(":
        for org in doc.spans.get("org", []):
            if (
                org.start == span.end + 1
                and org.end < len(doc)
                and doc[org.end].text in {")", ","}  # "(ISSI, Bern, Switzerland)"
            ):
                return org.id_
    if span.end + 1 < len(doc) and doc[span.end].lower_ in {"from", "of"}:
        nxt = span.end + 1 + (doc[span.end + 1].lower_ == "the")
        if nxt + 1 < len(doc) and doc[nxt + 1].lower_ in POSSESSIVE:
            nxt += 2  # "Ahmed Khan of Pakistan's SUPARCO"
        for org in doc.spans.get("org", []):
            if org.start == nxt:
                return org.id_
    return None


# The head of a press release's contact block: "-end-", "Media contacts:".
CONTACTS = re.compile(
    r"^[ \t]*(?:-+\s*end\s*-+|#+|(?:for\s+)?(?:news\s+)?(?:media|press|news)\s+"
    r"(?:contacts?|inquiries|enquiries|queries|office)|contacts?|inquiries|enquiries|"
    r"for\s+(?:further|more)\s+information)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# "Karen Fox / Tiernan Doyle": a line of one or two names, nothing else.
_PERSON = rf"{NAME_WORD}(?:\s+(?:[A-Z]\.\s*)?{NAME_WORD}){{1,2}}"
# "Dr Robert Massey": the honorific is no part of the name
_HONORIFIC = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?[ \t]+)?"
NAME_LINE = re.compile(
    rf"^[ \t]*(?:By[ \t]+)?{_HONORIFIC}({_PERSON})"
    rf"(?:\s*(?:/|and|,)\s*{_HONORIFIC}({_PERSON}))?[ \t]*$"
)


# "Sophie Lemaire     Head of Media Relations     Tel. ...": columns set
# apart by runs of spaces or tabs
COLUMNS = re.compile(
    rf"^[ \t]*({_PERSON})(?: {{2,}}|\t)[ \t]*(\S(?:[^\t\n]*?\S)?)(?: {{2,}}|\t|$)"
)


# how to reach a contact: a telephone number or an e-mail address
REACH = re.compile(
    r"(?<!\w)\(?\+?\d{1,4}\)?[ .-]?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\w)"
    r"|[\w.+-]+(?:@|\[at\])[\w-]+(?:\.[\w-]+)+"
)
# "Maureen Calloway, NOAA, maureen.calloway@noaa.gov, 301-713-0214",
# "Dolores Beckwith (202) 358-1547": a name, then how to reach them
CONTACT_LINE = re.compile(
    rf"^[ \t]*{_HONORIFIC}({_PERSON})(?:[ \t]*,[ \t]*|[ \t]+(?=\())(.+)$"
)
# "Priya Raghunathan" / "Published - July 30, 2025": a reporter's name above
# the byline's date
DATE_LABEL_LINE = re.compile(r"^[ \t]*(?:Published|Updated|Posted)\b")


# words of a contact block's headings, never of a name ("Media Relations",
# "Public Affairs", "News Desk")
HEADING_WORDS = frozenset(
    {"media", "press", "relations", "communications", "communication", "office"}
    | {"contact", "contacts", "news", "public", "affairs", "information", "desk"}
    | {"headquarters", "center", "centre", "team", "department", "related"}
    | {"links", "share", "follow", "editor", "editors", "photo", "image", "video"}
)


def _heading(name: str) -> bool:
    return any(w.lower() in HEADING_WORDS for w in name.split())


def _reached(lines: list[str], i: int) -> bool:
    """A name on line i is a contact's when it or one of the next two lines
    gives a telephone number or an e-mail address."""
    return any(REACH.search(line) for line in lines[i : i + 3])


def _org_before(i: int, lines: list[str], org_in) -> tuple[int, str] | None:  # noqa: ANN001
    """The body a contact table names above its rows ("Press contacts" /
    "CNES" / rows): the first line above with one, within three lines."""
    for j in range(i - 1, max(-1, i - 4), -1):
        found = org_in(j)
        if found is not None:
            return found
    return None


def _titled(text: str, lex: Lexicon) -> bool:
    """ "Public Relations Officer", "Deputy Director": a job, not a name."""
    return any(title_word(word, lex) for word in text.split())


def _contacts(doc: Doc, lex: Lexicon) -> list[PersonRecord]:
    """People of a contact block: after a head ("-end-", "Media contact",
    "Inquiries"), a line of names ("Karen Fox / Tiernan Doyle"); anywhere, a
    name line whose next line starts with a job ("Anna Lindqvist" / "Science
    Communication Officer, European Space Agency"). The job and the first
    organisation of the next lines ("Jet Propulsion Laboratory, Pasadena")
    are the person's title and affiliation."""
    text = text_of(doc)
    head = CONTACTS.search(text)
    if head is not None and "#" in head.group():
        head = None
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    orgs = sorted((s.start_char, s.end_char, s.id_) for s in doc.spans.get("org", []))

    def org_in(i: int) -> tuple[int, str] | None:  # the first org of line i
        if i >= len(lines):
            return None
        start, end = offsets[i], offsets[i] + len(lines[i])
        return next(((s, key) for s, e, key in orgs if start <= s and e <= end), None)

    found = []
    for i, line in enumerate(lines):
        m = NAME_LINE.match(line)
        column = None if m else COLUMNS.match(line)
        if column is not None and _titled(column.group(2), lex):
            # "Sophie Lemaire     Head of Media Relations     Tel. ...": a table
            span = doc.char_span(
                offsets[i] + column.start(1), offsets[i] + column.end(1)
            )
            if span is not None:
                at = offsets[i] + column.start(2)
                org = _org_before(i, lines, org_in)
                found.append(
                    PersonRecord(
                        span.text,
                        column.group(2),
                        (at, at + len(column.group(2))),
                        org[1] if org else None,
                        [(span.start_char, span.end_char)],
                    )
                )
            continue
        if m is None:
            inline = CONTACT_LINE.match(line)
            if inline is not None and REACH.search(
                inline.group(2) + " " + (lines[i + 1] if i + 1 < len(lines) else "")
            ):
                found.extend(
                    _contact_of_line(doc, lex, inline, offsets[i], orgs, org_in(i + 1))
                )
            continue
        groups = [g for g in (1, 2) if m.group(g)]
        jobs = [g for g in groups if _titled(m.group(g), lex)]
        names = [
            g
            for g in groups
            if g not in jobs
            and not any(w.lower() in lex.heads for w in m.group(g).split())
        ]
        title, title_at = None, None
        org = org_in(i + 1)
        if names and jobs:  # "Lee Min-ji, Public Relations Officer"
            g = jobs[0]
            title, title_at = m.group(g), offsets[i] + m.start(g)
        else:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            job = nxt[: org[0] - offsets[i + 1]] if org else nxt
            job = job.strip().rstrip(",").strip()
            if job and _titled(job.split(",")[0], lex):
                title, title_at = job, offsets[i + 1] + nxt.index(job)
                org = org or org_in(i + 2)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        told = (_reached(lines, i + 1) or bool(DATE_LABEL_LINE.match(nxt))) and not any(
            _heading(m.group(g))
            or any(
                s < offsets[i] + m.end(g) and offsets[i] + m.start(g) < e
                for s, e, _ in orgs
            )  # "By Global Times": an outlet
            for g in names
        )
        if not names or (
            title is None and not told and (head is None or offsets[i] < head.end())
        ):
            # a name line counts only in a block, with a job after it, with a
            # telephone or e-mail below or above a byline's date
            continue
        for g in names:
            span = doc.char_span(offsets[i] + m.start(g), offsets[i] + m.end(g))
            if span is None:
                continue
            where = (title_at, title_at + len(title)) if title and title_at else None
            found.append(
                PersonRecord(
                    span.text,
                    title,
                    where,
                    org[1] if org else None,
                    [(span.start_char, span.end_char)],
                )
            )
    return found


def _contact_of_line(
    doc: Doc,
    lex: Lexicon,
    m: re.Match[str],
    offset: int,
    orgs: list[tuple[int, int, str]],
    next_line_org: tuple[int, str] | None,
) -> list[PersonRecord]:
    """ "Maureen Calloway, NOAA, maureen.calloway@noaa.gov": the person, and
    the first organisation after the name on the line (``orgs``: the text's,
    by position), else the next line's."""
    name = m.group(1)
    if (
        _titled(name, lex)
        or _heading(name)
        or any(w.lower() in lex.heads for w in name.split())
    ):
        return []
    span = doc.char_span(offset + m.start(1), offset + m.end(1))
    if span is None:
        return []
    rest = range(offset + m.start(2), offset + m.end(2))
    org = next((key for start, _, key in orgs if start in rest), None)
    if org is None and next_line_org is not None:
        org = next_line_org[1]
    return [
        PersonRecord(span.text, None, None, org, [(span.start_char, span.end_char)])
    ]


def _same_person(a: str, b: str) -> bool:
    """ "Reiter" is "Thomas Reiter"; "WU Ji" is "Wu Ji"; "DE ANGELIS" is
    "Marco DE ANGELIS", "Fernández Ortega" "Lucía Fernández Ortega", "Mohd
    Faizal" "Mohd Faizal bin Abdul Rahman"."""
    a_words, b_words = a.casefold().split(), b.casefold().split()
    if 1 < len(b_words) < len(a_words):  # "Fernández Ortega" of "Lucía ..."
        n = len(b_words)
        # the first words too: "Lucía Fernández", "Mohd Faizal" (the given
        # names before "bin")
        return b_words in (a_words[-n:], a_words[:n])
    return a_words == b_words or (len(b_words) == 1 and b_words[0] in a_words)


def _surname_mentions(
    doc: Doc, records: list[PersonRecord], blocked: list[tuple[int, int]]
) -> None:
    """ "LIU said": an all-caps surname alone is its person's mention."""
    text = text_of(doc)
    taken = blocked + [m for r in records for m in r.mentions]
    for record in records:
        for word in record.name.split():
            if len(word) < 2 or not word.isupper():
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    record.mentions.append((m.start(), m.end()))
                    taken.append((m.start(), m.end()))


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?)+$")


def _initialled(short: str, whole: str) -> bool:
    """ "M.N. Pavlinsky" is "Mikhail Pavlinsky": initials, then the surname."""
    *initials, surname = short.split()
    given = whole.split()
    return (
        bool(initials)
        and _INITIALS.match(" ".join(initials)) is not None
        and len(given) > 1
        and given[-1] == surname
        and given[0][:1] == short[:1]
        and "." not in whole
    )


def _surnames_folded(records: list[PersonRecord]) -> list[PersonRecord]:
    """ "astronaut Gezeravcı blasts off" in a headline, "Alper Gezeravcı"
    below: a surname told before the whole name is a mention of that person
    (when only one person has it); so is a name by its initials ("the
    telescope named after M.N. Pavlinsky" and "Mikhail Pavlinsky")."""
    kept = []
    for record in records:
        wholes = [
            r
            for r in records
            if (
                len(r.name.split()) > len(record.name.split()) == 1
                and _same_person(r.name, record.name)
            )
            or _initialled(record.name, r.name)
        ]
        if len(wholes) != 1:  # none, or "Wang" of "Wang Chi" and "Wang Li"
            kept.append(record)
            continue
        whole = wholes[0]
        whole.mentions.extend(m for m in record.mentions if m not in whole.mentions)
        if whole.title is None:
            whole.title, whole.title_span = record.title, record.title_span
        whole.affiliation = whole.affiliation or record.affiliation
    return kept


def people(doc: Doc, lex: Lexicon) -> list[PersonRecord]:
    blocked = [
        (s.start_char, s.end_char)
        for key in ("org", "program", "event_name", "location")
        for s in doc.spans.get(key, [])
    ]
    records: list[PersonRecord] = []
    for span in _candidates(doc, lex, blocked):
        record = next((r for r in records if _same_person(r.name, span.text)), None)
        if record is None:
            record = PersonRecord(span.text)
            records.append(record)
        record.mentions.append((span.start_char, span.end_char))
        if record.title is None:
            title, where, org = _apposition(span, lex)
            if title is None and org is None:
                title, where, org = _title_before(span, lex)
            record.title, record.title_span = title, where
            record.affiliation = record.affiliation or org or _affiliation_after(span)
    _surname_mentions(doc, records, blocked)
    records = _surnames_folded(records)
    text = text_of(doc)
    # a "name" only a headline gives, never the body, is a title-case phrase;
    # one word alone, with no title, is a place, a craft or a word at the
    # start of a sentence far more often than a person ("Ryugu", "Mornings")
    # (but a name before its body in brackets is a person's, on any line: a
    # committee's list "Ivan Petrenko (IKI RAS, Chair)")
    affiliated = {(s.start_char, s.end_char) for s in affiliated_names(doc, lex)}
    records = [
        r
        for r in records
        if (
            not all(in_headline(text, *m, lex) for m in r.mentions)
            or any(m in affiliated for m in r.mentions)
        )
        and (len(r.name.split()) > 1 or (r.title and not _a_field(r.name)))
    ]
    contacts = _contacts(doc, lex)
    # "Darrell Okafor" / "(240) 228-5618": a contact, not the place the
    # tagger took the name for
    held = [m for c in contacts for m in c.mentions]
    doc.spans["location"] = [
        s
        for s in doc.spans.get("location", [])
        if not any(a < s.end_char and s.start_char < b for a, b in held)
    ]
    for contact in contacts:
        record = next((r for r in records if _same_person(r.name, contact.name)), None)
        if record is None:
            records.append(contact)
            continue
        record.affiliation = record.affiliation or contact.affiliation
        if record.title is None:
            record.title, record.title_span = contact.title, contact.title_span
        if contact.mentions[0] not in record.mentions:
            record.mentions.append(contact.mentions[0])
    return records


@Language.factory("space_people", requires=["doc.spans"], assigns=["doc.spans"])
def make_space_people(nlp: Language, name: str) -> SpacePeople:
    return SpacePeople()


class SpacePeople:
    def __init__(self) -> None:
        self.lex = load_lexicon()

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        records = people(doc, self.lex)
        release(doc)  # the last component to read the model's entities
        doc.user_data["people"] = records
        doc.spans["person"] = [
            s
            for r in records
            for s in [
                doc.char_span(a, b, label="PERSON", alignment_mode="expand")
                for a, b in r.mentions
            ]
            if s is not None
        ]
        return doc
