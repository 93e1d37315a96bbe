"""Capitalised name phrases and what their head word makes them.

Press texts name organisations, programmes and events as capitalised phrases
whose head word says what they are ("... Space Science *Center*", "Double Star
Exploration *Program*", "Seventh ... Space Science *Workshop*"), joined by a few
lower-case connectors ("Institute *of* ...", "Committee *for* COSPAR"). This
module finds such phrases on a spaCy Doc's tokens and classifies them; it knows
no particular name (those are in the gazetteer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.components.acronyms import long_form_for
from pipeline.components.bylines import headline, line_around
from pipeline.components.text import NAME_WORD, common_words, entities_of, text_of
from pipeline.dates.vocab import DATE_WORDS
from pipeline.lexicon import Lexicon

# Heads that name a plan alone, but a field after a body's "of" or a title's
# "for" ("Office of Space Policy", "Director for Space Policy", "Course on
# Space Law and Policy").
FIELD_HEADS = frozenset({"policy", "strategy"})
# head words that name a field after "and" ("Research and Technologies")
TECHNOLOGY = frozenset({"technology", "technologies"})
# Connectors that end the part of a name holding its head word.
FOREIGN_LINKS = frozenset(
    {"in", "de", "du", "des", "der", "fuer", "für", "zur", "del", "di", "della"}
    | {"da", "do", "en", "et", "la", "und"}
)
# Connectors after which a complement can be a name of its own ("X of Y").
NESTING = frozenset({"of", "for", "on", "at"})
# Lower-case words inside a name: "Institute of ...", "Investigación y
# Desarrollo", "Mohammed bin Rashid Space Centre".
CONNECTORS = (
    NESTING
    | FOREIGN_LINKS
    | {"and", "&", "y", "e", "bin", "binti", "van", "von", "the"}
)
# Month and weekday names never start a name; the dates vocabulary holds them.
MONTHS_DAYS = frozenset(w.capitalize() for w in DATE_WORDS)
DESIGNATOR = re.compile(r"^[A-Z][A-Za-z'’]*[A-Za-z]-(?:[A-Z]{0,2}\d{1,3}[A-Z]?)$")
CODE = re.compile(r"^(?:[A-Z]?\d{1,2}[A-Z]?|[IVX]{1,4})$")
YEAR_TOKEN = re.compile(r"^(?:19|20|21)\d\d$")  # "ExoMars 2016 mission"
YEARS_TOKEN = re.compile(r"^(?:19|20|21)\d\d(?:[–-](?:19|20|21)\d\d)?$")
# a plan's name and its horizon year written as one word: "Space2030"
YEAR_JOINED = re.compile(r"^[A-Z][a-z]{2,}(?:20|21)\d\d$")
# A satellite's name by its ending: "MBZ-SAT", "NigeriaSat-2", "NEOSSat"
# (not "EUMETSAT", a body, nor "CubeSat", a kind of satellite)
SAT_NAME = re.compile(r"^[A-Z][\w'’]*(?:-(?:SAT|Sat)|[A-Za-z]Sat)(?:-?\d{1,3}[A-Z]?)?$")


@dataclass(frozen=True)
class Name:
    """A classified name phrase: label is ORG, PROGRAM, EVENT or '' (unknown)."""

    span: Span
    label: str
    head: Token | None = None
    event_type: str | None = None


def is_acronym(token: Token) -> bool:
    return is_acronym_text(token.text)


@lru_cache(maxsize=65536)
def is_acronym_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# A name with a lower-case first letter and a capital after it: "iCube-Qamar",
# "eXTP", "eROSITA".
LOWER_FIRST = re.compile(r"^[a-z][A-Z]")
# A French or Italian article elided before a name: "Université Côte d'Azur"
ELIDED = re.compile(r"^[dl]['’][A-ZÀ-Ý]")
# The Arabic article joined to a name: "Al al-Bayt University", "al-Farabi"
ARTICLE_JOINED = frozenset({"al", "el"})


def _is_name_token(token: Token, lex: Lexicon) -> bool:
    text = token.text
    if token.is_space or token.is_punct or (token.like_num and not _generation(token)):
        return False  # "Four satellite missions": a number, not a name
    if not (
        text[0].isupper()
        or LOWER_FIRST.match(text)
        or ELIDED.match(text)
        or _article_joined(token)
        or NUMBER_FIRST.match(text)
    ):
        return False
    if token.tag_ in {"VBD", "VBZ", "VBN", "VBP"} and token.lower_ not in lex.heads:
        return False  # a headline verb: "... Visited NSSC", "... Was Held"
    if text in lex.headline_verbs and token.i > 0 and not _after_article(token):
        return False  # tagged as a proper noun in title case
    if text.isupper() and text.title() in lex.headline_verbs and _in_capitals(token):
        return False  # "COUNCIL WELCOMES KOREA POLAR RESEARCH INSTITUTE"
    if token.tag_ == "RB" and text.endswith("ly"):
        return False  # "... Forum Successfully Held"
    if token.is_stop and _in_capitals(token):
        return False  # a headline in capitals: "... PROBE ON ITS WAY WITH ..."
    return text not in lex.honorifics or (
        # "King's College London": a royal possessive opening a body's name
        token.i + 2 < len(token.doc) and _peoples(token.doc[token.i + 1])
    )


def _generation(token: Token) -> bool:
    """ "Meteosat Second Generation": an ordinal word in a series' name."""
    doc, i = token.doc, token.i
    return (
        token.is_alpha
        and token.is_title
        and 0 < i < len(doc) - 1
        and doc[i - 1].is_title
        and doc[i + 1].lower_ == "generation"
    )


def _in_capitals(token: Token) -> bool:
    """A word in capitals between two more: a line written in capitals ("...
    PROBE ON ITS WAY"), not an acronym ("US National Radio Astronomy ...")."""
    text = token.text
    if len(text) < 2 or not text.isupper():
        return False
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and all(
        len(t.text) > 1 and t.text.isupper() for t in (doc[i - 1], doc[i + 1])
    )


def _article_joined(token: Token) -> bool:
    """ "al-Bayt": the article, a hyphen without spaces, a capitalised name."""
    doc, i = token.doc, token.i
    return (
        token.text in ARTICLE_JOINED
        and i + 2 < len(doc)
        and not token.whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].text[:1].isupper()
    )


def _date_word(text: str) -> bool:
    """ "July", "Aug.", "Tuesday": a date word, never part of a name."""
    return text.rstrip(".") in MONTHS_DAYS


def _after_article(token: Token) -> bool:
    """ "the Visit" / "a Joint..." : a capitalised noun, not a verb."""
    return token.doc[token.i - 1].lower_ in {"the", "a", "an", "this", "its", "their"}


def _join_hyphens(doc: Doc, i: int) -> int:
    """Index past a hyphenated compound starting at i ("X-ray", "Solar-Terrestrial")."""
    while (
        i + 2 < len(doc)
        and doc[i + 1].text in {"-", "/"}
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and (
            doc[i + 2].is_alpha
            or LETTER_CODE.match(doc[i + 2].text) is not None
            or DESIGNATOR.match(doc[i + 2].text) is not None  # "Luna-Resurs-1"
            # "CAS500-1", "KOMPSAT5-2": a numbered name's unit
            or (NUMBERED.match(doc[i].text) is not None and CODE.match(doc[i + 2].text))
        )
        and not _participle_after(doc[i + 2])
    ):
        i += 2  # "X-ray", "Solar-Terrestrial", "LAPAN-A2"
    return i + 1


VEHICLE_WORDS = frozenset(
    {"rocket", "rockets", "launcher", "booster", "vehicle", "carrier"}
)
# What a designator may name besides a craft: "the RD-180 engine".
MACHINES = VEHICLE_WORDS | {"engine", "engines", "aircraft", "jet", "fighter", "drone"}


def _participle_after(token: Token) -> bool:
    """ "NASA-led", "ESA-funded", "Tohoku-built": the name ends before it."""
    return token.is_lower and (token.text.endswith("ed") or token.text in PARTICIPLES)


PARTICIPLES = frozenset({"led", "built", "run", "made", "based", "owned"})
LETTER_CODE = re.compile(r"^[A-Z]{1,4}\d{1,3}[A-Z]?$")  # "A2", "SAT1"
NUMBERED = re.compile(r"^[A-Z]{2,}\d{1,4}$")  # "CAS500"
# a name opening with its number: "1KUNS" of "1KUNS-PF" (not "3U", "5G")
NUMBER_FIRST = re.compile(r"^\d{1,2}[A-Z]{2,}[A-Z\d]*$")
# a craft's designator that opens with a number: "1KUNS-PF"
NUMBER_DESIGNATOR = re.compile(r"^\d[A-Z]{3,}[A-Z\d]*(?:-[A-Z\d]+)+$")


REGION_WORDS = frozenset(
    {"province", "prefecture", "county", "district", "region", "state", "oblast"}
    | {"pradesh", "governorate", "krai", "canton", "territory", "emirate", "banner"}
)


# The last word of a place on Earth's surface: "Atacama Desert", "Tibetan
# Plateau", "Kola Peninsula" (the model often reads them as people)
LANDFORMS = frozenset(
    {"Desert", "Plateau", "Peninsula", "Mountains", "Valley", "Island", "Islands"}
    | {"Lake", "River", "Sea", "Ocean", "Gulf", "Strait", "Archipelago", "Steppe"}
    | {"Peak", "Hills", "Bay", "Coast", "Glacier", "Volcano"}
)
# The words that open a landform's name of two words: "Cerro Paranal",
# "Sierra Nevada", "Pico Veleta", "Mauna Kea", "Mount Wilson"
LANDFORMS_FIRST = frozenset(
    {"Cerro", "Sierra", "Pico", "Mount", "Mt.", "Monte", "Mont", "Mauna", "Volcán"}
)
# The topics a site's menu joins into a section's name: "Science & Space",
# "News & Events", "Sci & Tech" (the model reads them as organisations)
SECTION_TOPICS = frozenset(
    {"Science", "Sciences", "Sci", "Space", "Technology", "Technologies", "Tech"}
    | {"Exploration", "News", "Events", "Culture", "Society", "Business", "Economy"}
    | {"Health", "Environment", "Innovation", "Research", "Education", "Sport"}
    | {"Sports", "Arts", "Lifestyle", "Media", "Politics", "Opinion", "World"}
    | {"Photos", "Videos", "Features", "Analysis", "Industry", "Climate", "Energy"}
    | {"Weather", "Publications", "Resources", "Rights", "Permissions", "Policy"}
    | {"Security", "Defence", "Defense", "Travel", "Entertainment", "Nature"}
)


def section_name(words: list[Token]) -> bool:
    """Is a name two or more menu topics joined ("Science & Space")?"""
    joined = any(t.text == "&" or t.lower_ == "and" for t in words)
    named = [t for t in words if t.is_alpha and t.lower_ != "and"]
    return joined and len(named) >= 2 and all(t.text in SECTION_TOPICS for t in named)


# Before a list of countries: "the Member States Bangladesh, China"
MEMBER_PHRASES = frozenset({"Member States", "Member State", "member states"})


def after_member_states(doc: Doc, i: int) -> bool:
    """Is doc[i] the "States" of "Member States" (a person the model reads
    in "Member States Bangladesh, China" starts there)?"""
    return i > 0 and f"{doc[i - 1].text} {doc[i].text}" in MEMBER_PHRASES


# The last word of a street in an address: "Guanghua Road"
STREET_WORDS = frozenset(
    {"Road", "Street", "Avenue", "Boulevard", "Lane", "Blvd", "Ave", "Str", "Rd"}
)


# a street's first word in Romance languages: "100 Avenue de Suffren", "Via
# del Politecnico"
STREET_FIRST = frozenset(
    {"Avenue", "Rue", "Boulevard", "Calle", "Avenida", "Via", "Rua"}
)


def ends_in_a_place_word(span: Span) -> bool:
    """Does a name of two words or more end as a place's does ("Atacama
    Desert", "Kitt Peak", "Guanghua Road", "E. California Blvd"), or open as
    a street's ("Avenue de Suffren") or a mountain's ("Cerro Paranal")?"""
    last = span[-1].text
    return len(span) > 1 and (
        last in LANDFORMS
        or landform_first(span)
        or last.rstrip(".") in STREET_WORDS
        or (span[0].text in STREET_FIRST and span[1].is_lower)
    )


def landform_first(span: Span) -> bool:
    """ "Cerro Armazones", "Sierra Nevada": a landform's word, then its name."""
    return len(span) == 2 and span[0].text in LANDFORMS_FIRST and span[1].is_title


# the article a town's name may start with, in French, Spanish, Arabic
PLACE_ARTICLES = frozenset({"Le", "La", "Les", "Los", "Las", "El", "Al"})
# the words inside one body's name ("at" and "in" join a body to another)
OWN_LINKS = frozenset({"of", "for", "the", "and", "&", "'s", "’s"})  # "People's"


def _place_after_in(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """ "Center in Beijing" ends at "in"; "University at Weihai" goes on, but
    "Operations at the European Space Agency" and "Program at NASA" stop at
    "at"."""
    words = {t.lower_ for t in doc[i:j]}
    head = lex.heads.get(doc[i - 1].lower_) if i else None
    # "Operations at the ...", "the Mars Exploration Program at NASA
    # Headquarters": a programme is run at a body, not named after it
    at_the = "at" in words and (
        "the" in words or (head is not None and head.label == "PROGRAM")
    )
    if "in" not in words:
        return at_the
    if (
        doc[j].text in PLACE_ARTICLES
        and j + 1 < len(doc)
        and doc[j + 1].is_title
        and "the" not in words
    ):
        return True  # "the Paris Air Show in Le Bourget", "Centre in Las Palmas"
    before = doc[max(0, i - 8) : i]
    heads = [t for t in before if t.lower_ in lex.heads]
    # the name's own words, back to the first that is not a name's: "Program
    # Office at Marshall Space Flight Center in Huntsville" is the centre's,
    # "Embassy of the Russian Federation in France" the embassy's
    k = len(before)
    while k > 0 and (before[k - 1].is_title or before[k - 1].lower_ in OWN_LINKS):
        k -= 1
    own = before[k:]
    if any(t.text in lex.placed_heads for t in own) or (
        any(t.text == "Joint" for t in before)
        and (not heads or heads[-1].lower_ != "committee")
    ):
        # "Polish Embassy in China", "Joint Laboratory ... in South America"
        # (but "held a meeting of the Joint Committee on ... in Beijing")
        return False
    # the model's place types, a region word ("in Ibaraki Prefecture"), or one
    # word after a body's head that ends the name ("AGH University of Science
    # and Technology in Kraków to meet", "University in Ile-Ife,")
    end = j + 1
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title:
        end += 2
    one_word = (
        any(t.lower_ in lex.heads for t in before)
        and doc[j].is_title
        and doc[j].lower_ not in lex.heads
        and (end >= len(doc) or not doc[end].text[:1].isupper())
        # "Research Institute in Astrophysics and Planetology": fields, not a
        # town (but "Centre in Toulouse and the Institute")
        and not (
            end + 1 < len(doc)
            and doc[end].lower_ in {"and", "&"}
            and doc[end + 1].is_title
            and doc[end + 1].lower_ != "the"
        )
    )
    # "the First International CSES Workshop in the ASI": a body's acronym
    acronym = is_acronym(doc[j]) and any(t.lower_ in lex.heads for t in before)
    return (
        doc[j].ent_type_ in {"GPE", "LOC"}
        or any(t.lower_ in REGION_WORDS for t in doc[j : j + 3])
        or one_word
        or acronym
        or at_the
    )


def _inner_link(token: Token) -> bool:
    """A connector, or one line break of a wrapped line ("National Space\n
    Science Center")."""
    if token.is_space:
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        wrapped = nxt is not None and not nxt.is_sent_start  # see "paragraphs"
        return wrapped and token.text.count("\n") == 1 and not token.text.strip()
    return (
        token.lower_ in CONNECTORS
        or _mission_to(token)
        or _world_to(token)
        or _peoples(token)
    )


def _peoples(token: Token) -> bool:
    """ "People's Republic of China", "People's Daily", "King's College
    London", "Queen's University Belfast": a possessive inside a name."""
    doc, i = token.doc, token.i
    return (
        token.text in {"'s", "’s"}
        and i > 0
        and doc[i - 1].text in {"People", "King", "Queen"}
        and i + 1 < len(doc)
        and doc[i + 1].is_title
    )


# worlds a programme's name may run from and to: "Moon to Mars Initiative"
WORLDS = frozenset({"Moon", "Earth", "Mars", "Venus", "Mercury", "Jupiter", "Sun"})


def _mission_to(token: Token) -> bool:
    """ "Emirates Mission to the Asteroid Belt": a mission's name goes on to
    where it goes."""
    return (
        token.lower_ == "to"
        and token.i > 0
        and token.doc[token.i - 1].text == "Mission"
    )


def _world_to(token: Token) -> bool:
    """ "Moon to Mars Initiative": a name's words from one world to another."""
    doc, i = token.doc, token.i
    return (
        token.lower_ == "to"
        and 0 < i < len(doc) - 1
        and doc[i - 1].text in WORLDS
        and doc[i + 1].text in WORLDS
    )


def _runs(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal token runs of name words and inner connectors."""
    # the tokens once, as a list: a Doc makes a new Token at every doc[i],
    # and this loop and the helpers it calls read each token several times
    doc = list(doc)  # type: ignore[assignment]
    runs, i = [], 0
    while i < len(doc):
        if not _is_name_token(doc[i], lex):
            i += 1
            continue
        start, i = i, _join_hyphens(doc, i)
        while i < len(doc):
            j = i
            while j < len(doc) and _inner_link(doc[j]) and j - i < 3:
                j += 1
            if (
                j < len(doc)
                and _is_name_token(doc[j], lex)
                and not _place_after_in(doc, i, j, lex)
                and not (j > i and _date_word(doc[j].text))  # "in July", "on Aug. 6"
                # "Later the Ministry", "NASA the agency": "the" alone links nothing
                and not (j - i == 1 and doc[i].lower_ == "the")
                # "... of Belarus Andrei Lisovsky": a person after a place
                and not (
                    j == i
                    and doc[j].ent_iob_ == "B"
                    and doc[j].ent_type_ == "PERSON"
                    and doc[j - 1].ent_type_ in {"GPE", "LOC"}
                )
                and "\n\n" not in "".join(t.text_with_ws for t in doc[i - 1 : j])
            ):
                i = _join_hyphens(doc, j)
            elif (
                i < len(doc)
                and CODE.match(doc[i].text)
                and doc[i - 1].whitespace_
                and doc[i - 1].tag_ != "DT"  # "A 6U CubeSat": an article, a size
            ):
                i += 1
                break
            elif _years_of_a_name(doc, i, lex):
                i += 3  # "its Cosmic Vision 2015-2025 programme"
                break
            elif _year_of_a_name(doc, i, lex):
                # "the ExoMars 2016 mission", "the Mars 2117 programme", "the
                # Federal Space Program 2016-2025"
                i += 3 if _years_span(doc, i) else 1
                # "Horizon 2000 Plus", "Horizon 2000+ programme": the plan's next
                if i < len(doc) and (
                    doc[i].text == "Plus"
                    or (doc[i].text == "+" and not doc[i - 1].whitespace_)
                ):
                    i += 1
                break
            else:
                break
        runs.append((start, i))
    return runs


def _years_span(doc: Doc, i: int) -> bool:
    """Do doc[i : i + 3] write a span of years with a hyphen ("2015-2025")?"""
    return (
        i + 2 < len(doc)
        and YEAR_TOKEN.match(doc[i].text) is not None
        and doc[i + 1].text in {"-", "–"}
        and YEAR_TOKEN.match(doc[i + 2].text) is not None
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
    )


def _years_of_a_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """The years a programme covers, between its name and its programme word
    ("Cosmic Vision 2015-2025 programme"), written with a hyphen."""
    return (
        i + 3 < len(doc)
        and _years_span(doc, i)
        and doc[i - 1].whitespace_ != ""
        and lex.programme_word(doc[i + 3].text)
    )


def _year_of_a_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A year (or the years, written as one word: "Cosmic Vision 2015–2025")
    between a name and its programme word names that programme."""
    return (
        i + 1 < len(doc)
        and YEARS_TOKEN.match(doc[i].text) is not None
        and doc[i - 1].whitespace_ != ""
        and not _date_word(doc[i - 1].text)  # "in March 2016 mission planners"
        and doc[i - 1].text not in {"FY", "Fiscal"}  # "the FY 2021 plan"
        and (
            lex.programme_word(doc[i + 1].text)
            or doc[i - 1].lower_ in PLAN_WORDS
            or _series_or_owned(doc, i, lex)
        )
    )


def _series_or_owned(doc: Doc, i: int, lex: Lexicon) -> bool:
    """ "ExoMars 2016": a listed programme and a year; "NASA's Mars 2020": one
    name and a year after an owner's possessive."""
    name = doc[i - 1]
    if _listed_programme(name.text, lex):
        return True
    return i >= 3 and name.is_title and doc[i - 2].lower_ in {"'s", "’s"}


def _names_a_body(span: Span, lex: Lexicon) -> bool:
    """The words before a connector name a body ("the State Space Corporation
    Roscosmos on the ExoMars rover"), end with one's acronym, or hold a job
    ("Principal Investigator of the Limadou project")."""
    if not len(span):
        return False
    head = _head_of(span, lex)
    return (
        (head is not None and lex.heads[head.lower_].label == "ORG")
        or any(t.text in lex.title_words for t in span)
        or known_org(span[-1], lex)
        or is_acronym(span[-1])
        or span[-1].ent_type_ == "ORG"
    )


def _owned_number(span: Span, lex: Lexicon) -> bool:
    """ "NASA's Mariner 10": a body's possessive, a proper name and its number
    (not "the Long March 5 rocket": a launcher)."""
    doc, i = span.doc, span.start
    if len(span) != 2 or not CODE.match(span[1].text) or not span[1].like_num:
        return False
    if span[0].tag_ != "NNP" or i < 2 or doc[i - 1].lower_ not in {"'s", "’s"}:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in MACHINES:
        return False
    owner = doc[i - 2]
    return is_acronym(owner) or known_org(owner, lex)


# A plan named with its horizon year: "National Space Policy 2030", "Vision 2030"
PLAN_WORDS = frozenset(
    {"strategy", "policy", "roadmap", "vision", "agenda", "horizon", "plan"}
    | {"programme", "program"}  # "Space Programme 2040"
)


# What a named system of satellites or sensors does: "Navigation Satellite
# System", "Ground-Based Space Object Observation System".
SYSTEM_KINDS = frozenset(
    {"satellite", "satellites", "observation", "observing", "navigation"}
    | {"positioning", "monitoring", "tracking", "warning", "surveillance", "relay"}
)


def _named_system(span: Span) -> bool:
    """A system named for what it does, closing the name or before its
    complement: a programme (not "Solar System", nor "System" alone)."""
    if len(span) < 3:
        return False
    end = next(
        (t.i for t in span if t.lower_ in NESTING and t.i > span.start), span.end
    )
    return (
        end - span.start >= 3
        and span.doc[end - 1].lower_ == "system"
        and span.doc[end - 2].lower_ in SYSTEM_KINDS
    )


def parties_only(span: Span, lex: Lexicon) -> bool:
    """ "China-France", "Sino-Russian": countries joined, no name of their own."""
    words = [t for t in span if t.text not in {"-", "/", "–"}]
    return len(words) > 1 and all(
        t.text in lex.countries or t.text in lex.demonyms for t in words
    )


def international_year(span: Span) -> bool:
    """ "International Geophysical Year", "International Heliophysical Year
    2007", "International Year of Astronomy": a year-long campaign."""
    words = [t.text for t in span]
    return len(words) > 2 and words[0] == "International" and "Year" in words[1:]


def _dated_plan(span: Span) -> bool:
    if len(span) > 2 and span[-1].text in {"Plus", "+"}:
        span = span[:-1]  # "Horizon 2000 Plus", "Horizon 2000+"
    return (
        len(span) > 1
        and YEAR_TOKEN.match(span[-1].text) is not None
        and span[-2].lower_ in PLAN_WORDS
        and span[-2].is_title
    )


def _trim(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    while start < end and _trimmed_first(doc[start], end - start, lex):
        start += 1
    while end > start:
        last = doc[end - 1]
        if (
            last.text in lex.demonyms
            and end - start > 3
            and doc[end - 2].lower_ == "and"
            and end < len(doc)
            and doc[end].is_lower
        ):
            end -= 2  # "the Indian Institute of Astrophysics and Russian partners"
            continue
        if not (last.lower_ in CONNECTORS or last.text in lex.non_name):
            break
        if _numbered_one(doc, end - 1, start, lex) or _letter_serial(doc, end - 1):
            break  # "its Artemis I mission": a series' first, not "I"
        end -= 1
    return start, without_person_after(doc, start, end, lex)


CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,}\b")


def _in_capitals_trim(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """A name in a line set in capitals without the nationalities before it
    and the words after it that the text writes in lower case ("SOYUZ ROCKET
    SENDS EUROPEAN VENUS EXPRESS PROBE": "VENUS EXPRESS", where the text says
    "the Venus Express probe"); a body's head word stays. Called only for a
    text with a line in capitals (:data:`CAPITALS_RUN`)."""
    if end - start < 2 or not any(_in_capitals(t) for t in doc[start:end]):
        return start, end
    common = common_words(doc)
    body = any(
        t.lower_ in lex.heads and lex.heads[t.lower_].label != "PROGRAM"
        for t in doc[start:end]
    )
    while (
        end - start > 1
        and not body  # "CHINESE ACADEMY OF SCIENCES"
        and (
            doc[start].text.title() in lex.demonyms
            or (doc[start].lower_ in common and doc[start].lower_ not in lex.heads)
        )
    ):
        start += 1
    while end - start > 1 and doc[end - 1].lower_ in common:
        head = lex.heads.get(doc[end - 1].lower_)
        if head is not None and head.label != "PROGRAM":
            break  # "KOREA AEROSPACE RESEARCH INSTITUTE"
        end -= 1
    return start, end


def _trimmed_first(token: Token, length: int, lex: Lexicon) -> bool:
    text = token.text
    return (
        text in lex.non_name
        or _date_word(text)
        # "Following Chang'e-6, China plans ...": a participle opening the line
        or (token.tag_ == "VBG" and length > 1 and token.is_sent_start)
        or (token.lower_ in CONNECTORS and not _name_particle(token))
        # a headline's question: "How Diwata-2 sees the Philippines"
        or (token.lower_ in QUESTION_WORDS and length > 1 and token.is_title)
    )


QUESTION_WORDS = frozenset({"how", "why", "what", "when", "where", "who", "which"})


def _letter_serial(doc: Doc, i: int) -> bool:
    """ "MetOp-A": a serial letter joined to its series' name, not "a"."""
    return (
        i >= 2
        and len(doc[i].text) == 1
        and doc[i].is_upper
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    )


# what is numbered like a craft but is a place or a part of a text: "Hall 2B",
# "Figure 3A"
NUMBERED_PLACES = frozenset(
    {"hall", "building", "terminal", "figure", "fig", "table", "route", "room"}
    | {"gate", "block", "zone", "phase", "level", "pad", "complex", "annex"}
)


def _series_word(token: Token) -> bool:
    """ "Türksat" of "Türksat 6A": a capitalised word the text writes no other
    way, not a place's or a page's numbered part."""
    return (
        token.is_title
        and token.lower_ not in NUMBERED_PLACES
        and token.lower_ not in common_words(token.doc)
    )


def _numbered_one(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i].text == "I"
        and i > start
        and doc[i - 1].is_title
        and (
            _listed_programme(doc[i - 1].text, lex)
            or (after is not None and lex.programme_word(after.lower_))
        )
    )


def without_person_after(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """ "Presidium of the Academy of Sciences of Belarus Andrei Lisovsky": two
    words after "of <country>" closing a name are a person's name."""
    if (
        end - start >= 5
        and doc[end - 4].lower_ == "of"
        and doc[end - 3].text in lex.countries
        and all(
            t.is_title and t.lower_ not in lex.heads and t.text not in lex.countries
            for t in doc[end - 2 : end]
        )
    ):
        return end - 2
    return end


# A band of light after a name, before its programme word ("X-ray observatory")
BAND_AFTER = re.compile(r"\s(?:X|Gamma|gamma)-ray$")
# Words of an observatory that observes from space: "Chandra X-ray
# Observatory", "Herschel Space Observatory", "Compton Gamma Ray Observatory",
# "Solar Dynamics Observatory", "Solar and Heliospheric Observatory",
# "Orbiting Carbon Observatory".
BANDS = frozenset(
    {"x-ray", "ray", "gamma-ray", "infrared", "ultraviolet", "space"}
    | {"heliospheric", "dynamics", "orbiting"}
)


def _name_particle(token: Token) -> bool:
    """ "Van Allen Probes", "De Angelis": a capitalised particle starts a name."""
    return token.is_title and token.lower_ in {
        "van",
        "von",
        "de",
        "da",
        "di",
        "le",
        "la",
    }


def _plural_of_common_words(span: Span, head: Token) -> bool:
    """A plural head after words the text also writes in small letters
    ("Launches Six Foreign Satellites", "Co-passenger Satellites"): things of
    a kind, capitalised in a headline, not a name."""
    plural = head.lower_.endswith("s") and not head.lower_.endswith("ss")
    if head.i != span.end - 1 or not plural or len(span) < 2:
        return False  # not "Space Generation Congress"
    common = common_words(span.doc)
    words = [t for t in span[:-1] if t.is_alpha]
    return bool(words) and all(t.lower_ in common for t in words)


TEAMS = frozenset({"team", "collaboration"})


def _unnamed_team(span: Span, head: Token, lex: Lexicon) -> bool:
    """A team with no name of its own before its head ("... as Joint Team
    Meets in Beijing", "Team of Brazilian ..."), where "the SMILE Science
    Working Team" has its mission's."""
    if head.lower_ not in TEAMS:
        return False
    doc = span.doc
    before = doc[span.start : head.i]
    if any(is_acronym(t) for t in before):
        return False
    common = common_words(doc)
    text = text_of(doc)
    return all(t.lower_ in common for t in before) or headline(
        line_around(text, span.start_char, span.end_char), lex
    )


def _head_of(span: Span, lex: Lexicon) -> Token | None:
    """The last head word before the first connector that opens a complement."""
    head = None
    for token in span:
        if (
            token.lower_ in NESTING | FOREIGN_LINKS or _mission_to(token)
        ) and token.i > span.start:
            break
        if token.lower_ in lex.heads:
            head = token
        elif head is not None and not (
            is_acronym(token)
            or CODE.match(token.text)
            or YEAR_TOKEN.match(token.text)  # "Federal Space Program 2016-2025"
            or token.text in {"-", "/"}
            or token.lower_ == "series"  # "Space Science Lecture Series"
            or lex.heads[head.lower_].initial
            # "University College London", "Trinity College Dublin": a
            # college named with its town
            or (head.lower_ == "college" and token.i == span.end - 1 and token.is_title)
        ):
            head = None  # "Mission Hall": the head must close the name
    return head


# "X Launch Center", "X Convention Center", "Cape Canaveral Space Force
# Station", "a ground station": a site or a venue, not a body nor a craft.
SITE_WORDS = frozenset(
    {"launch", "convention", "exhibition", "conference", "visitor", "force"}
    | {"tracking", "ground", "receiving"}
)
SITE_HEADS = frozenset({"center", "centre", "site", "base", "hall", "station"})


def launch_site(span: Span, lex: Lexicon) -> bool:
    """A site or venue named like a body: by its words, the lexicon's list of
    launch sites ("Tanegashima Space Center"), or where a thing happened."""
    return (
        (
            len(span) >= 2
            and span[-2].lower_ in SITE_WORDS
            and span[-1].lower_ in SITE_HEADS
        )
        or span.text in lex.launch_sites
        or _venue(span)
    )


# "was held at the APSCO Headquarters", "signed at ESA Headquarters", "the
# Meeting ... at the APSCO Headquarters": where a thing happened (but
# "director of the Division at NASA Headquarters" works for a body)
HAPPENED_AT = re.compile(
    r"\b(?i:held|signed|hosted|met|place|convened|organi[sz]ed|opened|meeting|workshop|"
    r"ceremony|conference|session|forum|course|symposium)\b"
    r"[^.;\n]{0,60}?\bat\s+(?:the\s+)?$"
)


def _venue(span: Span) -> bool:
    if span[-1].lower_ != "headquarters":
        return False
    text = text_of(span.doc)
    return bool(HAPPENED_AT.search(text, max(0, span.start_char - 80), span.start_char))


# a learned society's meetings are its conferences
LEARNED_BODIES = frozenset({"society", "union", "association"})


# The UN's organ, not a meeting: "the General Assembly in its resolution
# 61/110" (but "the IAU General Assembly", "the 30th General Assembly" are
# meetings)
AT_MINISTERIAL_LEVEL = re.compile(r"\bCouncil at Ministerial Level$")
# a parliament: "the National Assembly", "the National Congress of Brazil"
# (not "the 20th National Congress of ...", a numbered meeting)
NATIONAL_ASSEMBLY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?National (?:Assembly|Congress)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?$"
)
UN_ASSEMBLY = re.compile(r"^(?:(?:the\s+)?(?:United Nations|UN)\s+)?General Assembly$")


def _owned(span: Span) -> bool:
    """ "At its General Assembly", "the IAF's General Assembly": another
    body's."""
    i = span.start - 1
    return i >= 0 and span.doc[i].lower_ in {"its", "their", "'s", "’s"}


# What a gathering does: "The UN General Assembly opened on Tuesday" is its
# session, an event
GATHERING_VERBS = frozenset({"opened", "opens", "met", "meets", "convened", "closed"})


def _gathering(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in GATHERING_VERBS


COOPERATION_WORDS = frozenset({"cooperation", "collaboration", "partnership"})


def _parties_cooperation(span: Span) -> bool:
    """ "United Nations/China Cooperation on the Utilization of the China
    Space Station": parties joined by a slash, then "Cooperation on" what
    they do together, names a programme."""
    nest = next((t.i for t in span if t.lower_ in NESTING), None)
    return (
        nest is not None
        and nest - 1 > span.start
        and span.doc[nest - 1].lower_ in COOPERATION_WORDS
        and span.doc[nest - 1].is_title
        and any(t.text == "/" for t in span.doc[span.start : nest - 1])
    )


# what a surveying body surveys: "National Land Survey of Finland" is a body,
# "Legacy Survey of Space and Time" a programme
SURVEYING = frozenset(
    {"Geological", "Land", "Antarctic", "Geodetic", "Ordnance", "Hydrographic"}
    | {"Geophysical", "Topographic", "Geographical"}
)


def classify(span: Span, lex: Lexicon) -> Name:
    text = span.text  # (a Span's text is joined from its tokens at each read)
    if text in lex.gazetteer:  # "Neil Gehrels Swift Observatory": listed
        return Name(span, lex.gazetteer[text][0])
    if text in lex.countries:
        return Name(span, "")  # "the Russian Federation": a country, no body
    if NATIONAL_ASSEMBLY.match(text) and not _gathering(span):
        return Name(span, "ORG")  # "the National Assembly passed the act": a parliament
    if UN_ASSEMBLY.match(text) and not _owned(span) and not _gathering(span):
        return Name(span, "ORG")  # "adopted by the United Nations General Assembly"
    if AT_MINISTERIAL_LEVEL.search(text):
        # "the ESA Council at Ministerial Level": the council's meeting of ministers
        return Name(span, "EVENT", span[-1], "meeting")
    head = _head_of(span, lex)
    if head is not None and len(span) == 1:
        return Name(span, "")  # a head word alone ("Program") names nothing
    if head is not None and launch_site(span, lex):
        return Name(span, "")  # "Jiuquan Satellite Launch Center": a place
    if head is not None and _plural_of_common_words(span, head):
        return Name(span, "")  # "... and Six Foreign Satellites": a headline's
    if head is not None and _unnamed_team(span, head, lex):
        return Name(span, "")  # "... as Joint Team Meets in Beijing": a headline's
    if head is not None:
        info = lex.heads[head.lower_]
        label = info.label
        if head.lower_ == "observatory" and any(t.lower_ in BANDS for t in span):
            label = "PROGRAM"  # "Chandra X-ray Observatory": in orbit
        if head.lower_ == "survey" and (
            head.i == span.start or span.doc[head.i - 1].text in SURVEYING
        ):
            label = "ORG"  # "British Geological Survey", "Survey of Pakistan"
        nxt = span.doc[head.i + 1] if head.i + 1 < span.end else None
        if info.of_label and nxt is not None and nxt.lower_ == "of":
            label = info.of_label
        kind = info.event_type if label == "EVENT" else None
        if head.lower_ == "summit" and (
            any(t.lower_ in {"leaders", "leaders'", "leaders’"} for t in span)
            or (nxt is not None and nxt.lower_ == "for")
        ):
            kind = "conference"  # "U.S.-Africa Leaders Summit", "Summit for ..."
        if head.lower_ == "week" and _space_week(span, head, lex):
            kind = "other"  # "World Space Week": a celebration, not a conference
        if kind is not None and nxt is not None and nxt.lower_ == "of":
            # "24th Session of the ... Forum": a part of a conference
            inner = [
                t for t in span[head.i + 1 - span.start :] if t.lower_ in lex.heads
            ]
            events = [lex.heads[t.lower_].event_type for t in inner]
            kind = next((e for e in reversed(events) if e), kind)
            if kind == "meeting" and LEARNED_BODIES & {t.lower_ for t in inner}:
                # "20th Annual Meeting of the Asia Oceania Geosciences
                # Society", "Fall Meeting of the American Geophysical Union"
                kind = "conference"
        return Name(span, label, head, kind)
    if _named_system(span):
        return Name(span, "PROGRAM")  # "... Satellite System for Emergency Management"
    if _parties_cooperation(span):
        return Name(span, "PROGRAM")  # "United Nations/China Cooperation on ..."
    if _title_case_acronym(span, lex):
        return Name(span, lex.gazetteer[text.upper()][0])  # "Nasa", "Isro"
    if _mass_after(span):
        return Name(span, "PROGRAM")  # "NEOSSat (74 kg)": a spacecraft
    if SAT_NAME.match(text) and text not in lex.non_name:
        return Name(span, "PROGRAM")  # "MBRSC launched MBZ-SAT"
    if NUMBER_DESIGNATOR.match(text):
        return Name(span, "PROGRAM")  # "Kenya's first satellite, 1KUNS-PF"
    if any(YEAR_JOINED.match(t.text) for t in span):
        return Name(span, "PROGRAM")  # "the Space2030 Agenda", "Horizon2020"
    if _joined_designator(span) and span[0].text not in lex.countries:
        return Name(span, "PROGRAM")  # "LAPAN-A2", "LAPAN-TUBSAT" (not "India-US")
    if _dated_plan(span) or international_year(span):
        return Name(span, "PROGRAM")  # "the National Space Strategy 2030"
    if (
        len(span) == 2
        and YEAR_TOKEN.match(span[-1].text)
        and _series_or_owned(span.doc, span.end - 1, lex)
    ):
        return Name(span, "PROGRAM")  # "ExoMars 2016", "NASA's Mars 2020"
    if _owned_number(span, lex):
        return Name(span, "PROGRAM")  # "NASA's Mariner 10"
    last = span[-1]
    front = span[:-1]
    if (
        len(span) > 1
        and last.text in lex.gazetteer
        and any(t.ent_type_ == "NORP" for t in front)
        and all(
            t.ent_type_ == "NORP" or t.text == "-" or span.doc[t.i - 1].text == "-"
            for t in front
        )
    ):
        # "the European-Japanese BepiColombo mission": the parties, then the name
        return Name(span.doc[last.i : last.i + 1], lex.gazetteer[last.text][0])
    if len(front) and CODE.match(last.text) and _listed_programme(front.text, lex):
        return Name(span, "PROGRAM")  # "Artemis II": a mission of the series
    if (
        len(span) == 2
        and re.fullmatch(r"\d{1,2}[A-Z]", span[1].text)
        and (is_acronym(span[0]) or _series_word(span[0]))
        and lex.gazetteer.get(span[0].text, ("",))[0] != "ORG"
    ):
        # "SAOCOM 1A", "Türksat 6A": a satellite of a series
        return Name(span, "PROGRAM")
    if (
        len(span) == 4
        and span[1].text == "-"
        and is_acronym(span[2])
        and re.fullmatch(r"[A-Z]\d{1,2}", span[3].text)
    ):
        return Name(span, "PROGRAM")  # "Metop-SG A1": a series' model, its serial
    designators = [t for t in span if DESIGNATOR.match(t.text)]
    if designators and kind_before(span, lex) == "instrument":
        return Name(span, "")  # "an improved particle detector, HEPD-02,"
    if designators:
        # "Scientific Objectives of YH-1": the designator is the program
        target = designators[0]
        if any(t.text in lex.facility_words for t in span[target.i - span.start :]):
            return Name(span, "")  # "the Dongfanghong-1 Exhibition": a place
        after = span.doc[target.i + 1] if target.i + 1 < len(span.doc) else None
        head_after = lex.heads.get(after.lower_) if after is not None else None
        if head_after is not None and head_after.event_type:
            return Name(span, "")  # "the APRSAF-24 forum": an event's short name
        if after is not None and after.lower_ in MACHINES:
            return Name(span, "")  # "the RD-180 engine": a machine, not a craft
        i = span.start
        named = span.doc[i - 2] if i >= 2 and span.doc[i - 1].text == "(" else None
        named_head = lex.heads.get(named.lower_) if named is not None else None
        if named_head is not None and named_head.event_type:
            return Name(span, "")  # "... Space Agency Forum (APRSAF-30)"
        series = event_series(span.doc, lex).get(target.text.split("-")[0])
        if series is not None:
            # "APRSAF-14", where the text writes "... Forum (APRSAF-13)": a
            # session of that forum
            return Name(span.doc[target.i : target.i + 1], "EVENT", None, series)
        # "Orbiting Carbon Observatory-2": a head word numbered ends the name
        numbered_head = target.text.split("-")[0].lower() in lex.heads
        one_word = not any(t.whitespace_ for t in span.doc[span.start : target.i])
        start = span.start if len(span) <= 2 or numbered_head or one_word else target.i
        while start > span.start and not span.doc[start - 1].whitespace_:
            start -= 1  # "the Russian Luna-Resurs-1 orbiter": one word to its start
        while start < target.i and (
            span.doc[start].text in lex.demonyms or span.doc[start].ent_type_ == "NORP"
        ):
            start += 1  # "the Russian Luna-26 orbiter", "Chinese Gaofen-1"
        return Name(span.doc[start : target.i + 1], "PROGRAM")
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    following = doc[span.end] if span.end < len(doc) else None
    if (
        before is not None
        and lex.programme_word(before.lower_)
        # one word ("ICUBE-Q"), or one and a number ("satellite Turksat 5A")
        and not any(t.whitespace_ for t in _without_code(span)[:-1])
        and not before.tag_.startswith("VB")  # "China and Russia plan Mars ..."
        # a person has no number: "the satellite Kosmosat 3A"
        and (span[0].ent_type_ != "PERSON" or _without_code(span) is not span)
        and not _place_word(span[0], lex)
        and text not in lex.countries  # "the mission Brazil is developing"
    ):
        return Name(span, "PROGRAM")  # "the proposed mission Kuafu"
    if following is not None and apposed_programme(span, lex):
        return Name(span, "PROGRAM")  # "LiteBIRD, the Japanese-led satellite"
    if following is not None and following.lower_ in lex.heads:
        info = lex.heads[following.lower_]
        if BAND_AFTER.search(text) and len(span) > 3:
            # "the Spektr-RG X-ray observatory": the band describes it, and
            # an observatory of a band of light is in space
            span = span.doc[span.start : span.end - 3]
            info = lex.heads.get("mission", info)
        # "the Kuafu mission" names it; "Chinese satellites", "Earth-observing
        # satellite" describe them
        last = span[-1]
        numbered = CODE.match(last.text) or YEARS_TOKEN.match(last.text)
        proper = (_proper(last) or bool(numbered)) and not (
            _place_word(last, lex)
            or (last.text in lex.non_name and not numbered)  # "Selene I mission"
            or span.text in lex.countries  # "the GMES & Africa programme"
            or parties_only(span, lex)  # "the China-France mission"
        )
        if info.label == "PROGRAM" and proper and not following.tag_.startswith("VB"):
            # "the State Space Corporation Roscosmos on the ExoMars rover": the
            # words after the last connector name the programme
            links = [t.i for t in span if t.lower_ in CONNECTORS and t.i > span.start]
            # (but a programme's own connector stays: "the Space Law for New
            # Space Actors project")
            start = span.start
            if links and _names_a_body(span.doc[span.start : links[-1]], lex):
                start = links[-1] + 1
            # not "the" nor a nationality: "the European Copernicus programme"
            doc = span.doc
            start = without_parties(doc[start : span.end], lex).start
            # "China-Europe SMILE mission": the parties, then a one-word name
            # (not "China-Brazil Earth Resources Satellite programme")
            parties = start
            while parties + 2 < span.end and (
                doc[parties].text in lex.countries and doc[parties + 1].text == "-"
            ):
                parties += 2
            if parties > start and span.end - parties == 2:
                start = parties + 1
            return Name(span.doc[start : span.end], "PROGRAM", following)
    if (
        following is not None
        and following.is_lower
        and not any(t.whitespace_ for t in span[:-1])  # one word: "Phobos-Grunt"
        and _programme_after_modifiers(span, lex)
    ):
        return Name(span, "PROGRAM")  # "the Gaganyaan human spaceflight programme"
    listed = following is not None and following.text in PLURAL_PROGRAMS
    if listed and _named_word(span[-1]) and not _place_word(span[-1], lex):
        # "the Swarm and CHAMP satellites"
        return Name(without_parties(span, lex), "PROGRAM", following)
    if following is not None and following.lower_ in {"and", ","}:
        head = _listed_head(span.doc, span.end, lex)
        if head is not None and not _place_word(span[-1], lex):
            # "the LISA and Comet ... missions", "the Soviet Venera and Vega probes"
            return Name(without_parties(span, lex), "PROGRAM", head)
    return Name(span, "")


def without_parties(span: Span, lex: Lexicon) -> Span:
    """A name without the article and nationalities before it ("the European
    Copernicus", "the Russian-French Granat"); never empty."""
    doc, start = span.doc, span.start
    while start + 1 < span.end and (
        doc[start].lower_ == "the"
        or doc[start].ent_type_ == "NORP"
        or doc[start].text in lex.demonyms
        # "the US Apollo programme", "the U.S.-French TOPEX/Poseidon" (one token)
        or PARTY_CODE.match(doc[start].text) is not None
        or doc[start].text in {"-", "–"}  # "European-Japanese BepiColombo"
        # "the Chinese-led ILRS": who leads it, not its name
        or (
            doc[start].lower_ in LED
            and start > span.start
            and doc[start - 1].text == "-"
        )
    ):
        start += 1
    return doc[start : span.end]


PARTY_CODE = re.compile(
    r"^(?:US|U\.S\.|UK|U\.K\.|EU)(?:-(?:[A-Z][a-z]+|led|built|funded))*$"
)
LED = frozenset({"led", "built", "funded", "based"})


# Tags that may stand inside a noun phrase before its head: "the Japanese-led
# satellite", "Europe's joint mission", "a shoebox-sized satellite".
_NOUN_PHRASE_TAGS = frozenset(
    {"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD", "VBN", "VBG"}
)


def _title_case_acronym(span: Span, lex: Lexicon) -> bool:
    """A listed acronym written as a word, as some papers do ("Nasa and
    Isro"), unless the text also uses that word in lower case ("Cast")."""
    text = span.text
    if len(text) < 4 or not text.isalpha() or not text.istitle():
        return False
    known = lex.gazetteer.get(text.upper())
    return (
        known is not None
        and known[2] == text.upper()
        and text.lower() not in common_words(span.doc)
    )


MASS_UNITS = frozenset({"kg", "kilograms", "g", "grams", "tonnes", "t", "lb"})


def _mass_after(span: Span) -> bool:
    """A mass in brackets after the name: "UniBRITE (14 kg)", "(0.8 kg)"."""
    doc, i = span.doc, span.end
    return (
        i + 3 < len(doc)
        and doc[i].text == "("
        and doc[i + 1].like_num
        and doc[i + 2].lower_ in MASS_UNITS
        and doc[i + 3].text == ")"
    )


def apposed_programme(span: Span, lex: Lexicon) -> bool:
    """ "K-RadCube, a shoebox-sized satellite that ...", "Comet Interceptor,
    Europe's joint mission with JAXA", "SARAL (...) is a joint mission of
    ISRO": a name set beside (or said to be) a noun phrase whose head is a
    lower-case programme word names a programme."""
    doc = span.doc
    i = span.end
    if (
        span.start
        and doc[span.start - 1].lower_ in {"at", "in"}
        and (doc[span.start - 1].is_sent_start or doc[span.start - 2].text == ",")
    ):
        # "At KTH, the student satellite MIST ...": where, not what; not
        # "will invest in ARTES, ESA's telecommunications programme"
        return False
    if i + 2 < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 12] if t.text == ")"), None)
        if close is not None and (
            (len(span) == 1 and is_acronym(span[0]))
            # "SARAL (Satellite with ARgos and ALtiKa) is a joint mission"
            or (close == i + 2 and doc[i + 1].text[0] == span[0].text[0])
            # "African Space Weather Network (AfSWN), an initiative"; not a
            # name's tail: "... for Investigating Moon (SLIM), a lander"
        ):
            i = close + 1
    if i + 2 >= len(doc) or not (doc[i].text == "," or doc[i].lower_ in {"is", "was"}):
        return False  # "SARAL is a joint mission of ISRO"
    last = span[-1]
    if (
        last.tag_ not in {"NNP", "NNPS"}
        and not CODE.match(last.text)
        and not is_acronym(last)  # "THEOS" (NNS)
    ):
        return False  # "Furthermore, the Development Plan ..."
    i += 1
    if doc[i].lower_ in {"the", "a", "an", "its", "their", "our"}:
        i += 1  # "THEOS, its first Earth observation satellite"
    elif i + 2 < len(doc) and doc[i].tag_ == "NNP" and doc[i + 1].tag_ == "POS":
        i += 2  # "ARTES, ESA's telecommunications programme"
    head = None
    for token in doc[i : i + 8]:
        if token.tag_ not in _NOUN_PHRASE_TAGS or (
            token.tag_ in {"VBN", "VBG"} and head is not None and head.tag_[:2] == "NN"
        ):
            break  # "the climate satellite launched in 2011"
        head = token
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if lex.programme_word(token.text) and (
            nxt is None or not nxt.is_lower or nxt.lower_ in TIME_NOUNS
        ):
            break  # "the ocean-observation mission Brazil is developing", "a
            # NASA project years in the making"; not "... project scientist"
    # a capitalised head makes a name of its own ("Space Environment, the 863
    # Program"): a list, or an acronym's definition (see acronyms)
    after = doc[head.i + 1] if head is not None and head.i + 1 < len(doc) else None
    if after is not None and after.tag_.startswith(("VBD", "VBZ", "VBP", "MD")):
        return False  # "based in Seoul, the cubesat was shipped": a clause
    return head is not None and lex.programme_word(head.text)


TIME_NOUNS = frozenset({"years", "months", "weeks", "decades", "days"})


# Lower-case words between a name and its programme word ("lunar polar"; the
# tagger calls "lunar" a verb at times)
MODIFIER_TAGS = frozenset({"JJ", "NN", "VB", "VBN", "VBG"})


def _programme_after_modifiers(span: Span, lex: Lexicon) -> bool:
    """One proper name, one or two lower-case modifiers, then a programme word:
    "the Gaganyaan human spaceflight programme", "the Pragyan lunar rover"
    (not an acronym: "the NASA science mission" is an agency's)."""
    doc, name = span.doc, span[0]
    if (
        (len(span) != 1 and any(t.whitespace_ for t in span[:-1]))  # "Spektr-R"
        or not (_proper(name) or _capitalised_compound(span))
        or (name.text.isupper() and known_org(name, lex))
        or _joined_acronyms(span)  # "the NASA-ISRO climate satellite"
    ):
        # "the NASA science mission" is an agency's; "the LUPEX lunar polar
        # mission" is one
        return False
    if (
        # a person has no hyphened name ("the Spektr-R radio astronomy
        # observatory", where the model reads "Spektr" as one)
        (
            name.ent_type_ == "PERSON"
            and len(span) == 1
            # "the Prisma formation-flying mission": no person has "the"
            and not (span.start and doc[span.start - 1].lower_ == "the")
        )
        or (_place_word(name, lex) if len(span) == 1 else span.text in lex.not_location)
        or parties_only(span, lex)
    ):
        return False  # not "the Mars orbiter" nor "the China-France astronomy
        # satellite", but "the Phobos-Grunt probe"
    i = span.end
    for _ in (1, 2):
        if i >= len(doc) or not (doc[i].is_lower and doc[i].tag_ in MODIFIER_TAGS):
            return False
        if doc[i].lower_ in SITE_WORDS:
            return False  # "the Kiruna ground station": a site
        i = _join_hyphens(doc, i)  # "the IMECE high-resolution ... satellite"
        if i < len(doc) and _kind_word(doc[i], lex):
            return True
    return False


def _capitalised_compound(span: Span) -> bool:
    """ "Spektr-R", "Luna-Resurs": capitalised words joined by hyphens (the
    tagger may call the first an adjective)."""
    words = [t for t in span if t.text != "-"]
    return (
        len(words) > 1
        and len(words) == len(span) - len(words) + 1
        and all(t.text[:1].isupper() for t in words)
    )


def _kind_word(token: Token, lex: Lexicon) -> bool:
    """A lower-case programme word after a name's modifiers, one or many ("the
    Luna-Resurs lunar missions"); after them a lower-case observatory is a
    craft too ("the Spektr-R radio astronomy observatory")."""
    word = token.text
    if token.tag_ == "VB" or not token.is_lower:
        return False
    if word.endswith("s") and lex.programme_word(word[:-1]):
        return True
    return lex.programme_word(word) or word == "observatory"


def _without_code(span: Span) -> Span:
    """ "Turksat 5A" -> "Turksat"."""
    return span[:-1] if len(span) > 1 and CODE.match(span[-1].text) else span


def _named_word(token: Token) -> bool:
    """A proper noun, or a common word capitalised after an owner's
    possessive ("ESA's Swarm satellites")."""
    if token.tag_ in {"NNP", "NNPS"}:
        return True
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.is_title
        and token.tag_ in {"NN", "JJ"}  # "Russia's Spektr series" (JJ)
        and before is not None
        and before.tag_ == "POS"
    )


def _joined_acronyms(span: Span) -> bool:
    """ "NASA-ISRO": agencies' acronyms joined, the parties to something."""
    words = [t.text for t in span if t.text not in {"-", "/", "–"}]
    return len(words) > 1 and all(
        len(w) >= 3 and w.isalpha() and w.isupper() for w in words
    )


def _proper(token: Token) -> bool:
    """A proper noun, or a name the model took for a nationality adjective
    ("the Wentian lab module": JJ, NORP; a real demonym is a place word)."""
    text = token.text
    doc = token.doc
    return (
        token.tag_ in {"NNP", "NNPS"}
        or (token.ent_type_ == "NORP" and token.is_title)
        # capitals inside the word: "OSIRIS-REx", "CubeSat-2"
        or (text[:1].isupper() and any(c.isupper() for c in text[1:]))
        # capitals after a hyphen: the "D" of "Venera-D"
        or (
            text.isupper()
            and token.i >= 2
            and doc[token.i - 1].text == "-"
            and not doc[token.i - 2].whitespace_
            and not doc[token.i - 1].whitespace_
        )
    )


def _place_word(token: Token, lex: Lexicon) -> bool:
    """ "Mars mission", "Chinese satellites": the word says where or whose,
    and names no programme. (The model's place types are no guide: it tags
    "Kuafu" and "Swarm" as places, and unknown names that end like a
    demonym, "Pragyan", as nationalities.)"""
    return (
        nationality(token, lex)
        or token.text in lex.not_location
        # "future Tartu missions" beside "in Stockholm and Tartu": a town's
        or (
            token.is_title
            and token.is_alpha
            # one word ("future Tartu missions"), not "the Sentinel Asia initiative"
            and not (token.i and token.doc[token.i - 1].is_title)
            and _told_as_place(token)
        )
    )


def _told_as_place(token: Token) -> bool:
    """Does the text write the word after "in" or "at" elsewhere ("in
    Stockholm and Tartu"), the name ending there?"""
    place = (
        rf"\b(?:in|at)\s+(?:[A-Z][\w-]+\s+and\s+)?{re.escape(token.text)}"
        r"(?![\w-]|\s+[A-Z0-9])"  # not "in Dragon 2"
    )
    return re.search(place, text_of(token.doc)) is not None


def nationality(token: Token, lex: Lexicon) -> bool:
    """ "Indian", "Europeans": tagged NORP and a known demonym."""
    return token.ent_type_ == "NORP" and (
        token.text in lex.demonyms or token.text.removesuffix("s") in lex.demonyms
    )


PLURAL_PROGRAMS = frozenset(
    {"missions", "satellites", "probes", "telescopes", "series"}
)


def _listed_head(doc: Doc, i: int, lex: Lexicon) -> Token | None:
    """The plural programme word closing a list of names that goes on from
    doc[i] ("and Comet Interceptor missions", ", Swarm and CHAMP satellites")."""
    for token in doc[i : i + 12]:
        if token.text in PLURAL_PROGRAMS:  # lower case: "Space Science Missions"
            return token
        if token.is_sent_start or not (
            token.text in {",", "and", "-"}
            or token.text[:1].isupper()
            or token.like_num
        ):
            return None
    return None


def _short_form(text: str) -> bool:
    """ "NASA", or a short form in mixed case: "EgSA", "UiTM"."""
    upper = sum(c.isupper() for c in text)
    return is_acronym_text(text) or (
        len(text) <= 6 and upper >= 2 and text[-1].isupper()
    )


def _same_kind(left: Span, word: Token, lex: Lexicon) -> bool:
    """Is ``word`` a programme head like the one ``left`` ends with?"""
    last = lex.heads.get(left[-1].lower_)
    other = lex.heads.get(word.lower_)
    return (
        last is not None
        and other is not None
        and last.label == other.label == "PROGRAM"
    )


def _and_of_a_listed_name(
    doc: Doc, i: int, start: int, stop: int, lex: Lexicon
) -> bool:
    """The "and" at doc[i] is inside a listed name (between ``start`` and
    ``stop``), as in a joint event's row of bodies: "United Nations/European
    Space Agency/National Aeronautics and Space Administration/Japan ..." """
    if i < 1 or i + 1 >= len(doc):
        return False
    if (doc[i - 1].text, doc[i + 1].text) not in _listed_ands(lex):
        return False  # the words around it are in no listed name
    return any(
        doc[i - k : i + 1 + j].text in lex.gazetteer
        for k in range(1, min(4, i - start) + 1)
        for j in range(1, min(4, stop - i - 1) + 1)
    )


_LISTED_ANDS: dict[int, frozenset[tuple[str, str]]] = {}


def _listed_ands(lex: Lexicon) -> frozenset[tuple[str, str]]:
    """The words on either side of each "and" of the gazetteer's names, once
    per Lexicon."""
    found = _LISTED_ANDS.get(id(lex))
    if found is None:
        pairs = set()
        for name in lex.gazetteer:
            words = name.split()
            pairs.update(
                (words[n - 1], words[n + 1])
                for n in range(1, len(words) - 1)
                if words[n] == "and"
            )
        found = _LISTED_ANDS[id(lex)] = frozenset(pairs)
    return found


COMPANY_WORDS = frozenset(
    {"corp", "corporation", "inc", "ltd", "limited", "llc", "plc", "gmbh"}
    | {"company", "co", "technologies", "systems", "industries"}
)


def _company_after(right: Span, lex: Lexicon) -> bool:
    """Words with a company's head word ("Technologies Corp.")."""
    return any(t.lower_.rstrip(".") in COMPANY_WORDS for t in right)


def _keeps_and(left: Span, right: Span, lex: Lexicon) -> bool:
    """ "China Aerospace Science and Technology Corporation", "Directorate of
    Human Spaceflight and Operations" are one name; "ESA and NASA" are two."""
    left_head = any(t.lower_ in lex.heads for t in left)
    # the right part's own words, before a complement of its own ("Geophysics"
    # of "... and Geophysics of the Chinese Academy of Sciences")
    own = next((i for i, t in enumerate(right) if t.lower_ in NESTING), len(right))
    right_head = any(t.lower_ in lex.heads for t in right[:own])
    if (len(left) == 1 and _short_form(left[0].text)) or not len(right):
        return False  # "ESA and NASA", "EgSA and Kenya Space Agency"
    if left.text in lex.gazetteer or _in_brackets_somewhere(left):
        # "Mars Express and ExoMars Trace Gas Orbiter"; "Portugal Space and
        # Brazilian Space Agency" where the text defines "(Portugal Space)"
        return False
    if right[0].lower_ == "the":
        return False  # "... and the Science Programme": a new phrase
    if left[0].ent_type_ == "PERSON" and left[-1].ent_type_ == "PERSON":
        return False  # "astronaut Christina Koch and Canadian Space Agency ..."
    if any(p.start == right.start for p in affiliated_names(right.doc, lex)):
        return False  # "... of Belgium and Camilla Scolini of the University ..."
    if not left_head:
        return right_head and not _name_of_its_own(left, right, lex)
    if len(right) == 1 and right_head and _same_kind(left, right[0], lex):
        return True  # "African Space Policy and Strategy": one plan, two words
    if len(right) == 1 and right[0].text in lex.field_acronyms:
        return left_head  # "Ministry of Science and ICT": a field of its name
    # "Research Institute in Astrophysics and Planetology": "in" a field
    in_complement = any(t.lower_ in NESTING or t.lower_ == "in" for t in left)
    labels = {lex.heads[t.lower_].label for t in left if t.lower_ in lex.heads}
    org_left, event_left = "ORG" in labels, labels == {"EVENT"}
    # "... Course on Space Law and Policy": a field, no plan of its own
    field = len(right) == 1 and right[0].lower_ in FIELD_HEADS
    # "Agency for Space Research and Technologies of Uzbekistan": the last
    # field before the body's country
    field_of = own == 1 and right[0].lower_ in TECHNOLOGY and org_left
    standalone = (
        (right_head and not (in_complement and (field or field_of)))
        or (is_acronym(right[0]) and right[0].text not in lex.field_acronyms)
        or right.text in lex.gazetteer
        # an event's topic list ("on Space Weather and Space Climate") is no
        # place for NER types, which read topic words as places or people; nor
        # are words the text writes in lower case ("... of Dark Matter and
        # Space Astronomy")
        or (
            not event_left
            and right[0].ent_type_ in {"GPE", "LOC", "PERSON"}
            and not any(t.lower_ in common_words(t.doc) for t in right[:own])
        )
        or (
            org_left
            and right[0].ent_iob_ == "B"
            and right[0].ent_type_ == "ORG"
            and not any(t.lower_ in NESTING for t in right)
            # and not the model's "Training     Views" across a page's columns
            and not _across_columns(right[0])
            # nor a field in words of prose ("Ministry of Higher Education and
            # Scientific Research", "Institute for Quantum Optics and Quantum
            # Information")
            and not all(t.lower_ in common_words(t.doc) for t in right[:own])
            # nor the next field of a ministry's or a faculty's name, which
            # the model reads as a body of its own
            and not _field_owner(left, right)
        )
    )
    return in_complement and not standalone


# Bodies named by their fields: "Ministry of Higher Education and Scientific
# Research", "Federal Ministry for Economic Affairs and Climate Action",
# "Department of Earth and Planetary Science"
FIELD_OWNERS = frozenset(
    {
        "ministry",
        "department",
        "faculty",
        "school",
        "college",
        "division",
        "directorate",
    }
)


def _field_owner(left: Span, right: Span) -> bool:
    """Does the name before "and" end in a body named by its fields
    ("Ministry of ...", "Seiji Sugita of the Department of ..."), its list
    still open (not "Ministry of Science and Technology of China and China
    National ...")?"""
    nests = [i for i, t in enumerate(left) if t.lower_ in NESTING]
    return (
        bool(nests)
        and nests[-1] > 0
        and left[nests[-1] - 1].lower_ in FIELD_OWNERS
        and right[0].ent_type_ not in {"GPE", "NORP"}
    )


def _across_columns(token: Token) -> bool:
    """Does the model's entity that starts at ``token`` run over a gap of
    spaces (a page's columns)?"""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        if doc[i].is_space:
            return True
        i += 1
    return False


def _name_of_its_own(left: Span, right: Span, lex: Lexicon) -> bool:
    """ "Hinode and Solar Orbiter": one word the text never writes in lower
    case, read by the model as a name of its own, before a programme: two
    names ("Solar and Heliospheric Observatory", "Science and Technology
    Facilities Council" keep a word of prose before "and")."""
    word = left[0]
    heads = [lex.heads[t.lower_].label for t in right if t.lower_ in lex.heads]
    return (
        len(left) == 1
        and heads[-1:] == ["PROGRAM"]
        and word.lower_ not in common_words(word.doc)
        and word.ent_iob_ == "B"
        and (word.i + 1 == len(word.doc) or word.doc[word.i + 1].ent_iob_ != "I")
    )


def _split_and(span: Span, lex: Lexicon) -> list[Span]:
    """Left to right: each "and" is judged on the words since the last split and
    the words up to the next "and" ("Ministry of Science and Technology of China
    and China National Development and Reform Commission" is two names)."""
    doc, parts, start = span.doc, [], span.start
    ands = [t.i for t in span if t.lower_ in {"and", "&"}]
    for n, i in enumerate(ands):
        stop = ands[n + 1] if n + 1 < len(ands) else span.end
        if _and_of_a_listed_name(doc, i, start, stop, lex):
            continue  # ".../National Aeronautics and Space Administration/..."
        if doc[i].text == "&" and _company_after(doc[i + 1 : stop], lex):
            continue  # "Ball Aerospace & Technologies Corp.": one company
        if not _keeps_and(doc[start:i], doc[i + 1 : stop], lex):
            parts.append(doc[start:i])
            start = i + 1
    parts.append(doc[start : span.end])
    return [p for p in parts if len(p)]


# "LAPAN-A2", "LAPAN-TUBSAT", "SAC-D": an agency's acronym, a hyphen and a
# satellite's code, letter or "-SAT" name, written as one word (which the
# tokenizer splits).
JOINED = re.compile(
    r"^[A-Z][A-Za-z]*[A-Z]-(?:[A-Z]{1,2}\d{1,3}[A-Z]?|[A-Z]+SAT|[A-Z])$"
    # "Kalamsat-V2", "Microsat-R", "Resurs-P": a name's word and its series
    # letter (a word of four letters or more, not a prefix: "Sino-EU")
    r"|^(?!(?:Sino|Euro|Afro|Indo|Anglo|Franco|Russo|Trans|Inter|Post|Anti)-|Delta-V)"
    r"[A-Z][a-z]{3,}-[A-Z]{1,2}\d{0,2}$"
)


def _joined_designator(span: Span) -> bool:
    """Not a launcher's flight ("PSLV-C20" where the text calls PSLV one)."""
    return (
        len(span) == 3
        and not any(t.whitespace_ for t in span[:-1])
        and JOINED.match(span.text) is not None
        and span[0].text not in vehicle_names(span.doc)
    )


# "the PSLV-C59 rocket", "a Long March 5 launcher": the word a launcher's
# name ends with (its code cut off)
_VEHICLE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(VEHICLE_WORDS))})\b", re.I)
_NAME_BEFORE = re.compile(r"(([\w'’]+)(?:-\w+)?)\s+$")
# "Polar Satellite Launch Vehicle": the capitalised words of a launcher's name
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’])((?:[A-Z][\w-]*\s+){1,5})$")


# "... Agency Forum (APRSAF-13)", "... Forum (APRSAF)": the short form of a
# series of meetings
SERIES_SHORT = re.compile(r"\b(\w+)\s*\(\s*([A-Z]{2,})(?:-\d{1,3})?\s*\)")
NUMBERED_SERIES = re.compile(r"\(\s*([A-Z]{2,})-\d{1,3}\s*\)")


def event_series(doc: Doc, lex: Lexicon) -> dict[str, str]:
    """Short forms the text gives series of meetings, with their kind, read
    once per Doc."""
    found = doc.user_data.get("event_series")
    if found is None:
        found = doc.user_data["event_series"] = {}
        text = text_of(doc)
        for m in SERIES_SHORT.finditer(text):
            kind = _meeting_kind(m.group(1), lex)
            if kind:
                found.setdefault(m.group(2), kind)
        # "the 11th International Conference on Substorms (ICS-11)", "the
        # thirteenth meeting of the ICG (ICG-13)": a numbered short form after
        # a name or phrase with a meeting's word
        for m in NUMBERED_SERIES.finditer(text):
            before = text[max(0, m.start() - 80) : m.start()].split(".")[-1]
            kinds = [_meeting_kind(w, lex) for w in re.findall(r"[A-Za-z]+", before)]
            kinds = [k for k in kinds if k]
            if kinds:
                found.setdefault(m.group(1), kinds[-1])
    return found


def _space_week(span: Span, head: Token, lex: Lexicon) -> bool:
    """ "World Space Week", "Philippine Space Week": a country's (or the
    world's) week of space outreach; "European Space Weather Week" and
    "Space Resources Week" are conferences."""
    before = span.doc[span.start : head.i]
    if len(before) and before[-1].lower_ == "this":
        return True  # "Space Cooperation This Week": a newsletter's name
    if not len(before) or before[-1].lower_ != "space":
        return False
    rest = before[:-1]
    return not len(rest) or (
        len(rest) == 1
        and (
            rest[0].text in {"World", "National"}
            or rest[0].text in lex.demonyms
            or rest[0].text in lex.countries
        )
    )


def _meeting_kind(word: str, lex: Lexicon) -> str | None:
    """The event type of a meeting's head word ("Forum": conference)."""
    head = lex.heads.get(word.lower())
    return head.event_type if head is not None else None


# "lifted off on an Ariane 5 from Kourou": what a craft lifts off on is a
# launcher, with no launcher's word after it
_LIFTED_OFF_ON = re.compile(
    r"\b(?:lift(?:ed|s)?\s+off|blast(?:ed|s)?\s+off)\s+(?:on|aboard|atop)\s+"
    r"(?:an?\s+|the\s+)?([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})(?=\s+from\b|[,.])"
)


def vehicle_names(doc: Doc) -> frozenset[str]:
    """Names the text gives launchers ("PSLV" of "the PSLV-C59 rocket" or of
    "Polar Satellite Launch Vehicle"), read once per Doc."""
    found = doc.user_data.get("vehicle_names")
    if found is None:
        found = doc.user_data["vehicle_names"] = _vehicle_names(text_of(doc))
    return found


def _vehicle_names(text: str) -> frozenset[str]:
    found = set()
    for m in _LIFTED_OFF_ON.finditer(text):
        first = re.split(r"[-\s]", m.group(1), maxsplit=1)[0]
        if first.rstrip(".") not in MONTHS_DAYS:
            found.update((m.group(1), first))  # "Ariane 5" and "Ariane"
    lower = text.lower()
    if not any(word in lower for word in VEHICLE_WORDS):
        return frozenset(found)
    for m in _VEHICLE_WORD.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None:  # "the PSLV-C59 rocket": "PSLV" and "PSLV-C59"
            found.update(before.group(1, 2))
        if m.group()[0].isupper():  # "Polar Satellite Launch Vehicle" -> "PSLV"
            words = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if words is not None:  # not "The" opening the sentence
                named = [w for w in words.group(1).split() if w not in {"The", "A"}]
                found.add("".join(w[0] for w in named) + m.group()[0])
    return frozenset(found)


_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"
# "Dmitry Orlov, director for lunar programs at Roscosmos, said": a name, a
# comma and words that hold a job
_NAME_THEN_JOB = re.compile(rf"(?<![\w.])({_NAME}),\s+([^,.;:()\n]{{3,80}})")
# "by the Chair of the STSC, Kwame Asante (Ghana).": a job, a comma, a name
# (in a lookahead, so that "The" of "The Chair of ..." does not hide "Chair");
# the body may have its acronym in brackets ("the Permanent Secretary of the
# Ministry of ICT and Innovation (MINICT), Jean-Claude Habimana, said")
_JOB_THEN_NAME = re.compile(
    rf"(?=\b([A-Z][a-z]+)\b[^,.;:()\n]{{0,60}}(?:\s\([A-Z][A-Za-z&-]{{1,11}}\))?,\s+({_NAME})"
    r"(?=\s*[,.;(]|\s+(?:said|says|told|added|noted)\b))"
)


# "the head of the Department of Nuclear Planetology of IKI Igor Mitrofanov
# presented", "the Deputy director of IKI Oleg Korablev and": a job, its
# body's acronym and a name without a comma between (translated English)
_JOB_OF_ACRONYM_NAME = re.compile(
    rf"(?=\b([A-Za-z]+)\b[^,.;:()\n]{{0,80}}?\bof\s+[A-Z]{{2,8}}\s+({_NAME})"
    r"(?=\s+(?:and|said|says|[a-z]+ed)\b|\s*[,.;]))"
)


# what the pattern above needs somewhere in the text: tried first, as it is
# rare, where the pattern's lookahead is tried at every word
_ACRONYM_THEN_NAME = re.compile(rf"\bof\s+[A-Z]{{2,8}}\s+{_NAME}")


def _named_after_acronym(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each name after a job and its body's acronym. Read once
    per Doc: the name chunker ends a body's name before each, and
    :func:`apposed_to_titles` hands them to the people."""
    cached = doc.user_data.get("named_after_acronym")
    if cached is not None:
        return cached
    text = text_of(doc)
    found = (
        [
            m.span(2)
            for m in _JOB_OF_ACRONYM_NAME.finditer(text)
            if title_word(m.group(1), lex)
            and not any(w.lower() in lex.heads for w in m.group(2).split())
        ]
        if _ACRONYM_THEN_NAME.search(text)
        else []
    )
    doc.user_data["named_after_acronym"] = found
    return found


def title_word(text: str, lex: Lexicon) -> bool:
    """ "Director" or, after a name and a comma, "head of ESA's ... Unit"."""
    return text in lex.title_words or text.capitalize() in lex.title_words


def apposed_to_titles(doc: Doc, lex: Lexicon) -> list[Span]:
    """Names the model misses beside a job: "Marta Ruiz, ESA's Solar Orbiter
    deputy project scientist, told ...", "the Chair of the STSC, Kwame Asante
    (Ghana)". Read once per Doc (the entities block these spans, the people
    take them)."""
    cached = doc.user_data.get("apposed_to_titles")
    if cached is not None:
        return [doc.char_span(a, b) for a, b in cached]
    text = text_of(doc)
    found = []
    for m in _NAME_THEN_JOB.finditer(text):
        if any(title_word(w, lex) for w in m.group(2).split()[:7]):
            found.append(m.span(1))
    for m in _JOB_THEN_NAME.finditer(text):
        if any(w.lower() in lex.heads for w in m.group(2).split()):
            continue  # "... Laboratory (MSSL), University College London,"
        if m.group(1) in lex.title_words and m.span(2) not in found:
            found.append(m.span(2))
    found += [span for span in _named_after_acronym(doc, lex) if span not in found]
    for m in _CREDITED.finditer(text):
        found += [m.span(g) for g in (1, 2) if m.group(g) and m.span(g) not in found]
    found += [span for span in _quoted_by_surname(doc, lex) if span not in found]
    spans = [s for s in (doc.char_span(a, b) for a, b in found) if s is not None]
    doc.user_data["apposed_to_titles"] = [(s.start_char, s.end_char) for s in spans]
    return spans


# a wire's credit line: "Additional reporting by Meera Iyengar in New Delhi;
# Editing by Dominic Everard"
_CREDITED = re.compile(
    r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Rr]eported|[Ee]dited|[Ww]ritten"
    rf"|[Cc]ompiled|[Tt]ranslated)\s+by\s+({_NAME})(?:\s*(?:,|and)\s*({_NAME}))?"
)
SPEECH = r"(?:said|says|explained|added|told|noted|stressed|commented|remarked)"


def _quoted_by_surname(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """ "coordinated by Elisabetta Dotto of the ... Institute" and later
    "Dotto explained": two or three capitalised words, no body's head among
    them, whose last word speaks alone, are a person the model took for
    something else."""
    text = text_of(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or not 2 <= len(ent) <= 3:
            continue
        if not all(t.is_title and t.is_alpha for t in ent) or ent.text in lex.gazetteer:
            continue
        if any(t.lower_ in lex.heads for t in ent):
            continue
        last = re.escape(ent[-1].text)
        alone = re.compile(rf"(?<![\w-]){last}\s+{SPEECH}\b")
        if any(m.start() != ent[-1].idx for m in alone.finditer(text)):
            found.append((ent.start_char, ent.end_char))
    return found


def title_before_field(doc: Doc, i: int, lex: Lexicon) -> int | None:
    """Where the title word stands whose field list ends before token i:
    "Minister of [Science and Technology]", "Assistant Minister for
    [Science, Jobs and Innovation]", "Ambassador to [Australia]"; None when
    the words before i are not such a field."""
    for _ in range(FIELD_LIST):
        if i < 2:
            return None
        if doc[i - 1].lower_ in {"of", "for", "to"}:  # "Ambassador to Australia"
            return i - 2 if doc[i - 2].text in lex.title_words else None
        before = doc[i - 1]
        if not (before.text in {",", "&"} or before.lower_ == "and" or before.is_title):
            return None
        i -= 1
    return None


FIELD_LIST = 12  # tokens a title's list of fields runs back over


def titled_alone(span: Span, lex: Lexicon) -> bool:
    """ "Head of the Research Organization of BRIN, Sumarto, said": one word
    set off by commas after the job its sentence opens with is a person known
    by one name (which the model often reads as a place)."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or doc[span.start - 1].text != ",":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.text not in {",", "said", "says"}:
        return False
    i = span.start - 2
    while i > 0 and not doc[i].is_sent_start and span.start - i < 16:
        i -= 1
    return doc[i].is_sent_start and doc[i].text in lex.title_words


def _split_noun_on(span: Span, lex: Lexicon) -> list[Span]:
    """ "NASA's Heliophysics Division on the L4 mission concept", "the MMX Rover
    for the Martian moon Phobos": "on" or "for" opens a phrase whose noun goes
    on in lower case; what follows is a name of its own, not part of the
    first."""
    doc = span.doc
    if len(span) < 3:
        return [span]
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not after.is_lower or not after.tag_.startswith("NN"):
        return [span]
    ons = [t.i for t in span if t.lower_ in {"on", "for"} and t.i > span.start]
    if not ons or span.end - ons[-1] > (4 if doc[ons[-1]].lower_ == "on" else 3):
        return [span]  # not "Training Course ... for Disaster Risk Management"
    if lex.programme_word(after.lower_) and not _names_a_body(
        doc[span.start : ons[-1]], lex
    ):
        return [span]  # "the Space Law for Lunar Actors project": one name
    return _split_at(span, ons[-1])


def _split_at(span: Span, link: int) -> list[Span]:
    """The words before the connector at ``link``, and those after it and
    its "the" (if any are left)."""
    doc = span.doc
    rest = link + (2 if link + 1 < span.end and doc[link + 1].lower_ == "the" else 1)
    return [
        doc[span.start : link],
        *([doc[rest : span.end]] if rest < span.end else []),
    ]


def _split_after_listed(span: Span, lex: Lexicon) -> list[Span]:
    """ "the International Space Station on Axiom Mission 4": a listed name
    before a connector is whole; what follows is a name of its own. "the
    Mercury Imaging X-ray Spectrometer for BepiColombo": so is a listed
    programme after "for" or "on"; what it follows is made for it."""
    doc = span.doc
    if len(span) < 3 or span.text in lex.gazetteer:
        return [span]
    link = next(
        (t.i for t in span if t.lower_ in NESTING and t.i > span.start + 1), None
    )
    if link is None:
        return [span]
    before = doc[span.start : link]
    if _listed_programme(before.text, lex):
        return _split_at(span, link)
    # not "Workshop on Hard X-ray Modulation Telescope": a topic
    if doc[link].lower_ in {"for", "on"} and _head_of(before, lex) is None:
        pieces = _split_at(span, link)
        if len(pieces) == 2 and _listed_programme(pieces[1].text, lex):
            return pieces
    return [span]


def _listed_programme(text: str, lex: Lexicon) -> bool:
    return lex.gazetteer.get(text, ("",))[0] == "PROGRAM"


def _split_after_head(span: Span, lex: Lexicon) -> list[Span]:
    """ "a United Launch Alliance Atlas V rocket": a body's name closed by its
    head word, then the name of a launcher or craft, which the word after
    says ("University College London" stays whole)."""
    doc = span.doc
    if len(span) < 3:
        return [span]
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not (
        after.lower_ in VEHICLE_WORDS or lex.programme_word(after.text)
    ):
        return [span]
    heads = [
        t.i
        for t in span[1:-1]  # not "Union State programmes": a head alone
        if lex.heads.get(t.lower_) is not None
        and lex.heads[t.lower_].label == "ORG"
        and not lex.heads[t.lower_].initial
        and t.is_title
    ]
    if not heads:
        return [span]
    rest = span.doc[heads[-1] + 1 : span.end]
    if any(t.lower_ in lex.heads or t.lower_ in CONNECTORS for t in rest):
        return [span]
    if not all(t.text[:1].isupper() or CODE.match(t.text) for t in rest):
        return [span]
    return [span.doc[span.start : heads[-1] + 1], rest]


def _split_owner(span: Span, lex: Lexicon) -> list[Span]:
    """ "ESA Mars Express", "NASA Juno": an agency's acronym in front of a name
    with no head word of its own is the owner, not part of the name ("CAS
    Strategic Priority Program", whose head makes it one name, stays whole)."""
    first = span[0]
    if len(span) < 2 or not (is_acronym(first) and known_org(first, lex)):
        return [span]
    if _joined_designator(span):
        return [span]  # "LAPAN-A2": the agency's satellite
    if span.text in lex.gazetteer:
        return [span]  # "NASA-ISRO Synthetic Aperture Radar": a listed name
    parties, i = [span[:1]], 1
    while (
        i + 1 < len(span)
        and span[i].text in {"-", "/"}
        and (is_acronym(span[i + 1]) or known_org(span[i + 1], lex))
    ):
        if not known_org(span[i + 1], lex) and _defined(span[: i + 2]):
            return [span]  # "ISSI-BJ", defined as "(ISSI-BJ)": one body
        parties.append(span[i + 1 : i + 2])  # "ISRO-CNES", "ESA-JAXA BepiColombo"
        i += 2
    rest = span[i:]
    if not len(rest):
        return parties
    if any(t.lower_ in lex.heads for t in rest) or (
        len(parties) == 1 and is_acronym(rest[0])
    ):
        return [span]  # "3rd ESA-JAXA Joint Science Workshop": one name
    return [*parties, rest]


def _in_brackets_somewhere(span: Span) -> bool:
    """Does the text give the span's words in brackets, as a short form?"""
    return f"({span.text})" in text_of(span.doc)


def _defined(span: Span) -> bool:
    """Does the text give the span in brackets after a full form (elsewhere:
    the definition itself is read with its parts)?"""
    doc = span.doc
    bracketed = span.start > 0 and doc[span.start - 1].text == "("
    return not bracketed and _in_brackets_somewhere(span)


def known_org(token: Token, lex: Lexicon) -> bool:
    return lex.gazetteer.get(token.text, ("",))[0] == "ORG"


def _without_topic(span: Span, lex: Lexicon) -> Span:
    """ "National Space Science Center on Space Weather Research" (a headline):
    a known name, then "on" and a topic with no head word of its own."""
    text = span.text
    if " on " not in text and " for " not in text:
        return span
    for token in span[1:-1]:
        if token.lower_ in {"on", "for"}:
            known, topic = (
                span.doc[span.start : token.i],
                span.doc[token.i + 1 : span.end],
            )
            if known.text in lex.gazetteer and not any(
                t.lower_ in lex.heads for t in topic
            ):
                return known
    return span


def _off_site(span: Span) -> Span:
    """ "Very Large Telescope on Cerro Paranal": the name, not the mountain
    it stands on."""
    doc = span.doc
    if (
        len(span) > 3
        and doc[span.end - 3].lower_ == "on"
        and landform_first(doc[span.end - 2 : span.end])
    ):
        return doc[span.start : span.end - 3]
    return span


def name_spans(doc: Doc, lex: Lexicon) -> list[Span]:
    """Capitalised name phrases, trimmed and split, in order."""
    spans = []
    capitals = CAPITALS_RUN.search(text_of(doc)) is not None  # read once per text
    people = [
        span.start
        for a, b in _named_after_acronym(doc, lex)
        if (span := doc.char_span(a, b)) is not None
    ]
    for start, end in _runs(doc, lex):
        # "Department of Nuclear Planetology of IKI | Igor Mitrofanov": a
        # name beside its job ends the body's name before it
        end = min([end, *(p for p in people if start < p < end)])
        start, end = _trim(doc, start, end, lex)
        for part in _split_and(doc[start:end], lex) if start < end else []:
            first, last = _trim(doc, part.start, part.end, lex)
            if capitals:
                first, last = _in_capitals_trim(doc, first, last, lex)
            if first < last:
                spans.extend(_split_name(doc[first:last], lex))
    spans = [_with_period(_with_list(s, lex)) for s in spans]
    kept = [s for i, s in enumerate(spans) if i == 0 or s.start >= spans[i - 1].end]
    return [
        s
        for s in kept
        if s.text not in lex.non_name
        and not _date_word(s.text)
        and not _common_heading(s, lex)
    ]


def _common_heading(span: Span, lex: Lexicon) -> bool:
    """ "1. LAUNCH CAMPAIGN": a heading set in capitals whose words the text
    writes in lower case elsewhere, none of them a body's head word."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or len(words) != len(span):
        return False
    if not all(len(t.text) > 1 and t.text.isupper() for t in words):
        return False
    line = line_around(text_of(span.doc), span.start_char, span.end_char).strip()
    common = common_words(span.doc)
    return (
        line.upper() == line
        and all(t.lower_ in common for t in words)
        and not any(
            t.lower_ in lex.heads and lex.heads[t.lower_].label != "PROGRAM"
            for t in words
        )
    )


def _words_run(doc: Doc, i: int, lex: Lexicon) -> int:
    while i < len(doc) and _is_name_token(doc[i], lex):
        i += 1
    return i


def _split_name(span: Span, lex: Lexicon) -> list[Span]:
    """One run of name words, cut where it holds more than one name: at "on"
    or "for" before a lower-case noun, after a listed programme, after a
    body's head before a launcher, after an agency's acronym in front."""
    pieces = []
    for part in _split_for_a_body(span, lex):
        for listed in _split_after_listed(part, lex):
            for piece in _split_after_head(_without_topic(_off_site(listed), lex), lex):
                pieces.extend(_split_owner(piece, lex))
    return pieces


def _split_for_a_body(span: Span, lex: Lexicon) -> list[Span]:
    """ "built by the Swedish Institute of Space Physics for the European
    Space Agency", "the Crew and Science Airlock for the Gateway": "for the"
    before a listed body or programme parts two names (not "the European
    Organisation for the Exploitation of ..."); else the cuts at "on" or
    "for" before a lower-case noun."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 2):
        if doc[i].lower_ != "for" or doc[i + 1].lower_ != "the":
            continue
        rest = doc[i + 2 : span.end]
        if lex.gazetteer.get(rest.text, ("",))[0] in {"ORG", "PROGRAM"}:
            return [*_split_noun_on(doc[span.start : i], lex), rest]
    return _split_noun_on(span, lex)


PERIOD_HEADS = frozenset({"program", "programme", "plan", "strategy", "roadmap"})


def _with_period(span: Span) -> Span:
    """ "Federal Space Program 2016-2025", "Space Cooperation Program for
    2018-2022": the years a plan covers are part of its name."""
    doc, i = span.doc, span.end
    # the head last, or before its owner: "Federal Space Program of Russia"
    head = next((t for t in span if t.lower_ in PERIOD_HEADS), None)
    if head is None or not (head.i == span.end - 1 or span[-1].text[:1].isupper()):
        return span
    if i < len(doc) and doc[i].lower_ == "for":
        i += 1
    if (
        i + 2 < len(doc)
        and YEAR_TOKEN.match(doc[i].text)
        and doc[i + 1].text in {"-", "–", "/"}
        and YEAR_TOKEN.match(doc[i + 2].text)
    ):
        return doc[span.start : i + 3]
    return span


def _with_list(span: Span, lex: Lexicon) -> Span:
    """ "Conference on Storm, Substorm and Space Weather", "Ministry of Education,
    Culture, Sports, Science and Technology": a list closed by "and" inside the
    complement of a name's head is part of the name."""
    doc, head = span.doc, _head_of(span, lex)
    if head is None or lex.heads[head.lower_].label == "PROGRAM":
        return span
    if not any(t.lower_ in NESTING for t in doc[head.i : span.end]):
        return span
    i = span.end
    while i + 1 < len(doc) and doc[i].text == "," and _is_name_token(doc[i + 1], lex):
        j = _words_run(doc, i + 1, lex)
        if (
            j + 2 < len(doc)
            and doc[j].text == ","
            and doc[j + 1].lower_ in {"and", "&"}
        ):
            j += 1  # the serial comma: "Industry, Energy, and Emerging Technology"
        if j + 1 < len(doc) and doc[j].lower_ in {"and", "&"}:
            end = _words_run(doc, j + 1, lex)
            if end + 2 < len(doc) and doc[end].lower_ == "and":
                # "..., and Emerging Technology Research and Development (PCIEERD)"
                after = _words_run(doc, end + 1, lex)
                if after > end + 1 and after < len(doc) and doc[after].text == "(":
                    end = after
            items = doc[span.end : end]
            # NER types are too noisy here ("Plasma" as a place): heads decide
            standalone = any(t.lower_ in lex.heads for t in items)
            return span if standalone or end == j + 1 else doc[span.start : end]
        i = j
    return span


def complements(name: Name, lex: Lexicon) -> list[Span]:
    """Names nested after a connector: "Secretariat of [Committee for [COSPAR]]"."""
    span, found = name.span, []
    for token in span:
        if token.lower_ in NESTING and name.head is not None and token.i > name.head.i:
            start = token.i + 1
            while start < span.end and span.doc[start].lower_ == "the":
                start += 1
            inner = span.doc[start : span.end]
            # "Embassy of [the Russian Federation] in France": the place an
            # embassy is in is not the nested name's
            placed = [
                t.i
                for t in inner[:-1]
                if t.lower_ == "in" and span.doc[t.i + 1].ent_type_ in {"GPE", "LOC"}
            ]
            if placed:
                inner = span.doc[start : placed[0]]
            head = _head_of(inner, lex) if len(inner) else None
            if len(inner) and (head is None or lex.heads[head.lower_].nests):
                found.append(inner)
    return found


# a craft's word in small letters just before its name, which may be a
# person's ("the rover Rosalind Franklin"; not "the station", where a crew
# member's name may follow)
CRAFT_WORDS = frozenset(
    {"rover", "probe", "orbiter", "lander", "spacecraft", "satellite", "telescope"}
)


def named_after_a_person(span: Span) -> bool:
    """ "its rover Rosalind Franklin": a craft named like a person."""
    i = span.start - 1
    return len(span) == 2 and i >= 0 and span.doc[i].text in CRAFT_WORDS


# a craft's kind by its ending: "microsatellite", "nanosatellite", "smallsat"
CRAFT_ENDINGS = ("satellite", "sat")


def kind_before(span: Span, lex: Lexicon) -> str | None:
    """What a lower-case noun just before one name says it is: "the
    spectrometer MGNS" an instrument, "the Indo-French satellite SARAL" or
    "our next joint satellite, SARAL, which" a programme."""
    doc, i = span.doc, span.start - 1
    if len(span.text.split()) > 2 or i < 0:  # "ASTRO-H" is one word
        return None
    if doc[i].text == "," and span.end < len(doc) and doc[span.end].text == ",":
        i -= 1  # set apart by commas
    word = doc[i] if i >= 0 else None
    if word is None or not word.is_lower:
        return None
    if word.tag_.startswith("VB") and not (
        lex.programme_word(word.text) or word.lower_.endswith(CRAFT_ENDINGS)
    ):
        return None  # "first cubesat, PicoDragon": a noun the tagger took for a verb
    if word.text.capitalize() in lex.instrument_words:
        return "instrument"
    crafty = lex.programme_word(word.text) or word.lower_.endswith(CRAFT_ENDINGS)
    if crafty and not known_org(span[0], lex):
        return "programme"  # "the microsatellite Infante"
    return None


def affiliated_names(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "chaired by Brice-Olivier Demory (University of Bern) and Kate Isaak
    (ESA)": two or three capitalised words, no body's, right before a body in
    brackets, name a person and their affiliation (the model reads some as
    bodies, misses others). Read once per Doc."""
    # (kept as token offsets: a Span kept in the Doc's user data would hold
    # the Doc in a cycle the garbage collector cannot see)
    found = doc.user_data.get("affiliated_names")
    if found is None:
        found = doc.user_data["affiliated_names"] = [
            (s.start, s.end) for s in _affiliated_names(doc, lex)
        ]
    return [doc[a:b] for a, b in found]


def _affiliated_names(doc: Doc, lex: Lexicon) -> list[Span]:
    found = []
    for opening in (t for t in doc if t.text == "("):
        i = opening.i
        close = next((t.i for t in doc[i + 1 : i + 12] if t.text in {")", "("}), None)
        if close is None or doc[close].text != ")" or close == i + 1:
            continue
        inside = doc[i + 1 : close]
        first = inside[: next((k for k, t in enumerate(inside) if t.text == ","), None)]
        # the body is the part before a comma: "(ESA)", "(IKI RAS, Co-chair)",
        # "(Brown University, USA)"
        short = bool(first) and all(is_acronym(t) for t in first)
        if not (short or any(t.lower_ in lex.heads for t in first)):
            continue  # "(74 kg)", "(left)": no body
        start = i
        while (
            start > 0
            and i - start < 5
            and (doc[start - 1].is_title or doc[start - 1].text == "-")
        ):
            start -= 1
        name = doc[start:i]
        if not _a_persons_name(name, lex):
            continue
        if start and doc[start - 1].lower_ in CONNECTORS:
            continue  # "Investigation of Nebular Gas (SING)": a name's tail
        before = doc[max(0, i - 10) : i].text
        if name.text in lex.gazetteer or (short and long_form_for(first.text, before)):
            continue  # "Thales Alenia Space (TAS)": a name and its short form
        found.append(name)
    return found + _listed_with_bodies(doc, lex) + _of_a_body(doc, lex)


def _a_persons_name(name: Span, lex: Lexicon) -> bool:
    """Two or three capitalised words, none a body's head, a job, a country
    or a word the text also writes in lower case."""
    words = [t for t in name if t.is_alpha]
    if not 2 <= len(words) <= 3 or name[0].text == "-":
        return False
    return not any(
        t.lower_ in lex.heads
        or (t.text in lex.title_words and t.i == name.start)  # not "James Head"
        or t.text in lex.countries
        or t.is_stop
        or t.lower_ in common_words(name.doc)
        for t in words
    )


# a body's parts, which "of" its body follows as it follows a person
UNITS = frozenset({"Section", "Division", "Unit", "Branch", "Service", "Desk"})


def _of_a_body(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "convened by Jasmina Magdalenić of the Royal Observatory of Belgium":
    a person's name, then "of" and their body (the model reads some such
    names as bodies)."""
    found = []
    read_alone = {(e.start, e.end) for e in entities_of(doc)}
    for of in (t for t in doc if t.lower_ == "of" and t.i > 1):
        k = of.i + 1 + (of.i + 1 < len(doc) and doc[of.i + 1].lower_ == "the")
        body = k
        while body < min(len(doc), k + 8) and (
            doc[body].is_title or doc[body].lower_ in NESTING | {"and", "&"}
        ):
            body += 1
        if not any(t.lower_ in lex.heads and t.is_title for t in doc[k:body]):
            continue  # "Jan van der Berg of Leiden", "Orbital Inc. of Montreal with"
        start = of.i
        while start > 0 and of.i - start < 3 and doc[start - 1].is_title:
            start -= 1
        name = doc[start : of.i]
        if start and (
            doc[start - 1].is_title or doc[start - 1].lower_ in {"the", "a", "an"}
        ):
            continue  # "the Royal Observatory of Belgium", "Director General of"
        if (name.start, name.end) not in read_alone:
            continue  # the model read the words as part of a longer name
        if (
            not _a_persons_name(name, lex)
            or any(t.is_upper or t.ent_type_ in {"GPE", "LOC", "NORP"} for t in name)
            or any(t.text in UNITS or not t.is_alpha for t in name)
            or name.text in lex.gazetteer
        ):
            continue
        found.append(name)
    return found


# "- Lorenzo Bruzzone, University of Trento, Italy": a list's item that
# opens with a person's name, then their body after a comma
_LISTED_PERSON = re.compile(
    rf"^[ \t]*[-–•*·][ \t]+({NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})"
    r"[ \t]*,[ \t]*([^,\n]+)",
    re.M,
)


def _listed_with_bodies(doc: Doc, lex: Lexicon) -> list[Span]:
    found = []
    for m in _LISTED_PERSON.finditer(text_of(doc)):
        words = m.group(1).split()
        if not any(w.lower() in lex.heads for w in m.group(2).split()) or any(
            w.lower() in lex.heads
            or w in lex.title_words
            or w in lex.countries
            or w.lower() in common_words(doc)
            for w in words
        ):
            continue  # "- Space Weather, ESA ...": no person
        name = doc.char_span(*m.span(1))
        if name is not None and name.text not in lex.gazetteer:
            found.append(name)
    return found
