"""Events: what happened or is planned, with its date, place and participants.

A sentence states an event for each named event it holds ("the Seventh ...
Workshop") and for each further type of trigger from ``patterns/events.jsonl``
("visited", "signed", "was established", "approved"). Each event takes the
sentence's resolved date nearest to its trigger, the place written after
"in"/"at", and the organisations the sentence names. Mentions of one event
across sentences are merged.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.entities import ORDINAL
from pipeline.components.guard import guarded
from pipeline.components.names import NATIONAL_ASSEMBLY, UN_ASSEMBLY
from pipeline.components.text import text_of, words_around, words_before
from pipeline.dates.finder import iso_week
from pipeline.dates.tense import UNTIL
from pipeline.lexicon import load_lexicon
from pipeline.metadata import guess_title

# When a sentence has several triggers, the most specific one names the event.
PRIORITY = (
    "agreement",
    "launch",
    "establishment",
    "visit",
    "school",
    "workshop",
    "conference",
    "ceremony",
    "meeting",
    "other",
)
PLACE_LINK = {"in", "at"}


@dataclass
class EventRecord:
    type: str
    name: str | None
    date: str | None
    location: str | None
    participants: list[str] = field(default_factory=list)
    evidence: tuple[int, int] = (0, 0)
    trigger: tuple[int, int] | None = None
    # "After the talks, ...": refers back to an event already told, no date of
    # its own; it adds to that event rather than making a new one.
    anaphoric: bool = False
    definite: bool = False  # "the forum": an event of that type told before
    planned: bool = False  # "to set up a working group": not yet happened
    until: str | None = None  # the last day of a named event held over days
    # dated only by an earlier sentence ("It was signed by ..."): the same
    # event as one of its type told before, if any
    contextual: bool = False
    # an unnamed event's trigger in capitals after an ordinal ("the 9th
    # Progress Meeting of ..."): the words a name told elsewhere may hold
    titled: tuple[str, ...] = ()


# The span groups the event rules read, listed once per text (a SpanGroup
# makes a new Span object each time it is read)
Groups = dict[str, list[Span]]


def _groups(doc: Doc) -> Groups:
    rules = doc.spans.get("rules", [])
    groups = {
        "event_name": list(doc.spans.get("event_name", [])),
        "triggers": [s for s in rules if s.label_ == "EVENT_TRIGGER"],
        "location": list(doc.spans.get("location", [])),
        "org": list(doc.spans.get("org", [])),
        "program": list(doc.spans.get("program", [])),
    }
    groups["triggers"] = sorted(
        groups["triggers"] + _craft_did(doc, groups), key=lambda s: s.start
    )
    return groups


# A programme's own step told with a date: "Chang'e-5 returned ... last
# December", "Hayabusa2 will drop off its capsule on December 6", "SMILE left
# ESTEC on Monday". The programme is the sentence's subject (not "with the
# Hubble Space Telescope", "the instrument for SMILE"), the verb a past one or
# one after a helping verb ("will drop off", "was shipped"); not a state ("is a
# joint mission", "ran from 2004 to 2008"), a finding ("found water"), a
# saying, a plan or a launch told in other words ("TC-1 was sent into orbit",
# "Chang'e-4 followed").
MILESTONE_SKIP = frozenset(
    {",", "which", "also", "successfully", "then", "finally", "already", "later"}
    | {"now", "first", "eventually", "safely", "formally", "officially", "recently"}
)
MILESTONE_AUX = frozenset(
    {"will", "would", "shall", "should", "could", "can", "may", "might", "must"}
    | {"has", "have", "had", "is", "was", "were", "are", "be", "been", "to"}
    | {"expected", "due", "scheduled", "set", "planned", "slated", "going"}
)
NO_MILESTONE = frozenset(
    {"is", "was", "were", "are", "be", "been", "being", "has", "have", "had"}
    | {"said", "told", "added", "noted", "stated", "explained", "included"}
    | {"carried", "carry", "used", "cost", "remained", "remain", "became"}
    | {"become", "do", "did", "get", "got", "make", "made", "see", "saw", "seen"}
    | {"called", "named", "known", "based", "led", "built", "developed", "designed"}
    | {"funded", "operated", "managed", "equipped", "expected", "scheduled"}
    | {"targeted", "follow", "followed", "run", "ran", "continue", "continued"}
    | {"operate", "last", "lasted", "stay", "stayed", "exist", "existed"}
    | {"extend", "extended", "implement", "implemented", "go", "went", "gone"}
    | {"feared", "joined", "join", "sent", "send", "put", "placed", "lofted"}
    # a finding is a result, not an event: "found evidence of water in 2009"
    | {"found", "discovered", "detected", "observed", "measured", "revealed"}
    | {"showed", "shown", "confirmed", "recorded", "captured", "spotted"}
)
# a verb of the subject's own noun phrase ends the walk back to it
SUBJECT_NP = frozenset({"DT", "JJ", "NNP", "NNPS", "POS", "PRP$", "HYPH", "CD"})


def _subject(program: Span) -> bool:
    """Nothing governs the programme's name: no preposition ("with the Hubble
    Space Telescope") and no verb ("landing the Zhurong rover") before it (a
    clause of its own may follow: "follows Chang'e-5, which returned")."""
    doc, i = program.doc, program.start - 1
    while i >= max(program.sent.start, program.start - 5) and doc[i].tag_ in SUBJECT_NP:
        i -= 1
    if i < program.sent.start:
        return True
    return doc[i].tag_ not in {"IN", "TO"} and not doc[i].tag_.startswith("VB")


def _craft_did(doc: Doc, groups: Groups) -> list[Span]:
    found = []
    named = groups["event_name"]
    for program in groups["program"]:
        i, n = program.end, len(doc)
        relative = i + 1 < n and doc[i].text == "," and doc[i + 1].lower_ == "which"
        if _overlaps_any(program, named) or not (relative or _subject(program)):
            continue
        if i < n and doc[i].text == "(":  # "the Trace Gas Orbiter (TGO)"
            while i < n and doc[i].text != ")" and i - program.end < 6:
                i += 1
            i += 1
        while i < n and doc[i].lower_ in MILESTONE_SKIP:
            i += 1
        helped = i
        while i < n and (doc[i].lower_ in MILESTONE_AUX or doc[i].tag_ == "RB"):
            i += 1
        if i >= n or doc[i].lower_ in NO_MILESTONE or doc[i].sent != program.sent:
            continue
        tags = {"VB", "VBN", "VBG", "VBD"} if i > helped else {"VBD"}
        if doc[i].tag_ in tags:
            span = Span(doc, i, i + 1, label="EVENT_TRIGGER", span_id="other:did")
            found.append(span)
    return found


# a span of time, not its moment: "until 2012", "from 2011 to 2015"
SPAN_OF_TIME = re.compile(
    r"\b(?:until|till|through|to|into|from|between)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    re.I,
)


def _step_dated(trigger: Span, values: list[str], told: list[Dated]) -> bool:
    """A programme's step is dated by a date of its own soon after its verb
    (or before it in the clause), not by a span of time, nor a date told with
    a saying ("..., said X in his address on Monday")."""
    text = text_of(trigger.doc)
    for start, _end, value in told:
        if value not in values:
            continue
        if start >= trigger.end_char:
            between = text[trigger.end_char : start]
            if len(between) > 80 or SAYING.search(between):
                continue
        elif trigger.start_char - start > 80:
            continue
        if not SPAN_OF_TIME.search(text, max(0, start - 30), start):
            return True
    return False


SAYING = re.compile(r"\b(?:said|says|told|added|noted|recalled|stated)\b")


def _within(spans: list[Span], sent: Span) -> list[Span]:
    return [s for s in spans if sent.start <= s.start and s.end <= sent.end]


def _locations(sent: Span, triggers: list[Span], groups: Groups) -> list[str | None]:
    """Each trigger's place: the first written after it and before the next
    trigger ("launched in October 2018, and EarthCARE, due for launch in May
    2024 from a base in California"); the first trigger may take one written
    before it ("In Paris, the agencies signed"), a later one takes the place
    of the one before ("visited Beijing and signed a memorandum")."""
    found: list[str | None] = []
    for i, trigger in enumerate(triggers):
        start = sent.start if i == 0 else trigger.start
        end = triggers[i + 1].start if i + 1 < len(triggers) else sent.end
        place = _location(sent.doc[start:end], groups)
        found.append(place or (found[-1] if found else None))
    return found


def _location(window: Span, groups: Groups) -> str | None:
    """ "in Madrid, Spain" -> "Madrid, Spain"."""
    places = _within(groups["location"], window)
    doc = window.doc
    orgs = {s.end: s for s in groups["org"]}
    for i, place in enumerate(places):
        if place.start < 2 or doc[place.start - 1].lower_ not in PLACE_LINK:
            continue
        org = orgs.get(place.start - 1)
        if org is not None and not _host(org):
            continue  # "the Embassy in China": where the body is, not the event
        end = place
        for nxt in places[i + 1 :]:
            if nxt.start == end.end + 1 and doc[end.end].text == ",":
                end = nxt
            else:
                break
        return text_of(doc)[place.start_char : end.end_char]
    return None


def _host(org: Span) -> bool:
    """ "held by the X in Wuhan", "at the X in Toulouse": the body hosts the
    event there."""
    doc, i = org.doc, org.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in {"by", "at"}


Dated = tuple[int, int, str]  # (start char, end char, ISO value)


def _dates(doc: Doc, sent: Span, since: bool = False) -> list[Dated]:
    """The sentence's resolved dates, but not a span's start ("the spacecraft
    has been there since January") unless ``since``."""
    text = text_of(doc)
    return [
        (start, end, value)
        for start, end, _text, value, _precision in doc.user_data.get("dates", [])
        if sent.start_char <= start
        and end <= sent.end_char
        and value
        and (since or not SINCE.search(text, max(0, start - 8), start))
        and not _given_up(text, start)
        and not _other_clock(text, start, end)
    ]


# "lifted off at 9:06 am Hanoi time (11:06 pm on May 6, local time)": the
# same moment told in another zone, in brackets with its clock time
OTHER_CLOCK = re.compile(r"\(\s*\d{1,2}[:.]\d{2}[^()\n]{0,40}$")


def _other_clock(text: str, start: int, end: int) -> bool:
    return (
        OTHER_CLOCK.search(text, max(0, start - 50), start) is not None
        and ")" in text[end : end + 30]
    )


SINCE = re.compile(r"\bsince\s+$", re.I)
# "The launch, originally planned for Sunday, was put off": a date given up
GIVEN_UP = re.compile(
    r"\b(?:(?:originally|initially|previously|first)\s+(?:been\s+)?|had\s+been\s+)"
    r"(?:planned|scheduled|set|slated|due)"
    # "had been planned for 30th November and then for 1st December"
    r"\s+(?:for|on|in)\s+(?:the\s+)?(?:[^.;]{0,30}\s+and\s+then\s+(?:for|on)\s+)?$",
    re.I,
)


def _given_up(text: str, start: int) -> bool:
    return GIVEN_UP.search(text, max(0, start - 80), start) is not None


# Words that open a clause of its own between an event already told of and a
# date: "The forum was organised two weeks after Tianwen-1 entered orbit on
# February 10", "The ceremony was held at ESTEC, where ... in January".
CLAUSE = re.compile(r"\b(?:after|before|until|where|which|when|while)\b", re.I)


def _distance(span: Span, char: int, end: int | None = None) -> int:
    """Characters from a trigger to a date; a date written before its trigger
    ("In 2008, ... set up") counts three times as far, since a date that
    follows ("launched in 2024") is the more usual way to date an event; one
    after a clause of its own ("organised this summer the School, and they
    will hold, from 14 to 16 February, the Workshop"), or before one ("on
    August 22, and separated from"), counts six times."""
    if UNTIL_DATE.search(text_of(span.doc)[max(0, char - 30) : char]):
        # "extended the mission until 2026": the end of what the verb sets
        # going, not its date (see UNTIL_DATE)
        return 20 * abs(char - span.end_char) + 1
    if char >= span.end_char:
        gap = text_of(span.doc)[span.end_char : char]
        if not SPELLED_OUT.search(gap) and ENDS.search(
            text_of(span.doc), max(0, span.start_char - 40), span.start_char
        ):
            # "who arrived on Thursday, ends his visit on Saturday": a day
            # after is the event's last, the day it began dates it
            return 20 * (char - span.end_char) + 1
        return (6 if COORDINATED.search(gap) else 1) * (char - span.end_char)
    # "lifted off ... on August 22, 2013, and separated from": the date ends
    # the clause before
    before = text_of(span.doc)[char : span.start_char]
    # "signed ... on Saturday, during the state visit of": the date is the
    # signing's, told inside the visit, whatever the distance
    factor = 50 if DURING.search(before) else 6 if COORDINATED.search(before) else 3
    if (
        end is not None
        and span[0].tag_ in {"VBD", "VBN"}
        and NEXT_VERB.fullmatch(text_of(span.doc)[end : span.start_char])
    ):
        # "launched ... in December 2014 and reached Ryugu in June 2018": the
        # date closes the verb before, the next verb starts its own clause
        factor = 6
    return factor * max(0, span.start_char - char) + 1


NEXT_VERB = re.compile(r",?\s+(?:and|but|then|and\s+then)\s+")
# "ISRO's fourth launch of 2025": the year a count of launches is of, not
# the launch's date (a meeting's is: "the first meeting in May 2025")
COUNTED_IN = re.compile(r"\s+(?:of|in|this)\s+(?:the\s+year\s+)?")
NTH_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)|last|final|latest)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# the event's own days told after it: "concluded a visit that ran from 30
# January to 1 February"
SPELLED_OUT = re.compile(r"\b(?:from|that|which|between)\b")
# the verb that ends an event: "ends his official visit", "concluded the talks"
ENDS = re.compile(
    r"\b(?:ends|ended|ending|concludes|concluded|concluding|wraps\s+up|wrapped\s+up)"
    r"\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,2}$"
)
# a date an action lasts until: "extended operations until December 2018"
UNTIL_DATE = re.compile(r"\b(?:until|till|through)\s+(?:(?:the\s+)?end\s+of\s+)?$")


COORDINATED = re.compile(r"(?:,\s*(?:and|but|while)|;)(?:\s|$)")
DURING = re.compile(
    r"\bduring\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$"
)


def _assign_dates(triggers: list[Span], dates: list[Dated]) -> list[list[str]]:
    """Each date goes to its nearest trigger ("approved in 2016 and due to be
    launched in 2022"); each trigger takes the nearest of its dates, or else
    the date of the trigger before it; dates listed together ("held in 2009
    and 2011") all stay with their trigger: one event each."""
    mine: list[list[tuple[int, int, Dated]]] = [[] for _ in triggers]
    text = text_of(triggers[0].doc) if triggers else ""
    # "the meeting after the launch is planned for the fourth quarter": an
    # event told as the time of another takes no date from the others
    told_as_time = _told_as_time(triggers)
    bracketed = _bracketed_dates(triggers, dates, text)
    of_phrase = _of_phrase_dates(triggers, dates, text)
    for order, date in enumerate(dates):
        phrases = [triggers[i] for i in told_as_time]
        owner = bracketed.get(order, of_phrase.get(order))
        dist = [
            _distance(t, date[0], date[1])
            if not _told_apart(t, date, text, phrases)
            and (i not in told_as_time or owner == i)
            and (owner == i if owner is not None else i not in bracketed.values())
            else None
            for i, t in enumerate(triggers)
        ]
        if all(d is None for d in dist):
            continue
        best = min((d, i) for i, d in enumerate(dist) if d is not None)[1]
        mine[best].append((dist[best], order, date))
    return [_listed(sorted(m), text) for m in mine]


RELATIVE = re.compile(r",\s+(?:which|who)\b")
OPEN_BRACKET = re.compile(r"\(\s*$")


def _bracketed_dates(
    triggers: list[Span], dates: list[Dated], text: str
) -> dict[int, int]:
    """Dates in brackets after an event's noun phrase, and the trigger they
    belong to: "during the state visit of ... to Italy (21-24 March), the
    two agencies signed": the days are the visit's, and the visit takes no
    other date of the sentence."""
    owned = {}
    for order, (start, _end, _value) in enumerate(dates):
        if not OPEN_BRACKET.search(text, max(0, start - 3), start):
            continue
        i = _trigger_before(triggers, start)
        # (a plural's list may run long: "workshops ... in India (1991), ...")
        if i is not None and (
            start - triggers[i].end_char <= 100 or triggers[i][-1].tag_ == "NNS"
        ):
            owned[order] = i
    return owned


def _trigger_before(triggers: list[Span], start: int) -> int | None:
    """The index of the last trigger ending before ``start``."""
    return next(
        (i for i in reversed(range(len(triggers))) if triggers[i].end_char <= start),
        None,
    )


def _of_phrase_dates(
    triggers: list[Span], dates: list[Dated], text: str
) -> dict[int, int]:
    """Dates closing a trigger's own "of" phrase, and that trigger: "six
    years after the launch of X in October 2015, the agencies met"."""
    owned = {}
    for order, (start, _end, _value) in enumerate(dates):
        i = _trigger_before(triggers, start)
        if i is not None and OWN_OF.fullmatch(text, triggers[i].end_char, start):
            owned[order] = i
    return owned


def _told_apart(
    trigger: Span, date: Dated, text: str, phrases: Sequence[Span] = ()
) -> bool:
    """An event already told of ("the forum") is not dated by a clause of its
    own that follows it (but "after the launch", with no verb, is a phrase);
    no event is dated by a relative clause set off after it ("launched by
    MHI, which took over launches from JAXA in 2007")."""
    if (
        date[0] >= trigger.end_char
        and _kind(trigger) == "launch"
        and COUNTED_IN.fullmatch(text, trigger.end_char, date[0])
        and NTH_BEFORE.search(text, max(0, trigger.start_char - 40), trigger.start_char)
    ):
        return True  # "ISRO's fourth launch of 2025": a count's year
    relative = RELATIVE.search(text, trigger.end_char, date[0])
    if (
        date[0] >= trigger.end_char
        and relative is not None
        and not _about(text, trigger, relative.start())  # "launch, which NASA expects"
        and "," not in text[relative.end() : date[0]]  # "which ... calls X, in Tokyo"
    ):
        return True
    if date[0] < trigger.end_char or not _definite(trigger):
        return False
    return any(
        not any(0 <= p.start_char - m.end() <= 12 for p in phrases)
        and not _about(text, trigger, m.start())
        for m in CLAUSE.finditer(text, trigger.end_char, date[0])
    )


# "the 45th Assembly (COSPAR 2024), which will take place ...": a clause
# right after the trigger, about it
_ABOUT = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*")


def _about(text: str, trigger: Span, clause: int) -> bool:
    return _ABOUT.fullmatch(text, trigger.end_char, clause) is not None


def _inherit(chosen: list[list[str]], spans: list[Span]) -> list[list[str]]:
    """ "visited ... on 4 May and signed a memorandum": one date for both; not
    from a clause of its own before ("Since the agency was set up on 1 July,
    we have signed ..."), nor where another trigger of the kind has a date of
    its own ("signed ... last month to set up the Centre, which is expected
    to open in 2027")."""
    told_as_time = _told_as_time(spans)
    own = {_kind(s) for s, dates in zip(spans, chosen, strict=True) if dates}
    for i in range(1, len(chosen)):
        if (
            not _opening_clause(spans[i - 1], spans[i])
            and i not in told_as_time
            and not _before_after(spans[i - 1])  # "Following the workshops, ..."
            and not (not chosen[i] and _kind(spans[i]) in own)
            and not _hours_after(spans[i])
        ):
            chosen[i] = chosen[i] or chosen[i - 1][:1]
    return chosen


# "docked ... early Monday, about 13 hours after it was launched": a time
# counted back from the event before, not its day
HOURS_AFTER = re.compile(
    r"\b(?:hours?|minutes?|days?)\s+(?:after|before)\s+(?:\w+\s+){0,3}$", re.I
)


def _hours_after(span: Span) -> bool:
    text = text_of(span.doc)
    return (
        HOURS_AFTER.search(text, max(0, span.start_char - 40), span.start_char)
        is not None
    )


def _told_as_time(triggers: list[Span]) -> set[int]:
    """Indexes of the triggers told as the time of another ("the meeting after
    the launch"), unless all are."""
    found = {
        i
        for i, t in enumerate(triggers)
        if _before_after(t) and not DESCRIBED.match(text_of(t.doc), t.end_char)
    }
    return found if len(found) < len(triggers) else set()


OPENERS = frozenset(
    {"since", "after", "before", "when", "once", "although", "while", "until"}
)


def _opening_clause(first: Span, then: Span) -> bool:
    """``first`` stands in a clause that opens the sentence ("Since ...,",
    "After ...,") and a comma ends it before ``then``."""
    doc, sent = first.doc, first.sent
    if not first[0].tag_.startswith("VB"):
        return False  # "After the assembly, on 22 July, ... visit": a phrase
    opener = next((t for t in sent if not t.is_punct), None)
    if opener is None or opener.lower_ not in OPENERS:
        return False
    return any(t.text == "," for t in doc[first.end : then.start])


def _own_dated(triggers: list, dates: list[list[str]]) -> list[int]:
    """Indexes of the triggers that state an event: the first of each kind,
    and a later one of the same kind only with dates of its own ("launched in
    2018, and EarthCARE, due for launch in 2024")."""
    seen: dict[str, list[str]] = {}
    for i, (kind, _span, name) in enumerate(triggers):
        if name:
            seen.setdefault(kind, dates[i])  # "the 38th Assembly ... the assembly"
    keep = []
    for i, (kind, _span, name) in enumerate(triggers):
        if name or kind not in seen:
            seen.setdefault(kind, dates[i])
            keep.append(i)
        elif dates[i] and dates[i] != seen[kind]:
            keep.append(i)
    return keep


def _listed(claimed: list[tuple[int, int, Dated]], text: str) -> list[str]:
    """The nearest date, and the dates written in a list with it."""
    if not claimed:
        return []
    by_start = sorted(d for _, _, d in claimed)
    nearest = claimed[0][2]
    i = by_start.index(nearest)
    j = i
    while j + 1 < len(by_start) and _joined(text, by_start[j], by_start[j + 1]):
        j += 1
    while i > 0 and _joined(text, by_start[i - 1], by_start[i]):
        i -= 1
    values = list(dict.fromkeys(d[2] for d in by_start[i : j + 1]))
    # "held talks on Monday and Tuesday": one event over days in a row, dated
    # by its first
    return [v for k, v in enumerate(values) if not (k and _next_day(values[k - 1], v))]


def _next_day(a: str, b: str) -> bool:
    return _days_apart(a, b) == 1


def _days_apart(a: str | None, b: str | None) -> int | None:
    """Days from ``a`` to ``b``, both days in full; else None."""
    if a is None or b is None or len(a) != 10 or len(b) != 10:
        return None
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return None


def _joined(text: str, a: Dated, b: Dated) -> bool:
    """ "in 2009 and 2011"; "Chang'e-7 around 2026 and Chang'e-8 around 2028"."""
    between = text[a[1] : b[0]].strip()
    return a[0] != b[0] and (
        between in {"and", ",", ", and", "or"}
        or bool(PARALLEL.fullmatch(between))
        or bool(BRACKETED_LIST.fullmatch(between))
        # "Chang'e-7 around 2026 to explore the pole and Chang'e-8 around 2028"
        or (
            len(between) < 80
            and not re.search(r"[;.]", between)
            and bool(PARALLEL_END.search(between))
        )
    )


# "held in India (1991), Nigeria (1993) and Egypt (1994)": places, each with
# its year in brackets
BRACKETED_LIST = re.compile(r"\)\s*,?\s*(?:and\s+)?[A-Z][\w.'’ -]{0,30}\(")
# "and Chang'e-8 around", ", followed by LAPAN-A2 in", ", CBERS-2 in":
# another name of the same verb, then its date
PARALLEL = re.compile(
    # (or a comma alone: "CBERS-1 was launched in 1999, CBERS-2 in 2003")
    r"(?:,\s*|,?\s*(?:and|followed\s+by|(?:and\s+)?(?:one|two|another))\s+)"
    # "flybys of Venus in 2025 and of Earth in 2026", "two swing-bys of Venus,
    # in 1998 and 1999, one of the Earth in 1999"
    # (a name and its number, and a comma: "and Chang'e 8 around", "and
    # Chang'e-8, around")
    # "signed agreements with ESA in 2005 and with NASA in May 2006", "with
    # Deep Space Industries in May 2016 and with Planetary Resources in"
    r"(?:(?:of|to|past|with|for)\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+\d{1,3}[A-Za-z]?)?,?\s+(?:around|in|by|on)"
)


PARALLEL_END = re.compile(
    r"(?:^|\s)(?:and|followed\s+by)\s+(?:the\s+|in\s+)?[A-Z][\w'’-]*"
    r"(?:\s+\d{1,3}[A-Za-z]?)?,?\s+(?:around|in|by|on)$"
)


def _triggers(sent: Span, groups: Groups) -> list[tuple[str, Span, str | None]]:
    """(type, span, name) of every event the sentence may state: each named
    event, and each further trigger ("approved ... and launched"); see
    :func:`_own_dated` for which of the same type stand."""
    named = [s for s in _within(groups["event_name"], sent) if not _acting_body(s)]
    found = [(s.label_, s, s.text) for s in named]
    words = [
        s
        for s in _within(groups["triggers"], sent)
        if not _overlaps_any(s, named)
        and not _word_of_a_body(s, groups)
        and not _modifier(s)
        and not _press(s)
        and not _numbered_part(s)
        and (s.id_ != "launch:planned-for" or _planned_craft(s, groups))
        and (s.id_ != "establishment:opened" or _body_opened(s, groups))
        and (s.id_ != "establishment:began-in" or _initiative_began(s))
        and not _visited_by_craft(s, groups)
        and not _since_then(s)
        and not _tally(s)
        and not _none(s)
        and not (s.id_ == "visit:delegation" and _at_a_launch(sent))
        and not (s.id_ == "establishment:establish" and _a_link(s))
        and not _agreed_to_found(s)
        and not _event_opened(s)
        and not (_kind(s) in {"conference", "meeting"} and _acting_body(s))
    ]
    words = [w for w in words if not any(_longer(o, w) for o in words)]
    words = [f for f in (_followed(w, words + named) for w in words) if f is not None]
    # "the launch was postponed in January": the postponement, not the launch
    put_off = [w for w in words if w.id_ == "other:postponed"]
    words = [
        w
        for w in words
        if not (_kind(w) != "other" and any(0 < p.start - w.end <= 3 for p in put_off))
    ]
    for span in sorted(words, key=lambda s: PRIORITY.index(_kind(s))):
        kind = _kind(span)
        if kind == "launch" and _launched_initiative(span):
            if _series_around(span):
                continue  # "the series was launched in 2016": its first edition
            kind = "establishment"  # "the initiative that UNOOSA launched in 2018"
        elif kind == "launch" and _body_launched(span, groups):
            kind = "establishment"  # "KASA was launched on May 27": founded
        elif kind == "establishment" and _facility_inaugurated(span):
            kind = "ceremony"  # "inaugurated the headquarters of the agency"
        if any(
            _adjacent(span, t) or (k == kind and _close(span, t)) for k, t, _ in found
        ):
            # "signing ceremony", "the delegation visited", "signed a
            # partnership agreement": one event
            continue
        found.append((kind, span, None))
    return sorted(found, key=lambda f: f[1].start)


# what is inaugurated at a ceremony without founding a body: a building, a
# site, an instrument ("the headquarters of the agency", "the ground station")
INAUGURATED = frozenset(
    {"headquarters", "spaceport", "telescope", "antenna", "dish", "building"}
    | {"station", "premises", "facility"}
)


NOUNS = frozenset({"NN", "NNS", "NNP"})


def _facility_inaugurated(span: Span) -> bool:
    """ "inaugurated the headquarters of the African Space Agency", "the
    inauguration of the new antenna", "the station was inaugurated"."""
    if not span[0].lower_.startswith("inaugur"):
        return False
    doc, sent = span.doc, span.sent
    after = doc[span.end : min(sent.end, span.end + 4)]
    if after and after[0].lower_ == "of":
        after = doc[span.end + 1 : min(sent.end, span.end + 5)]
    # the last noun of the first run of nouns ("the ground station", "its
    # headquarters", "as a spaceport"); _object_head stops at "its" and "as"
    nouns = itertools.dropwhile(lambda t: t.tag_ not in NOUNS, after)
    run = list(itertools.takewhile(lambda t: t.tag_ in NOUNS, nouns))
    if run and run[-1].lower_ in INAUGURATED:
        return True
    # "the station was formally inaugurated", "headquarters inaugurated at"
    i = span.start - 1
    while i > sent.start and (
        doc[i].lower_ in {"was", "were", "is", "be", "been"} or doc[i].tag_ == "RB"
    ):
        i -= 1
    subject = []  # "The first ground station of the agency"
    while i >= max(sent.start, span.start - 10) and not (
        doc[i].is_punct or doc[i].tag_.startswith("VB")
    ):
        subject.insert(0, doc[i])
        i -= 1
    cut = next((k for k, t in enumerate(subject) if t.lower_ in {"of", "for"}), None)
    head = subject[:cut][-1:] if cut != 0 else []
    return bool(head) and head[0].lower_ in INAUGURATED


def _followed(span: Span, others: list[Span]) -> Span | None:
    """ "MAVEN entered Mars orbit on Sunday, and MOM followed on Wednesday":
    a "followed" is an event of the kind told last before it in the
    sentence, none without one."""
    if span.id_ != "launch:followed":
        return span
    before = [o for o in others if o.end <= span.start]
    if not before:
        return None
    last = max(before, key=lambda o: o.start)
    kind = last.label_ if last.label_ in PRIORITY else _kind(last)
    return Span(
        span.doc, span.start, span.end, label=span.label_, span_id=f"{kind}:followed"
    )


PLAN_PARTICIPLES = frozenset(
    {"scheduled", "planned", "due", "expected", "slated", "set"}
)


def _announced_that(span: Span, sent: Span, groups: Groups) -> bool:
    """ "KASA announced on the 18th that it signed a letter": the release
    that reports the signing, no event of its own."""
    doc = span.doc
    that = next(
        (
            t.i
            for t in doc[span.end : min(sent.end, span.end + 8)]
            if t.lower_ == "that"
        ),
        None,
    )
    # (not "announced that six instruments have been selected to fly": the
    # selection or a plan is no event with its own day; the release tells it)
    return that is not None and any(
        t.start > that
        and _kind(t) != "other"
        and t[0].tag_ in {"VBD", "VBN"}
        and t[0].lower_ not in PLAN_PARTICIPLES  # "scheduled for launch around 2026"
        and not _planned(t)
        for t in _within(groups["triggers"], sent)
    )


# what a body gives: "with the endorsement of the UN General Assembly"
BODY_GIVES = frozenset(
    {"endorsement", "approval", "resolution", "resolutions", "decision", "mandate"}
)


def _acting_body(span: Span) -> bool:
    """ "set up by the General Assembly in 1959", "with the endorsement of
    the UN General Assembly": an assembly named as the body that acts, the
    agent of a passive or the giver of an endorsement, not the gathering
    held."""
    if not span[0].text[:1].isupper():
        return False  # "held by video conference": the means
    doc, i = span.doc, span.start
    while i > span.sent.start and doc[i - 1].tag_ in {"DT", "NNP", "NNPS", "POS"}:
        i -= 1  # over "the United Nations" before "General Assembly"
    if i - 1 <= span.sent.start:
        return False
    word, before = doc[i - 1].lower_, doc[max(span.sent.start, i - 4) : i - 1]
    if word == "by":
        return any(t.tag_ == "VBN" for t in before)
    if word == "of" and i >= 3 and doc[i - 2].lower_ in {"meeting", "session"}:
        # "the 23rd meeting of the Providers' Forum": a standing body's
        # numbered meeting, not the forum held
        return bool(ORDINAL.match(doc[i - 3].lower_))
    return word == "of" and doc[i - 2].lower_ in BODY_GIVES


# what an agreement is about: "a memorandum on the joint creation of the
# ILRS", "two agreements, ... the other on establishing a data centre"
AGREEMENT_WORDS = frozenset(
    {"agreement", "agreements", "memorandum", "mou", "accord", "arrangement"}
    | {"arrangements", "deal", "protocol", "treaty", "memoranda", "accords"}
)


def _agreed_to_found(span: Span) -> bool:
    """ "signed a memorandum on the joint creation of the station": what the
    agreement is about, founded later if at all, not on the signing's day."""
    if _kind(span) != "establishment":
        return False
    doc, i = span.doc, span.start
    while i > span.sent.start and (
        doc[i - 1].tag_[:2] in {"DT", "JJ", "RB"} or doc[i - 1].lower_ == "joint"
    ):
        i -= 1  # over "the joint"
    if i == span.sent.start or doc[i - 1].lower_ not in {"on", "for"}:
        return False
    before = doc[max(span.sent.start, i - 30) : i - 1]
    return any(t.lower_ in AGREEMENT_WORDS for t in before)


# events a body "inaugurates" or "opens": the event itself begins
GATHERINGS = frozenset(
    {"meeting", "workshop", "conference", "symposium", "session", "forum"}
    | {"school", "course", "exhibition", "congress", "assembly", "seminar"}
)


def _event_opened(span: Span) -> bool:
    """ "Inaugurating the meeting on April 16", "the workshop was opened":
    the gathering's first day, told already as the gathering, not a body
    founded."""
    if _kind(span) != "establishment" or not span[0].tag_.startswith("VB"):
        return False
    head = _object_head(span)
    if head is not None and head.lower_ in GATHERINGS:
        return True
    return _passive_subject(span) in GATHERINGS


def _object_head(span: Span) -> Token | None:
    """The last noun of the words right after a verb ("launches space
    research lab as ..." gives "lab"); the pipeline runs no parser."""
    doc, head = span.doc, None
    for t in doc[span.end : min(span.end + 6, span.sent.end)]:
        if t.tag_.startswith("NN"):
            head = t
        elif head is not None or (
            t.tag_[:2] not in {"DT", "JJ", "CD"} and t.tag_ != "PRP$"
        ):
            break
    return head


def _helping_verb(span: Span) -> int | None:
    """ "the workshop was (formally) opened": where the helping verb stands,
    with a word before it in the sentence."""
    doc, i = span.doc, span.start
    while i > span.sent.start and doc[i - 1].lower_ in {"formally", "officially"}:
        i -= 1
    if i - 2 < span.sent.start or doc[i - 1].lower_ not in {"was", "were", "be"}:
        return None
    return i - 1


def _passive_subject(span: Span) -> str | None:
    """ "the workshop was (formally) opened": the word before the helping
    verb."""
    i = _helping_verb(span)
    return None if i is None else span.doc[i - 1].lower_


def _a_link(span: Span) -> bool:
    """ "established a two-way link with the orbiter", "communication with
    the station in Daejeon was established": contact, no body."""
    doc = span.doc
    after = doc[span.end : min(span.end + 6, span.sent.end)]
    if any(t.lower_ in CONTACT_WORDS for t in after):
        return True
    i = _helping_verb(span)
    if i is None:
        return False
    start = i
    while start > span.sent.start and doc[start - 1].text not in {",", ";"}:
        start -= 1  # the clause's subject, with what it is with
    return any(t.lower_ in CONTACT_WORDS for t in doc[start:i])


CONTACT_WORDS = frozenset(
    {
        "link",
        "links",
        "contact",
        "communication",
        "communications",
        "connection",
        "record",
    }
)


def _at_a_launch(sent: Span) -> bool:
    """ "followed the launch at Xichang with the French delegation": a
    delegation watching a launch is at the launch, on no visit of its own
    (but one that "travelled to Kourou to watch the launch" made a trip)."""
    words = {t.lower_ for t in sent}
    return bool(words & LAUNCH_WORDS) and not words & TRAVEL_WORDS


LAUNCH_WORDS = frozenset({"launch", "lift-off", "liftoff", "blast-off", "launching"})
TRAVEL_WORDS = frozenset(
    {"travelled", "traveled", "arrived", "came", "went", "flew", "toured", "visited"}
)


def _none(span: Span) -> bool:
    """An event that did not happen: "No workshop was held last year", "no
    new satellite was launched", "the satellite was not launched in March",
    "did not sign the agreement", "the launch did not take place" (but "was
    not launched until 2019" was launched then). The pipeline runs no
    parser, so this reads the tags."""
    doc, sent = span.doc, span.sent
    if span[0].tag_.startswith("VB"):
        return _negated(span[0], span.end)
    before = doc[max(sent.start, span.start - 2) : span.start]
    if any(t.lower_ == "no" and t.tag_ == "DT" for t in before):
        return True
    i = span.start - 1
    while i > max(sent.start, span.start - 6) and doc[i].tag_ in OBJECT_WORDS:
        i -= 1  # "did not sign the framework agreement": the verb before it
    if i >= sent.start and doc[i].tag_.startswith("VB") and _negated(doc[i], span.end):
        return True
    return bool(NOT_HAPPENED.match(text_of(doc)[span.end_char : sent.end_char]))


def _negated(verb: Token, end: int) -> bool:
    """ "was not launched", "never signed", "no new satellite was launched"."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i >= sent.start and (doc[i].lower_ in AUXILIARIES or doc[i].tag_ == "RB"):
        if doc[i].lower_ in NEGATIONS and doc[i + 1].lower_ != "only":
            return not _until(doc[end : sent.end])
        i -= 1
    while i >= sent.start and doc[i].tag_ in {"JJ", "NN", "NNS", "NNP", "HYPH", "CD"}:
        i -= 1  # "No new satellite was launched": the subject's words
    return i >= sent.start and doc[i].lower_ == "no" and doc[i].tag_ == "DT"


# the helping words between "not" and its verb: "has not yet been launched"
AUXILIARIES = frozenset(
    {"was", "were", "be", "been", "is", "are", "has", "have", "had", "did", "do"}
    | {"does", "will", "would", "could", "can", "may", "might", "should", "yet"}
)
NEGATIONS = {"not", "n't", "never"}
OBJECT_WORDS = {"DT", "JJ", "PRP$", "CD", "NN", "NNP", "HYPH"}
# "The launch [of Chang'e-5] did not take place", "the meeting was never held"
NOT_HAPPENED = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[\w'’.-]+){0,1}\s+(?:did|was|were|has|have|had)\s*(?:not|n't|never)\s+"
    r"(?:been\s+)?(?:take\s+place|taken\s+place|held|happen|happened|occur|occurred|go\s+ahead|gone\s+ahead)\b",
)


def _until(after: Span) -> bool:
    """ "not launched until 2019": it was launched then."""
    return any(t.lower_ in UNTIL for t in after[:6])


def _word_of_a_body(span: Span, groups: Groups) -> bool:
    """ "the Satellite Assembly, Integration and Test Center": a capitalised
    word inside a body's name, not its last (but the last of the UN's
    "General Assembly")."""
    return span[0].is_title and any(
        o.start <= span.start
        and (
            span.end < o.end
            or (
                span.end == o.end
                and (UN_ASSEMBLY.match(o.text) or NATIONAL_ASSEMBLY.match(o.text))
            )
        )
        for o in groups["org"]
    )


def _since_then(span: Span) -> bool:
    """ "since its launch", "since the signing": a time told from an event
    the text has already told of, not a new one (but "since its launch in
    June 2017" tells when it was)."""
    doc, i = span.doc, span.start
    if i and doc[i - 1].tag_ in {"PRP$", "DT"}:
        i -= 1
    if i == 0 or doc[i - 1].lower_ != "since":
        return False
    near = doc[span.end : span.end + 3]
    dates = doc.user_data.get("dates", [])
    text = text_of(doc)
    return (
        not any(t.ent_type_ == "DATE" for t in near)
        and not any(span.end_char <= start <= near.end_char for start, *_ in dates)
        # "since the loss of Mars Climate Orbiter and Mars Polar Lander in 1999"
        and not any(OWN_OF.fullmatch(text, span.end_char, start) for start, *_ in dates)
    )


COUNTS = frozenset({"dozen", "dozens", "several", "many", "numerous", "multiple"})


def _tally(span: Span) -> bool:
    """ "we have signed agreements with more than a dozen partners", "had
    signed cooperation documents with eight agencies", "has launched
    satellites for other countries": a count of what has been done over
    time, not one event."""
    doc, i = span.doc, span.start
    if _kind(span) not in {"agreement", "launch"} or not span[0].tag_.startswith("VB"):
        return False
    before = doc[max(span.sent.start, i - 2) : i]
    if not any(t.lower_ in HAVE for t in before):
        return False
    # "has launched satellites for other countries": a bare plural object
    j = span.end
    while j < min(span.sent.end, span.end + 3) and doc[j].tag_ in {"NN", "JJ"}:
        j += 1
    if j < len(doc) and doc[j].tag_ == "NNS":
        return True
    after = doc[span.end : min(span.sent.end, span.end + 10)]
    with_ = next((t.i for t in after if t.lower_ == "with"), None)
    if with_ is None:
        return False
    # "with eight space agencies", "with more than a dozen partners"
    counts = [
        t.i
        for t in doc[with_ + 1 : min(span.sent.end, with_ + 5)]
        if t.lower_ in COUNTS or (t.tag_ == "CD" and t.like_num)
    ]
    return any(t.tag_ == "NNS" for c in counts for t in doc[c + 1 : c + 4])


def _modifier(span: Span) -> bool:
    """ "meeting places", "launch site", "workshop participants", "the
    selected teams": the word qualifies a noun and names no event."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if len(span) != 1 or nxt is None or nxt.tag_ not in {"NN", "NNS"}:
        return False
    if nxt.lower_ in OUTCOMES:
        return False  # "lost in a launch failure": a launch all the same
    if span.id_ == "other:commissioning" and nxt.lower_ in {"phase", "period"}:
        return False  # "the commissioning phase will end in May"
    prev = span.doc[span.start - 1] if span.start else None
    attributive = prev is not None and prev.lower_ in DETERMINERS
    if span[0].tag_ in {"VBN", "JJ"} and attributive:
        return True
    return span[0].tag_ == "NN" and nxt.ent_type_ == ""


OUTCOMES = frozenset({"failure", "success", "anomaly", "mishap"})


def _longer(a: Span, b: Span) -> bool:
    """``a`` covers ``b`` and more: "video conference" over "conference"."""
    return a.start <= b.start and b.end <= a.end and len(a) > len(b)


def _numbered_part(span: Span) -> bool:
    """ "Session 1 - Earth observation": a part of a programme."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.like_num and span[0].is_title


def _press(span: Span) -> bool:
    """ "a press conference", "a news conference": speaking to journalists."""
    prev = span.doc[span.start - 1] if span.start else None
    return prev is not None and prev.lower_ in {"press", "news"}


# What is "launched" without leaving the ground, and what flies.
INITIATIVES = frozenset(
    {
        "series",
        "programme",
        "program",
        "initiative",
        "campaign",
        "call",
        "website",
        "competition",
        "platform",
        "plan",
        "project",
        "fund",
        "survey",
        "consultation",
        "network",
        "portal",
        "strategy",
        "study",
        "course",
        "contest",
        "award",
        "prize",
    }
)
CRAFT = frozenset(
    {
        "satellite",
        "satellites",
        "probe",
        "rocket",
        "spacecraft",
        "mission",
        "telescope",
        "capsule",
        "lander",
        "rover",
        "orbiter",
        "observatory",
        "station",
        "module",
    }
)


def _launched_initiative(span: Span) -> bool:
    """ "the series was launched in 2016", "launched a call for proposals":
    an initiative started, not a launch to space."""
    if _kind(span) != "launch" or not span[0].lower_.startswith("launch"):
        return False
    sent, doc = span.sent, span.doc
    if _launch_of_a_craft(span):
        return False  # "the satellite programme, including the launch of KOMPSAT-3A"
    # "The Strategic Priority Program on Space Science, launched by CAS": the
    # name set apart before the participle
    back = 10 if span.start and doc[span.start - 1].text == "," else 4
    window = list(words_around(span, back, 5))
    # "the Lunar Access initiative, which the agency launched in 2018": what
    # "which" stands for
    which = _relative_before(span, 8, frozenset({"which", "that"}))
    words = {t.lower_ for t in window if t.tag_.startswith("NN")}
    if which is not None:  # not "the series, which began with the launch of"
        antecedent = doc[max(sent.start, which - 3) : which]
        words |= {t.lower_ for t in antecedent if t.tag_.startswith("NN")} - SERIES
    craft = CRAFT | {"landing"}
    # "the landing platform", "the satellite network": a craft's part
    part = any(
        t.lower_ in INITIATIVES and t.i and doc[t.i - 1].lower_ in craft for t in window
    )
    if words & craft or part:
        return False
    return bool(words & INITIATIVES) or _initiative_named_before(span)


def _initiative_named_before(span: Span) -> bool:
    """ "BSTI was launched by UNOOSA in 2009" after "the Basic Space
    Technology Initiative (BSTI)": the programme launched, named just before,
    is one whose name (any of its mentions) calls it an initiative."""
    doc, sent = span.doc, span.sent
    before = [
        p
        for p in doc.spans.get("program", [])
        if sent.start <= p.start
        and p.end <= span.start
        # the subject, right before its verb: "BSTI was launched", "BSTI,
        # set up in 2009, was launched"
        and all(
            t.lower_ in {"was", "were", "has", "had", "been"}
            for t in doc[p.end : span.start]
        )
    ]
    if not before:
        return False
    key = before[-1].id_
    forms = [p for p in doc.spans.get("program", []) if p.id_ == key]
    longest = max(forms, key=len)
    return bool({t.lower_ for t in longest} & (INITIATIVES | {"cooperation"}))


def _launch_of_a_craft(span: Span) -> bool:
    """ "the launch of KOMPSAT-3A": a numbered name after "launch of"."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    if doc[i + 1].lower_ == "the" and i + 2 < len(doc):
        i += 1
    name = doc[i + 1]
    return name.text[:1].isupper() and any(c.isdigit() for c in name.text)


def _series_around(span: Span) -> bool:
    return any(t.lower_ in SERIES for t in words_around(span, 4, 5))


def _relative_before(span: Span, limit: int, words: frozenset[str]) -> int | None:
    """Where the nearest of ``words`` ("which") stands in the ``limit`` words
    before the span, in its sentence."""
    window = words_before(span, limit)
    return next((t.i for t in reversed(window) if t.lower_ in words), None)


def _initiative_began(span: Span) -> bool:
    """ "the CBERS program, which began in 1988", "the programme, which COSPAR
    started in 2001": an initiative founded (not "work began in May")."""
    return any(
        t.lower_ in INITIATIVES - SERIES and t.tag_.startswith("NN")
        for t in words_before(span, 8)
    )


# A series of events is not founded: its first edition is held ("the series
# began in Beijing in 2017")
SERIES = frozenset({"series"})


# craft that travel to a world and may "visit" it (not a station, a delegation's)
FLYING = frozenset({"spacecraft", "probe", "orbiter", "lander", "rover", "craft"})


def _visited_by_craft(span: Span, groups: Groups) -> bool:
    """ "Mercury, visited only by NASA's Mariner 10 and Messenger probes": a
    place a craft flew to, not a delegation's visit."""
    if _kind(span) != "visit":
        return False
    doc = span.doc
    if span[0].tag_.startswith("NN"):
        # "the New Horizons spacecraft flew past Pluto, making the first
        # close-up visit to the small world": the craft's visit
        before = doc[span.sent.start : span.start]
        return any(t.lower_ in FLYING for t in before)
    if span[0].tag_ != "VBN":
        return False
    after = doc[span.end : min(span.sent.end, span.end + 4)]
    by = next((t.i for t in after if t.lower_ == "by"), None)
    if by is None:
        return False
    window = doc[by + 1 : min(span.sent.end, by + 9)]
    return any(t.lower_ in CRAFT for t in window) or any(
        p.start > by and p.start < window.end for p in groups["program"]
    )


# bodies a university or an agency "launches": founded
BODY_NOUNS = frozenset(
    {"lab", "laboratory", "laboratories", "centre", "center", "institute", "office"}
    | {"agency"}
)


def _body_launched(span: Span, groups: Groups) -> bool:
    """ "KASA was launched on May 27", "The Laboratory for Space Research
    (LSR) was formally launched", "HKU launches space research lab": a body,
    not a craft, launched."""
    doc, verb = span.doc, span[0]
    if not verb.tag_.startswith("VB"):
        return False
    head = _object_head(span)
    if verb.tag_ != "VBN" and head is not None and head.lower_ in BODY_NOUNS:
        return True
    if _passive_subject(span) in BODY_NOUNS:
        return True
    j = _helping_verb(span)
    if verb.tag_ != "VBN" or j is None or doc[j].lower_ not in {"was", "were"}:
        return False
    if doc[j - 1].text == ")":  # "(LSR)"
        j = next((t.i for t in reversed(doc[max(0, j - 5) : j]) if t.text == "("), j)
    return any(o.end == j for o in groups["org"])


# Words between a body and its opening: "the Centre in Cairo, which is
# expected to open in 2027", "the National Lunar Centre, which opened in 2001"
OPENING_LINKS = frozenset(
    {",", "which", "that", "is", "was", "will", "be", "to", "expected", "due"}
    | {"officially", "formally", "set", "scheduled", "in"}
)


def _body_opened(span: Span, groups: Groups) -> bool:
    """ "The centre, which opened in 2001": a body (or its building) opened,
    founded then; not a workshop nor a call opening. "The Test Center (AITC),
    which EgSA and CNSA jointly opened in June 2023": its founders before."""
    doc, i = span.doc, span.start
    while i > span.sent.start and (
        doc[i - 1].lower_ in OPENING_LINKS or doc[i - 1].ent_type_ in {"GPE", "LOC"}
    ):
        i -= 1  # over "in Cairo, which is expected to"
    if any(o.end == i for o in groups["org"]):
        return True
    which = _relative_before(span, 15, frozenset({"which"}))
    if which is None or which < 2 or doc[which - 1].text != ",":
        return False
    j = which - 1
    if doc[j - 1].text == ")":  # "(AITC)"
        j = next((t.i for t in reversed(doc[max(0, j - 5) : j]) if t.text == "("), j)
    return any(o.end == j for o in groups["org"])


def _planned_craft(span: Span, groups: Groups) -> bool:
    """ "Chang'e-7, due in 2026", "MMX, planned for 2026": a craft's own plan
    is its launch (not "the workshop is planned for May")."""
    doc, i = span.doc, span.start
    while i > span.sent.start and doc[i - 1].lower_ in {",", "is", "was", "now"}:
        i -= 1
    if i >= 2 and doc[i - 1].lower_ == "which" and doc[i - 2].text == ",":
        i -= 2  # "Chang'e 7, which is planned for around 2026"
    if i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(":
        i -= 3  # "Martian Moons eXploration (MMX), planned for 2026"
    if i and doc[i - 1].lower_ in FLIGHTS:
        return True  # "its next PSLV mission is planned for June 2026"
    return any(p.end == i for p in groups["program"])


# What a plan's date may be the launch of: "the crewed flight ... is planned
# for April 2026"
FLIGHTS = frozenset({"mission", "flight", "satellite", "probe", "spacecraft", "launch"})


def _kind(span: Span) -> str:
    return span.id_.split(":")[0]


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _adjacent(a: Span, b: Span) -> bool:
    return a.start <= b.end + 1 and b.start <= a.end + 1


def _close(a: Span, b: Span) -> bool:
    """At most three words apart, with no mark or "and" between."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = first.doc[first.end : second.start]
    return len(gap) <= 3 and not any(
        t.is_punct or t.lower_ in {"and", "or"} for t in gap
    )


def _participants(sent: Span, groups: Groups) -> list[str]:
    keys: list[str] = []
    text = text_of(sent.doc)
    for span in _within(groups["org"], sent):
        if DATELINE_AGENCY.match(text, span.end_char):
            continue  # "ISLAMABAD, June 15 (Xinhua) --": who reports, not who took part
        if span.id_ not in keys:
            keys.append(span.id_)
    return keys


DATELINE_AGENCY = re.compile(r"\)\s*(?:--|—|–|-\s)")


def _same(a: EventRecord, b: EventRecord) -> bool:
    if a.type != b.type:
        return False
    if a.name and b.name:
        undated = not a.date or not b.date
        if _same_name(a.name, b.name) or _year_short(a, b) or _year_short(b, a):
            return True
        return (undated or a.date == b.date) and (
            _one_series(a.name, b.name) or _same_edition(a.name, b.name)
        )
    if a.date and b.date:
        return a.date == b.date and not _other_parties(a, b)
    if a.name or b.name:
        return False
    # Undated, unnamed mentions are the same event when they share a party.
    return bool(set(a.participants) & set(b.participants))


def _other_parties(a: EventRecord, b: EventRecord) -> bool:
    """Two signings on one day by other parties ("On Thursday, Glavkosmos and
    the HSFC signed a memorandum", then "Roscosmos and NASA signed an
    agreement"): two agreements, each with two parties or more of its own."""
    return (
        a.type == "agreement"
        and len(a.date or "") == 10
        and len(a.participants) >= 2
        and len(b.participants) >= 2
        and not set(a.participants) & set(b.participants)
    )


ACRONYM_YEAR = re.compile(r"([A-Z]{2,})[\s-]*((?:19|20)\d\d)")


def _year_short(short: EventRecord, long: EventRecord) -> bool:
    """ "IAC 2024" and the "75th International Astronautical Congress" of
    2024: the initials of the other's capitalised words, and its year."""
    m = ACRONYM_YEAR.fullmatch(short.name or "")
    if m is None or not long.name or (long.date and long.date[:4] != m.group(2)):
        return False
    return _capitals(_words(long.name)) == m.group(1)


def _words(name: str) -> list[str]:
    return name.replace("-", " ").replace(",", " ").split()


def _same_name(a: str, b: str) -> bool:
    """Equal, or one names the other through an acronym with the same ordinal:
    "3rd ICSSSW Conference" and "3rd International Conference on Storm,
    Substorm and Space Weather" (ICSSSW being its initials)."""
    if a.casefold() == b.casefold() or _numbered_short(a, b) or _numbered_short(b, a):
        return True
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    if EDITION_YEAR.match(long) and long[5:] == short:
        return True  # "APSCO Training Course" of "2012 APSCO Training Course"
    if long.startswith(short + " of ") and ORDINAL.match(short.split()[0]):
        return True  # "18th Council Meeting" of "18th Council Meeting of APSCO"
    wa, wb = _words(a), _words(b)
    for short, long in ((wa, wb), (wb, wa)):
        k = len(short[0]) if short else 0
        if (
            k >= 2
            and short[0].isupper()
            and "".join(w[0] for w in long[:k]).upper() == short[0]
            and [w.casefold() for w in long[k:]] == [w.casefold() for w in short[1:]]
        ):
            return True  # "EP Science Workshop" of "Einstein Probe Science Workshop"
    if not wa or not wb or wa[0].casefold() != wb[0].casefold():
        return False
    for short, long in ((wa, wb), (wb, wa)):
        initials = _capitals(long)
        if any(len(w) >= 3 and w.isupper() and w in initials for w in short[1:]):
            return True
    return False


NUMBERED_SHORT = re.compile(r"([A-Z]{2,})-(\d{1,3})")
EDITION_YEAR = re.compile(r"(?:19|20)\d\d ")  # "2012 APSCO Training Course"


def _numbered_short(short: str, long: str) -> bool:
    """ "APRSAF-13" of "13th Session of the Asia-Pacific Regional Space Agency
    Forum": the initials of its capitalised words, numbered by its ordinal."""
    m = NUMBERED_SHORT.fullmatch(short)
    words = long.replace("-", " ").split()
    if m is None or not words or words[0].lower() != _ordinal_of(int(m.group(2))):
        return False
    return m.group(1) in _capitals(words)


def _capitals(words: list[str]) -> str:
    """The first letters of the capitalised words: an acronym's letters."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _ordinal_of(n: int) -> str:
    """13 -> "13th", 22 -> "22nd"."""
    suffix = (
        "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    )
    return f"{n}{suffix}"


def _one_series(a: str, b: str) -> bool:
    """ "United Nations/Austria Symposium on Space Law" (a headline) and "the
    26th United Nations/Austria Symposium": without the ordinal, one name
    begins the other."""
    if _series(a) and _series(b):
        return False  # "the 36th ..." and "the 38th ...": two editions
    wa, wb = (_words(_series(n) or n.casefold()) for n in (a, b))
    short, long = sorted((wa, wb), key=len)
    return len(short) >= 2 and long[: len(short)] == short


FILLER = frozenset({"on", "of", "the", "and", "for", "in", "joint"})


def _same_edition(a: str, b: str) -> bool:
    """ "Third China-Brazil Space Weather Workshop" (a headline) and "Third
    China-Brazil Joint Workshop on Space Weather": the same ordinal (or one
    alone has it) and head, and the words of one among the other's."""
    wa, wb = _words(a.casefold()), _words(b.casefold())
    ordinals = [w[0] for w in (wa, wb) if w and ORDINAL.match(w[0].split("-")[-1])]
    if not ordinals or (len(ordinals) == 2 and ordinals[0] != ordinals[1]):
        return False  # no edition named, or two editions
    wa = wa[1:] if wa and wa[0] in ordinals else wa
    wb = wb[1:] if wb and wb[0] in ordinals else wb
    if len(wa) < 2 or len(wb) < 2:
        return False
    heads = {wa[-1], wb[-1]}
    if wa[-1] != wb[-1] and wa[-1] not in wb and wb[-1] not in wa:
        return False
    sa, sb = set(wa) - FILLER - heads, set(wb) - FILLER - heads
    return min(len(sa), len(sb)) >= 2 and (sa <= sb or sb <= sa)


def _series(name: str) -> str | None:
    """ "38th COSPAR Assembly" -> "cospar assembly"; None without an ordinal."""
    words = name.split()
    if len(words) > 1 and ORDINAL.match(words[0].split("-")[-1]):  # "twenty-sixth"
        return " ".join(words[1:]).casefold()
    return None


def _absorb(twin: EventRecord, event: EventRecord) -> None:
    """One event told twice: the fuller name and place, the finer date ("2024"
    in a headline, "2024-07-01" in the body)."""
    twin.name = max((n for n in (twin.name, event.name) if n), key=len, default=None)
    if (
        not twin.date
        or (event.date and event.date.startswith(twin.date))
        or _during(twin.date, event)  # a day of it, then all its days
    ):
        twin.date = event.date or twin.date
        twin.until = event.until or twin.until
    places = [p for p in (twin.location, event.location) if p]
    twin.location = max(places, key=len, default=None)
    twin.participants += [p for p in event.participants if p not in twin.participants]


# Events a generic "the meeting" may stand for.
GATHERINGS = frozenset({"workshop", "conference", "meeting", "school"})
# Events "the talks" or "the ceremony" may take place during.
HOSTING = GATHERINGS | {"visit", "ceremony"}


def _merge(events: list[EventRecord], head_end: int = 0) -> list[EventRecord]:
    merged: list[EventRecord] = []
    # the date of an event a sentence refers back to ("Right after the
    # ceremony, APSCO and HIT signed a memorandum"), by the sentence
    told: dict[tuple[int, int], str] = {}
    for event in events:
        if not event.date and not event.planned and event.evidence in told:
            event.date = told[event.evidence]
        twin = None
        if event.contextual and not event.name and not event.planned:
            # "It was signed for ESA by ...": the signing told just before
            twin = next(
                (m for m in reversed(merged) if m.type == event.type and m.date),
                None,
            )
        twin = twin or next((m for m in merged if _same(m, event)), None)
        if twin is None and event.name and not event.date:
            # "Participants of the 9th SMILE Progress Meeting" after "the 9th
            # Progress Meeting of ... was held from March 23 to 25"
            twin = next((m for m in merged if _named_there(event, m)), None)
        if (
            twin is None
            and not event.name
            and (event.anaphoric or not event.date or event.contextual)
            and not event.planned
        ):
            # "the school", "the meeting": the last event of that type
            twin = next((m for m in reversed(merged) if m.type == event.type), None)
        if twin is None and event.definite and not event.name:
            # "The forum opened on 18 October" after the forum's name; "More
            # than 150 researchers attended the workshop, where ... 2030" just
            # after it
            twin = next(
                (
                    m
                    for m in reversed(merged)
                    if m.type == event.type
                    and m.name
                    and (
                        _holds(m.date, event.date)
                        or _next_to(m, event)
                        # "on the sidelines of the assembly" on one of its days
                        or _during(event.date, m)
                        # "completed the School on Friday. The school ran
                        # from 8 to 19 May"
                        or _during(m.date, event)
                    )
                ),
                None,
            )
        if (
            twin is None
            and event.definite
            and not event.name
            and event.type == "meeting"
        ):
            # "The meeting ran from 4 to 6 March" after the workshop's name
            twin = next(
                (
                    m
                    for m in reversed(merged)
                    if m.type in GATHERINGS
                    and m.name
                    # "closed on Friday", then "Held from 5-9 May ... the meeting"
                    and (
                        _holds(m.date, event.date)
                        or _during(m.date, event)
                        or _during(event.date, m)
                    )
                ),
                None,
            )
        if twin is None and not event.name and WEEK.fullmatch(event.date or ""):
            # "The agreements signed this week" after the signing "yesterday"
            twin = next(
                (
                    m
                    for m in reversed(merged)
                    if m.type == event.type and _in_week(m.date, event.date)
                ),
                None,
            )
        if twin is None and event.anaphoric:
            # "after the talks" during a visit
            twin = next((m for m in reversed(merged) if m.type in HOSTING), None)
        if twin is None and event.type == "meeting" and not event.name and event.date:
            # "the deputy director met with the delegation": part of the visit
            twin = next(
                (
                    m
                    for m in merged
                    if m.type == "visit" and m.date in {None, event.date}
                ),
                None,
            )
        if twin is None:
            merged.append(event)
        else:
            if event.anaphoric and twin.date:
                told[event.evidence] = twin.date
            _absorb(twin, event)
    return _fold_unnamed(_drop_series(_headline(merged, head_end)))


WEEK = re.compile(r"\d{4}-W\d{2}")


def _in_week(day: str | None, week: str | None) -> bool:
    """Does a day ("2016-01-26") fall in an ISO week ("2016-W04", as the date
    finder writes it)?"""
    if day is None or len(day) != 10:
        return False
    try:
        return iso_week(dt.date.fromisoformat(day)) == week
    except ValueError:
        return False


def _fold_unnamed(events: list[EventRecord]) -> list[EventRecord]:
    """An unnamed event of the type and day of a named one is that event
    told without its name ("The 16th Session of the Council ... was held on
    July 11", and a headline's "APSCO Holds Council Session" that met the
    body's date first)."""
    named = [e for e in events if e.name and e.date]
    kept = []
    for event in events:
        twin = next(
            (
                n
                for n in named
                if not event.name and n.type == event.type and n.date == event.date
            ),
            None,
        )
        if twin is None:
            kept.append(event)
        else:
            _absorb(twin, event)
    return kept


def _talks_of_gatherings(events: list[EventRecord], text: str) -> list[EventRecord]:
    """Unnamed "days of talks" in a sentence that names a gathering are its
    talks ("The 9th ... Conference closed on Friday after five days of
    talks")."""
    kept = []
    for event in events:
        told = text[event.evidence[0] : event.evidence[1]]
        start = event.trigger[0] if event.trigger else 0
        # "days of talks", "a week of discussions": what the gathering held
        held = event.trigger is not None and text[max(0, start - 3) : start] == "of "
        twin = next(
            (
                n
                for n in events
                if held
                and not event.name
                and event.type == "meeting"
                and n.name
                and n.type in GATHERINGS
                and n.name in told
            ),
            None,
        )
        if twin is None:
            kept.append(event)
        else:
            twin.participants += [
                p for p in event.participants if p not in twin.participants
            ]
    return kept


def _during(day: str | None, event: EventRecord) -> bool:
    """``day`` falls in the days ``event`` runs."""
    return bool(day and event.date and event.until and event.date <= day <= event.until)


def _holds(named: str | None, told: str | None) -> bool:
    """A named event's date holds the date a later mention tells ("last
    month ... the 26th Session", then "Held from November 26, the meeting")."""
    return named is None or told == named or (told or "").startswith(named + "-")


def _next_to(a: EventRecord, b: EventRecord) -> bool:
    """Told in the sentence just after (or in the same paragraph's next one)."""
    return 0 <= b.evidence[0] - a.evidence[1] <= 3


def _headline(events: list[EventRecord], head_end: int) -> list[EventRecord]:
    """An undated, unnamed first event (a headline, "Delegation ... Visited NSSC")
    is the same event as the first later one of its type; so is an undated
    event the headline names ("UN/China/APSCO Workshop on ..."), told in the
    body without its name, and a lead's event dated only by the dateline
    ("MOSCOW, March 10 /TASS/. Roscosmos and CNSA have signed ...") when the
    body gives its day within a week ("signed on Tuesday")."""
    if len(events) < 2 or (events[0].date and not events[0].contextual):
        return events
    first = events[0]
    if first.name and first.evidence[0] >= head_end:
        return events
    later = next(
        (e for e in events[1:] if e.type == first.type and not (first.name and e.name)),
        None,
    )
    if later is None:
        return events
    gap = _days_apart(later.date, first.date)
    if first.date and (gap is None or not 0 <= gap <= 7):
        return events  # a lead dated by its wire: the body's day in the week before
    _absorb(later, first)
    later.participants.sort(key=lambda p: p not in first.participants)
    return events[1:]


def _drop_series(events: list[EventRecord]) -> list[EventRecord]:
    """ "the COSPAR Assembly held every two years" beside "the 38th COSPAR
    Assembly": an undated mention of the series, not another event."""
    series = {_series(e.name) for e in events if e.name} - {None}
    return [
        e for e in events if not (e.name and not e.date and e.name.casefold() in series)
    ]


DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
DEFINITE = frozenset({"the", "this", "that", "these"})
ANOTHER = frozenset({"next", "following", "upcoming", "coming", "future", "new"})


def _definite(trigger: Span) -> bool:
    """ "the talks", "the three-day meeting": an event already told of (not
    "the next workshop", one still to come)."""
    return _determiner(trigger) is not None


def _determiner(trigger: Span) -> int | None:
    """Where the "the" (or "this", "that") of a definite trigger stands."""
    doc, i = trigger.doc, trigger.start - 1
    while (
        i >= 0 and trigger.start - i <= 4 and doc[i].tag_ in {"JJ", "CD", "HYPH", "NN"}
    ):
        if doc[i].lower_ in ANOTHER:
            return None
        i -= 1  # over "three-day", "two-week", "annual"
    return i if i >= 0 and doc[i].lower_ in DEFINITE else None


HAVE = frozenset({"have", "has", "had"})


# "the launch of Chang'e-7, scheduled for around 2026": the date is its own
OWN_PLAN = re.compile(r"\b(?:scheduled|planned|set|due|expected|slated)\b", re.I)


# "after the launch of the CFOSAT satellite in October 2018": the date
# closing the trigger's own "of" phrase
OWN_OF = re.compile(r"\s+of\s+[^,;.()]{1,60}?\s(?:in|on)\s+$")


def _own_plan(trigger: Span, date: str | None, told: list[Dated]) -> bool:
    """A plan word between the trigger and its date ("scheduled for"), or the
    date closes the trigger's "of" phrase ("the launch of X in 2018")."""
    text = text_of(trigger.doc)
    starts = [s for s, _e, v in told if v == date]
    return any(
        OWN_PLAN.search(text, trigger.end_char, s)
        or OWN_OF.fullmatch(text, trigger.end_char, s)
        for s in starts
        if s > trigger.end_char
    )


# "Following the first two workshops, held in Perugia in 2015 and in Rome in
# 2017, ...": the dates of the events told as the time
DESCRIBED = re.compile(r"\s*,\s*(?:held|organi[sz]ed|hosted|convened|staged)\b")


def _before_after(trigger: Span) -> bool:
    """ "after the talks", "following the ceremony": an event told as the time
    of another, not dated by the sentence; "travelled ... to watch the
    launch": one told as the reason of another."""
    i = _determiner(trigger)
    return (
        trigger[0].tag_.startswith("NN")  # not "after the probe entered orbit"
        and i is not None
        and trigger.start - 4 <= i  # the determiner within four words
        and i > 0
        and (
            trigger.doc[i - 1].lower_ in {"after", "following", "before"}
            or (
                i > 1
                and trigger.doc[i - 1].lower_ in {"watch", "witness"}
                and trigger.doc[i - 2].lower_ == "to"
            )
        )
    )


def _planned(trigger: Span) -> bool:
    """ "to be set up", "will sign", "plans to launch": not yet happened, so
    not dated by the paragraph's past."""
    doc = trigger.doc
    before = list(doc[max(trigger.sent.start, trigger.start - 3) : trigger.start])
    marks = [i for i, t in enumerate(before) if t.tag_ in {"TO", "MD"}]
    # "to have set up", "would have signed": done by now
    return bool(marks) and not any(t.lower_ in HAVE for t in before[marks[-1] :])


# told after the day before it, on a day of its own
AFTERWARDS = frozenset(
    {"later", "afterwards", "afterward", "subsequently", "eventually"}
)


def _context_date(doc: Doc, sent: Span, tense: str | None = None) -> str | None:
    """The last date written earlier in the same paragraph ("The year 2013 has
    been a fruitful one. ... four projects were approved"); for a verb in the
    past, not one after the publication date ("launch Chang'e-8 around 2028.
    More than 10 countries have signed ..."), for one in the future, not one
    before it ("in June 2023 ... ISRO will launch the satellite")."""
    if any(t.lower_ in AFTERWARDS and t.tag_ == "RB" for t in sent):
        return None  # "The team later joined ...": not that day
    paragraph_start = text_of(doc).rfind("\n\n", 0, sent.start_char)
    published = doc.user_data.get("published")
    latest = (tense == "past" and published) or "9999"
    earliest = (tense == "future" and published) or "0000"
    best, best_start = None, -1
    for start, _end, _text, value, _precision in doc.user_data.get("dates", []):
        if (
            paragraph_start < start < sent.start_char
            and value
            and start != best_start  # a range: its first day
            and not _given_up(text_of(doc), start)
            and earliest[: len(value)] <= value[:10] <= latest
        ):
            best, best_start = value, start
    return best


def _plain_name(name: str) -> str:
    """ "the Einstein Probe (EP) Science Workshop 2025" -> "Einstein Probe
    Science Workshop 2025": no article, no acronym put inside."""
    return re.sub(r"\s*\([A-Z][A-Za-z]*[A-Z]\)", "", name.removeprefix("the ")).strip()


def _tense(trigger: Span) -> str | None:
    """ "past" for "signed", "was launched"; "future" for "will launch"."""
    if _past(trigger):
        return "past"
    head = trigger[0]
    before = head.doc[max(0, head.i - 2) : head.i]
    return (
        "future" if any(t.lower_ in {"will", "shall", "'ll"} for t in before) else None
    )


def _past(trigger: Span) -> bool:
    """ "signed", "have signed", "was launched": a verb told in the past."""
    head = trigger[0]
    before = head.doc[head.i - 1].lower_ if head.i else ""
    return head.tag_ == "VBD" or (
        head.tag_ == "VBN" and before in {"has", "have", "had", "was", "were"}
    )


def _each_date(triggers: list, dates: list[list[str]]) -> list[tuple]:
    """One (trigger, date) per event: a named event keeps its first date."""
    out = []
    for trigger, values in zip(triggers, dates, strict=True):
        if trigger[2] or len(values) < 2:
            out.append((trigger, values[0] if values else None))
        else:
            out.extend((trigger, value) for value in values)
    return out


def _range_ends(dated: list[Dated]) -> dict[str, str]:
    """First day -> last day of each range of the sentence ("13-21 July")."""
    by_span: dict[tuple[int, int], list[str]] = {}
    for start, end, value in dated:
        by_span.setdefault((start, end), []).append(value)
    return {min(v): max(v) for v in by_span.values() if len(v) > 1}


def events(doc: Doc) -> list[EventRecord]:
    found = []
    groups = _groups(doc)
    for sent in doc.sents:
        triggers = _triggers(sent, groups)
        if any(name for _, _, name in triggers):
            # "130 scientists met in Noordwijk for the 3rd ... Workshop": the
            # meeting is the named event
            triggers = [
                t
                for t in triggers
                if t[2] or t[0] != "meeting" or not t[1][0].tag_.startswith("VB")
            ]
        if not triggers:
            continue
        told = _dates(doc, sent)
        dates = _assign_dates([t for _, t, _ in triggers], told)
        keep = _own_dated(triggers, dates)
        triggers = [triggers[i] for i in keep]
        spans = [t for _, t, _ in triggers]
        own = [dates[i] for i in keep]
        dates = _inherit([list(d) for d in own], spans)
        # a programme's step stands only with a date of its own
        mine = [
            i
            for i, s in enumerate(spans)
            if s.id_ != "other:did" or _step_dated(s, own[i], told)
        ]
        triggers = [triggers[i] for i in mine]
        spans = [spans[i] for i in mine]
        dates = [dates[i] for i in mine]
        planned = {t: _planned(t) for t in spans}
        # "has launched 30 satellites since 2004": dated, though not by when
        undated = not any(dates) and not _dates(doc, sent, since=True)
        if undated:
            # a named event without a date of its own may be the series
            dates = [
                []
                if name or planned[trigger]
                else [_context_date(doc, sent, _tense(trigger))]
                for _, trigger, name in triggers
            ]
            dates = [[] if d == [None] else d for d in dates]
        participants = _participants(sent, groups)
        places = dict(zip(spans, _locations(sent, spans, groups), strict=True))
        ends = _range_ends(told)
        for (kind, trigger, name), date in _each_date(triggers, dates):
            if trigger.id_ == "other:announce" and _announced_that(
                trigger, sent, groups
            ):
                continue  # it keeps its date from the event it reports
            location = places[trigger]
            definite = name is None and _definite(trigger)
            if (
                definite
                and _before_after(trigger)
                and not _own_plan(trigger, date, told)
                and not DESCRIBED.match(text_of(doc), trigger.end_char)
            ):
                date = None  # "After the assembly, on 22 July, ...": not its day
            record = EventRecord(
                type=kind,
                name=_plain_name(name) if name else None,
                date=date,
                location=location,
                participants=list(participants),
                evidence=(sent.start_char, sent.end_char),
                trigger=(trigger.start_char, trigger.end_char),
                anaphoric=definite and (undated or not date),
                definite=definite,
                planned=planned[trigger],
                until=ends.get(date) if date else None,
                contextual=undated,
                titled=() if name else _titled(trigger),
            )
            if trigger[-1].tag_ == "NNS" and not date and not definite:
                continue  # "workshops and meetings will follow": none told
            if record.name or record.date or record.participants:
                found.append(record)
    # an event is told by its type and date, or by its name: "signed an
    # agreement" with no date anywhere, once merged, tells no event to record
    text = text_of(doc)
    merged = _talks_of_gatherings(_merge(found, _head_end(text)), text)
    return [e for e in merged if e.date or e.name]


def _titled(trigger: Span) -> tuple[str, ...]:
    """The ordinal and capitalised words ending at a capitalised trigger
    ("9th Progress Meeting"), casefolded; empty without an ordinal."""
    doc, i = trigger.doc, trigger.start
    if not trigger[0].is_title:
        return ()
    while i > max(0, trigger.start - 4) and doc[i - 1].is_title:
        i -= 1
    if i == 0 or not ORDINAL.match(doc[i - 1].text):
        return ()
    return tuple(t.lower_ for t in doc[i - 1 : trigger.end])


def _named_there(named: EventRecord, told: EventRecord) -> bool:
    """An undated name ("9th SMILE Progress Meeting") holds, in order, the
    ordinal and words of an unnamed event's capitalised trigger ("the 9th
    Progress Meeting of the Solar wind ... (SMILE)")."""
    if not told.titled or named.type != told.type or told.name or not named.name:
        return False
    words = iter(w.casefold() for w in _words(named.name))
    return _words(named.name)[0].casefold() == told.titled[0] and all(
        w in words for w in told.titled
    )


def _head_end(text: str) -> int:
    """Where the headline ends: the title's line, else the first blank line."""
    title = guess_title(text)
    start = text.find(title) if title else -1
    if start >= 0:
        return start + len(title)
    head = text.find("\n\n")
    return head if head >= 0 else 0


@Language.factory("space_events", requires=["doc.spans", "doc.sents"], assigns=[])
def make_space_events(nlp: Language, name: str) -> SpaceEvents:
    return SpaceEvents()


class SpaceEvents:
    """Writes doc.user_data["events"]: a list of :class:`EventRecord`."""

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["events"] = events(doc)
        return doc


# A line at least this long that ends without punctuation is hard-wrapped prose:
# the sentence goes on in the next line.
WRAPPED_LINE = 55
# A line that opens with a label and a colon: "Address:", "Tel:", "Source:".
# a field ("Address: ..."), or a day of a programme ("24 February: Opening
# ceremony; ...", "Day 2 - Visits", "March 3 – Session 1")
LABELLED = re.compile(
    r"[ \t]*(?:[A-Z][\w ]{0,20}[:：]"
    r"|[\w ,.]{1,24}?\d[\w ,.]{0,12}\s*(?:[:：]|\s[-–—]\s))"
)
# Words that cannot end a sentence: a line ending in one goes on.
LINKS = frozenset(
    {
        "of",
        "the",
        "a",
        "an",
        "and",
        "for",
        "in",
        "at",
        "on",
        "to",
        "by",
        "with",
        "from",
        ",",
    }
)


def _line_ends_sentence(text: str, newline: int) -> bool:
    """Does the line that ends at ``newline`` end its sentence? Yes for a blank
    line, a heading, byline or menu item (short or title case), or final
    punctuation."""
    if text.startswith("\n", newline + 1) or text[:newline].endswith("\n"):
        return True
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    if line[-1] in ".!?:;":
        return True
    if LIST_ITEM.match(text, newline + 1):
        return True  # the next item of a list: "- October 10: Transfer ..."
    if MENU_MARKS.search(line):
        return True  # a menu or a footer: "Group on ... | 7 bis, avenue ... | Geneva"
    words = line.split()
    following = re.match(r"\s*([\w'’-]+)", text[newline + 1 :])
    nxt = following.group(1) if following else ""
    # the next line starts in lower case or with a head word: "...European
    # Space\nAgency visited", "...signed\nan agreement"
    goes_on = nxt[:1].islower() or nxt.lower() in load_lexicon().heads
    if len(line) >= WRAPPED_LINE and ("," in line or "(" in line) and goes_on:
        return False  # prose with a name across the break: "..., the Japan
        # Aerospace Exploration\nAgency (JAXA)"
    capitalised = sum(w[:1].isupper() for w in words)
    if capitalised >= 0.6 * len(words):
        return True  # a title-case headline
    if LABELLED.match(text, newline + 1):
        return True  # the next line is a field: "Address: No. 19, ..."
    if line[-1] == ",":
        return False  # "... On 6 May,\nCNES and CNSA signed": a clause goes on
    if len(line) >= WRAPPED_LINE:
        return False
    # a short line of prose goes on when its last word cannot end a sentence
    # ("a meeting of the\n...") or the next line does
    return not (words[-1].lower() in LINKS or goes_on)


# a line at least this long may be hard-wrapped prose
PROSE_LINE = 40


MENU_MARKS = re.compile(r"[|•·»>]")
FIRST_WORD = re.compile(r"[ \t]*([\w'’]+)")
LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–—]|\d{1,2}[.)])\s")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def _prose(line: str) -> bool:
    """A line of running text: long, with words in small letters, no menu's
    bars ("Home | China | World | Sci-Tech") nor a table's columns."""
    return (
        len(line) >= PROSE_LINE
        and not MENU_MARKS.search(line)
        and "  " not in line.rstrip()  # columns: "16 May 2020  Roscosmos and ..."
        and "@" not in line
        and len(LOWER_WORD.findall(line)) >= 3
    )


def unwrapped(text: str) -> str:
    """The text with each line break inside a sentence (a hard-wrapped line,
    see :func:`_line_ends_sentence`) made a space, so the model reads
    "Lucio\nFerraresi" as the name it is; every offset stays the same."""
    if "\n" not in text:
        return text
    chars = list(text)
    for m in re.finditer(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", text):
        newline = m.end() - 1
        line = text[text.rfind("\n", 0, newline) + 1 : newline]
        nxt = FIRST_WORD.match(text, newline + 1)
        # (a short line is a menu's, a heading's or a list's: kept; a line
        # before "The ..." ends a caption or a sentence left without its stop)
        if (
            _prose(line)
            and not (
                nxt and nxt.group(1).istitle() and nxt.group(1).lower() in STOP_WORDS
            )
            and not LIST_ITEM.match(text, newline + 1)
            and not _line_ends_sentence(text, newline)
        ):
            chars[newline] = " "
    return "".join(chars)


# the abbreviations a number follows ("No. 47", "Vol. 3"), which the
# tokenizer splits from their full stop
NUMBER_ABBREVIATIONS = frozenset({"No", "Nos", "no", "Vol", "Fig", "Art", "Sec"})


@Language.component("paragraphs")
@guarded
def paragraphs(doc: Doc) -> Doc:
    """Line breaks and sentences: a blank line, a heading or a byline ends a
    sentence; a hard-wrapped line does not, whatever the sentence model said."""
    text = text_of(doc)
    for prev, token in itertools.pairwise(doc):  # each token made once
        if (
            prev.text == "."
            and token.like_num
            and prev.i
            and doc[prev.i - 1].text in NUMBER_ABBREVIATIONS
        ):
            token.is_sent_start = False  # "H-IIA Launch Vehicle No. 47 from"
            continue
        if "\n" in prev.text:
            newline = prev.idx + prev.text.rindex("\n")
        elif "\n" in prev.whitespace_:
            newline = prev.idx + len(prev.text) + prev.whitespace_.rindex("\n")
        else:
            continue
        if _line_ends_sentence(text, newline):
            token.is_sent_start = True
        elif not token.is_space:
            token.is_sent_start = False
            if prev.is_space:
                prev.is_sent_start = False
    return doc
