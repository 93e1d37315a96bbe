"""Organisations, programs, named events and places, resolved per document.

Sources, strongest first: acronym definitions in the text, capitalised names
classified by their head word (with the names nested inside them), the
gazetteer, designators ("Yinghuo-1"), then the statistical NER for what no
rule covers. Results go to ``doc.spans`` groups "org", "program", "event_name"
and "location"; a span's ``id_`` is its record key, ``kb_id_`` the method.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from retrie.trie import Trie
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.acronyms import (
    AcronymPair,
    find_pairs,
    initials_form,
    initials_of,
)
from pipeline.components.bylines import bylined, in_headline, line_around
from pipeline.components.guard import guarded
from pipeline.components.names import (
    CONNECTORS,
    FIELD_HEADS,
    LANDFORMS,
    REGION_WORDS,
    VEHICLE_WORDS,
    Name,
    affiliated_names,
    after_member_states,
    apposed_programme,
    apposed_to_titles,
    classify,
    complements,
    ends_in_a_place_word,
    international_year,
    is_acronym,
    is_acronym_text,
    kind_before,
    known_org,
    landform_first,
    launch_site,
    name_spans,
    named_after_a_person,
    parties_only,
    section_name,
    title_before_field,
    titled_alone,
    vehicle_names,
    without_parties,
    without_person_after,
)
from pipeline.components.text import (
    NAME_WORD,
    common_words,
    entities_of,
    text_of,
    word_after_capitals,
)
from pipeline.dates.vocab import DATE_WORDS, TENS
from pipeline.lexicon import Lexicon, load_lexicon

ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)$",
    re.I,
)
EDITION = re.compile(r"^(?:19|20)\d\d$")
ENTITY_LABELS = ("ORG", "PROGRAM")
ABBREVIATED = re.compile(r"^[A-Z][a-z]{1,4}\.$")  # "Calif.", "Md."
# lower-case words no name ends with: a preposition, adverb or article the
# model took in ("the Australia Telescope Compact Array near Narrabri")
TRAILING_TAGS = frozenset({"IN", "RB", "TO", "DT", "CC", "WDT"})


@dataclass(eq=False)  # one record is one object: `in` and remove() by identity
class Entity:
    label: str
    key: str
    acronym: str | None = None
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)

    def add(self, start: int, end: int, method: str) -> None:
        self.mentions.setdefault((start, end), method)


# a company's legal form closing its name
LEGAL_FORM = re.compile(
    r",?\s+(?:Limited|Ltd\.?|Inc\.?|PLC|plc|LLC|GmbH|AG|SE|S\.p\.A\.|SpA|S\.A\.|"
    r"S\.r\.l\.|N\.V\.|B\.V\.)$"
)
LEGAL_FORMS = frozenset(
    {"GmbH", "AG", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "PLC", "plc", "S.A.", "SpA"}
    | {"S.p.A.", "B.V.", "BV", "Corp.", "KG", "SAS", "SE", "S.r.l.", "N.V."}
)
# a newspaper's name ends in "News": "Hürriyet Daily News"
PAPERS = frozenset({"daily", "weekly"})


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """A lookup key: "the Space Research Centre" ~ "Space Research Center"."""
    text = re.sub(r"[\s‐-―-]+", " ", text).strip()  # "Asia-Pacific" ~ "Asia Pacific"
    text = re.sub(r"(?<= )0+(?=\d)", "", text)  # "CBERS-02B" ~ "CBERS-2B"
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = LEGAL_FORM.sub("", text)  # "Antrix Corporation Limited" ~ "... Corporation"
    text = re.sub(r"^UN\s", "United Nations ", text)  # "UN Information Service"
    text = text.replace("’", "'").casefold()
    return re.sub(r"\bcentre\b", "center", text)


class Registry:
    """Entities of one document, found by any of their surface forms."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.entities: list[Entity] = []
        self.by_form: dict[str, Entity] = {}
        self.not_entities: list[tuple[int, int]] = []
        self.owned: list[tuple[int, int]] = []  # names taken whole by an acronym
        self.defined: list[tuple[int, int]] = []  # long forms of acronyms
        self.shorts: list[tuple[int, int]] = []  # their defined short forms
        self.datelines: list[Span] = []  # a news dateline's place
        self.common: frozenset[str] = frozenset()
        # names of one word no rule classified, for a list to tell ("Odin,
        # SMART-1 and ...")
        self.loose: list[Span] = []

    def get(self, text: str) -> Entity | None:
        return self.by_form.get(norm(text))

    def find(self, text: str) -> Entity | None:
        """The record a form names, directly or as a gazetteer twin's form."""
        return self.get(text) or self._gazetteer_twin(text)

    def add(self, label: str, span: Span, method: str) -> Entity:
        entity = self.find(span.text)
        if entity is None:
            entity = Entity(label, norm(span.text))
            self.entities.append(entity)
        entity.add(span.start_char, span.end_char, method)
        self.link(span.text, entity)
        return entity

    def drop(self, entity: Entity) -> None:
        """Forget a record and the forms that find it."""
        self.entities.remove(entity)
        for form in [f for f, e in self.by_form.items() if e is entity]:
            del self.by_form[form]

    def link(self, form: str, entity: Entity) -> None:
        self.by_form.setdefault(norm(form), entity)
        known = _known(self.lex, form)
        if known:
            for twin in (known[1], known[2]):
                if twin:
                    self.by_form.setdefault(norm(twin), entity)

    def _gazetteer_twin(self, form: str) -> Entity | None:
        known = _known(self.lex, form)
        if not known:
            return None
        return self.get(known[1]) or (self.get(known[2]) if known[2] else None)


Entry = tuple[str, str, str | None]  # the gazetteer's (label, name, acronym)


@dataclass(frozen=True)
class _GazetteerIndex:
    """What the gazetteer is looked up by, built once per Lexicon."""

    keys: dict[str, Entry]  # norm(form) -> entry
    pattern: re.Pattern[str]  # every listed form, as a whole word


_INDEXES: dict[int, _GazetteerIndex] = {}


def _index(lex: Lexicon) -> _GazetteerIndex:
    index = _INDEXES.get(id(lex))
    if index is None:
        alternatives = _trie(lex.gazetteer) if lex.gazetteer else "(?!)"
        # a letterhead breaks a name over two lines ("National Aeronautics and
        # / Space Administration"): any white space between its words
        alternatives = alternatives.replace("\\ ", r"\s+")
        index = _INDEXES[id(lex)] = _GazetteerIndex(
            keys={norm(k): v for k, v in lex.gazetteer.items()},
            pattern=re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"),
        )
    return index


def _trie(words: object) -> str:
    """One regex alternative for many literal words, as a trie (retrie): a
    plain union is tried word by word at every position, a trie letter by
    letter, several times faster; the longest word wins at each place."""
    trie = Trie()
    for word in words:  # type: ignore[attr-defined]
        trie.add(word)
    return trie.pattern()


def _known(lex: Lexicon, form: str) -> Entry | None:
    """The gazetteer entry of a form, written as listed or with other hyphens,
    spaces or article ("Asia Pacific Space Cooperation Organization")."""
    return lex.gazetteer.get(form) or _index(lex).keys.get(norm(form))


def _char_spans(spans: Iterable[Span]) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in spans]


def _char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="contract")


def _with_ordinal(span: Span) -> Span:
    """ "the 38th COSPAR Assembly", "the 2024 International Summer School",
    "the Einstein Probe (EP) Science Workshop 2025": an event name keeps its
    ordinal or its edition's year, and the words before an acronym put in it."""
    doc, start, end = span.doc, span.start, span.end
    if end < len(doc) and EDITION.match(doc[end].text) and doc[end - 1].whitespace_:
        span = doc[start : end + 1]  # "... Science Workshop 2025"
    if (
        start >= 4
        and doc[start - 1].text == ")"
        and doc[start - 3].text == "("
        and is_acronym(doc[start - 2])
    ):
        first = start - 3
        while first > 0 and doc[first - 1].is_title and doc[first - 1].lower_ != "the":
            first -= 1
        if first < start - 3:  # "Einstein Probe (EP) Science Workshop"
            span = doc[first : span.end]
            start = first
    if start and EDITION.match(doc[start - 1].text):
        return doc[start - 1 : span.end]
    if start and ORDINAL.match(doc[start - 1].text):
        start -= 1
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in TENS:
            start -= 2  # "twenty-sixth"
        return doc[start : span.end]
    return span


def _define_acronyms(doc: Doc, names: list[Name], reg: Registry) -> None:
    # the longest name ending (or starting) there: "Swiss State Secretariat for
    # Education, Research and Innovation", not its "Innovation" also read
    by_length = sorted(names, key=lambda n: len(n.span))
    by_end = {n.span.end_char: n for n in by_length}
    by_start = {n.span.start_char: n for n in by_length}
    pairs = find_pairs(text_of(doc))
    for pair in [*pairs, *_bracketed(doc, names, pairs)]:
        long = _char_span(doc, pair.long_start, pair.long_end)
        if long is None:
            continue
        twin = reg.get(pair.short) if pair.native else None
        if twin is not None and twin.acronym == pair.short:
            # "(Deutsches Zentrum für Luft- und Raumfahrt; DLR)": the same short
            # form again, with the name in another language
            twin.add(long.start_char, long.end_char, "native")
            reg.link(long.text, twin)
            continue
        name = by_end.get(pair.long_end)
        label = classify(long, reg.lex).label or (name.label if name else "")
        if label not in ENTITY_LABELS:
            label = reg.lex.gazetteer.get(pair.short, ("",))[0]
        if label not in ENTITY_LABELS:
            label = _head_after(doc, pair, reg.lex) or _branch(long, reg.lex)
        if (
            label not in ENTITY_LABELS
            and long.end < len(doc)
            and reg.lex.programme_word(doc[long.end].text)
        ):
            label = "PROGRAM"  # "the Pathfinder program, or ESSP"
        if (
            label not in ENTITY_LABELS
            and pair.short_start in by_start
            and not _instrument(long, reg.lex)  # "Optical Navigation Camera (ONC-W1)"
        ):
            # "SARAL (Satellite with ARgos and ALtiKa) is a joint mission"
            label = by_start[pair.short_start].label
        if label not in ENTITY_LABELS and (
            _model_org(long, reg.lex) or LEGAL_FORM.search(long.text)
        ):
            # "Mitsubishi Heavy Industries, Ltd. (MHI)": a company by its form
            # "Defence Research and Development Canada (DRDC)": no head word,
            # but a body by the model's reading of the whole long form
            label = "ORG"
        if label not in ENTITY_LABELS:
            # "Soret Coefficient in Crude Oil (SCCO)": a defined non-entity
            reg.not_entities.append((pair.long_start, pair.long_end))
            # not "UiTM" of the satellite "UiTMSAT-1"
            reg.not_entities.extend(_occurrences(text_of(doc), pair.short))
            continue
        while len(long) > 1 and long[-1].is_lower and long[-1].lower_ in reg.lex.heads:
            long = long[:-1]  # "Lunar Polar Exploration mission (LUPEX)"
        if name is not None and not name.label:
            # "Head of Research Organization for ... Space (ORPA)": the body
            # named after a title's "of"
            inner = _unknown_parts(name.span, reg.lex)
            if inner and inner[0].span.start <= long.start:
                name = inner[0]
        if label == "PROGRAM" and name is not None:
            long = _with_owner(long, name, reg)
        elif label == "ORG" and name is not None:
            long = _whole_name(long, name, reg.lex, pair.short)
        if label == "ORG":
            long = _unit_of_parent(long, reg)
        entity = reg.add(label, long, "rule")
        reg.defined.append((long.start_char, long.end_char))
        reg.shorts.append((pair.short_start, pair.short_end))
        entity.acronym = pair.short
        reg.link(pair.short, entity)
        words = pair.short.split()
        if len(words) == 2 and is_acronym_text(words[0]) and not reg.get(words[0]):
            reg.link(words[0], entity)  # "IKI" of "IKI RAS", "CBK" of "CBK PAN"
        reg.link(text_of(doc)[pair.long_start : pair.long_end], entity)


def _model_org(long: Span, lex: Lexicon) -> bool:
    """Does the model read exactly these words (bar an article) as a body,
    with no head word saying otherwise and no instrument's or launcher's last
    word?"""
    # the last word says, not a head word inside ("Kongsberg Satellite
    # Services (KSAT)"); nor a year after it ("World Radiocommunication
    # Conference 2023"); nor a facility's ("Mission Operations Complex")
    last = next((t for t in reversed(long) if t.is_alpha), long[-1])
    if (
        last.lower_ in lex.heads
        or last.text in lex.facility_words
        or _instrument(long, lex)
    ):
        return False
    if long[-1].lower_ in VEHICLE_WORDS:
        return False
    return len(long) > 1 and any(
        e.label_ == "ORG"
        and e.end == long.end
        and (
            e.start == long.start
            or (e.start + 1 == long.start and e[0].lower_ == "the")
        )
        for e in entities_of(long.doc)
    )


def _late_brackets(doc: Doc, reg: Registry) -> None:
    """ "President of the Brazilian Space Agency (AEB)": an organisation found
    inside a longer phrase, then an acronym in brackets, defines it too."""
    text = text_of(doc)
    for entity in list(reg.entities):
        if entity.label != "ORG" or entity.acronym:
            continue
        for _start, end in sorted(entity.mentions):
            m = re.match(r"\s*\(\s*([A-Z][A-Za-z&-]*[A-Z])\s*\)", text[end:])
            owner = reg.get(m.group(1)) if m else None
            if m and is_acronym_text(m.group(1)) and owner in (None, entity):
                entity.acronym = m.group(1)
                reg.link(m.group(1), entity)
                break


def _branch(long: Span, lex: Lexicon) -> str:
    """ "International Space Science Institute – Beijing (ISSI-BJ)": a named
    body, a dash and a place is that body's branch, a body too."""
    dashes = [t.i for t in long if t.text in {"-", "–", "—"}]
    if not dashes or dashes[-1] - long.start < 2 or long.end - dashes[-1] > 3:
        return ""
    label = classify(long.doc[long.start : dashes[-1]], lex).label
    return label if label == "ORG" else ""


def _head_after(doc: Doc, pair: AcronymPair, lex: Lexicon) -> str:
    """ "the Lunar Polar Exploration (LUPEX) mission": a programme word after
    the bracketed acronym makes the pair a programme; so does one after the
    short form anywhere ("LISA, the Laser Interferometer Space Antenna ...
    the LISA mission")."""
    text = text_of(doc)
    after = re.match(r"\s*\)\s*(\w+)", text[pair.short_end :])
    words = [after.group(1)] if after else []
    pattern = rf"(?<![\w-]){re.escape(pair.short)}\s+(\w+)"
    words += [m.group(1) for m in re.finditer(pattern, text)]
    for word in words:
        if lex.programme_word(word):
            return "PROGRAM"
    return ""


def _bracketed(doc: Doc, names: list[Name], pairs: list) -> list[AcronymPair]:
    """ "the Free University of Brussels (ULB)": an organisation's name followed
    by an acronym in brackets defines it, even when the acronym comes from
    another language and spells other words."""
    defined = {p.short for p in pairs}
    found = []
    for name in names:
        i = name.span.end
        if name.label != "ORG" or i + 2 >= len(doc):
            continue
        short, span = doc[i + 1], name.span
        if (
            i + 3 < len(doc)
            and doc[i].text == "("
            and doc[i + 3].text == ")"
            and is_acronym(doc[i + 1])
            and (
                is_acronym(doc[i + 2])
                # "Technische Universitat Berlin (TU Berlin)": the town kept
                or (doc[i + 2].is_title and doc[i + 2].text in {t.text for t in span})
            )
            and doc[i + 1 : i + 3].text not in defined
        ):  # "Space Research Centre of the Polish Academy of Sciences (CBK PAN)"
            short_text = doc[i + 1 : i + 3].text
            found.append(AcronymPair(short_text, short.idx, span.text, span.start_char))
            continue
        bracketed = doc[i].text == "(" and doc[i + 2].text == ")"
        # "Roscosmos State Corporation for Space Activities (Roscosmos)": the
        # name's first word as its short name
        short_name = is_acronym(short) or (len(span) > 1 and short.text == span[0].text)
        if bracketed and short_name and short.text not in defined:
            found.append(AcronymPair(short.text, short.idx, span.text, span.start_char))
    return found


def _whole_name(long: Span, name: Name, lex: Lexicon, short: str) -> Span:
    """ "Technology and Engineering Center for Space Utilization (CSU)": the
    acronym skips words of the name, which is still the whole name."""
    span = name.span
    if span.start >= long.start or classify(span, lex).label != "ORG":
        return long
    words = span.doc[span.start : long.start]
    if len(words) == 1 and words[0].text == short:
        return long  # "KASI Korea Astronomy and Space Science Institute": a logo
    if all(t.text[:1].isupper() or t.lower_ in {"and", "&"} for t in words):
        return span
    if not any(t.lower_ in lex.heads for t in long) and all(
        t.text[:1].isupper() or t.lower_ in CONNECTORS for t in words
    ):
        # "Netherlands Institute for Radio Astronomy (ASTRON)": the acronym
        # spells the field only, the body is the whole name
        return span
    # "Subcommittee of the United Nations Committee on ... (COPUOS)": the
    # capitalised words just before the long form are still its own
    start = long.start
    doc = span.doc
    while start > span.start and (
        doc[start - 1].text[:1].isupper()
        # "Venera-D Joint Science Definition Team (JSDT)": a hyphened word
        or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_)
    ):
        start -= 1
    return span.doc[start : long.end] if start < long.start else long


def _with_owner(long: Span, name: Name, reg: Registry) -> Span:
    """ "CAS Strategic Priority Program (SPP)": the acronym spells the programme's
    own words, but its owner's name in front belongs to the name too (and is an
    organisation of its own)."""
    span = name.span
    if span.start >= long.start:
        return long
    owner = span.doc[span.start : long.start]
    while len(owner) and owner[-1].lower_ in CONNECTORS:
        owner = owner[:-1]
    inner = classify(owner, reg.lex) if len(owner) else None
    if inner is not None and len(owner) == 1 and is_acronym(owner[0]):
        inner = Name(owner, "ORG")  # an agency's acronym, known or not
    if inner is None or inner.label != "ORG":
        return long
    reg.owned.append((span.start_char, span.end_char))
    _add_name(inner, reg, "nested")
    return span


def _unit_of_parent(long: Span, reg: Registry) -> Span:
    """ "Institute of Geology and Geophysics, Chinese Academy of Sciences
    (IGGCAS)": the acronym names the unit; its parent after the comma is an
    organisation of its own."""
    commas = [t.i for t in long if t.text == ","]
    if not commas:
        return long
    unit = long.doc[long.start : commas[-1]]
    parent = _without_article(long.doc[commas[-1] + 1 : long.end])
    if not len(unit) or not len(parent):
        return long
    inner = classify(parent, reg.lex)
    if inner.label != "ORG" or classify(unit, reg.lex).label != "ORG":
        return long
    _add_name(inner, reg, "nested")
    return unit


def _without_article(span: Span) -> Span:
    """ "the Polish Academy of Sciences" -> "Polish Academy of Sciences": a
    parent's name has no article."""
    while len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    return span


def _self_standing(name: Name, reg: Registry) -> Name:
    """ "Space Research Centre of Polish Academy of Sciences" names two bodies:
    the unit is "Space Research Centre" when its own words make a name and what
    follows "of" is an organisation; "Secretariat of ..." stays whole. A head
    with a complement of its own is a name too: "Institute of Geology and
    Geophysics | of the Chinese Academy of Sciences", "Strategic Priority
    Program on Space Science | of the CAS"."""
    head, span = name.head, name.span
    if name.label not in ENTITY_LABELS or head is None:
        return name
    doc = span.doc
    for cut in range(head.i + 1, span.end - 1):
        if doc[cut].lower_ not in {"of", "at"}:  # "... Division at NASA" too
            continue
        if cut == head.i + 1 and head.i == span.start:
            # "Secretariat of the Committee": the head's own complement; a unit
            # needs one word of its own ("Science Programme of the ESA")
            continue
        rest = _without_article(doc[cut + 1 : span.end])
        inner = classify(rest, reg.lex)
        nests = inner.head is None or reg.lex.heads[inner.head.lower_].nests
        # an acronym after "of", not a word of a name set in capitals
        # ("POLISH ACADEMY OF SCIENCES")
        acronym = len(rest) == 1 and is_acronym(rest[0]) and not span.text.isupper()
        if (inner.label == "ORG" and nests) or acronym:
            return Name(doc[span.start : cut], name.label, head)
    return name


def _add_name(name: Name, reg: Registry, method: str = "rule") -> None:
    if name.label in ENTITY_LABELS:
        whole = name
        # a long form an acronym spells stays whole: "Institute of Space
        # Research of the Russian Academy of Sciences (IKI)"
        if (name.span.start_char, name.span.end_char) not in reg.defined:
            name = _self_standing(name, reg)
        if name is not whole:
            rest = _without_article(whole.span.doc[name.span.end + 1 : whole.span.end])
            _add_name(classify(rest, reg.lex), reg, "nested")
        gaz = name.span.text in reg.lex.gazetteer
        if not gaz and _a_country(name.span.text, reg.lex):
            return  # "comparable U.S. missions": whose, not which
        if name.label == "ORG" and ORGAN.search(name.span.text):
            return  # "member of the DLR Executive Board": a body's organ
        reg.add(
            name.label, name.span, "gazetteer" if gaz and method == "rule" else method
        )
    for inner in complements(name, reg.lex):
        nested = classify(inner, reg.lex)
        if _a_field(nested):
            continue  # "Office of Space Policy": the field of a body
        if _front_of_defined(nested.span, reg):
            continue  # "Course of the Centre for ... Education" of "... in Asia (C)"
        if _kinds_of_craft(name, nested):
            continue  # "Committee on Earth Observation Satellites": its field
        if nested.label in ENTITY_LABELS or reg.get(inner.text):
            _add_name(nested, reg, "nested")


def _kinds_of_craft(outer: Name, nested: Name) -> bool:
    """A body's complement that ends in a plural programme word names the
    kind of craft it deals with, not one: "Coordination Group for
    Meteorological Satellites"."""
    head = nested.head
    return (
        outer.label == "ORG"
        and nested.label == "PROGRAM"
        and head is not None
        and head.tag_ in {"NNS", "NNPS"}
    )


# The board that runs a body, named in a member's title: part of that body
ORGAN = re.compile(
    r"\b(?:Executive|Management|Supervisory)\s+Board\b|\bBoard\s+of\s+(?:Directors|Governors)\b"
)


def _a_country(text: str, lex: Lexicon) -> bool:
    return text in COUNTRY_CODES or text in lex.countries or text in lex.demonyms


def _a_field(name: Name) -> bool:
    return name.head is not None and name.head.lower_ in FIELD_HEADS


def _front_of_defined(span: Span, reg: Registry) -> bool:
    """The front of an acronym's long form, cut where a place follows "in"."""
    start, end = span.start_char, span.end_char
    return any(s == start and end < e for s, e in reg.defined)


def _cut_short(span: Span, reg: Registry) -> bool:
    """A name an acronym definition already took whole, or only the front of
    it ("International Space Science Institute" of "... Institute in Beijing
    (ISSI-BJ)")."""
    start, end = span.start_char, span.end_char
    if (start, end) in reg.owned:
        return True
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in reg.shorts):
        return True  # "ISSI" of "ISSI-BJ" (defined)
    if len(span) == 1 and _hyphened(span[0]):
        return True  # "ISSI" of "ISSI-BJ" (undefined)
    # the front or the tail of a long form ("Magnetosphere ... Explorer" of
    # "Solar wind Magnetosphere ... Explorer (SMILE)"), or the short form and
    # the long side by side ("KASI Korea Astronomy and Space Science Institute")
    shorts = {s for s, _ in reg.shorts}
    return _front_of_defined(span, reg) or any(
        (s < start and end == e) or (start in shorts and s > start and end == e)
        for s, e in reg.defined
    )


def _inside_programme(name: Name, reg: Registry) -> bool:
    """A craft's words in the middle of a programme's long form ("Imaging
    Satellite for High-resolution Natural" of "Thermal infraRed Imaging
    Satellite for High-resolution Natural resource Assessment (TRISHNA)"),
    cut where the long form writes a word in lower case."""
    if name.label != "PROGRAM":
        return False
    start, end = name.span.start_char, name.span.end_char
    text = text_of(name.span.doc)
    return any(
        s < start
        and end < e
        and (entity := reg.get(text[s:e])) is not None
        and entity.label == "PROGRAM"
        for s, e in reg.defined
    )


def _base_forms(reg: Registry) -> dict[str, Entity]:
    """ "Kuafu" for "Kuafu Project": a name without its head word."""
    forms = {}
    for entity in reg.entities:
        words = entity.key.split()
        if entity.label == "PROGRAM" and len(words) > 1 and words[-1] in reg.lex.heads:
            forms[" ".join(words[:-1])] = entity
    return forms


def _base_form(span: Span, base: dict[str, Entity]) -> Entity | None:
    """The programme a name without its head word tells, unless it names the
    person the programme is named for ("the Johannes Geiss Fellowship, named
    after Johannes Geiss"), or the model reads a person's full name or a
    region there."""
    entity = base.get(norm(span.text))
    doc = span.doc
    before = doc[max(0, span.start - 2) : span.start].text.lower()
    person = before in NAMED_FOR or (
        len(span) > 1 and all(t.ent_type_ == "PERSON" for t in span)
    )
    # "the Atlantic" beside "the Atlantic Constellation": the ocean
    place = all(t.ent_type_ == "LOC" for t in span)
    return None if person or place else entity


# the words before a person something is named for
NAMED_FOR = frozenset(
    {"named after", "named for", "honour of", "honor of", "memory of"}
)


def _resolve_unknown(doc: Doc, names: list[Name], reg: Registry) -> list[Span]:
    """Give unclassified names to known entities; return what is still unknown."""
    base = _base_forms(reg)
    left = []
    for name in names:
        if name.label:
            continue
        entity = reg.get(name.span.text) or _base_form(name.span, base)
        if entity is not None and _inside(
            name.span.start_char, name.span.end_char, list(entity.mentions)
        ):
            continue  # "AAS Sky Publishing" of "AAS Sky Publishing, LLC"
        if entity is not None:
            method = (
                "acronym"
                if norm(name.span.text) == norm(entity.acronym or "")
                else "rule"
            )
            entity.add(name.span.start_char, name.span.end_char, method)
        else:
            left.append(name.span)
    return left


def _taken(reg: Registry) -> list[tuple[int, int]]:
    return [m for e in reg.entities for m in e.mentions]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


# where a token of two capitals or more may start ("NASA", "ISSI-BJ", "CBK")
_CAPS_WORD = re.compile(r"(?<![^\W_])[A-Z][^\W_]*(?:[&.][^\W_]*)*[A-Z]")


def _acronym_mentions(doc: Doc, reg: Registry) -> None:
    """Every occurrence of a defined short form, and of a known acronym."""
    text = text_of(doc)
    for entity in list(reg.entities):
        if entity.acronym:
            for start, end in _occurrences(text, entity.acronym):
                entity.add(start, end, "acronym")
    taken = _taken(reg)
    # only the words that may be acronyms (two capitals or more), not every token
    candidates = sorted({m.start() for m in _CAPS_WORD.finditer(text)})
    for token in (doc.char_span(i, i + 1, alignment_mode="expand") for i in candidates):
        if token is None:
            continue
        token = token[0]
        start, end = token.idx, token.idx + len(token.text)
        if not is_acronym(token) or _inside(start, end, taken):
            continue
        if _hyphened(token):
            continue  # "ISSI" of "ISSI-BJ": part of another name
        entity = reg.get(token.text)
        if entity is None and token.text in reg.lex.gazetteer:
            label = reg.lex.gazetteer[token.text][0]
            entity = reg.add(label, doc[token.i : token.i + 1], "gazetteer")
        if entity is not None:
            entity.add(start, end, "acronym" if entity.acronym else "gazetteer")


# "SJ-10, also known as Shijian-10", "DAMPE, nicknamed Wukong (or Monkey King)"
# a name in brackets right after another: "(DAMPE)", "(KOMPSAT-2)"
BRACKETED_NAME = re.compile(r"\s*\(\s*(?P<name>[A-Z][\w-]*)\s*\)")
# a short form, then another name, in one bracket: "(TC-1, or Explorer-1)"
BRACKETED_OR = re.compile(
    r"[\"”]?\s*\(\s*[A-Z][\w-]*\s*,\s*(?:or|also)\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\)"
)
# another name: capitalised words, or a code of a digit and a letter after
# the first ("Chollian 2A")
OTHER_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,2}[A-Z]\b)){0,3})"
ALIAS = re.compile(
    r"\s*,?\s*\(?\s*(?:(?:(?:also|better|popularly|commonly)\s+)?known\s+as|"
    r"(?:also|popularly|commonly)\s+called|dubbed|nicknamed|"
    r"(?<=\()or|(?<=\(\s)or)\s+[\"“‘']?" + OTHER_NAME
)
ALIAS_MORE = re.compile(r"[\"”’']?\s*(?:\(\s*or|,?\s*or)\s+[\"“‘']?" + OTHER_NAME)


def _other_names(doc: Doc, reg: Registry) -> None:
    """A programme's other names given with it ("also known as", "nicknamed",
    "(or ...)") are its aliases: one record, each name a mention."""
    text = text_of(doc)
    ends = sorted(
        (
            (end, entity)
            for entity in reg.entities
            if entity.label == "PROGRAM"
            for _start, end in entity.mentions
        ),
        key=lambda pair: pair[0],
    )
    for end, entity in ends:
        if entity not in reg.entities:
            continue  # folded into another record already
        after = end
        bracket = BRACKETED_NAME.match(text, after)
        if bracket:  # "the Dark Matter Particle Explorer (DAMPE), nicknamed"
            _numbered_alias(text, end, bracket, entity, reg)
            after = bracket.end()
        also = BRACKETED_OR.match(text, end)
        if also:  # '"Tan Ce-1" (TC-1, or Explorer-1)'
            _add_alias(also, entity, reg)
        word = re.match(r"\s+(\w+)", text[after:])
        if word and reg.lex.programme_word(word.group(1).lower()):
            after += word.end()  # "the Hongyan-3 satellite, nicknamed"
        m = ALIAS.match(text, after)
        while m is not None:
            _add_alias(m, entity, reg)
            m = ALIAS_MORE.match(text, m.end("name"))
    _named_before(doc, reg)
    _former_names(doc, reg)
    _translated_names(doc, reg)
    _apposed_full_names(doc, reg)


# after a programme's name: ", the <its full name>," ("KiboCUBE, the United
# Nations/Japan Cooperation Programme on CubeSat Deployment, which ...")
APPOSED_FULL = re.compile(r",\s+the\s+")
APPOSITION_END = re.compile(r"\s*(?:[,.;:(]|$|(?:which|that|is|was|has|will)\b)")


def _apposed_full_names(doc: Doc, reg: Registry) -> None:
    """A programme's one-word name, then set apart by commas its full name of
    three words or more: one record (not items of a list: "GLONASS, Galileo,
    the BeiDou Navigation Satellite System (BDS)")."""
    text = text_of(doc)
    starts = {
        start: (end, entity)
        for entity in reg.entities
        if entity.label == "PROGRAM"
        for start, end in entity.mentions
    }
    for start, (end, entity) in sorted(starts.items()):
        m = APPOSED_FULL.match(text, end)
        full = starts.get(m.end()) if m else None
        if full is None or entity not in reg.entities:
            continue
        full_end, other = full
        if (
            other is entity
            or other not in reg.entities
            or any(c.isspace() for c in text[start:end])
            or text[:start].rstrip().endswith(",")
            or len(text[m.end() : full_end].split()) < 3
            or not APPOSITION_END.match(text, full_end)
        ):
            continue
        _fold(reg, other, entity)


def _add_alias(m: re.Match[str], entity: Entity, reg: Registry) -> None:
    """The match's "name" is another name of ``entity``: a mention of it, and
    a record found under that name before is folded into it."""
    other = reg.get(m.group("name"))
    if other is not None and other is not entity:
        _fold(reg, other, entity)
    entity.add(*m.span("name"), "rule")
    reg.link(m.group("name"), entity)


def _numbered_alias(
    text: str, end: int, inner: re.Match[str], entity: Entity, reg: Registry
) -> None:
    """ "Arirang-2 (KOMPSAT-2)": a numbered name and another in brackets
    (``inner``) after it are one craft's two names."""
    start = max((s for s, e in entity.mentions if e == end), default=None)
    if start is None:
        return
    name, outer = inner.group("name"), text[start:end]
    # "HINODE (SOLAR-B)": a one-word name and its designator too
    if not (NUMBERED.match(outer) or " " not in outer) or not NUMBERED.match(name):
        return
    other = reg.get(name)
    if other is not None and other is not entity:
        _fold(reg, other, entity)
    entity.add(inner.start("name"), inner.end("name"), "acronym")
    entity.acronym = entity.acronym or name
    reg.link(name, entity)


def _descriptions(doc: Doc, reg: Registry) -> None:
    """ "NASA-ISRO Radar Satellite Returns First Images": the parties, then
    words the text writes in small letters ("radar", "satellite"), describe a
    craft; no name."""
    text = text_of(doc)
    for entity in [e for e in reg.entities if e.label == "PROGRAM"]:
        forms = {text[a:b] for a, b in entity.mentions}
        if all(_parties_and_words(form, reg) for form in forms):
            reg.drop(entity)


def _parties_and_words(form: str, reg: Registry) -> bool:
    first, *rest = form.split()
    parties = re.split(r"[-/–]", first)
    return (
        len(parties) > 1
        and bool(rest)
        and all(reg.get(p) is not None or p in reg.lex.countries for p in parties)
        and all(w.lower() in reg.common for w in rest)
    )


def _short_by_last_word(doc: Doc, reg: Registry) -> None:
    """ "Odyssey" after "2001 Mars Odyssey": a programme named by the last
    word of one other programme's name is that programme told short."""
    text = text_of(doc)
    programmes = [e for e in reg.entities if e.label == "PROGRAM"]
    for entity in programmes:
        forms = {text[a:b] for a, b in entity.mentions}
        if len(forms) != 1:
            continue
        (word,) = forms
        if not word.isalpha() or word.lower() in reg.common:
            continue
        longer = [
            other
            for other in programmes
            if other is not entity
            and any(
                _ends_with_name(text[a:b], word, reg.lex) for a, b in other.mentions
            )
        ]
        if len(longer) == 1 and entity in reg.entities:
            _fold(reg, entity, longer[0])


def _un_organs_told_short(doc: Doc, reg: Registry) -> None:
    """ "the General Assembly" after "the United Nations General Assembly":
    the UN's organ named without its owner is that organ."""
    text = text_of(doc)
    organs = [e for e in reg.entities if e.label == "ORG"]
    for entity in organs:
        forms = {text[a:b] for a, b in entity.mentions}
        longer = [
            other
            for other in organs
            if other is not entity
            and any(
                f"{owner} {form}" == text[a:b]
                for form in forms
                for owner in ("United Nations", "UN")
                for a, b in other.mentions
            )
        ]
        if len(longer) == 1 and entity in reg.entities:
            _fold(reg, entity, longer[0])


def _ends_with_name(form: str, word: str, lex: Lexicon) -> bool:
    """ "Mars Odyssey" ends with "Odyssey"; "Indo-French Satellite SARUL" ends
    with a kind of craft and its name, no name of its own."""
    words = form.split()
    return (
        len(words) > 1
        and words[-1] == word
        and not lex.programme_word(words[-2].lower())
    )


# words that say what a craft is, after its name ("the Zhurong Rover", "the
# New Horizons Spacecraft"), without being part of it
CRAFT_KINDS = frozenset(
    {"rover", "spacecraft", "orbiter", "lander", "probe", "satellite", "mission"}
    | {"craft", "project", "program", "programme"}
)


def _bare(form: str) -> str:
    words = form.casefold().split()
    return " ".join(
        words[:-1] if len(words) > 1 and words[-1] in CRAFT_KINDS else words
    )


def _one_craft_told_two_ways(doc: Doc, reg: Registry) -> None:
    """One programme under two records: "Yutu" and a headline's "Yutu Rover",
    "Mars Orbiter Mission" and "Mars Orbiter Spacecraft" (a kind of craft
    after one name), or "Chinese Meridian Project" and "Meridian Project" (a
    name of two words or more closing only one other)."""
    text = text_of(doc)
    programmes = [e for e in reg.entities if e.label == "PROGRAM"]
    forms = {
        id(e): {" ".join(text[a:b].split()).casefold() for a, b in e.mentions}
        for e in programmes
    }
    for entity in programmes:
        mine = forms[id(entity)]
        told = [
            other
            for other in programmes
            if other is not entity
            and other in reg.entities
            and (
                all(
                    _bare(f) != f and _bare(f) in {_bare(g) for g in forms[id(other)]}
                    for f in mine
                )
                or all(
                    len(f.split()) > 1
                    and any(g.endswith(" " + f) for g in forms[id(other)])
                    for f in mine
                )
            )
        ]
        if len(told) == 1 and entity in reg.entities:
            _fold(reg, entity, told[0])


def _late_numbered_aliases(doc: Doc, reg: Registry) -> None:
    """A programme's one-word name written with a designator in brackets
    where no mention was taken ("the asteroid explorer Hayabusa (MUSES-C)"):
    the designator is another name of that craft."""
    text = text_of(doc)
    if "(" not in text:
        return
    words = {
        text[a:b]: entity
        for entity in reg.entities
        if entity.label == "PROGRAM"
        for a, b in entity.mentions
        if text[a:b].isalpha()
    }
    for m in WORD_BEFORE_BRACKET.finditer(text):
        entity = words.get(m.group(1))
        bracket = BRACKETED_NAME.match(text, m.end(1))
        if entity is None or bracket is None or entity not in reg.entities:
            continue
        entity.add(m.start(1), m.end(1), "rule")
        _numbered_alias(text, m.end(1), bracket, entity, reg)
    # "the Luna-Resurs-1 orbiter (Luna-26)": the kind of craft between
    for entity in [e for e in reg.entities if e.label == "PROGRAM"]:
        for _, end in list(entity.mentions):
            kind = KIND_BEFORE_BRACKET.match(text, end)
            bracket = BRACKETED_NAME.match(text, kind.end()) if kind else None
            if bracket is not None and entity in reg.entities:
                _numbered_alias(text, end, bracket, entity, reg)


# a word, then a bracket: where a programme's name may meet its designator
WORD_BEFORE_BRACKET = re.compile(r"(?<![\w-])(\w+)(?=\s*\()")
# a craft's name, then its kind, then a bracket
KIND_BEFORE_BRACKET = re.compile(
    r"\s+(?:orbiter|lander|rover|probe|satellite|spacecraft|mission|telescope)"
    r"(?=\s*\()"
)


# "SANSA Space Science (formerly the Hermanus Magnetic Observatory)": the
# name written before, then the former one
FORMERLY = re.compile(
    r"(?P<now>[A-Z][\w'’-]*(?:[^\S\n]+(?:of|for|and|on|[A-Z][\w'’-]*)){0,6})"
    r"\s*(?:\(|,)\s*(?:(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?"
    # "(called the Academy of Finland until 2023)"
    r"|(?:known\s+as|called|named)(?=\s+(?:the\s+)?[A-Z][^()\n]{0,80}?\s+until\b)"
    # "NSSC, known until 2011 as the Center for ..."
    r"|known\s+until\s+(?:19|20)\d\d\s+as)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:[^\S\n]+(?:of|for|and|on|[A-Z][\w'’-]*)){0,7})"
)
# "what was then the Center for ... (CSSAR), renamed NSSC in 2011": the
# former name, then the name written after
RENAMED = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[^\S\n]+(?:of|for|and|on|[A-Z][\w'’-]*)){0,7})"
    r"(?:\s*\([A-Z][\w&-]{1,11}\))?,?\s+(?:which\s+was\s+|was\s+|later\s+|since\s+)?"
    r"renamed\s+(?:as\s+|to\s+)?(?:the\s+)?"
    r"(?P<now>[A-Z][\w'’-]*(?:[^\S\n]+(?:of|for|and|on|[A-Z][\w'’-]*)){0,6})"
)
LINK_WORDS = ("of", "for", "and", "on")


def _former_names(doc: Doc, reg: Registry) -> None:
    """A body's former name given with it is a mention of it; the name it
    has now is a body when either is one."""
    text = text_of(doc)
    # the patterns are costly to try at every capital
    found: list[re.Match[str]] = []
    if any(w in text for w in ("formerly", "previously", "until")):
        found += FORMERLY.finditer(text)
    if "renamed" in text:
        found += RENAMED.finditer(text)
    for m in found:
        names = []
        for group in ("now", "name"):
            words = m.group(group).split()
            while words and words[-1] in LINK_WORDS:
                words.pop()
            start = m.start(group)
            names.append(doc.char_span(start, start + len(" ".join(words))))
        now, former = names
        if now is None or former is None:
            continue
        known = [reg.get(now.text), reg.get(former.text)]
        if not any(e is not None and e.label == "ORG" for e in known):
            continue
        entity = known[0] or reg.add("ORG", now, "rule")
        if known[1] is not None and known[1] is not entity:
            _fold(reg, known[1], entity)
        entity.mentions[(former.start_char, former.end_char)] = "former"
        for span, method in list(entity.mentions.items()):
            if method != "former" and text[span[0] : span[1]] == former.text:
                entity.mentions[span] = "former"  # the old name written again
        reg.link(former.text, entity)


# "the Deutsche Forschungsgemeinschaft (DFG, German Research Foundation)": the
# short form, then the name in English
TRANSLATED = re.compile(
    r"\((?P<short>[A-Z][\w&-]{1,11}),[ \t]+(?P<name>[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:of|for|and|on|[A-Z][\w'’-]*)){1,7})\)"
)


def _translated_names(doc: Doc, reg: Registry) -> None:
    """A body's name in English after its short form in brackets is a
    mention of it."""
    text = text_of(doc)
    for m in TRANSLATED.finditer(text):
        entity = reg.get(m.group("short"))
        span = _char_span(doc, *m.span("name"))
        if entity is None or entity.label != "ORG" or span is None:
            continue
        if entity.acronym != m.group("short") or not any(
            w.lower() in reg.lex.heads for w in m.group("name").split()
        ):
            continue  # "(ESA, Paris)", "(CNES, France)"
        other = reg.get(span.text)
        if other is not None and other is not entity:
            if other.label != "ORG":
                continue
            _fold(reg, other, entity)
        entity.add(span.start_char, span.end_char, "rule")
        reg.link(span.text, entity)


# "Danuri, also known as the Korea Pathfinder Lunar Orbiter": a name before
ALIAS_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2}),?\s+(?:also\s+known\s+as|"
    r"officially|formally)\s+(?:the\s+)?$"
)


def _named_before(doc: Doc, reg: Registry) -> None:
    """The other name written before a programme ("its first lunar orbiter,
    Danuri, also known as the Korea Pathfinder Lunar Orbiter (KPLO)")."""
    text = text_of(doc)
    for entity in [e for e in reg.entities if e.label == "PROGRAM"]:
        for start, _end in sorted(entity.mentions):
            m = ALIAS_BEFORE.search(text, max(0, start - 80), start)
            if m is None or m.group("name") in reg.lex.non_name:
                continue
            other = reg.get(m.group("name"))
            if other is not None and other is not entity:
                if other.label != "PROGRAM":
                    continue  # a body named before ("NASA, also known as ...")
                _fold(reg, other, entity)
            entity.add(m.start("name"), m.end("name"), "rule")
            reg.link(m.group("name"), entity)
            break


def _gazetteer_names(
    doc: Doc,
    reg: Registry,
    blocked: list[tuple[int, int]],
    people: list[tuple[int, int]],
) -> None:
    """Well-known names written inside a longer capitalised run ("Roscosmos
    Director General ...", "the State Space Corporation Roscosmos"), where no
    name phrase stands for them alone; not inside a person's name, but over
    a person the model cut from a company ("Lockheed | Martin Astronautics")."""
    taken = _taken(reg) + blocked
    text = text_of(doc)
    for start, end in _listed_names(doc, reg.lex):
        if _inside(start, end, people) and (start, end) not in people:
            continue  # (a listed name the model read as a person is the name)
        if _overlaps(start, end, taken):
            _widen(doc, reg, start, end)
            continue
        span = doc.char_span(start, end)
        if span is not None:
            label = _known(reg.lex, text[start:end])[0]
            reg.add(label, span, "gazetteer")
            taken.append((start, end))


# countries as a company's branch names them: "OHB Italia", "Airbus España"
_OWN_COUNTRY_NAMES = frozenset(
    {"Italia", "Deutschland", "España", "Sverige", "Polska", "Nederland", "Suisse"}
)


def _subsidiaries(doc: Doc, reg: Registry) -> None:
    """ "OHB Sweden", "Astrium UK", "OHB Italia": a listed body's name, then
    a country's, is the body's branch in that country, a body of its own."""
    text = text_of(doc)
    countries = reg.lex.countries | _OWN_COUNTRY_NAMES
    for entity in [e for e in reg.entities if e.label == "ORG"]:
        for start, end in list(entity.mentions):
            if _known(reg.lex, text[start:end]) is None:
                continue
            # "OHB Sweden AB": the country's name may be one word or two
            found = next(
                (
                    m
                    for m in (p.match(text, end) for p in _BRANCH_COUNTRIES)
                    if m is not None and m.group(1) in countries
                ),
                None,
            )
            if found is None:
                continue
            span = doc.char_span(start, found.end(1))
            if span is None:
                continue
            del entity.mentions[(start, end)]
            if not entity.mentions:
                reg.drop(entity)
            reg.add("ORG", span, "rule")


_BRANCH_COUNTRIES = (
    re.compile(r" ([A-Z]\w* [A-Z]\w*)(?![\w'’-])"),  # "Airbus South Africa"
    re.compile(r" ([A-Z]\w*)(?![\w'’-])"),  # "OHB Sweden AB"
)


def _widen(doc: Doc, reg: Registry, start: int, end: int) -> None:
    """A listed name around a shorter one already found ("Solar wind
    Magnetosphere Ionosphere Link Explorer", where the name phrase began at
    "Magnetosphere"): the listed form is a mention of that record. Not when
    it is a record's mention already ("NASA-ISRO Synthetic Aperture Radar"
    holds "ISRO")."""
    if any((start, end) in e.mentions for e in reg.entities):
        return
    inside = [
        e
        for e in reg.entities
        if any(
            start <= s and t <= end and (s, t) != (start, end) for s, t in e.mentions
        )
    ]
    span = doc.char_span(start, end)
    if span is None or not inside:
        return
    if len(inside) > 1:
        # "National Aeronautics and / Space Administration", read as two
        # names at the line break: the pieces were only parts of this one
        if all(start <= s and t <= end for e in inside for s, t in e.mentions):
            for e in inside:
                reg.drop(e)
            reg.add(_known(reg.lex, span.text)[0], span, "gazetteer")
            return
        # "State Space Corporation | ROSCOSMOS": the listed body's own name
        # (one piece) with a description of it read as another body
        own = reg.find(span.text)
        if own in inside:
            for e in inside:
                for s, t in [m for m in e.mentions if start <= m[0] and m[1] <= end]:
                    del e.mentions[(s, t)]
                if not e.mentions and e is not own:
                    reg.drop(e)
            own.add(start, end, "gazetteer")
            reg.link(span.text, own)
        return
    entity = inside[0]
    if all(start <= s and t <= end for s, t in entity.mentions):
        # the model's "Access to Space" (a body) of the listed "Access to
        # Space for All" (a programme): a piece of it, of its kind
        entity.label = _known(reg.lex, span.text)[0]
    entity.add(start, end, "gazetteer")
    reg.link(span.text, entity)
    twin = reg.get(span.text)
    if twin is not None and twin is not entity and twin in reg.entities:
        _fold(reg, twin, entity)


# Words before an acronym that make it a body acting or employing: "organised
# by ISSI-BJ", "Head of CONIDA".
ACTING = re.compile(
    r"(?:\b(?:organi[sz]ed|hosted|funded|sponsored|operated|led|run|managed|"
    r"developed|built|supported|co-organi[sz]ed)\s+by|\b(?:Head|Director|"
    r"President|Chairman|Chair|Administrator|Secretary)(?:[ -]General)?\s+of)"
    r"\s+(?:the\s+)?$"
)
ACRONYM_WORD = re.compile(r"(?<![\w-])[A-Z]{3,}(?:-[A-Z]{1,4})?(?![\w-])")


def _acting_acronyms(doc: Doc, reg: Registry, blocked: list[tuple[int, int]]) -> None:
    """An acronym no definition or list explains, written as the body that
    organises, funds or employs ("organised by ISSI-BJ", "Head of CONIDA"):
    an organisation, and every other use of it a mention."""
    text = text_of(doc)
    taken = _taken(reg) + blocked
    for m in ACRONYM_WORD.finditer(text):
        if reg.get(m.group()) or _overlaps(m.start(), m.end(), taken):
            continue
        if not ACTING.search(text, max(0, m.start() - 40), m.start()):
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        spelled = _spelled_out(text, m.end(), reg)
        if spelled is not None:  # "IWF (Space Research Institute of the ...)"
            spelled.acronym = spelled.acronym or m.group()
            spelled.add(m.start(), m.end(), "acronym")
            reg.link(m.group(), spelled)
        else:
            reg.add("ORG", span, "rule")
        taken.append((m.start(), m.end()))


def _spelled_out(text: str, end: int, reg: Registry) -> Entity | None:
    """The organisation whose name follows in brackets."""
    bracket = re.match(r"\s*\(\s*", text[end:])
    if bracket is None:
        return None
    start = end + bracket.end()
    return next(
        (
            e
            for e in reg.entities
            if e.label == "ORG" and any(s == start for s, _ in e.mentions)
        ),
        None,
    )


def _repeated_names(doc: Doc, reg: Registry, blocked: list[tuple[int, int]]) -> None:
    """Every further occurrence of a name already found ("Roscosmos Director
    General ..." after "the State Space Corporation Roscosmos"), so titles,
    affiliations and participants see it wherever it is written."""
    text = text_of(doc)
    taken = sorted(_taken(reg) + blocked)
    known = set(taken)  # most occurrences are mentions already: a quick no
    owner: dict[str, Entity] = {}  # each form to the first entity written so
    for entity in reg.entities:
        for s, e in entity.mentions:
            form = text[s:e]
            if len(form) >= 3 and form[:1].isupper() and "\n" not in form:
                owner.setdefault(form, entity)
    # every place each form is written as a whole word, in reading order and
    # the longest first at each place (str.find: a regex of this text's forms
    # would be compiled anew for every text)
    hits = sorted(
        (start, start - end, form)
        for form in owner
        for start, end in _occurrences(text, form)
    )
    for at, length, form in hits:
        span = (at, at - length)
        if span in known or _overlaps(at, at - length, taken):
            continue
        owner[form].add(at, at - length, "rule")
        taken.append(span)
        known.add(span)


# a telescope or a probe named after a person: "Nancy Grace Roman Space
# Telescope", "Vera C. Rubin Observatory", "Parker Solar Probe"
EPONYM = re.compile(
    r"^(?:[A-Z][a-z]+\s+){1,2}(?:[A-Z]\.\s+)?(?P<surname>[A-Z][a-z]{2,})\s+"
    r"(?:(?:Space|Solar|Lunar|Infrared|Radio|X-ray|Gamma-ray|Survey)\s+)?"
    r"(?:Telescope|Observatory|Probe)$"
)
# a capitalised word right before or after: "named after Nancy Grace Roman",
# "the Roman Coronagraph"
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z]\w*|\b[A-Z]\.)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _eponyms(doc: Doc, reg: Registry, blocked: list[tuple[int, int]]) -> None:
    """ "Roman will survey the sky" after "the Nancy Grace Roman Space
    Telescope": the surname alone names what is named after the person."""
    text = text_of(doc)
    for entity in list(reg.entities):
        named = next(
            (m for s, e in entity.mentions if (m := EPONYM.match(text[s:e]))), None
        )
        if named is None:
            continue
        surname = named.group("surname")
        other = reg.get(surname)
        if other is not None and other is not entity:
            if all(text[s:e] == surname for s, e in other.mentions):
                _fold(reg, other, entity)  # "Roman" read as a name of its own
            continue
        taken = _taken(reg) + blocked
        # one place the surname stands alone: _repeated_names, next, adds
        # every other place it is written
        alone = next(
            (
                (start, end)
                for start, end in _occurrences(text, surname)
                if not _overlaps(start, end, taken)
                and not _CAPITAL_BEFORE.search(text, max(0, start - 20), start)
                and not _CAPITAL_AFTER.match(text, end)
            ),
            None,
        )
        if alone is not None:
            entity.add(*alone, "rule")
            reg.link(surname, entity)


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` is written as a whole word."""
    found, at = [], text.find(form)
    while at >= 0:
        if _whole_word(text, at, at + len(form)):
            found.append((at, at + len(form)))
        at = text.find(form, at + 1)
    return found


def _whole_word(text: str, start: int, end: int) -> bool:
    """Not inside a longer word or a hyphened compound."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-")


def _inverted_names(doc: Doc, reg: Registry) -> None:
    """ "the Council of the Asia-Pacific Space Cooperation Organization" and
    "the APSCO Council": one body, named both ways."""
    text = text_of(doc)
    forms = {
        id(e): {" ".join(text[s:t].split()) for s, t in e.mentions}
        for e in reg.entities
    }
    for entity in list(reg.entities):
        if entity.label != "ORG" or entity not in reg.entities:
            continue
        for form in forms[id(entity)]:
            m = re.fullmatch(r"(\w+) of (?:the )?(.+)", form)
            owner = reg.get(m.group(2)) if m else None
            if owner is None:
                continue
            owner_forms = forms[id(owner)] | (
                {owner.acronym} if owner.acronym else set()
            )
            for owner_form in sorted(owner_forms):
                twin = reg.get(f"{owner_form} {m.group(1)}")
                if twin is not None and twin is not entity and twin in reg.entities:
                    _fold(reg, twin, entity)


def _fold(reg: Registry, other: Entity, into: Entity) -> None:
    """Two records found to be one: ``other``'s mentions and forms go to ``into``."""
    for (start, end), method in other.mentions.items():
        into.add(start, end, method)
    into.acronym = into.acronym or other.acronym
    reg.entities.remove(other)
    for form, entity in list(reg.by_form.items()):
        if entity is other:
            reg.by_form[form] = into


def _fold_twins(reg: Registry, a: Entity, b: Entity) -> Entity:
    """Two records of one body: the one with an acronym keeps, else the
    fuller name (``a`` when they are as long)."""
    if bool(a.acronym) == bool(b.acronym):
        keep_b = len(b.key) > len(a.key)
    else:
        keep_b = bool(b.acronym)
    if keep_b:
        a, b = b, a
    _fold(reg, b, a)
    return a


def _spelled_apart(doc: Doc, reg: Registry) -> None:
    """ "the Commonwealth Scientific and Industrial Research Organisation" and,
    elsewhere, "CSIRO": a name and the capitals of its words, never set side
    by side in brackets, are one body."""
    text = text_of(doc)
    for entity in list(reg.entities):
        if entity.acronym or entity not in reg.entities:
            continue
        forms = sorted({" ".join(text[s:t].split()) for s, t in entity.mentions})
        for form in forms:
            short = initials_of(form)
            places = _occurrences(text, short) if short else []
            if not places or initials_form(short, form) != form:
                continue
            other = reg.get(short)
            if other is not None and other is not entity:
                if other.label != entity.label:
                    continue
                _fold(reg, other, entity)
            entity.acronym = short
            taken = _taken(reg)
            for start, end in places:
                if not _overlaps(start, end, taken):
                    entity.add(start, end, "acronym")
            reg.link(short, entity)
            break


# heads of a whole body, not of one of its units ("KTH Space Center")
WHOLE_BODY_HEADS = frozenset(
    {"university", "institute", "agency", "association", "academy", "society"}
    | {"organisation", "organization", "corporation", "company", "foundation"}
)


def _brand_fronted(doc: Doc, reg: Registry) -> None:
    """ "KTH Royal Institute of Technology" and, elsewhere, "KTH"; "SRON
    Netherlands Institute for Space Research" and "SRON": a body's name
    fronted by its brand, the brand told alone, is one body with the brand
    for its short form. Not "DLR Institute of Planetary Research" (DLR is the
    gazetteer's German Aerospace Center) nor "UK Space Agency"; not when two
    whole bodies share the brand."""
    text = text_of(doc)
    fronted: dict[str, list[Entity]] = {}
    for entity in list(reg.entities):
        if entity.label != "ORG" or entity.acronym or not entity.mentions:
            continue
        start, end = min(entity.mentions)
        brand, _, rest = text[start:end].partition(" ")
        words = rest.split()
        twin = reg.get(rest) if rest else None
        if twin is not None and twin is not entity and twin.acronym == brand:
            # "FFG Austrian Research Promotion Agency": the short form and the
            # name, side by side
            for (a, b), method in entity.mentions.items():
                twin.add(a, a + len(brand), "acronym")
                twin.add(b - len(text[a + len(brand) : b].lstrip()), b, method)
            reg.drop(entity)
            reg.link(text[start:end], twin)
            continue
        if (
            len(words) < 2
            or not words[0][:1].isupper()
            or not is_acronym_text(brand)
            or not brand.isalpha()
            or _a_country(brand, reg.lex)
            or not WHOLE_BODY_HEADS & {w.lower() for w in words}
        ):
            continue
        known = _known(reg.lex, brand)
        if known is not None and norm(known[1]) != entity.key:
            continue
        fronted.setdefault(brand, []).append(entity)
    for brand, entities in fronted.items():
        other = reg.get(brand)
        if len(entities) != 1 or (other is not None and other.label != "ORG"):
            continue
        (entity,) = entities
        if other is entity or (
            other is not None and any(text[s:t] != brand for s, t in other.mentions)
        ):
            continue  # the brand is some other body's short form
        taken = _taken(reg)
        places = [p for p in _occurrences(text, brand) if not _overlaps(*p, taken)]
        if other is None and not places:
            continue
        if other is not None:
            _fold(reg, other, entity)
        for start, end in places:  # "APA reports": the brand the model missed
            entity.add(start, end, "acronym")
        entity.acronym = brand
        reg.link(brand, entity)


# what may stand before a body's name without changing the body: "US National
# Radio Astronomy Observatory", "United Nations Office for Outer Space Affairs"
QUALIFIER = re.compile(
    r"^(?:united nations|un|u\.?s\.?a?|(?P<word>[\w.]+(?: [\w.]+)?)) "
)


def _qualified_twins(reg: Registry) -> None:
    """A body named with and without its country or "United Nations" before
    it is one record: the one with an acronym, else the fuller name, keeps."""
    by_key = {e.key: e for e in reg.entities if e.label == "ORG"}
    qualified: dict[str, list[Entity]] = {}
    for entity in by_key.values():
        m = QUALIFIER.match(entity.key)
        word = m.group("word") if m else None
        if m is None or (
            word is not None
            and word.title() not in reg.lex.countries
            and word.title() not in reg.lex.demonyms
        ):
            continue
        qualified.setdefault(entity.key[m.end() :], []).append(entity)
    for key, entities in qualified.items():
        bare = by_key.get(key)
        if bare is None and (twin := reg.by_form.get(key)) is not None:
            # "U.S. National Oceanic and Atmospheric Administration" beside
            # "NOAA", the gazetteer's short form of the bare name
            bare = twin if twin.label == "ORG" and twin not in entities else None
        # "the Academy of Sciences" beside a Chinese and a Russian one: neither
        if bare is None or len(entities) > 1 or len(key.split()) < 3:
            continue
        (entity,) = entities
        _fold_twins(reg, entity, bare)


# a country's name and its code in a body's name: "United Arab Emirates Space
# Agency" and "UAE Space Agency" are one body
COUNTRY_IN_FULL = (
    (re.compile(r"^united arab emirates\b"), "uae"),
    (re.compile(r"^united states(?: of america)?\b"), "us"),
    (re.compile(r"^united kingdom\b"), "uk"),
    (re.compile(r"^(?:u\.s\.a?\.?|usa)(?= )"), "us"),
    (re.compile(r"^u\.k\.(?= )"), "uk"),
)


def _coded(key: str) -> str:
    for pattern, code in COUNTRY_IN_FULL:
        key = pattern.sub(code, key)
    return key


def _country_code_twins(reg: Registry) -> None:
    """A body named with its country in full and with the country's code is
    one record: the one with an acronym, else the fuller name, keeps."""
    seen: dict[str, Entity] = {}
    for entity in [e for e in reg.entities if e.label == "ORG"]:
        coded = _coded(entity.key)
        other = seen.get(coded)
        if other is None:
            seen[coded] = entity
            continue
        seen[coded] = _fold_twins(reg, other, entity)


def _hyphened(token: Token) -> bool:
    """ "ISSI" of "ISSI-BJ": joined by a hyphen to a short suffix or prefix
    ("NASA-ISRO" joins two names)."""
    doc, i = token.doc, token.i
    after = i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_
    before = i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    return (after and len(doc[i + 2].text) <= 2) or (
        before and len(doc[i - 2].text) <= 2
    )


def _repair(ent: Span, lex: Lexicon) -> Span | None:
    """Boundary repair of a model entity: no leading "the", no line break, no
    possessive; None when what is left does not look like a name."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and doc[start].lower_ in {"the", "a", "an", "and", "&"}:
        start += 1  # "and the Mexican Space Agency"
    # (tokens by index: a slice of the Doc makes a Span, dearer than the
    # tokens it holds, and this runs for most of the model's entities)
    for i in range(start, end):
        t = doc[i]
        if "\n" in t.text or "\n" in t.whitespace_:
            end = i + (0 if "\n" in t.text else 1)
            break
        if t.is_space and i > start:  # "Training     Views": a page's columns
            end = i
            break
    while end > start:
        last = doc[end - 1]
        word = last.text
        if not (
            last.is_punct
            or last.is_space
            or word in {"'s", "’s"}
            # "Media Relations Tel"; not "Access to Space for All"
            or (
                word in lex.non_name
                and doc[end - 2].lower_ not in CONNECTORS
                and doc[end - 2].lower_ not in PAPERS  # "Hürriyet Daily News"
            )
            # "General of" (a title cut short); not "Gyeongsangnam-do"
            or (word in CONNECTORS and doc[end - 2].text != "-")
            # "the Australia Telescope Compact Array near Narrabri"
            or (word.islower() and last.tag_ in TRAILING_TAGS)
        ):
            break
        end -= 1
    if end == ent.end and end < len(doc) and doc[end].text in LEGAL_FORMS:
        end += 1  # "Radiometer Physics GmbH": the model leaves the form out
    elif (
        end == ent.end
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text in LEGAL_FORMS
    ):
        end += 2  # "AAS Sky Publishing, LLC", "SpaceNews, Inc."
    slash = next((i for i in range(start, end) if doc[i].text == "/"), None)
    if slash is not None and slash > start:
        end = slash  # "Xinhua/Ahmad Kamal": a photo credit, the agency first
    opened = [i for i in range(start, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]  # "Multispectral Camera (MUX": a bracket left open
        while end > start and doc[end - 1].is_space:
            end -= 1
    span = doc[start : without_person_after(doc, start, end, lex)]
    text = span.text
    # (an abbreviation is a word: "Calif." of "Pasadena, Calif.")
    words = [
        t for t in span if t.is_alpha or is_acronym(t) or ABBREVIATED.match(t.text)
    ]
    if (
        text in lex.non_name
        or not words
        or not text[:1].isupper()
        or any(c in text for c in "<>|[]:›»")  # "Home › Press": a breadcrumb
    ):
        return None
    if words[-1].text in lex.title_words or any(
        part in lex.not_location for part in re.split(r"[-\s]", text)
    ):
        return None
    if all(t.text in lex.non_name or not t.text[:1].isupper() for t in words):
        return None
    if section_name(list(span)):
        return None
    return span


def _surnames(doc: Doc) -> frozenset[str]:
    """All-caps words of the people the model or the rules found ("LIU" of
    "LIU Ying", "ZELENYI" of "Academician Lev ZELENYI")."""
    found = {
        t.text
        for e in entities_of(doc)
        if e.label_ == "PERSON" and len(e) > 1
        for t in e
        if is_acronym(t)
    }
    # the rules' "Lev ZELENYI": a given name, then the surname in capitals
    found.update(
        s[1].text
        for s in doc.spans.get("rules", [])
        if s.label_ == "PERSON"
        and len(s) == 2
        and s[0].is_title
        and not s[0].is_stop  # "Besides SRON"
        and s[0].ent_type_ not in {"NORP", "GPE"}
        and is_acronym(s[1])
    )
    return frozenset(found)


# the names of a list: "Ferrandi and Wanjiku", "Li, Chen & Wang"
NAME_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)")


def _people_called(doc: Doc) -> frozenset[str]:
    """The names of the people the model, the bylines or the titles before
    them tell ("Karin Ekström and Kadri Tamm exchange ...", "By Fiona
    MacLeod, Staff Writer", "says Kadri Tamm, Vice-Rector"), and their
    surnames."""
    people = {e.text for e in entities_of(doc) if e.label_ == "PERSON" and len(e) > 1}
    people.update(s.text for s in doc.spans.get("apposed", []) if len(s) > 1)
    rules = doc.spans.get("rules", [])
    people.update(s.text for s in rules if s.label_ == "PERSON" and len(s) > 1)
    return frozenset(people | {name.split()[-1] for name in people})


def _names_people(text: str, called: frozenset[str]) -> bool:
    """ "Garnier-Roux said", "Ferrandi and Wanjiku signed": people named
    elsewhere, not a body."""
    return all(part in called for part in NAME_LIST.split(text) if part)


def _model_orgs(doc: Doc, reg: Registry, blocked: list[tuple[int, int]]) -> None:
    """Organisations only the statistical NER saw."""
    surnames = _surnames(doc)
    vehicles = vehicle_names(doc)
    listed = _listed_names(doc, reg.lex)
    affiliated = {(p.start, p.end) for p in affiliated_names(doc, reg.lex)}
    called = _people_called(doc)
    for ent in entities_of(doc):
        if ent.label_ != "ORG" or _names_people(ent.text, called):
            continue
        span = _repair(ent, reg.lex)
        if span is not None:
            span = _without_place(span)  # "Marshall Space Flight Center in Huntsville"
            span = _without_country(span, reg.lex)  # "Florence, Italy"
        if span is None or _overlaps(span.start_char, span.end_char, blocked):
            continue
        if _part_of_listed(span, listed):
            continue  # "Access to Space" of "... Access to Space for All initiative"
        if ends_in_a_place_word(span):
            continue  # "Kitt Peak", "E. California Blvd": places, not bodies
        if span.start and doc[span.start - 1].lower_ in {"on", "about"}:
            continue  # "a report on Magnetic Reconnection": a topic
        if _title_of(span, reg.lex) or _field_of_a_title(span, reg.lex):
            continue  # "Ruler of Dubai", "Ambassador to [Australia Jean-Marc Fabre]"
        if _named_after_a_title(span, reg.lex) or (span.start, span.end) in affiliated:
            continue  # "Arianespace CEO Stéphane Israël", "X Y (ESA)": a person
        if _before_a_title(span, reg.lex):
            continue  # "Associate Public Information Officer": a job
        if span.start and doc[span.start - 1].lower_ in {"called", "named", "dubbed"}:
            continue  # "a spectrometer called SWIR": a thing's name
        if all(t.lower_ in reg.common or not t.is_alpha for t in span):
            continue  # "International Cooperation": ordinary words capitalised
        if (
            len(span) > 1
            and span[-1].is_lower
            and all(
                t.text in reg.lex.demonyms or t.ent_type_ == "NORP" for t in span[:-1]
            )
        ):
            continue  # "the Korean institute said": a body told by its kind
        if span[-1].text in reg.lex.facility_words or launch_site(span, reg.lex):
            continue  # "Space Science Mission Hall" is a place in a building
        if len(span) > 1 and span[-1].text in reg.lex.sky_words:
            continue  # "Crab Nebula", "Large Magellanic Cloud": in the sky
        if all(len(t.text) == 1 for t in span):
            continue  # "Text size: S M L"
        weak = len(span) == 1 and not is_acronym(span[0])
        if weak and span.text not in reg.lex.gazetteer:
            continue  # one capitalised word ("Geospace"): too weak alone
        if len(span) == 1 and span.text.title() in reg.lex.headline_verbs:
            continue  # "..., ELECTS NEW CHAIR": a headline's verb
        if len(span) == 1 and span.text in surnames:
            continue  # "LIU said": the all-caps surname of "LIU Ying"
        if (
            _region_of(span)
            or _region_named(span)
            or _town_named(span, reg.lex)
            or span.text in reg.lex.countries
        ):
            continue  # "from Sriharikota, Andhra Pradesh.", "in Himachal Pradesh"
        if span.text in COUNTRY_CODES:
            continue  # "the UAE", which the model reads as a body
        if parties_only(span, reg.lex):
            continue  # "the European-Japanese BepiColombo": two nationalities
        if span.text in reg.lex.field_acronyms or span.text in reg.lex.non_name:
            continue  # "ICT firms": a field, not a body; "Media Relations"
        if (
            TIME_BEFORE.search(
                text_of(doc), max(0, span.start_char - 16), span.start_char
            )
            or span[-1].text == "Time"
        ):
            continue  # "09:12 pm IST", "Japan Standard Time": a time zone
        if _instrument(span, reg.lex):
            continue  # "the Ultraviolet Imager", "the MIRS spectrometer"
        if span[-1].lower_ in EVENT_ENDINGS:
            continue  # "the Hera Community Workshop", "Philippine Space Week"
        if span[-1].text in DOCUMENT_WORDS:
            continue  # "Physical Review Letters", "the Outer Space Treaty", "Space Act"
        if ORGAN.search(span.text):
            continue  # "the Management Board of Azercosmos": a body's organ
        if (
            span[-1].lower_ in VEHICLE_WORDS
            or _named_vehicle(span, vehicles)
            or listed_launcher(span.text, reg.lex)
        ):
            continue  # "Polar Satellite Launch Vehicle", "the PSLV-C59 rocket"
        if _headline_phrase(span, reg.lex) or _word_in_capitals(span):
            continue  # "Probe Lifts Off Aboard H-IIA", "... LAUNCHED: EUROPE AND"
        kind = kind_before(span, reg.lex)
        if kind == "instrument":
            continue  # "the gamma-ray and neutron spectrometer MGNS"
        programme = (
            kind == "programme"
            or _programme_before(span, reg.lex)
            or apposed_programme(span, reg.lex)
            or international_year(span)
            or _flies(span, reg)
        )
        known = _known(reg.lex, span.text)
        label = known[0] if known else "PROGRAM" if programme else "ORG"
        if label == "PROGRAM" and not known:
            span = _one_word_after_parties(span, reg.lex)  # "the Russian-French Granat"
        reg.add(label, span, "ner")  # a listed name: the list's label


def _one_word_after_parties(span: Span, lex: Lexicon) -> Span:
    """A programme's one-word name after the nationalities of its parties."""
    rest = without_parties(span, lex)
    return rest if not any(t.whitespace_ for t in rest[:-1]) else span


def _listed_names(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Where the gazetteer's names stand in the text, found once per Doc."""
    found = doc.user_data.get("listed_names")
    if found is None:
        pattern = _index(lex).pattern
        found = doc.user_data["listed_names"] = [
            m.span() for m in pattern.finditer(text_of(doc))
        ]
    return found


def _part_of_listed(span: Span, listed: list[tuple[int, int]]) -> bool:
    """Is the span a part of a listed name, short of the whole?"""
    start, end = span.start_char, span.end_char
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in listed)


def _without_country(span: Span, lex: Lexicon) -> Span | None:
    """ "Florence, Italy": a town and its country, no body; "Politecnico di
    Milano, Italy": the body before the comma."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or span.doc[comma + 1 : span.end].text not in lex.countries:
        return span
    before = span.doc[span.start : comma]
    if not before or not any(t.lower_ in lex.heads for t in before):
        return None
    return before


def _word_in_capitals(span: Span) -> bool:
    """A word of a line set in capitals that the text writes in small letters
    elsewhere ("SOHO LAUNCHED: EUROPE AND THE UNITED STATES SET OUT TO STUDY
    THE SUN", later "Europe", "the Sun"): a word, no acronym."""
    word = span.text
    if len(span) != 1 or not word.isalpha() or not word.isupper() or len(word) < 3:
        return False
    text = text_of(span.doc)
    line = line_around(text, span.start_char, span.end_char)
    letters = [c for c in line if c.isalpha()]
    if sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return False
    return re.search(rf"\b(?:{word.title()}|{word.lower()})\b", text) is not None


# Countries by their letters, which the country list leaves out (its codes
# would match other words)
COUNTRY_CODES = frozenset(
    {"UAE", "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "PRC", "ROK", "DPRK"}
)


def _headline_phrase(span: Span, lex: Lexicon) -> bool:
    """Capitalised words of a title-case headline, with no head word of a
    body, named nowhere else: the headline's words, not a name."""
    text = text_of(span.doc)
    if not in_headline(text, span.start_char, span.end_char, lex):
        return False
    if (len(span) == 1 and is_acronym(span[0])) or span.text in lex.gazetteer:
        return False
    if any(t.lower_ in lex.heads and lex.heads[t.lower_].label == "ORG" for t in span):
        return False
    return len(_occurrences(text, span.text)) == 1


def _without_place(span: Span) -> Span:
    """A model's organisation that runs on over "in <place>" ends before it."""
    if " in " not in span.text:
        return span
    for token in span[1:-1]:
        if token.lower_ == "in" and all(
            t.ent_type_ in PLACES for t in span.doc[token.i + 1 : span.end]
        ):
            return span.doc[span.start : token.i]
    return span


def _before_a_title(span: Span, lex: Lexicon) -> bool:
    """ "Associate Public Information Officer", "Science, Technology and
    Innovation Minister": the words of a job before its title word."""
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + 4) and (
        doc[i].text in {",", "and", "&"} or doc[i].is_title or doc[i].is_space
    ):  # "Mathieu Rousselot    Press Officer": a contact table's columns
        if doc[i].text in lex.title_words:
            return True
        i += 1
    return i < len(doc) and doc[i].text in lex.title_words


# words of a journal's or a bulletin's name: "in Physical Review Letters"
PRINTED = frozenset(
    {"letters", "journal", "review", "today", "magazine", "bulletin", "research"}
    | {"proceedings", "reports", "news", "science", "nature", "times", "post"}
)


def _town_named(span: Span, lex: Lexicon) -> bool:
    """ "a station in Cachoeira Paulista", "in Foz do Iguaçu": capitalised
    words after "in" (and perhaps a link word) that name no body, read as
    one by the model, are a town."""
    doc = span.doc
    if not span.start or len(span) > 5:
        return False
    before = doc[span.start - 1].lower_
    linked = any(t.is_lower for t in span)
    if before != "in" and not (linked and before in {"to", "from", "near"}):
        return False
    words = [t for t in span if not t.is_lower]
    return (
        span.text not in lex.gazetteer
        and all(t.is_title and t.is_alpha for t in words)
        and not any(
            t.lower_ in lex.heads or t.lower_ in lex.non_name or t.lower_ in PRINTED
            for t in span
        )
        and all(
            t.lower_ in {"do", "da", "dos", "das", "de", "del", "la", "di"}
            for t in span
            if t.is_lower
        )
    )


def _region_named(span: Span) -> bool:
    """ "Himachal Pradesh", "Kagoshima Prefecture": a name ending in a region
    word is a place."""
    return len(span) > 1 and span[-1].lower_ in REGION_WORDS


def _title_of(span: Span, lex: Lexicon) -> bool:
    """ "Ruler of Dubai", "Head of Heliophysics Missions": a title."""
    return len(span) > 2 and span[0].text in lex.title_words and span[1].lower_ == "of"


def _named_after_a_title(span: Span, lex: Lexicon) -> bool:
    """Capitalised words with no body's head right after a job title."""
    i = span.start
    return (
        i > 0
        and span.doc[i - 1].text in lex.title_words
        and not any(t.lower_ in lex.heads or is_acronym(t) for t in span)
    )


def _field_of_a_title(span: Span, lex: Lexicon) -> bool:
    """ "Minister of [Science and Technology Sergio Rezende]": a title's field
    (and the person after it), no body's name; also a later field of its list
    ("Minister of Education, [Culture, Sports], [Science and Technology]");
    the field with its body ("Director of [International Cooperation of the
    Brazilian Space Agency]")."""
    of = next((t.i for t in span if t.lower_ == "of"), span.end)
    if any(t.lower_ in lex.heads for t in span.doc[span.start : of]):
        return False
    return title_before_field(span.doc, span.start, lex) is not None


def _programme_before(span: Span, lex: Lexicon) -> bool:
    """ "the GMES & Africa programme": words of no body's kind before a
    lower-case programme word name the programme."""
    doc = span.doc
    return (
        len(span) > 1
        and span.end < len(doc)
        and lex.programme_word(doc[span.end].text)
        and not any(t.lower_ in lex.heads for t in span)
        and not any(known_org(t, lex) for t in span)
    )


def _instrument(span: Span, lex: Lexicon) -> bool:
    """An instrument's name: its last word says so ("Soft X-ray Imager"), or
    lower-case words after it do ("MEGANE gamma-ray and neutron spectrometer")."""
    if span[-1].text in lex.instrument_words:
        return True
    if span[-1].text == "Array" and any(t.text in lex.instrument_words for t in span):
        return True  # "Laser Retroreflector Array": an array of instruments
    doc, start = span.doc, span.end
    if (
        span.start >= 2
        and doc[span.start - 1].text == "("
        and doc[span.start - 2].text in lex.instrument_words
    ):
        return True  # "Optical Navigation Camera (ONC-W1)"
    bracket = doc[start : start + 3]
    if len(bracket) == 3 and bracket[0].text == "(" and bracket[2].text == ")":
        start += 3  # "Detection of Outgassing RadoN (DORN) instrument"
    elif start < len(doc) and doc[start].text == ")":
        start += 1  # "(DORN) instrument"
    if start + 1 < len(doc) and doc[start].text == ",":
        if span.start and doc[span.start - 1].lower_ in {"aboard", "onboard", "board"}:
            # "the Analyzer for Neutrals aboard Yutu-2, the first Swedish
            # instrument": what is aboard is the instrument, not the craft
            return False
        start += 1  # "NIM, a mass spectrometer developed at ..."
        if doc[start].lower_ in {"a", "an", "the"}:
            start += 1
    for token in doc[start : start + 8]:
        if token.text.capitalize() in lex.instrument_words and token.is_lower:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # "the IDEFIX camera team": the phrase goes on to its own head
            return not (
                after is not None and after.is_lower and after.tag_.startswith("NN")
            )
        if token.ent_type_ == "NORP" and not token.is_lower:
            continue  # "SEIS, the French seismometer"
        if not (token.is_lower or token.text == "-") or token.tag_.startswith(
            PHRASE_ENDS
        ):
            return False  # "KASI, a partner in the detector project"
    return False


# Tags that end a noun phrase before its head: a verb, a preposition, a
# determiner, a pronoun ("a partner in the detector project").
PHRASE_ENDS = ("VB", "MD", "IN", "DT", "TO", "PRP", "WDT", "WP")


def _event_names(names: list[Name]) -> list[Span]:
    spans = []
    for name in names:
        words = [t for t in name.span if t.is_alpha]
        if len(words) >= 2 and all(t.is_upper for t in words):
            continue  # "NEXT WORKSHOP: ...", a heading in capitals: no name
        if len(words) == 1 and name.head is not None and words[0] == name.head:
            continue  # "Session 1", "Day 2": a part of a programme, no name
        if name.label == "EVENT":
            span = _with_ordinal(name.span)
            spans.append(Span(span.doc, span.start, span.end, label=name.event_type))
    return spans


def _series_events(
    doc: Doc, named: list[Span], lex: Lexicon
) -> tuple[list[Span], list[tuple[int, int]]]:
    """Events of a well-known series named without a head word
    ("UNISPACE+50", "Space19+", "the 63rd IAC"), from the pattern data; and
    where such a name only shortens an event named in full."""
    text, found, told_again = text_of(doc), [], []
    taken = _char_spans(named)
    ends = {e for _, e in taken}
    short: set[str] = set()  # short names of events named in full
    for kind, pattern in lex.event_series:
        for m in pattern.finditer(text):
            before = text[: m.start()].rstrip()
            if before.endswith("(") and len(before[:-1].rstrip()) in ends:
                short.add(m.group())  # "... Uses of Outer Space (UNISPACE III)"
            if m.group() in short:
                told_again.append(m.span())
                continue  # that event, told again by its short name
            span = doc.char_span(*m.span(), alignment_mode="expand")
            if span is not None and not _overlaps(*m.span(), taken):
                found.append(Span(doc, span.start, span.end, label=kind))
                taken.append(m.span())
    return found, told_again


# A side event or session by its title in quotes, with its day in brackets or
# who organised it: '"Space Weather at Solar Maximum" (4 February), organised
# by ...'
QUOTED_TITLE = re.compile(
    r"[\"“]([A-Z][^\"”\n]{3,90}?)[\"”]"
    r"(?=\s*\(\s*\d{1,2}\s+[A-Z][a-z]+|\s*\(\s*[A-Z][a-z]+\.?\s+\d{1,2}|"
    r",?\s+(?:co-)?(?:organi[sz]ed|hosted|convened)\s+by\b)"
)


def _quoted_titles(doc: Doc, named: list[Span], lex: Lexicon) -> list[Span]:
    """Events named by a title in quotes: a meeting, unless a head word in the
    title says what it is ("Lunar Dust Workshop")."""
    text = text_of(doc)
    if '"' not in text and "“" not in text:
        return []
    spans = []
    for m in QUOTED_TITLE.finditer(text):
        span = doc.char_span(*m.span(1))
        words = m.group(1).split()
        capitals = sum(w[:1].isupper() or not w[:1].isalpha() for w in words)
        if span is None or len(words) < 2 or capitals * 2 < len(words):
            continue  # a quotation, not a title
        if _overlaps(
            span.start_char, span.end_char, [(n.start_char, n.end_char) for n in named]
        ):
            continue
        kinds = [lex.heads[t.lower_].event_type for t in span if t.lower_ in lex.heads]
        kind = next((k for k in reversed(kinds) if k), "meeting")
        spans.append(Span(doc, span.start, span.end, label=kind))
    return spans


# "JIUQUAN, April 6, 2016 --", "TOULOUSE, France —": a news dateline's place.
DATELINE = re.compile(
    # "SAGAMIHARA, Japan, Dec. 3 Kyodo - Japan on Wednesday ..." too
    r"^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})"
    r"(?:,\s(?=[^\n]{0,80}?(?:--|—|–|\s-\s|\(\w))"
    r"|\s+[—–]\s)",  # "HELSINKI — China and Russia ..."
    re.M,
)


TIME_BEFORE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}|\d{4}\s*hrs?)\s*(?:[ap]\.?m\.?|hrs?|hours)?\s*\(?$", re.I
)  # "09:12 pm", "1801 hrs": a time zone follows
# The last word of an event's name, which the model may read as a body's
# ("School", "Assembly", "Forum" and "Congress" also end bodies' names)
EVENT_ENDINGS = frozenset(
    {"workshop", "seminar", "conference", "symposium", "colloquium"}
    | {"week", "expo", "ceremony", "lecture", "lectures", "course", "webinar"}
    | {"festival", "day", "holiday"}
)

# the last word of a journal's, a treaty's or a project review's name
DOCUMENT_WORDS = frozenset(
    {"Letters", "Journal", "Proceedings", "Transactions", "Review", "Reviews"}
    | {"Treaty", "Convention", "Declaration", "Act"}
)


def _vehicle(span: Span) -> bool:
    """ "on a Proton rocket", "an LVM3": a launcher's name, not a place."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return any(c.isdigit() for c in span.text) or (
        nxt is not None and nxt.lower_ in VEHICLE_WORDS
    )


def _named_vehicle(span: Span, vehicles: frozenset[str]) -> bool:
    """A name the text uses anywhere as a launcher's ("the PSLV-C59 rocket"
    makes "the PSLV" a launcher too)."""
    return _vehicle(span) or span[-1].text in vehicles or span.text in vehicles


# "Wuhan, April 24 (CGTN) --", "NEW DELHI (Newswire) -": the news agency.
DATELINE_AGENCY = re.compile(
    r"^[A-Za-z][\w .'-]{1,40}(?:,[^\n(]{1,30})?\s\((?P<agency>[A-Z][\w&. -]{1,30})\)"
    r"\s*(?:--|—|–|-\s)"
    # "Havana, Oct 17 (Prensa Latina) Specialists ...": after a day, no dash
    r"|^[A-Z][\w .'-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
    r"\((?P<agency2>[A-Z][\w&. -]{1,30})\)\s+(?=[A-Z][a-z])",
    re.M,
)


# a page's masthead: the body's name, then its description on the next line
# or after a wide gap ("ROSCOSMOS\nState Space Corporation")
_MASTHEAD_GAP = re.compile(r"[ \t]*\n[ \t]*|[ \t]{2,}")


def _masthead_taglines(doc: Doc, reg: Registry) -> None:
    """ "ROSCOSMOS / State Space Corporation": a description set under a
    body's name at the top of its own page is neither a second body nor the
    name to give the first. (Told again in the story it stays a record:
    "NASA / Goddard Space Flight Center" heads a centre's page.)"""
    text = text_of(doc)
    top = len("\n".join(text.split("\n", 3)[:3]))
    whole = {
        span: entity
        for entity in reg.entities
        if entity.label == "ORG"
        for span in entity.mentions
        if span[1] <= top
    }
    for (start, end), entity in sorted(whole.items()):
        gap = _MASTHEAD_GAP.match(text, end)
        if gap is None or (start and text[start - 1] not in "\n \t"):
            continue
        other = next(
            (e for (a, _), e in whole.items() if a == gap.end() and e is not entity),
            None,
        )
        if other is None or other.acronym is not None or other not in reg.entities:
            continue
        tagline = max((a, b) for (a, b) in other.mentions if a == gap.end())
        words = text[tagline[0] : tagline[1]].split()
        if any(not w[0].isupper() for w in words):
            continue  # "Government of India / Department of Space": two bodies
        if _MASTHEAD_GAP.match(text, tagline[1]) or tagline[1] == len(text):
            del other.mentions[tagline]
            if not other.mentions:
                reg.drop(other)


def _dateline_agency(doc: Doc, reg: Registry) -> None:
    taken = _taken(reg)
    for m in DATELINE_AGENCY.finditer(text_of(doc)):
        group = "agency" if m.group("agency") else "agency2"
        start, end = m.span(group)
        span = doc.char_span(start, end)
        if span is not None and not _overlaps(start, end, taken):
            reg.add("ORG", span, "rule")


# "Bangalore, Tuesday, August 3, 2010", "Ciudad de México, 08/11/2016": a
# town and the day, alone on a line; "Buenos Aires, Oct 8 (EFE).- ...": a
# town and the day before a news agency
_DATE_NAMES = "|".join(
    sorted((w.capitalize() for w in DATE_WORDS), key=len, reverse=True)
)
_TOWN = (
    r"(?!(?:" + _DATE_NAMES + r")\b)[A-Z][a-zà-ÿ]+"
    r"(?:(?:[ -]|\s(?:de|del|do|da|dos|das|di)\s)[A-Z][a-zà-ÿ]+){0,3}"
)
DATED_PLACE = re.compile(
    rf"^({_TOWN}),\s+"
    rf"(?=(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_DATE_NAMES})\b|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d)"
    r"(?=[^\n]{0,40}(?:\d{4}\s*$|\(\w))",
    re.M,
)


def _dateline_places(doc: Doc) -> list[Span]:
    text = text_of(doc)
    found = [*DATELINE.finditer(text), *DATED_PLACE.finditer(text)]
    spans = (doc.char_span(m.start(1), m.end(1)) for m in found)
    return [s for s in spans if s is not None]


def _towns_in_us_states(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "Pasadena, Calif.", "Greenbelt, Md.": a town and its state abbreviated,
    as one span (split at the comma like "Neuried, Germany")."""
    text = text_of(doc)
    if not any(state in text for state in lex.us_states):
        return []
    pattern = _us_state_pattern(lex.us_states)
    spans = (doc.char_span(*m.span()) for m in pattern.finditer(text))
    return [s for s in spans if s is not None]


@lru_cache(maxsize=4)
def _us_state_pattern(states: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(s) for s in sorted(states, key=len, reverse=True))
    return re.compile(
        rf"\b(?:[A-Z][\w'’-]+ ){{0,2}}[A-Z][\w'’-]+, (?:{alternatives})(?!\w)"
    )


def _nationality_places(doc: Doc) -> list[Span]:
    """ "French Guiana", "British Columbia": a nationality word and one name
    the model took for a person or place of its own; one name after "in"."""
    found = []
    for ent in entities_of(doc):
        if ent.label_ not in {"PERSON", "GPE", "LOC"} or len(ent) != 1 or not ent.start:
            continue
        prev = doc[ent.start - 1]
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if prev.ent_type_ == "NORP" and prev.is_title and not (nxt and nxt.is_title):
            found.append(doc[ent.start - 1 : ent.end])
        elif (
            ent.label_ == "PERSON"
            and prev.lower_ == "in"
            and not (nxt and nxt.lower_ in {"'s", "’s"})
        ):
            found.append(ent)  # "opened in Toulouse": a place the model took for a name
    return found


def _locations(
    doc: Doc,
    lex: Lexicon,
    blocked: list[tuple[int, int]],
    datelines: list[Span],
    programmes: frozenset[str] = frozenset(),
) -> list[Span]:
    candidates = [
        e
        for e in entities_of(doc)
        if e.label_ in PLACES
        # "Himachal Pradesh", read as an organisation by the model
        or (e.label_ == "ORG" and (_region_named(e) or _town_named(e, lex)))
        # "Atacama Desert", read as a person by the model, "the Gobi Desert"
        # as a product
        or (len(e) > 1 and e[-1].text in LANDFORMS)
        or landform_first(e)  # "Cerro Paranal", "Pico Veleta"
    ]
    candidates += [s for s in doc.spans.get("rules", []) if s.label_ == "LOC"]
    candidates += (
        _nationality_places(doc) + datelines + _placed_after(doc, blocked, lex)
    )
    candidates += _towns_in_us_states(doc, lex)
    candidates += _countries_named(
        doc, lex, {(e.start_char, e.end_char) for e in candidates}
    )
    common = common_words(doc)
    # a name the person patterns read ("Dr. Giulia ROSSI"): not a place
    blocked = blocked + [
        (s.start_char, s.end_char)
        for s in doc.spans.get("rules", [])
        if s.label_ == "PERSON"
    ]
    people = _mostly_people(doc)
    # "Buenos Aires, Oct 8 (EFE).-": a place, though the model reads a person
    dated = {(s.start_char, s.end_char) for s in datelines}
    vehicles = vehicle_names(doc)
    found: dict[tuple[int, int], Span] = {}
    for ent in candidates:
        span = _repair(ent, lex)
        while (
            span is not None and len(span) > 1 and span[-1].text in {"region", "area"}
        ):
            span = span[:-1]  # "the Asia-Pacific region": the place is its name
        if (
            span is not None
            and len(span) == 1
            and span[0].ent_type_ == "GPE"
            and span.end < len(doc)
            and doc[span.end].text == "region"
        ):
            span = doc[span.start : span.end + 1]  # "the Orenburg region": a unit
        if (
            span is not None
            and len(span) == 1
            and span[0].text in WATERS
            and span.end + 1 < len(doc)
            and doc[span.end].text == "of"
            and doc[span.end + 1].is_title
        ):
            span = doc[span.start : span.end + 2]  # "Bay of Bengal", not "Bay"
        joined = _joined_place(span) if span is not None else None
        if joined is not None:
            candidates.append(joined)  # "Garching bei München", "South-east Asia"
        if span is not None and _relation(span) and span.text not in lex.countries:
            continue  # "China-Africa cooperation": two parties, not a place
        if span is not None and "," in span.text:  # "Neuried, Germany": a town
            comma = next(t.i for t in span if t.text == ",")  # and its country
            candidates.append(doc[comma + 1 : span.end])
            span = doc[span.start : comma]
        if span is None or span.text in lex.not_location or _vehicle(span):
            continue
        if span.text in vehicles or norm(span.text) in programmes:
            continue  # "Proton is a reliable workhorse", "Danuri" told elsewhere
        if span.text.lower() in DATE_WORDS or (
            len(span) > 1 and span[-1].text == "Day"
        ):
            continue  # "Quito, Tuesday, August 3", "Bastille Day": a day, not a place
        if span.text in COUNTRY_CODES and _attributive(span):
            continue  # "the U.S. space agency": a nationality word, not a place
        if _nationality_word(span, lex):
            continue  # "Emirati engineers", "the Thai instrument"
        if (
            len(span) > 1
            and lex.programme_word(span[-1].text)
            and span[-1].text != "station"  # "the Concordia research station"
        ):
            continue  # "Swarm satellites": craft, not a place
        if _surface_feature(span):
            continue  # "Jezero crater", "the South Pole-Aitken Basin": not on Earth
        if span.text in COMPASS_POINTS or span[-1].lower_ in ORG_ONLY_HEADS:
            continue  # "connects East and West", "visited the IAF Secretariat"
        if _overlaps(span.start_char, span.end_char, blocked):
            continue
        if len(span) == 1 and span[0].lower_ in common:
            continue  # "in Space and Earth Sciences", "Member States"
        if titled_alone(span, lex) or (
            span.text in people
            and ent.label_ != "REGION"
            and (span.start_char, span.end_char) not in dated
        ):
            continue  # "Head of ... of BRIN, Sumarto, said": a person
        found[(span.start_char, span.end_char)] = Span(doc, span.start, span.end, "LOC")
    # "Inner Mongolia Autonomous Region", not also its tails
    whole = [k for k in found if not any(_inside(*k, [o]) and o != k for o in found)]
    return _joined_places(doc, [found[k] for k in sorted(whole)], lex)


# a compass point alone is a direction, not a place
COMPASS_POINTS = frozenset({"East", "West", "North", "South"})
# the last word of a body's name, never of a place's
ORG_ONLY_HEADS = frozenset({"secretariat", "agency", "ministry", "university"})


# a sea's first word before "of": "Bay of Bengal", "Gulf of Aden"
WATERS = frozenset({"Bay", "Gulf", "Sea", "Strait", "Straits", "Isle"})


DEMONYM_END = re.compile(r"(?:i|ese|ian|ish)$")


def _nationality_word(span: Span, lex: Lexicon) -> bool:
    """One word naming a people, not a country, before a noun in small
    letters: a known one ("Emirati engineers") or one by its ending ("Thai
    researchers")."""
    if len(span) != 1 or (span.text in lex.countries and span.text not in lex.demonyms):
        return False  # (a country's other names may hold its people's: "Thai")
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1].lower_ if span.start else ""
    return (
        (span.text in lex.demonyms or DEMONYM_END.search(span.text) is not None)
        and nxt is not None
        and nxt.is_lower
        and nxt.tag_ in {"NN", "NNS"}
        and before not in {"in", "at", "near", "from", "to"}  # "in Shanghai last"
        and _attributive(span)
    )


def _attributive(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        nxt is not None
        and nxt.tag_ in {"NN", "NNS", "NNP", "NNPS", "JJ"}
        and "\n" not in span[-1].whitespace_
    )


# A feature of a planet's or the Moon's surface, by the word that names it.
SURFACE_WORDS = frozenset(
    {"crater", "basin", "planitia", "planum", "mons", "patera", "mare", "vallis"}
)


def _surface_feature(span: Span) -> bool:
    """ "Jezero crater", "Von Kármán crater" (the model's "Von" alone)."""
    nxt = word_after_capitals(span)
    return span[-1].lower_ in SURFACE_WORDS or (
        nxt is not None and nxt.lower_ in SURFACE_WORDS
    )


def _mostly_people(doc: Doc) -> frozenset[str]:
    """Names of two words or more the model reads as a person more often than
    as a place ("By Rachel Okafor" once a place, twice a person)."""
    counts: dict[str, int] = {}
    for e in entities_of(doc):
        if (
            e.label_ == "PERSON"
            and len(e) > 1
            and not _region_named(e)
            and e[-1].text not in LANDFORMS
        ):
            counts[e.text] = counts.get(e.text, 0) + 1
        elif e.label_ in PLACES:
            counts[e.text] = counts.get(e.text, 0) - 1
    return frozenset(name for name, n in counts.items() if n > 0)


_COUNTRY_PATTERNS: dict[int, re.Pattern[str]] = {}


def _countries_named(doc: Doc, lex: Lexicon, seen: set[tuple[int, int]]) -> list[Span]:
    """Every country's name written as one ("Students from Timor-Leste", "by
    Pakistan’s Institute of Space Technology"), where the model may read none
    or take it into a body's name; not a person the model saw ("Chad Smith"),
    nor one ``seen`` among the candidates already."""
    pattern = _COUNTRY_PATTERNS.get(id(lex))
    if pattern is None:  # a trie of the names, tried at capitals only
        pattern = _COUNTRY_PATTERNS[id(lex)] = re.compile(
            rf"(?<![\w-])(?=[^\W\d_a-z])(?:{_trie(lex.countries)})(?![\w-])"
        )
    found = (m.span() for m in pattern.finditer(text_of(doc)))
    spans = (doc.char_span(a, b) for a, b in found if (a, b) not in seen)
    return [
        s
        for s in spans
        if s is not None and (s[0].ent_type_ != "PERSON" or _listed_after_members(s))
    ]


def _listed_after_members(span: Span) -> bool:
    """ "the Member States Bangladesh, China": the model's person "States
    Bangladesh" holds a country of the list."""
    doc, i = span.doc, span.start
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return after_member_states(doc, i)


PLACE_LINKS = frozenset({" dos ", " das ", " do ", " da ", " de ", " del ", " de la "})


def _joined_places(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """ "Timor" "-" "Leste" is one place (not "China" "-" "France", two
    countries); so are "Washington, D.C." and "São José" "dos" "Campos"."""
    text, out = text_of(doc), []
    for span in spans:
        between = text[out[-1].end_char : span.start_char] if out else ""
        one = (
            between in PLACE_LINKS
            or (  # "São José dos Campos"
                between == "-"
                and (
                    text[out[-1].start_char : span.end_char] in lex.countries
                    or not {out[-1].text, span.text} & lex.countries
                )
            )
        )
        if one:
            out[-1] = Span(doc, out[-1].start, span.end, "LOC")
        else:
            out.append(span)
    for i, span in enumerate(out):
        if text.startswith(", D.C.", span.end_char):
            end = doc.char_span(span.start_char, span.end_char + 6)
            out[i] = Span(doc, end.start, end.end, "LOC") if end is not None else span
    return [s for s in out if s.text != "D.C."]


# "Physical Research Laboratory (PRL), Ahmedabad, presented", "Korea AeroSpace
# Administration, Sacheon, Gyeongsangnam-do": one name set off by commas after
# a body is where it is; so is one after "near" or "km from".
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+(?:-[a-z]+)?(?:\s[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+)?"
_SET_OFF = re.compile(rf",\s({_PLACE_WORD})(?=\s*(?:,|\n|$))")
_TOWN_AFTER_BRACKET = re.compile(r",\s([A-Z][a-z]{2,})(?=\.(?:\s|$))")
# after a place, the region it is in may end the sentence: "Sriharikota,
# Andhra Pradesh."
PLACES = frozenset({"GPE", "LOC"})
# a link inside a place's name in Portuguese, Spanish, French or Italian
_PLACE_LINK = r"(?:dos|das|do|da|de|del|de\sla|di|du)"
_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+"
# "São José dos Campos", "Foz do Iguaçu", "Villanueva de la Cañada"
_LINKED_PLACE = (
    rf"{_UPPER_WORD}(?:\s{_UPPER_WORD})?\s{_PLACE_LINK}\s{_UPPER_WORD}"
    r"(?:\s" + _UPPER_WORD + ")?"
)
_AT_LINKED = re.compile(rf"\b(?:in|at|near|from|to)\s+({_LINKED_PLACE})(?![\w-])")
_IN_REGION = re.compile(
    # "Kupang, East Nusa Tenggara,", "Natal, Rio Grande do Norte."
    rf",\s({_PLACE_WORD}(?:\s[A-Z][a-z]+)?(?:\s{_PLACE_LINK}\s{_UPPER_WORD})?)"
    r"(?=\s*(?:[,.;)]|\n|$)|\s+(?:on|in|from|at|for)\s)"  # "Temerloh, Pahang on"
)
# one capitalised word (a town's), then a lower-case word or a stop
_ONE_PLACE = r"([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
# after "in": "signed ... in Toulouse to deepen", "(NRSC) in Hyderabad will
# distribute"; not "Institute in Astrophysics and Planetology", but "in Bern
# and the ..."
_IN_ONE = re.compile(rf"\bin\s+{_ONE_PLACE}(?=\s+(?!and\s+(?!the\b)[A-Z])[a-z]|[,.;])")
# where someone went: "travelled to Daejeon to visit", "flew to Lima,"
_TO_ONE = re.compile(
    rf"\b(?:travell?ed|travels|flew|went|returned|headed)\s+to\s+{_ONE_PLACE}"
    r"(?=\s+[a-z]|[,.;])"
)
# a list of towns after "in": "our teams in Stevenage, Toulouse and
# Friedrichshafen," (the model reads them as a body, a person, a body)
_IN_LIST = re.compile(
    rf"\bin\s+({_ONE_PLACE[1:-1]}(?:,\s+{_ONE_PLACE[1:-1]})*,?\s+and\s+"
    rf"{_ONE_PLACE[1:-1]})(?=\s+[a-z]|[,.;\"”])"
)
_LIST_ITEM = re.compile(_ONE_PLACE)
PLACE_OR_PERSON = frozenset({"GPE", "LOC", "FAC", "PERSON"})
_NEAR = re.compile(
    rf"\b(?:near|(?:km|kilometres|kilometers|miles)\s+from)\s+({_PLACE_WORD})\b"
)


def _placed_after(doc: Doc, blocked: list[tuple[int, int]], lex: Lexicon) -> list[Span]:
    text = text_of(doc)
    closed = {m.end() for m in re.finditer(r"\)", text)}
    ends = {e for _, e in blocked} | closed
    found = []
    for m in _SET_OFF.finditer(text) if "," in text else ():
        words = doc.char_span(*m.span(1))
        if words is not None and any(t.tag_[:2] in {"VB", "RB"} for t in words):
            continue  # "..., Developed with Tohoku University, Successfully Launched"
        if m.start() in ends:
            found.append(m.span(1))
            ends.add(m.end(1))  # "Sacheon, Gyeongsangnam-do": a chain of places
    for m in _TOWN_AFTER_BRACKET.finditer(text) if "), " in text else ():
        if m.start() in closed:
            found.append(m.span(1))  # "ISRO Satellite Centre (ISAC), Bangalore."
    found += [m.span(1) for m in _NEAR.finditer(text)]
    linked = [m.span(1) for m in _AT_LINKED.finditer(text)]
    found += linked
    # a region after a place: "Sriharikota, Andhra Pradesh", and "Cuiabá,
    # Mato Grosso" (a town the model read as a body, a region as a person)
    place_ends = {
        e.end_char
        for e in entities_of(doc)
        if e.label_ in PLACES or (e.label_ == "ORG" and _town_named(e, lex))
    } | {end for _, end in found}
    regions = set()
    for end in sorted(place_ends):
        m = _IN_REGION.match(text, end) if text.startswith(",", end) else None
        region = doc.char_span(*m.span(1)) if m is not None else None
        # not "Russia, China Agree on ...": a headline's verb ends no place
        if region is not None and not any(
            t.tag_.startswith("VB") and t.is_title for t in region
        ):
            found.append(m.span(1))
            regions.add(m.span(1))
    common = common_words(doc)
    ones = [
        m.span(1)
        for m in itertools.chain(_IN_ONE.finditer(text), _TO_ONE.finditer(text))
    ]
    for m in _IN_LIST.finditer(text) if " and " in text else ():
        items = [
            (m.start(1) + i.start(), m.start(1) + i.end())
            for i in _LIST_ITEM.finditer(m.group(1))
        ]
        spans = [doc.char_span(*item) for item in items]
        # the model saw a place or a person among them (not "in Physics,
        # Chemistry and Biology", read as bodies)
        named = any(s is not None and s[0].ent_type_ in PLACE_OR_PERSON for s in spans)
        if named and all(_one_place(doc, text, *item, common) for item in items):
            found += items
    found += [span for span in ones if _one_place(doc, text, *span, common)]
    # "the Ambassador to Australia, Paolo Ferraro.": a person the model saw,
    # whole names of two words or more (the model reads "Noordwijk" and
    # "Andhra Pradesh" as people too)
    people = [
        (e.start_char, e.end_char)
        for e in entities_of(doc)
        if e.label_ == "PERSON"
        and sum(not t.is_space for t in e) > 1
        and not any(t.lower_ in REGION_WORDS for t in e)
    ]
    spans = []
    for start, end in found:
        span = doc.char_span(start, end)
        # a region after a place is one even when the model read a person,
        # and so is a name linked as places are ("São José dos Campos")
        alone = (start, end) in regions or (start, end) in linked
        held = blocked if alone else blocked + people
        if span is not None and not _overlaps(start, end, held):
            label = "REGION" if (start, end) in regions else ""
            spans.append(Span(doc, span.start, span.end, label=label))
    return spans


# a town's name with its river or neighbour: "Garching bei München",
# "Frankfurt am Main", "Newcastle upon Tyne"
TOWN_LINKS = frozenset({"bei", "am", "im", "upon"})
COMPASS = re.compile(r"(?:North|South)-?(?:east|west)", re.I)


def _joined_place(span: Span) -> Span | None:
    """A place and the words that make one name with it."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text in TOWN_LINKS and doc[end + 1].is_title:
        return doc[span.start : end + 2]
    if COMPASS.fullmatch(span.text) and end < len(doc) and doc[end].ent_type_ in PLACES:
        last = end + 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        return doc[span.start : last]  # "South-east Asia": one region
    return None


def _one_place(
    doc: Doc, text: str, start: int, end: int, common: frozenset[str]
) -> bool:
    """A capitalised word after "in" that may be a town's name: not a word the
    text also writes in lower case, a date's or a language ("in English")."""
    word = text[start:end].lower()
    span = doc.char_span(start, end)
    return (
        word not in common
        and word not in DATE_WORDS
        and span is not None
        and span[0].ent_type_ not in {"NORP", "LANGUAGE"}
    )


def _region_of(span: Span) -> bool:
    """A name after a place and a comma, closing the clause: the place's
    region ("Sriharikota, Andhra Pradesh.")."""
    doc, i = span.doc, span.start
    after = doc[span.end] if span.end < len(doc) else None
    closes = after is None or after.text in {",", ".", ";", ")"} or "\n" in after.text
    return (
        i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in PLACES and closes
    )


def _relation(span: Span) -> bool:
    """ "China-Africa cooperation", "the Sino-French forum": two names joined
    by a hyphen before a lower-case noun."""
    doc = span.doc
    joined = len(span) == 3 and span[1].text == "-" and span[2].text[:1].isupper()
    after = doc[span.end] if span.end < len(doc) else None
    # not "the Asia-Pacific region": a region is a place
    return (
        joined
        and after is not None
        and after.is_lower
        and after.text not in {"region", "area", "rim", "coast"}
    )


# What only a craft does: "was launched", "lifted off", "entered orbit",
# "flew past"; a name that does it is a programme ("POLAR will fly in 2027").
FLIES_AFTER = re.compile(
    # "Tan Ce 1, which was launched from Xichang"; "the last solar
    # observatory, Koronas-Foton, was launched"; "HINOTORI (ASTRO-A),
    # launched in 1981"
    r"(?:"
    r"(?:\s*,\s*which|\s*,(?=\s+(?:was|were)\s))?"
    r"\s+(?:(?:was|were|will\s+be|is\s+to\s+be|has\s+been|had\s+been)\s+"
    r"(?:successfully\s+)?launched|lifted\s+off|lifts\s+off|blasted\s+off|"
    r"(?:(?:has|will|successfully)\s+)?(?:entered|reached|enter|reach)\s+"
    r"(?:(?:lunar|Mars|an?|its)\s+)?orbit|"
    r"(?:flew|flies|will\s+fly)\s+(?:by|past)|touched\s+down|"
    r"(?:landed|will\s+land)\s+on\s+the)"
    r"|(?:\s*\([^()\n]{1,30}\))?\s*,\s+launched\s+(?:in|on)\s)\b"
)
# Said of a craft: "the launch of ...", "aboard ...".
FLIES_BEFORE = re.compile(
    # (within its paragraph: not "... lander aboard" closing a headline)
    # "In 2011 we launched Megha-Tropiques"
    r"\b(?:launch\s+of|aboard|on\s+board|onboard|launched)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:the\s+)?\Z",
    re.I,
)
# An acronym that will fly: "POLAR will fly in 2027" (a person flies too).
ACRONYM_FLIES = re.compile(r"\s+(?:will\s+fly|flew|flies)\b")


# the tags of a noun phrase's words (the pipeline runs no attribute ruler,
# so there are no coarse parts of speech)
NOUN_PHRASE = ("NN", "JJ", "CD")


def _flies(span: Span, reg: Registry) -> bool:
    """A name with no head word that the text says flies: a craft. The cues
    are tried first, as most names have none."""
    doc, text = span.doc, text_of(span.doc)
    after = FLIES_AFTER.match(text, span.end_char) is not None
    acronym = len(span) == 1 and ACRONYM_FLIES.match(text, span.end_char) is not None
    before = FLIES_BEFORE.search(text, max(0, span.start_char - 24), span.start_char)
    if not (after or acronym or before):
        return False
    if span.start and doc[span.start - 1].lower_ == "by":
        # "a nanosatellite built by a consortium led by CEiiA, which reached
        # orbit": the body that built it
        return False
    following = doc[span.end] if span.end < len(doc) else None
    if span.text in reg.lex.countries or (
        following is not None and following.lower_ in VEHICLE_WORDS
    ):
        return False  # "the Long March 2C rocket lifted off"
    if any(t.text in reg.lex.demonyms or t.ent_type_ == "NORP" for t in span):
        return False  # "on board the Chinese satellite"
    if all(t.lower_ in reg.common or not t.is_alpha for t in span):
        return False
    numbered = span[-1].like_num  # "Tan Ce 1": a person has no number
    if after and not (span[0].ent_type_ == "PERSON" and len(span) > 1 and not numbered):
        return True
    if acronym and is_acronym(span[-1]):
        return True
    # "aboard the Chinese recoverable satellite": the name describes a noun
    return before is not None and not (
        following is not None
        and following.is_alpha
        and (following.tag_.startswith(NOUN_PHRASE) or following.text[0].isupper())
    )


def _called_a_programme(span: Span, reg: Registry) -> bool:
    """ "VNSC's first cubesat, PicoDragon, was ...", "the microsatellite
    Infante": a name the word before calls a craft or programme."""
    doc = span.doc
    if span[-1].lower_ in reg.lex.heads:
        return False  # "an Orbiter, the lander Vikram": a kind, no name
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in {"and", "of"}
        and doc[span.end + 1].is_title
    ):
        return False  # "the spacecraft Assembly and Test Complex": cut short
    return (
        (kind_before(span, reg.lex) == "programme" or apposed_programme(span, reg.lex))
        and not any(t.ent_type_ in PLACES or t.ent_type_ == "NORP" for t in span)
        and not all(t.lower_ in reg.common or not t.is_alpha for t in span)
    )


def _loose(span: Span, reg: Registry) -> bool:
    """One capitalised word that is no ordinary word of the text, no place,
    people or person: a name a list may tell the kind of."""
    word = span[0]
    doc = span.doc
    return (
        len(span) == 1
        and word.is_alpha
        and not word.is_sent_start  # "Furthermore, the Development Plan"
        and word.tag_ != "NNPS"  # "Objectives of ... and Highlights": a plural
        and not _in_quotes(word)  # '"Objectives of YH-1 and Updates"': a title
        # a whole item: not "the Solar wind Magnetosphere ... Explorer"
        and (
            span.end == len(doc)
            or doc[span.end].is_punct
            or doc[span.end].lower_ in {"and", "or"}
            or doc[span.end].tag_.startswith("VB")
        )
        and not (span.end < len(doc) and doc[span.end].tag_ == "POS")  # an owner
        and word.lower_ not in reg.common
        and word.lower_ not in reg.lex.heads  # "an Orbiter, the Vikram lander"
        and word.ent_type_ not in {*PLACES, "NORP", "PERSON", "LANGUAGE"}
        and word.text not in reg.lex.countries
        and word.text not in reg.lex.demonyms
    )


def _in_quotes(token: Token) -> bool:
    """Is the word inside quotation marks opened on its line?"""
    text = text_of(token.doc)
    before = text[text.rfind("\n", 0, token.idx) + 1 : token.idx]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _unknown_parts(span: Span, lex: Lexicon) -> list[Name]:
    """ "Vice President of Chinese Academy of Sciences": the part after "of"."""
    for token in span:
        if token.lower_ in {"of", "for", "at", "from"} and token.i > span.start:
            rest = span.doc[token.i + 1 : span.end]
            while len(rest) and rest[0].lower_ == "the":
                rest = rest[1:]
            return [classify(rest, lex)] if len(rest) else []
    return []


def resolve(doc: Doc, lex: Lexicon) -> Registry:
    names = [classify(span, lex) for span in name_spans(doc, lex)]
    reg = Registry(lex)
    reg.common = common_words(doc)
    _define_acronyms(doc, names, reg)
    for name in names:
        span = name.span
        if _overlaps(span.start_char, span.end_char, reg.not_entities):
            continue  # "(APRSAF-30)" of "the 30th ... Forum (APRSAF-30)"
        if not _cut_short(span, reg) and not _inside_programme(name, reg):
            _add_name(name, reg)
    _companies(doc, reg)
    _campuses(doc, reg)
    _without_legal_forms(doc, reg)
    for span in _resolve_unknown(doc, names, reg):
        if _flies(span, reg) or _called_a_programme(span, reg):
            reg.add("PROGRAM", span, "rule")
            continue
        if _loose(span, reg):
            reg.loose.append(span)
        for part in _unknown_parts(span, lex):
            if not _a_field(part):  # not "Director for Space Policy"
                _add_name(part, reg, "nested")
    _late_brackets(doc, reg)
    _acronym_mentions(doc, reg)
    _other_names(doc, reg)
    event_names = [
        s
        for s in _event_names(names)
        # "the Satellite Assembly, Integration and Test Center (AITC)": its
        # head word inside a body's long form, not an assembly
        if not any(a < s.end_char < b for a, b in reg.defined)
    ]
    event_names += _quoted_titles(doc, event_names, lex)
    series, told_again = _series_events(doc, event_names, lex)
    event_names += series
    # "UNISPACE III" after "... Outer Space (UNISPACE III)": no body either
    events = _char_spans(event_names) + told_again
    people = [
        (e.start_char, e.end_char) for e in entities_of(doc) if e.label_ == "PERSON"
    ]
    people += [
        (s.start_char, s.end_char)
        for s in doc.spans.get("rules", [])
        # not "NASA Headquarters", read as a surname in capitals and a name
        if s.label_ == "PERSON" and s[0].text not in lex.gazetteer
    ]
    # read by the people component too
    doc.spans["apposed"] = apposed_to_titles(doc, lex)
    people += _char_spans(doc.spans["apposed"])
    reg.datelines = _dateline_places(doc)
    datelines = _char_spans(reg.datelines)
    _acting_acronyms(doc, reg, events + people + reg.not_entities + datelines)
    places = [
        (s.start_char, s.end_char)
        for s in doc.spans.get("rules", [])
        if s.label_ == "LOC"
    ]
    _model_orgs(
        doc, reg, _taken(reg) + events + people + reg.not_entities + datelines + places
    )
    _gazetteer_names(doc, reg, events + reg.not_entities, people)
    _subsidiaries(doc, reg)
    _crafts_named_like_people(doc, reg)
    _dateline_agency(doc, reg)
    _masthead_taglines(doc, reg)
    _eponyms(doc, reg, events + people + reg.not_entities)
    _repeated_names(doc, reg, events + people + reg.not_entities)
    _inverted_names(doc, reg)
    _spelled_apart(doc, reg)
    _brand_fronted(doc, reg)
    _qualified_twins(reg)
    _country_code_twins(reg)
    _listed_with_programmes(doc, reg)
    _listed_craft(doc, reg)
    _siblings(doc, reg)
    _late_numbered_aliases(doc, reg)
    _short_by_last_word(doc, reg)
    _un_organs_told_short(doc, reg)
    _one_craft_told_two_ways(doc, reg)
    _descriptions(doc, reg)
    _place_suffixed(doc, reg)
    _with_programme_word(doc, reg)
    _named_after(doc, reg)
    _sentence_openers(doc, reg)
    for entity in [e for e in reg.entities if e.key in LEGAL_STATUSES]:
        reg.drop(entity)  # "National Research and Development Agency\nJapan ..."
    doc.spans["event_name"] = event_names
    return reg


# "the Institute of Space Research named after U.M. Sultangazin", "the
# Shamakhy Astrophysical Observatory named after Nasiraddin Tusi": a body's
# eponym is part of its name (in the style of Russian and Central Asian names)
_EPONYM = re.compile(
    r"[ \t]+named[ \t]+after[ \t]+(?:(?:[A-Z]\.[ \t]?){1,3}"
    rf"{NAME_WORD}|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
)


def _sentence_openers(doc: Doc, reg: Registry) -> None:
    """ "Now, satellites of five countries work": a common word capitalised
    only as it opens a sentence names no programme (one written elsewhere in
    the sentence, "the probe Hope", is kept)."""
    common = reg.common
    for entity in [e for e in reg.entities if e.label == "PROGRAM"]:
        spans = [doc.char_span(a, b) for a, b in entity.mentions]
        if all(
            span is not None
            and len(span) == 1
            and span[0].is_title
            and span[0].is_sent_start
            and (span[0].lower_ in STOP_WORDS or span[0].lower_ in common)
            for span in spans
        ):
            reg.drop(entity)


def _named_after(doc: Doc, reg: Registry) -> None:
    """A body's name takes in "named after" and its eponym; the eponym is
    then no record of its own."""
    text = text_of(doc)
    if "named after" not in text:
        return
    grown: list[tuple[int, int]] = []
    named: list[Entity] = []
    for entity in reg.entities:
        if entity.label != "ORG":
            continue
        for (start, end), method in list(entity.mentions.items()):
            m = _EPONYM.match(text, end)
            if m is None:
                continue
            del entity.mentions[(start, end)]
            entity.add(start, m.end(), method)
            reg.link(text[start : m.end()], entity)
            grown.append((start, m.end()))
            named.append(entity)
    for entity in [e for e in reg.entities if e.mentions and e not in named]:
        if all(_inside(a, b, grown) for a, b in entity.mentions):
            reg.drop(entity)  # "U.M. Sultangazin", read as a body


# a Japanese body's legal status, written over its name in its releases
LEGAL_STATUSES = frozenset(
    norm(status)
    for status in (
        "National Research and Development Agency",
        "Inter-University Research Institute Corporation",
        "Independent Administrative Institution",
    )
)


# "© 2023 AAS Sky Publishing, LLC", "operated by Mitsubishi Heavy Industries,
# Ltd.": capitalised words, a comma and a company's legal form
_COMPANY = re.compile(
    r"(?<![\w&.'’-])((?:[A-Z][\w&'’-]*[ \t]+){0,4}[A-Z][\w&'’-]*),[ \t]+"
    r"(?:Co\.,[ \t]+)?(?:Inc\.|Ltd\.|LLC|L\.L\.C\.|PLC|GmbH|S\.A\.)"
)


def _companies(doc: Doc, reg: Registry) -> None:
    """Names closed by a comma and a legal form are companies (the model
    reads few of them whole)."""
    text = text_of(doc)
    if ", " not in text:
        return
    taken = _taken(reg)
    for m in _COMPANY.finditer(text):
        start = m.start() + (4 if m.group(1).startswith("The ") else 0)
        span = _char_span(doc, start, m.end())
        inner = [(a, b) for a, b in taken if start <= a and b <= m.end()]
        if span is None or _overlaps(
            start, m.end(), [t for t in taken if t not in inner]
        ):
            continue
        if span[0].text in reg.lex.countries or span[0].ent_type_ in {"GPE", "DATE"}:
            continue  # "Washington, LLC" of an address, "2023, Inc."
        for entity in reg.entities:  # "Ball Aerospace" read without its form
            for mention in inner:
                entity.mentions.pop(mention, None)
        entity = reg.add("ORG", span, "rule")
        taken.append((start, m.end()))
        words = m.group(1).split()
        while len(words) > 1 and (
            words[-1] in COUNTRY_CODES or words[-1] in reg.lex.countries
        ):
            words.pop()  # "Rocket Lab" of "Rocket Lab USA, Inc."
            other = reg.get(" ".join(words))
            if other is not None and other is not entity and other.label == "ORG":
                _fold(reg, other, entity)
            reg.link(" ".join(words), entity)


# US state universities whose campuses are named "University of <State>,
# <Town>" or "... in <Town>" (the University of Arizona, Tucson, is one body
# in its town)
CAMPUS_SYSTEMS = (
    "California|Alabama|Colorado|Texas|Wisconsin|Massachusetts|Hawaii|Illinois"
    "|Michigan|North Carolina|Missouri|Nebraska|Tennessee|Alaska|Minnesota"
)
# a campus with its town: "University of California, Berkeley", "University
# of Alabama in Huntsville", "UC Berkeley"
_TOWN = r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
_CAMPUS = re.compile(
    rf"\b(University of (?:{CAMPUS_SYSTEMS}))(?:,[ \t]+{_TOWN}"
    # (not a list: "University of California, Stanford and MIT")
    r"(?![\w-]|[ \t]+(?:[A-Z]|and\b|or\b))"
    rf"|[ \t]+in[ \t]+{_TOWN}(?![\w-]|[ \t]+[A-Z]))"
    rf"|\bUC[ \t]+{_TOWN}(?![\w-]|[ \t]+[A-Z])"
)


HOME_NATIONS = frozenset({"England", "Scotland", "Wales"})


def _campuses(doc: Doc, reg: Registry) -> None:
    """A university's campus is one body with its town, not the state's
    university and a place."""
    text = text_of(doc)
    if "University of" not in text and "UC " not in text:
        return
    owners = {m: e for e in reg.entities if e.label == "ORG" for m in e.mentions}
    for m in _CAMPUS.finditer(text):
        town = m.group(2) or m.group(3) or m.group(4)
        first = town.split()[0]  # "University of Tokyo, Japan's ..."
        if {town, first} & (reg.lex.countries | reg.lex.demonyms | HOME_NATIONS):
            continue  # "University of Leicester in England": where it is
        if any(w.lower() in reg.lex.heads for w in town.split()):
            continue  # "University of Calgary, Ehime University": a list
        span = _char_span(doc, m.start(), m.end())
        held = [k for k in owners if _overlaps(*k, [m.span()])]
        if span is None or any(a < m.start() or b > m.end() for a, b in held):
            continue  # a longer name holds it
        entity = owners[held[0]] if held else reg.add("ORG", span, "rule")
        for k in held:
            owners[k].mentions.pop(k, None)
        if entity.key == norm(m.group(1) or ""):
            entity.key = norm(span.text)  # "University of California" no more
        entity.add(span.start_char, span.end_char, "rule")
        reg.link(span.text, entity)


def _without_legal_forms(doc: Doc, reg: Registry) -> None:
    """ "OHB System" after "OHB System AG": a company told again without its
    legal form is the same company (not the group "OHB" of a gazetteer)."""
    text = text_of(doc)
    taken = _taken(reg)
    for entity in [e for e in reg.entities if e.label == "ORG"]:
        for s, e in list(entity.mentions):
            short = LEGAL_FORM.sub("", text[s:e])
            if short == text[s:e] or " " not in short:
                continue
            for at, end in _occurrences(text, short):
                if not _overlaps(at, end, taken):
                    entity.add(at, end, "rule")
                    taken.append((at, end))


def _crafts_named_like_people(doc: Doc, reg: Registry) -> None:
    """ "ExoMars rover Rosalind Franklin": a person's name after a craft's
    word names the craft (the model reads a person)."""
    taken = _taken(reg)
    for ent in entities_of(doc):
        if (
            ent.label_ == "PERSON"
            and named_after_a_person(ent)
            and not _overlaps(ent.start_char, ent.end_char, taken)
        ):
            reg.add("PROGRAM", ent, "ner")


PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program)\b")
# a series' craft by its number: "Bion-M No. 2", "Meteor-M No. 2-4"
NUMBERED_AFTER = re.compile(r" No\. ?\d{1,3}(?:-\d{1,2})?\b")
DESIGNATOR_END = re.compile(r"-[A-Z\d]{1,3}$")


def _with_programme_word(doc: Doc, reg: Registry) -> None:
    """ "the Artemis program", "the ExoMars programme": the name with its word
    is a mention too, beside the name alone (which stays the record's name:
    the annotators write it both ways); so is a series' craft with its
    number ("Meteor-M No. 2-4")."""
    text = text_of(doc)
    for entity in reg.entities:
        if entity.label != "PROGRAM":
            continue
        for (start, end), method in list(entity.mentions.items()):
            after = PROGRAMME_AFTER.match(text, end)
            if after is not None and not reg.lex.programme_word(
                text[start:end].split()[-1].lower()
            ):
                entity.add(start, after.end(), method)
            numbered = NUMBERED_AFTER.match(text, end)
            if numbered is not None and DESIGNATOR_END.search(text, start, end):
                entity.add(start, numbered.end(), method)  # "Meteor-M No. 2-4"


# another item of a list to come: "Odin, SMART-1 and the Prisma mission"
ITEM_NEXT = re.compile(r"\s*(?:,|and\b|or\b|&)")


LAST_LINK = re.compile(r"\b(?:and|or)\b|&")


def _and(link: str) -> bool:
    """Is a list's link its last ("and", "or")?"""
    return LAST_LINK.search(link) is not None


LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")
# what listed crafts give or are: "Fengyun and Metop data"
OF_CRAFT = re.compile(
    r"\s+(?:data|satellites?|missions?|series|spacecraft|observations|products"
    r"|images|imagery|instruments|constellations?)\b"
)


def _listed_with_programmes(doc: Doc, reg: Registry) -> None:
    """ "data from XMM-Newton and the Chandra X-ray Observatory", "missions
    including Swift, XMM-Newton and BepiColombo": a name only the model took
    for a body, listed with programmes, is a programme too."""
    text = text_of(doc)
    programmes = [m for e in reg.entities if e.label == "PROGRAM" for m in e.mentions]
    if not programmes:
        return
    starts = {s for s, _ in programmes}
    ends = {e for _, e in programmes}
    for entity in reg.entities:
        if entity.label != "ORG" or any(m != "ner" for m in entity.mentions.values()):
            continue
        for start, end in entity.mentions:
            after = LIST_LINK.match(text, end)
            before = any(
                e < start and LIST_LINK.fullmatch(text, e, start) for e in ends
            )
            if (after is not None and after.end() in starts) or before:
                _as_programme(doc, reg, entity)
                break
    # "contributions to Odin, SMART-1 and the Prisma ... mission": a loose
    # name listed with programmes
    spans = dict(programmes)
    for span in reg.loose:
        if reg.get(span.text) is not None:
            continue
        after = LIST_LINK.match(text, span.end_char)
        listed_after = (
            after is not None
            and after.end() in starts
            and (_and(after.group()) or ITEM_NEXT.match(text, spans[after.end()]))
        )
        listed_before = any(
            e < span.start_char
            and (link := LIST_LINK.fullmatch(text, e, span.start_char)) is not None
            and (_and(link.group()) or ITEM_NEXT.match(text, span.end_char))
            for e in ends
        )
        if listed_after or listed_before:
            reg.add("PROGRAM", span, "rule")
    # "the use of Fengyun and Metop data": a name the model took for a place,
    # listed with a programme before the word for what they give
    for ent in entities_of(doc):
        if ent.label_ not in PLACES or len(ent) != 1 or ent.text in reg.lex.countries:
            continue
        after = LIST_LINK.match(text, ent.end_char)
        if after is None or after.end() not in starts:
            continue
        end = next(b for a, b in programmes if a == after.end())
        placed = re.search(
            rf"\b(?:in|at|from|to|near)\s+(?:[A-Z][\w-]*\s*(?:,|and)\s+)*"
            rf"{re.escape(ent.text)}\b",
            text,
        )  # "talks in Nanjing and Beijing": a place the text tells
        if OF_CRAFT.match(text, end) and placed is None:
            reg.add("PROGRAM", ent, "rule")


# one craft's name in a list: capitalised words, codes ("Lab-II", "2B")
_CRAFT_NAME = r"[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’-]*|\d{1,3}[A-Za-z]?|[IVX]+)){0,3}"
_CRAFT_LIST = (
    rf"(?P<list>{_CRAFT_NAME}(?:\s*,\s*{_CRAFT_NAME})*"
    rf"\s*,?\s+(?:and|&)\s+{_CRAFT_NAME})"
)
_CRAFT_PLURALS = (
    "rovers|satellites|probes|spacecraft|orbiters|landers|cubesats|CubeSats"
    "|nanosatellites|microsatellites|modules|telescopes|missions"
)
# "four cubesats, named STEP Cube Lab-II, RANDEV and MIMAN"
NAMED_CRAFT = re.compile(
    rf"\b(?:{_CRAFT_PLURALS}|rover|satellite|probe|orbiter|lander|cubesat|CubeSat"
    r"|module|telescope|mission)\s*,?\s+(?:named|called|dubbed|christened)\s+"
    + _CRAFT_LIST
)
# "the Spirit and Opportunity rovers"
LISTED_BEFORE_KIND = re.compile(
    rf"(?<![\w'’-])(?:(?:[Tt]he|[Bb]oth)\s+)?{_CRAFT_LIST}\s+(?:{_CRAFT_PLURALS})\b"
)
LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def _listed_craft(doc: Doc, reg: Registry) -> None:
    """Crafts named in a list: "four cubesats, named A, B and C" (every name
    after the kind), "the Spirit and Opportunity rovers" (the names before a
    plural kind; none a body, place, people's word or country)."""
    text = text_of(doc)
    lex = reg.lex
    orgs = [m for e in reg.entities if e.label == "ORG" for m in e.mentions]
    places = [
        (e.start_char, e.end_char) for e in entities_of(doc) if e.label_ in PLACES
    ]
    for pattern in (NAMED_CRAFT, LISTED_BEFORE_KIND):
        for match in pattern.finditer(text):
            if reg.get(match["list"]) or _inside(*match.span("list"), _taken(reg)):
                continue  # "the Surface Water and Ocean Topography spacecraft"
            items = []
            at = match.start("list")
            for part in LIST_SPLIT.split(match["list"]):
                start = text.index(part, at)
                at = start + len(part)
                first, _, rest = part.partition(" ")
                if rest and first in lex.demonyms:  # "the French SPOT-4 and ..."
                    start += len(first) + 1
                items.append((start, at))
            if pattern is LISTED_BEFORE_KIND and any(
                text[a:b] in lex.demonyms
                or text[a:b] in lex.countries
                or text[a:b].split()[0].casefold() in lex.non_name
                or lex.gazetteer.get(text[a:b], ("",))[0] == "ORG"
                or _overlaps(a, b, orgs + places)
                for a, b in items
            ):
                continue
            for a, b in items:
                span = doc.char_span(a, b)
                if span is not None and not _overlaps(a, b, orgs):
                    reg.add("PROGRAM", span, "rule")


def _as_programme(doc: Doc, reg: Registry, entity: Entity) -> None:
    """A body that is a programme after all, its mentions without the
    nationalities of its parties ("the Russian-French Granat")."""
    entity.label = "PROGRAM"
    for (start, end), method in list(entity.mentions.items()):
        span = doc.char_span(start, end)
        if span is None:
            continue
        name = _one_word_after_parties(span, reg.lex)
        if name.start_char != start:
            del entity.mentions[(start, end)]
            entity.add(name.start_char, name.end_char, method)
            reg.link(name.text, entity)


# "Turksat 5A", "SAC-B", "FY-3E", "Spektr-UV": a series' name and a number or
# letters.
SERIES_CODE = r"[A-Z]?\d{1,3}[A-Z]?"
NUMBERED = re.compile(
    r"^(?P<stem>[A-Z][\w'’.]*(?: [A-Z][\w'’]*)*?)"
    rf"(?:(?P<hyphen>-)(?:{SERIES_CODE}|[A-Z]{{1,3}})|(?P<space> ){SERIES_CODE})$"
)


def _siblings(doc: Doc, reg: Registry) -> None:
    """ "Turksat 5A ... its twin, Turksat 5B", "SAC-A, SAC-B and SAC-C": the
    same series' name with another number is a programme too (and the
    series' name inside it is no body of its own)."""
    text = text_of(doc)
    programmes = [
        (start, end)
        for e in reg.entities
        if e.label == "PROGRAM"
        for start, end in e.mentions
    ]
    stems = set()
    for start, end in programmes:
        match = NUMBERED.match(text[start:end])
        if match is not None:
            stems.add((match["stem"], match["hyphen"] or match["space"]))
    for stem, sep in sorted(stems):
        code = SERIES_CODE + (r"|[A-Z]{1,3}" if sep == "-" else "")
        pattern = rf"(?<![\w-]){re.escape(stem + sep)}(?:{code})(?![\w-])"
        for hit in re.finditer(pattern, text):
            start, end = hit.span()
            if _overlaps(start, end, programmes):
                continue
            span = _char_span(doc, start, end)
            if span is None:
                continue
            for entity in list(reg.entities):  # "SAC" of "SAC-A"
                inner = [m for m in entity.mentions if _inside(*m, [(start, end)])]
                for mention in inner:
                    del entity.mentions[mention]
                if not entity.mentions:
                    reg.drop(entity)
            reg.add("PROGRAM", span, "rule")
            programmes.append((start, end))


def _place_suffixed(doc: Doc, reg: Registry) -> None:
    """ "Ministry of Science and ICT of Korea", later "the Ministry of Science
    and ICT": a name and the same name with "of <place>" are one body."""
    by_key = {e.key: e for e in reg.entities if e.label == "ORG"}
    for entity in list(by_key.values()):
        if " of " not in entity.key:
            continue
        start, end = min(entity.mentions)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        cut = max((t.i for t in span[1:-1] if t.lower_ == "of"), default=None)
        if cut is None:
            continue
        place = span.doc[cut + 1 : span.end]
        if place[0].lower_ == "the":
            place = place[1:]
        # a place: a few capitalised words, no head word, no known body (the
        # model's types are no guide here: it reads "of China" into the ORG)
        if not 0 < len(place) <= 3 or reg.get(place.text) is not None:
            continue
        if any(t.lower_ in reg.lex.heads or not t.is_title for t in place):
            continue
        short = by_key.get(norm(span.doc[span.start : cut].text))
        if short is None or short is entity or short not in reg.entities:
            continue
        _fold(reg, short, entity)


INSTRUMENT_CUES = re.compile(
    r"\b(?:instruments?|payloads?|aboard|onboard|on board|carr(?:y|ies|ying))\b", re.I
)


def _instrument_programs(doc: Doc, reg: Registry) -> set[str]:
    """Keys of "programmes" that are instruments of a mission: a name with
    an instrument word after it ("the DORN instrument"), or a telescope named
    where the text speaks of instruments or payloads ("carries two
    instruments: the Wide-field X-ray Telescope ..."). Missions in the
    gazetteer stay ("Hubble Space Telescope")."""
    text = text_of(doc)
    found = set()
    for entity in reg.entities:
        if entity.label != "PROGRAM" or any(
            _known(reg.lex, text[a:b]) for a, b in entity.mentions
        ):
            continue
        for start, end in entity.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if _instrument(span, reg.lex):
                found.add(entity.key)
                break
            if not _a_telescope(span) or "Space" in span.text:
                continue
            # its sentence and the one before ("The satellite carries four
            # instruments. France provided ... the Visible Telescope (VT).")
            sent = span.sent
            before = doc[sent.start - 1].sent if sent.start else sent
            if INSTRUMENT_CUES.search(text, before.start_char, sent.end_char):
                found.add(entity.key)
                break
    return found


VEHICLE_NAME = re.compile(r"\b(?:Launch\s+Vehicle|Rocket)$")
CRAFT_AFTER = re.compile(r"\s+(?:spacecraft|capsule|satellites?|probe|orbiter)\b")


def listed_launcher(form: str, lex: Lexicon) -> bool:
    """A launcher of the lexicon's list, or one of its flights: "Ariane 5",
    "PSLV-C11", "Long March-5", "Briz-M"."""
    return any(
        form == name or form.startswith((name + " ", name + "-"))
        for name in lex.launchers
    )


def _launchers(doc: Doc, reg: Registry) -> set[str]:
    """Keys of "programmes" the text names only as launchers ("the Polar
    Satellite Launch Vehicle (PSLV)" ... "the next PSLV mission, PSLV-C19"):
    a rocket and its flights are no programme."""
    vehicles = vehicle_names(doc)
    text = text_of(doc)
    found = set()
    for entity in reg.entities:
        if entity.label != "PROGRAM" or not entity.mentions:
            continue
        # with the word before: "March-7" of "Long March-7"
        forms = {
            (text[a:b], " ".join(text[max(0, a - 20) : b].split()[-2:]))
            for a, b in entity.mentions
        }
        if not all(
            re.split(r"[-\s]", form, maxsplit=1)[0] in vehicles
            or VEHICLE_NAME.search(form)
            or listed_launcher(form, reg.lex)
            or (" " not in form and listed_launcher(wider, reg.lex))
            for form, wider in forms
        ):
            continue  # "PSLV-C19", "Polar Satellite Launch Vehicle"
        if any(CRAFT_AFTER.match(text, b) for _, b in entity.mentions):
            continue  # "the Soyuz spacecraft": a craft too
        found.add(entity.key)
    return found


def _a_telescope(span: Span) -> bool:
    """ "the Visible Telescope", "the ECLAIRs wide-field telescope", "the MXT
    X-ray telescope"."""
    if span[-1].text == "Telescope":
        return True
    for token in span.doc[span.end : span.end + 5]:
        if token.text == "telescope":
            return True
        if not (token.is_lower or token.text in {"-", "–", "X", "UV"}):
            return False
    return False


def _launch_sites(doc: Doc, reg: Registry) -> set[str]:
    """Keys of organisations named only as where a launch leaves from ("lifted
    off from the Satish Dhawan Space Centre"): a place there, not a body."""
    launches = [
        s
        for s in doc.spans.get("rules", [])
        if s.label_ == "EVENT_TRIGGER" and s.id_.startswith("launch:")
    ]
    sites = set()
    text = text_of(doc)
    for entity in reg.entities:
        if entity.label != "ORG" or not launches:
            continue
        if not SITE_KINDS & set(entity.key.split()):
            continue  # "and from Universidad del Valle de Guatemala": a body
        origin = False
        for start, _end in entity.mentions:
            span = doc.char_span(start, _end, alignment_mode="expand")
            before = text[max(0, start - 60) : start]
            launched = span is not None and any(
                t.sent == span.sent and t.end <= span.start for t in launches
            )
            if launched and LAUNCHED_FROM.search(before):
                origin = True
            elif not AT_A_PLACE.search(before):
                break  # named as a body somewhere: "the Centre said"
        else:
            if origin:
                sites.add(entity.key)
    return sites


# a word of the name of a place a launch leaves from (the registry's keys
# write "centre" as "center")
SITE_KINDS = frozenset(
    {"center", "cosmodrome", "base", "range", "complex", "spaceport", "station"}
    | {"site", "facility", "shar", "port", "pad"}
)
# "from the Satish Dhawan Space Centre", "from the ELA-3 launch pad at the
# Guiana Space Center", "from the First Launch Pad of ..."
LAUNCHED_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:launch\s+)?(?:pad|complex|"
    r"site)\s+(?:at|of)\s+(?:the\s+)?)?$",
    re.I,
)
# "began on Saturday at the Satish Dhawan Space Centre here"
AT_A_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.I)


def _site_names(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Where the lexicon's launch sites are named ("the Guiana Space Centre"):
    no place is told inside one."""
    return [m.span() for m in _site_pattern(lex.launch_sites).finditer(text_of(doc))]


@lru_cache(maxsize=4)
def _site_pattern(sites: frozenset[str]) -> re.Pattern[str]:
    names = sorted(sites, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def _record_spans(
    doc: Doc, reg: Registry, label: str, skip: set[str] = frozenset()
) -> list[Span]:
    spans = []
    for entity in reg.entities:
        if entity.label != label or entity.key in skip:
            continue
        for (start, end), method in sorted(entity.mentions.items()):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(
                    Span(
                        doc,
                        span.start,
                        span.end,
                        label=label,
                        span_id=entity.key,
                        kb_id=method,
                    )
                )
    return spans


@Language.factory(
    "space_entities", requires=["doc.ents", "token.pos"], assigns=["doc.spans"]
)
def make_space_entities(nlp: Language, name: str) -> SpaceEntities:
    return SpaceEntities()


class SpaceEntities:
    """Writes doc.spans["org"], ["program"], ["event_name"], ["location"] and
    the acronym of each record to doc.user_data["acronyms"]."""

    def __init__(self) -> None:
        self.lex = load_lexicon()

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        people = bylined(doc)
        if people:
            doc.spans["rules"] = [*doc.spans.get("rules", []), *people]
        reg = resolve(doc, self.lex)
        doc.spans["org"] = _record_spans(doc, reg, "ORG", _launch_sites(doc, reg))
        doc.spans["program"] = _record_spans(
            doc, reg, "PROGRAM", _instrument_programs(doc, reg) | _launchers(doc, reg)
        )
        named = _char_spans(doc.spans["event_name"])
        # "welcomed by Natalia Sergeeva, Deputy Director ...": a person, though
        # the model reads her first name as a place
        blocked = _taken(reg) + named + _char_spans(doc.spans["apposed"])
        blocked += _site_names(doc, self.lex)
        programmes = frozenset(
            form for form, e in reg.by_form.items() if e.label == "PROGRAM"
        )
        doc.spans["location"] = _locations(
            doc, self.lex, blocked, reg.datelines, programmes
        )
        doc.user_data["acronyms"] = {
            e.key: e.acronym for e in reg.entities if e.acronym
        }
        return doc
