"""Acronym definitions: "Long Form (LF)", "LF (Long Form)", "LF, short for Long
Form", "Long Form, LF for short", "Unit of the Parent (UN, PA)", "LF, the Long
Form".

The long form is found with Schwartz & Hearst's algorithm (PSB 2003): the
shortest run of words ending before the parenthesis whose letters contain the
short form's characters in order, the first at a word start. Pure functions,
no spaCy.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_PAREN = re.compile(r"\(\s*([^()\n]{1,60}?)\s*\)")
_SHORT_FOR = re.compile(
    r"(?P<short>[A-Z][\w&.\-]{1,14}),\s+(?:short|an abbreviation) for\s+"
    r"(?:the\s+)?(?P<long>[A-Z][^,.;:()\n]{3,120})"
)
_FOR_SHORT = re.compile(
    r"(?P<long>[A-Z][^,.;:()\n]{3,120}),\s+(?:or\s+)?(?P<short>[A-Z][\w&\-]{1,14})"
    r"\s+for short"
)
# "XRISM, the X-ray Imaging and Spectroscopy Mission": a name set beside the
# words it abbreviates (all of them, or it is no definition)
_CAP = r"[A-Z][\w'’-]*"
_APPOSED = re.compile(
    rf"(?<![\w-])(?P<short>[A-Z][\w&-]{{1,14}}),\s+the\s+"
    rf"(?P<long>{_CAP}(?:\s+(?:(?:of|and|for|on|the|in)\s+)*{_CAP})+)"
)
_NAME_WORDS = rf"{_CAP}(?:[ \t]+(?:(?:of|and|for|on|the|in)[ \t]+)*{_CAP})+"
# "The Geo-Informatics and Space Technology Development Agency or GISTDA"
_OR_SHORT = re.compile(
    rf"(?P<long>{_NAME_WORDS})[ \t]+or[ \t]+(?P<short>[A-Z][\w&-]{{1,14}})\b"
)
# "the Earth System Science Pathfinder program, or ESSP, which", "the National
# Institute for Space Research, or INPE, in": set off by commas, the short form
# of a name in another language too
_COMMA_OR = re.compile(
    rf"(?P<long>{_NAME_WORDS})(?P<word>[ \t]+[a-z]+)?,[ \t]+or[ \t]+"
    r"(?P<short>[A-Z][A-Z&-]{1,14})(?=[,.;)])"
)
# "the National Commission on Space Activities, known by its Spanish acronym
# CONAE", "..., known as SIASGE": the text says it is the short form, though
# its letters may come from another language
_KNOWN_AS = re.compile(
    rf"(?P<long>{_NAME_WORDS}),?[ \t]+(?:known|referred[ \t]+to)[ \t]+"
    r"(?:by[ \t]+its[ \t]+(?:[A-Z]?[a-z]+[ \t]+)?(?:acronym|initials|abbreviation)"
    r"|as)[ \t]+(?P<short>[A-Z][A-Z&-]{1,14})\b"
)
# a logo line: "KASI Korea Astronomy and Space Science Institute"
_SIDE_BY_SIDE = re.compile(
    rf"^[ \t]*(?P<short>[A-Z][A-Z&-]{{1,14}})[ \t]+(?P<long>{_NAME_WORDS})[ \t]*$",
    re.M,
)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class AcronymPair:
    short: str
    short_start: int
    long: str
    long_start: int
    native: bool = False  # the name in its own language, beside another

    @property
    def short_end(self) -> int:
        return self.short_start + len(self.short)

    @property
    def long_end(self) -> int:
        return self.long_start + len(self.long)


def is_short_form(text: str) -> bool:
    """An abbreviation-like string: 2-15 chars, up to 3 words, mostly capitals."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not 2 <= len(text) <= 15:
        return False
    if ":" in text:
        return False  # "(Photo: MSIT)", "(Source: KASA)": a credit
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return bool(letters) and text[0].isalnum() and upper >= max(2, len(letters) // 2)


_LINK_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "&"})


def initials_form(short: str, candidate: str) -> str | None:
    """The words whose initials are exactly the short form ("Space Studies Board"
    for SSB, where letter matching alone would settle for "Studies Board")."""
    letters = "".join(c for c in short if c.isalpha()).upper()
    words = candidate.split()
    for k in range(1, min(len(words), len(letters) + 4) + 1):
        suffix = words[-k:]
        if suffix[0].lower() in _LINK_WORDS:
            continue
        initials = "".join(w[0] for w in suffix if w.lower() not in _LINK_WORDS)
        if initials.upper() == letters and initials[:1].isupper():
            return " ".join(suffix)
    return None


def initials_of(name: str) -> str | None:
    """ "Commonwealth Scientific and Industrial Research Organisation" ->
    "CSIRO": the capitals of a name of three words or more, when every word
    but the links has one."""
    words = [w for w in name.split() if w.lower() not in _LINK_WORDS]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


_LEADING_LINKS = re.compile(r"^(?:(?:and|the|of|for|&)\s+)+")
# the small words inside a name, in English and in other languages
NAME_LINKS = frozenset(
    {"of", "for", "and", "on", "the", "in", "to", "at", "de", "del", "la", "las"}
    | {"los", "el", "les", "des", "du", "di", "da", "do", "dos", "das", "e", "y"}
    | {"et", "und", "für", "der"}
)


def long_form_for(short: str, candidate: str) -> str | None:
    """The words of ``candidate`` (a suffix) that ``short`` abbreviates: by
    initials when they spell it, else Schwartz-Hearst's shortest match; a
    number that ends the short form may stand for none of the words
    ("Global Change Observation Mission - Water (GCOM-W1)"), nor a word
    after that number ("... Mastery, Innovation and Advancement
    (STAMINA4Space)")."""
    found = _long_form(short, candidate)
    numbered = re.match(r"^(.*[A-Za-z])-?\d{1,3}(?:[A-Z][a-z]+)?$", short)
    if found is None and numbered is not None and len(numbered.group(1)) >= 2:
        found = _long_form(numbered.group(1), candidate)
    if found is not None and candidate.endswith(found):
        # "Department for Business, Energy and Industrial Strategy (BEIS)":
        # the office the letters leave out
        office = _OFFICE_BEFORE.search(candidate, 0, len(candidate) - len(found))
        if (
            office is not None
            and found[:1].isupper()
            and not _BODY_END.search(found)
            and found.split()[0] not in _OFFICES
        ):
            return f"{office.group(1)} {found}"
    return found


# the last word of a body's name: "Secretariat of the Asia-Pacific Space
# Cooperation Organization (APSCO)" abbreviates the body, not its office
_BODY_END = re.compile(
    r"\b(?:Organi[sz]ation|Agency|Institute|Centre|Center|Bureau|Office|Committee"
    r"|Council|Union|Association|Society|Academy|University|Administration|Group"
    r"|Observations|Corporation|Foundation|Commission|Laboratory|Network|Authority"
    r"|Ministry|Department|Forum|Programme|Program)$"
)
# a government office's head and link, which a short form may leave out
_OFFICES = ("Department", "Ministry", "Office", "Directorate", "Bureau", "Secretariat")
_OFFICE_BEFORE = re.compile(
    rf"(?<![\w'’-])((?:{'|'.join(_OFFICES)}|Agency)\s+(?:for|of)(?:\s+the)?)\s+$"
)


def _long_form(short: str, candidate: str) -> str | None:
    initials = initials_form(short, candidate)
    if initials is not None and candidate.endswith(initials):
        return initials
    parent = re.match(r"^(.*\S),\s*[A-Z][\w&-]*$", candidate)
    if parent:  # "National Space Science Center, CAS (NSSC)": the unit, not CAS
        unit = initials_form(short, parent.group(1))
        if unit is not None and parent.group(1).endswith(unit):
            return unit
    s, lng = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while lng >= 0 and (
            candidate[lng].lower() != c
            or (s == 0 and lng > 0 and candidate[lng - 1].isalnum())
        ):
            lng -= 1
        if lng < 0:
            return None
        lng -= 1
        s -= 1
    start = candidate.rfind(" ", 0, lng + 1) + 1
    # "and the Mexican Space Agency (AEM)": a name does not start with a link
    result = _LEADING_LINKS.sub("", candidate[start:].strip())
    if re.search(r",\s+[a-z]", result):
        return None  # "Congress, which the Italian Space Agency": a clause, not a name
    if len(result.split()) > min(len(short) + 5, len(short) * 2) + 1:
        return None
    stray = [w for w in result.split() if w.islower() and w not in NAME_LINKS]
    name = _NAME_CLOSING.search(candidate) if len(stray) >= 2 else None
    if name is not None and _spells_most(short, name.group(1)):
        # "the four COSMO-SkyMed satellites within the Italian-Argentine
        # Satellite System for Emergency Management (SIASGE)": letters found in
        # the words of a clause; the capitalised name closing it
        return name.group(1)
    if result[:1].islower() and (
        prev := re.search(r"(?<!\S)([A-Z][\w-]*)\s+$", candidate[:start])
    ):
        result = f"{prev.group(1)} {result}"  # "Greenhouse gases Observing SATellite"
    elif result[:1].islower() and (name := _reordered(short, candidate)):
        # "the representatives of the Italian Space Agency (ASI)": letters
        # found in common words; the short form is of the name in its own
        # language (Agenzia Spaziale Italiana), the same initials reordered
        return name
    return result if len(result) > len(short) else None


def _spells_most(short: str, name: str) -> bool:
    """Whether the capitalised words of ``name`` (of two or more) give at
    least two thirds of the short form's letters, in any order."""
    initials = Counter(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    letters = Counter(c for c in short.upper() if c.isalpha())
    shared = sum((initials & letters).values())
    return len(name.split()) > 1 and shared * 3 >= 2 * sum(letters.values())


# Two or more capitalised words closing the text, with their links: "Italian
# Space Agency", "Institute of Space and Astronautical Science"
_NAME_CLOSING = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+(?:(?:(?:of|for|on)(?:\s+the)?|and)\s+)?)+"
    r"[A-Z][\w'’-]*)\s*$"
)


def _reordered(short: str, candidate: str) -> str | None:
    """The capitalised name closing ``candidate`` when its initials are the
    short form's letters in another order."""
    name = _NAME_CLOSING.search(candidate)
    if name is None:
        return None
    words = name.group(1).split()
    if POSSESSOR.search(words[0]):
        words = words[1:]  # "by Spain's National Geographic Institute (IGN)"
    initials = sorted(w[0] for w in words if w[0].isupper())
    letters = sorted(c for c in short.upper() if c.isalpha())
    return " ".join(words) if len(initials) > 1 and initials == letters else None


POSSESSOR = re.compile(r"['’]s?$")


# A sentence's end: a full stop after a word or a number (not "U.S." nor "Dr.").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{2})\.\s+(?=[A-Z])")


def _words_before(text: str, end: int, limit: int) -> tuple[str, int]:
    """Up to ``limit`` words of the same line and sentence ending at ``end``,
    after any closed bracket ("TUGSAT-1 (14 kg) - Graz University of Technology (TU
    Graz)": no long form runs back over "(14 kg)")."""
    newline = text.rfind("\n", 0, end)
    if newline > 0 and not text[newline:end].strip() and text[newline - 1] != "\n":
        # "... Remote Sensing and Space Sciences\n(NARSS)": a hard-wrapped
        # line that opens with the bracket, its long form on the line before
        newline = text.rfind("\n", 0, newline)
    line_start = max(newline, text.rfind(")", 0, end)) + 1
    stops = list(_SENTENCE_END.finditer(text, max(line_start, end - 400), end))
    if stops:  # "... LAPAN-A3 in 2016. The National Institute ... (LAPAN)"
        line_start = stops[-1].end()
    words = list(_WORD.finditer(text, line_start, end))[-limit:]
    if not words:
        return "", end
    return text[words[0].start() : end].rstrip(), words[0].start()


def _two_pairs(text: str, m: re.Match[str]) -> list[AcronymPair]:
    """ "National Space Science Center of the Chinese Academy of Sciences (NSSC,
    CAS)": a unit and its parent, each with its own short form."""
    parts = [p.strip() for p in m.group(1).split(",")]
    if len(parts) != 2 or not all(is_short_form(p) and " " not in p for p in parts):
        return []
    unit, parent = parts
    limit = 2 * (len(unit) + len(parent)) + 4
    candidate, start = _words_before(text, m.start(), limit)
    long_parent = long_form_for(parent, candidate)
    if not long_parent:
        return []
    parent_pos = start + candidate.rfind(long_parent)
    link = re.search(r"\s+of\s+(?:the\s+)?$", text[start:parent_pos])
    if not link:
        return []
    long_unit = long_form_for(unit, text[start : start + link.start()])
    if not long_unit:
        return []
    unit_pos = text.rfind(long_unit, start, parent_pos)
    parent_short = m.start(1) + m.group(1).rindex(parent)
    return [
        AcronymPair(unit, m.start(1), long_unit, unit_pos),
        AcronymPair(parent, parent_short, long_parent, parent_pos),
    ]


def _native_and_short(text: str, m: re.Match[str]) -> list[AcronymPair]:
    """ "The German Aerospace Center (Deutsches Zentrum für Luft- und
    Raumfahrt; DLR)": the name in its own language and the short form in
    brackets; both long forms define it."""
    inside = m.group(1)
    parts = [p.strip() for p in re.split(r"[;,]\s+", inside)]
    if len(parts) != 2 or not is_short_form(parts[1]) or " " in parts[1]:
        return []
    native, short = parts
    if len(native.split()) < 2 or not native[:1].isupper():
        return []
    at = m.start(1) + inside.rindex(short)
    found = [AcronymPair(short, at, native, m.start(1), native=True)]
    before = _NAME_BEFORE.search(text, max(0, m.start() - 120), m.start())
    if before is not None:
        english = _own_words(before.group(1))
        if len(english.split()) > 1:
            start = before.start(1) + len(before.group(1)) - len(english)
            found.insert(0, AcronymPair(short, at, english, start))
    return found


# The capitalised words of a name just before a bracket.
_NAME_BEFORE = re.compile(rf"({_NAME_WORDS})[ \t]*$")


def _short_name(text: str, m: re.Match[str]) -> AcronymPair | None:
    """ "The Portuguese Space Agency (Portugal Space)": a short name of two or
    three capitalised words, each one of the long form's words or sharing its
    first five letters with one (a country for its nationality)."""
    words = m.group(1).split()
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and w.isalpha() for w in words
    ):
        return None
    before = _NAME_BEFORE.search(text, max(0, m.start() - 120), m.start())
    if before is None:
        return None
    long = _own_words(before.group(1))
    if len(long.split()) <= len(words):
        return None
    stems = {w[:5] for w in long.split() if len(w) >= 5}
    if not all(w in long.split() or (len(w) >= 5 and w[:5] in stems) for w in words):
        return None
    start = before.start(1) + len(before.group(1)) - len(long)
    return AcronymPair(m.group(1), m.start(1), long, start)


def _paren_pairs(text: str) -> list[AcronymPair]:
    pairs = []
    for m in _PAREN.finditer(text):
        inside, before_end = m.group(1), m.start()
        if two := _two_pairs(text, m):
            pairs.extend(two)
        elif is_short_form(inside) or is_short_form(inside.split(",")[0]):
            # "(KASI, President PARK Jongmin)": the short form, then more
            inside = inside.split(",")[0].strip()
            if not is_short_form(inside):
                continue
            candidate, start = _words_before(text, before_end, 2 * len(inside) + 2)
            long = long_form_for(inside, candidate)
            # 'Greenhouse gases Observing SATellite-2 "IBUKI-2" (GOSAT-2)': a
            # nickname in quotes between the name and its short form (but
            # '"Tan Ce-1" (TC-1)' is the name)
            quoted = _QUOTED_BEFORE.search(text, max(0, before_end - 40), before_end)
            if quoted and long and any(q in long.strip(QUOTES) for q in QUOTES):
                limit = 2 * len(inside) + 2
                candidate, start = _words_before(text, quoted.start(), limit)
                long = long_form_for(inside, candidate)
            else:
                quoted = None
            if long:
                pos = start + candidate.rfind(long)
                pairs.append(AcronymPair(inside, m.start(1), long, pos))
                if quoted:
                    pairs.append(
                        AcronymPair(quoted.group(1), quoted.start(1), long, pos)
                    )
        elif native := _native_and_short(text, m):
            pairs.extend(native)
        elif brand := _short_name(text, m):
            pairs.append(brand)
        elif len(inside.split()) >= 2:
            # "eROSITA (extended ROentgen Survey with an Imaging Telescope
            # Array)"; not "(Nasdaq:
            # RKLB) (\"Rocket Lab\" or ...)"
            prev = re.search(
                r"(?<!\S)([^\W_][\w&-]*)\s*$",
                text[max(0, before_end - 16) : before_end],
            )
            short = prev.group(1) if prev else ""
            if is_short_form(short) and long_form_for(short, inside) == inside:
                pairs.append(
                    AcronymPair(
                        short, before_end - len(prev.group(0)), inside, m.start(1)
                    )
                )
    return pairs


_QUOTED_BEFORE = re.compile(r"\s+[\"“]([A-Z][\w-]{1,20}(?:\s[\w-]{1,12})?)[\"”]\s*$")
_BRACKET_NEXT = re.compile(r"[\s\S]?\(")  # a bracket next, or one character on


def _own_words(long: str) -> str:
    """A name without what precedes it: an owner's possessive ("Argentina's
    National Commission ..."), a leading article or link word."""
    long = re.split(r"['’]s\s+", long)[-1]
    return _LEADING_LINKS.sub("", re.sub(r"^The\s+", "", long))


def find_pairs(text: str) -> list[AcronymPair]:
    """Every acronym definition in ``text``, in order of the short form."""
    pairs = _paren_pairs(text)
    for m in _SHORT_FOR.finditer(text):
        long = m.group("long").strip()
        pairs.append(
            AcronymPair(m.group("short"), m.start("short"), long, m.start("long"))
        )
    for m in _FOR_SHORT.finditer(text):
        short = m.group("short")
        if is_short_form(short):
            long = m.group("long").strip()
            pairs.append(AcronymPair(short, m.start("short"), long, m.start("long")))
    explicit = [(_KNOWN_AS, (" known ", "referred to")), (_COMMA_OR, (", or ",))]
    for pattern, needs in explicit:
        if not any(n in text for n in needs):
            continue
        for m in pattern.finditer(text):
            long = _own_words(m.group("long"))
            start = m.start("long") + len(m.group("long")) - len(long)
            if len(long.split()) > 1:
                pairs.append(
                    AcronymPair(m.group("short"), m.start("short"), long, start)
                )
    for pattern, needs in (
        (_APPOSED, ", the "),
        (_OR_SHORT, " or "),
        (_SIDE_BY_SIDE, ""),
    ):
        if needs not in text:
            continue  # the patterns are costly to try at every capital
        for m in pattern.finditer(text):
            short, long = m.group("short"), m.group("long")
            if _BRACKET_NEXT.match(text, m.end("long")):
                continue  # "KARI, the Korea Astronomy ... Institute (KASI)": KASI's
            found = long_form_for(short, long) if is_short_form(short) else None
            # all the words, but a leading article
            if found and long.endswith(found) and long[: -len(found)] in {"", "The "}:
                start = m.start("long") + len(long) - len(found)
                pairs.append(AcronymPair(short, m.start("short"), found, start))
    return sorted((_unquoted(p) for p in pairs), key=lambda p: p.short_start)


QUOTES = '"“”«»'


def _unquoted(pair: AcronymPair) -> AcronymPair:
    """'"Tan Ce-1" (TC-1)': the name without its quotes."""
    long = pair.long.strip(QUOTES)
    if long == pair.long or not long:
        return pair
    lead = len(pair.long) - len(pair.long.lstrip(QUOTES))
    return AcronymPair(
        pair.short, pair.short_start, long, pair.long_start + lead, pair.native
    )
