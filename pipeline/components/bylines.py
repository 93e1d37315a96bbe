"""People a news page names in its byline, credit or editor line: "By Giulia
Segreti and Liz Lee", "Reporting by A in Milan; Editing by B", "Editor: Huang
Wei", "By ZHAO LEI | chinadaily.com.cn", "Oct 8, 2018 / By X", "Posted on 22
October 2018 by X", a photo credit "REUTERS/Claudia Greco", and a job of a
body set before a name ("the president of CONAE, Marcelo Ibarra,"). The
statistical model often reads these as organisations or misses them; these
words say what they are."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.components.text import NAME_WORD, text_of
from pipeline.dates.vocab import DATE_WORDS
from pipeline.lexicon import Lexicon, load_lexicon

_CAPS = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
# a surname's particle: "Maartje de Vries", "Jan van der Berg"
_PARTICLES = r"(?:\s+(?:de|van|von|der|den|da|di|du|dos|del|la|le|ter|ten))*"
# "Giulia Segreti", "K. Ramesh Babu", "ZHAO LEI", "ZHAO Lei"
NAME = (
    rf"(?:(?:[A-Z]\.\s*)?{NAME_WORD}(?:{_PARTICLES}\s+(?:[A-Z]\.\s*)?{NAME_WORD}){{1,2}}"
    rf"|{_CAPS}(?:\s+(?:{_CAPS}|{NAME_WORD})){{1,2}})"
)
# "J. Ferrand" after a photo agency's name: initials and a surname
_INITIALLED = rf"(?:[A-Z]\.\s*)+{NAME_WORD}"
BYLINE = re.compile(
    r"(?:^|\||(?<=\s)/|\(|(?<=\s{2}))[ \t]*(?:(?:Additional\s+)?(?:Reporting|Writing|"
    r"Editing|reporting|Reported|Written|Edited|Compiled)\s+by|By|BY|by|Por|Par|"
    r"(?:Page\s+|Site\s+|Managing\s+)?Editors?|Author|Reporter|Correspondent|Text|Words|Story|"
    # "Writer: Li Mengyao  Editor: Wang Qian", "[... Photo: Andres Kask]"
    r"Writer|Photographer|Photo(?:\s+credit)?(?=\s*:)|Credits?(?=\s*:)|"
    # a page's footer: "Site Manager: Tony Greicius     Webmaster: Ian J.
    # O'Neill", "NASA Official: Brian Dunbar"
    r"Site\s+Manager|Webmaster|(?:[A-Z]{2,}\s+)?Official(?=\s*:)|"
    # "Posted on 22 October 2018 by Kenta Ogura"
    r"(?:Posted|Published)\b[^\n|]{0,40}?\bby)"
    # up to the line's end, its next item or a gap of columns
    r"[ \t]*[:：]?[ \t]*(?P<rest>(?:(?![ \t]{2})[^\n|])+)",
    re.M,
)
# a name ends the line or an item, or a place or the next name follows
_NAME_IN_LIST = re.compile(
    rf"(?:^|(?<=\bby\s)|(?<=\band\s)|(?<=,\s)|(?<=;\s)|(?<=&\s))({NAME})"
    r"(?=\s*(?:$|[,;&·•\])]|\.\s|\s(?:in|and)\s))"
)
# "REUTERS/Claudia Greco", "(Xinhua/Ahmad Kamal)" (a credit in a copyright
# line is the page's small print, left out with it)
CREDIT = re.compile(
    # "MPIfR / K. Wendt": an agency's capitals at both ends
    rf"(?:\b[A-Z][A-Za-z&]*[A-Z]|\((?:Xinhua|Photo|Image|[A-Z][a-z]+ (?:News|Photo)))"
    # "Credit: CNES / S. Girard", "IRAM/J. Ferrand"
    rf"(?:/|\s/\s)({NAME}|{_INITIALLED})\b"
)
# "[Photo: Researchers at the telescope. Photo: Andres Kask]": a credit
# closing a caption
CLOSING_CREDIT = re.compile(
    rf"\b(?:Photo|Photograph|Image|Credit)s?\s*:\s*({NAME}|{_INITIALLED})\s*[\])]"
)
# "Sandeep Rao / TNN / Updated: Aug 21, 2025": a name, then a wire's capitals
NAME_THEN_WIRE = re.compile(
    rf"^[ \t]*({NAME})[ \t]*[/|][ \t]*[A-Z]{{2,}}[ \t]*(?:[/|]|$)", re.M
)
# "the president of CONAE, Marcelo Ibarra, and", "Rwanda's Minister of ICT and
# Innovation, Jean-Paul Habimana, said": a job of a body, then the name
JOB_OF = re.compile(
    r"\b(?i:president|director|director general|chairman|chairwoman|chair|head|"
    r"administrator|chief|secretary general|minister|ambassador|commissioner|"
    r"governor|rector)\s+of\s+(?:the\s+)?"
    rf"[A-Z][\w&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&-]*)*,\s+({NAME})(?=,|\s+(?:and|said)\b)"
)
# capitals that are not a name: "By NASA Staff", "BY THE NUMBERS"
_NOT_NAMES = frozenset({"Staff", "STAFF", "Reporter", "Writer", "Correspondent", "THE"})
# a place's or a government's word: "(Photo: Busan Metropolitan City)"
_PLACE_WORDS = frozenset(
    {"City", "Metropolitan", "Province", "County", "Prefecture", "Municipality"}
    | {"Government", "Ministry", "Embassy"}
)


def bylined(doc: Doc) -> list[Span]:
    text = text_of(doc)
    found = []
    for line in BYLINE.finditer(text):
        rest = line.group("rest")
        for m in _NAME_IN_LIST.finditer(rest):
            start = line.start("rest") + m.start(1)
            found.append((start, start + len(m.group(1))))
    found += [m.span(1) for m in CREDIT.finditer(text)]
    found += [m.span(1) for m in CLOSING_CREDIT.finditer(text)]
    if " / " in text or "|" in text:
        found += [m.span(1) for m in NAME_THEN_WIRE.finditer(text)]
    found += [m.span(1) for m in JOB_OF.finditer(text)]
    lex = load_lexicon()
    spans = []
    for start, end in found:
        span = doc.char_span(start, end)
        if span is None or any(
            t.text in _NOT_NAMES
            or t.text in _PLACE_WORDS
            or t.lower_ in DATE_WORDS
            or t.lower_ in lex.heads
            or t.text in lex.title_words
            for t in span
        ):
            continue  # "By Early May,", "By Beijing Institute", "SGAC Coordinator"
        spans.append(Span(doc, span.start, span.end, label="PERSON"))
    return spans


def line_around(text: str, start: int, end: int) -> str:
    """The line that holds text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


# a line's label that no headline opens with
LINE_LABELS = frozenset(
    {"contact:", "contacts:", "source:", "inquiries:", "enquiries:", "by:", "credit:"}
)
# a telephone number or an e-mail address
REACHED = re.compile(
    r"\+\d[\d ()-]{6,}\d|\(\d{3}\)\s*\d{3}-\d{4}|[\w.+-]+@[\w-]+\.[\w.-]+"
)


def headline(line: str, lex: Lexicon) -> bool:
    """A title-case headline ("NASA, ISRO Mark Milestone as Radar Heads to
    India"): its capitalised verbs and nouns read as names. Not a byline, a
    contact line, a line of a list of speakers ("Dr. Clara Wenzel, SOHO
    Project Scientist, ESA, Noordwijk") or a sentence."""
    words = line.split()
    if not 4 <= len(words) <= 20 or line.rstrip()[-1] in ".!?:;,":
        return False
    if words[0] in {"-", "–", "•", "*", "·"}:
        return False  # " - LESIA, Observatoire de Paris - PSL, France": a list
    if (
        any(w.casefold() in LINE_LABELS for w in words[:3])
        or "|" in line
        or BYLINE.search(line)
        or REACHED.search(line)
    ):
        return False  # "Media contact: Park Ji-won, ... (+82-55-856-1234)"
    if len(parts := line.split(",")) > 2 and any(
        w in lex.title_words for w in parts[1].split()
    ):
        return False  # "Christine Dupont, Communications Officer, IAF Secretariat"
    if any(w in lex.honorifics for w in words[:4]):
        return False  # "Chair:  Prof. Elena Kostas, University of Cyprus"
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3)
    return capitalised >= 0.8 * sum(len(w) > 3 for w in words)


def in_headline(text: str, start: int, end: int, lex: Lexicon) -> bool:
    line = line_around(text, start, end)
    return headline(line, lex) and line.strip() != text[start:end]
