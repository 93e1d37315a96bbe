"""Trigger patterns kept as cheap phrases, with the rest of their condition
checked here, once, for every reader of the rule spans: "tests" after a verb
of testing ("passed its final environmental tests"), "into orbit" after a
verb of sending, "arrived at" a body, not a town, a course not "of course",
an Assembly of people, not of a station, a session not of a meeting told of,
"flown in" a month or year, launches told, not launches in general."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.components.text import words_before
from pipeline.dates.vocab import MONTHS

# Tags that may stand between a verb and the noun it governs: "passed its
# final environmental tests", "put the satellite through vibration tests"
NOUN_GAP = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "CD", "HYPH"})
TEST_VERBS = frozenset(
    {"passed", "completed", "underwent", "conducted", "performed", "finished"}
    | {"concluded", "carried", "put"}
)
RELEASE_VERBS = frozenset(
    {"released", "releases", "release", "unveiled", "unveils", "unveil"}
    | {"published", "issued"}
)
BEGIN_VERBS = frozenset(
    {"begin", "began", "begins", "begun", "start", "started", "starts"}
    | {"commence", "commenced", "commences"}
)
DONE_VERBS = BEGIN_VERBS | {
    *("completed", "complete", "completes", "finished", "concluded", "underwent")
}
SEND_VERBS = frozenset(
    {"send", "sends", "sent", "sending", "put", "puts", "putting", "place"}
    | {"places", "placed", "placing", "deliver", "delivers", "delivered"}
    | {"delivering", "loft", "lofts", "lofted", "lofting"}
    | {"released", "deployed"}  # "released into orbit from the station"
    | {"went", "goes", "go", "gone"}  # "Insight, which went into orbit in June"
)


# where a small satellite is set free in orbit, not launched: "released into
# orbit from the International Space Station", "deployed from Kibo"
STATION_WORDS = frozenset({"station", "iss", "kibo", "tiangong"})
DEPLOY_VERBS = frozenset({"deployed", "released", "ejected"})


def _from_a_station(span: Span) -> bool:
    """ "was released into orbit from the ISS": a deployment (an event of its
    own), told in a sentence that names the station."""
    deployed = span[0].lower_ in DEPLOY_VERBS or _verb_before(
        span, DEPLOY_VERBS, 4, None
    )
    return deployed and any(t.lower_ in STATION_WORDS for t in span.sent)


ROCKETS = frozenset({"rocket", "launcher", "booster", "vehicle"})


def _noun_before(span: Span, nouns: frozenset[str]) -> bool:
    """One of ``nouns`` in the sentence's words right before the verb."""
    before = span.doc[max(span.sent.start, span.start - 4) : span.start]
    return any(t.lower_ in nouns for t in before)


def _around_a_world(span: Span) -> bool:
    """ "will go into orbit around Mars": reaching a world, not a launch."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in {"around", "round", "about"}


# marks that end the words a verb may govern across
CLAUSE_MARKS = frozenset({",", ";", ".", ":", "(", ")"})


def _verb_before(
    span: Span, verbs: frozenset[str], limit: int, gap: frozenset[str] | None
) -> bool:
    """One of ``verbs`` within ``limit`` words before the span, with only
    words of the ``gap`` tags between (any words but punctuation if None)."""
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - limit) - 1, -1):
        token = doc[i]
        if token.lower_ in verbs:
            return True
        if (gap is not None and token.tag_ not in gap) or token.text in CLAUSE_MARKS:
            return False
    return False


def _operations_begin(span: Span) -> bool:
    """ "start its survey of the sky", "operations are expected to begin"."""
    if _verb_before(span, BEGIN_VERBS, 5, NOUN_GAP):
        return True
    after = span.doc[span.end : min(span.sent.end, span.end + 4)]
    return any(t.lower_ in BEGIN_VERBS for t in after)


def _arrival_at_a_body(span: Span) -> bool:
    """ "arrived at Bennu", not "arrived at Beijing"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.tag_ in {"NNP", "NNPS"}
        and after.ent_type_ not in {"GPE", "LOC", "FAC"}
    )


def _a_course(span: Span) -> bool:
    """ "the course was held in Harbin", not "of course" nor "the course of
    the mission"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return not (
        (before is not None and before.lower_ in {"of", "in", "on", "off"})
        or (after is not None and after.lower_ == "of")
    )


# words before an assembly of people: "the General Assembly", "the annual
# assembly"
GATHERING = frozenset({"general", "plenary", "scientific", "annual", "parliamentary"})


def _a_gathering(span: Span) -> bool:
    """ "the Assembly", "the General Assembly", not the building of a station
    ("on-orbit assembly of the station", "final assembly and tests")."""
    before = span.doc[span.start - 1] if span.start else None
    return span.text == "Assembly" or (
        before is not None and before.lower_ in GATHERING
    )


def _date_word(token: Token) -> bool:
    """A month, a year or a day: "in April", "in 2016", "on 17 June"."""
    if token.lower_ in MONTHS or (token.is_digit and len(token.text) == 4):
        return True
    doc, i = token.doc, token.i
    return (
        token.is_digit
        and len(token.text) <= 2
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in MONTHS
    )


def _before_a_date(span: Span) -> bool:
    """ "expected to fly in 2016", "flown in April 2016", "chosen in 2020";
    not "flew in from Beijing", "flown in the cabin"."""
    return span.end < len(span.doc) and _date_word(span.doc[span.end])


# sessions that are parts of a meeting told of already: "the opening
# session on Monday", "the poster session"
PART_OF_A_MEETING = frozenset(
    {"opening", "closing", "poster", "plenary", "parallel", "technical", "special"}
)


def _a_session_of_its_own(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start else None
    return before is None or before.lower_ not in PART_OF_A_MEETING


# what a founding word may be said of without founding a body: a job ("the
# founding director"), contact ("contact was established"), the start of a
# meeting or course ("the course was inaugurated on 2 August")
FOUNDING_TITLES = frozenset({"director", "president", "chairman", "member", "editor"})
NOT_FOUNDED = frozenset(
    {"contact", "course", "workshop", "conference", "symposium", "session"}
    | {"school", "meeting", "forum", "congress", "seminar", "exhibition"}
)


def _a_founding(span: Span) -> bool:
    """Not a document's title ("the Agreement on the Establishment of the
    Data Sharing Node" is an agreement), a job, nor what else is founded in
    words only (see NOT_FOUNDED)."""
    doc = span.doc
    if (
        span[0].is_title
        and span.start >= 2
        and doc[span.start - 1].lower_ == "the"
        and doc[span.start - 2].lower_ in {"on", "for", "concerning"}
    ):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in FOUNDING_TITLES:
        return False
    return not any(t.lower_ in NOT_FOUNDED for t in words_before(span, 12))


def _launches_told(span: Span) -> bool:
    """ "the launches of X and Y", not launches in general ("relies on
    commercial and foreign launches")."""
    if span[0].tag_ != "NNS":
        return True
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].tag_ in {"JJ", "NN", "CC", "HYPH"}:
        i -= 1
    return i >= 0 and doc[i].tag_ in {"DT", "PRP$", "POS", "CD"}


def _a_named_loss(span: Span) -> bool:
    """ "the loss of Mars Polar Lander": a craft lost (not "the loss of data")."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and doc[i].is_title and doc[i].ent_type_ not in {"GPE", "NORP"}


def _infinitive(span: Span) -> bool:
    """ "due to land in ...": a verb after "to" (the tagger may read a noun);
    not "a mission to land in ...", what a mission is for."""
    doc, i = span.doc, span.start
    return i > 1 and doc[i - 1].lower_ == "to" and not doc[i - 2].tag_.startswith("NN")


# what may stand after "followed" when it tells the next event, not what
# it follows ("to follow its own trajectory", "followed the rules")
TIME_UNITS = frozenset({"year", "month", "week", "day", "few", "decade"})


def _followed_alone(span: Span) -> bool:
    """ "... was launched in July 2018 and PakSat-MM1 followed on 30 May",
    "followed by Micius last August": the next event told by the verb alone;
    not "to follow its own trajectory" (see :func:`events._followed`)."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].lower_ == "by":
        return True
    nxt = doc[i]
    if nxt.tag_ == "DT":
        return i + 1 < len(doc) and doc[i + 1].lower_ in TIME_UNITS
    return nxt.tag_ not in {"PRP", "PRP$", "NN", "NNS", "NNP", "JJ"} or _date_word(nxt)


# what begins as a gathering or a series, dated as itself ("the workshop
# series, started in Beijing in 2004", "the visit, which began on Tuesday"),
# or a tie between bodies ("a partnership with JAXA that began last year")
GATHERED = frozenset(
    {"series", "workshop", "workshops", "conference", "visit", "session", "talks"}
    | {"deliberations", "training", "course", "batch", "symposium", "meeting"}
    | {"forum", "school", "congress", "assembly", "exhibition", "campaign"}
    | {"partnership", "cooperation", "collaboration", "relationship", "story"}
)


def _dated_soon(span: Span, limit: int) -> bool:
    """ "is due to begin in October", "will start delivering data next
    spring": a date within ``limit`` words after, in the same clause."""
    doc = span.doc
    for token in doc[span.end : min(span.sent.end, span.end + limit)]:
        if token.text in CLAUSE_MARKS:
            return False
        if token.ent_type_ == "DATE" or _date_word(token):
            return True
    return False


# what is released ("the second set of data products was released") and
# what is fired ("the Liquid Apogee Motor was successfully test fired")
DATA_WORDS = frozenset(
    {"data", "products", "images", "catalogue", "catalog", "maps", "dataset"}
    | {"datasets", "sets"}
)
ENGINE_WORDS = frozenset({"engine", "engines", "motor", "thruster", "thrusters"})


PHASE_ENDS = frozenset(
    {"end", "ends", "ended", "concluded", "completed", "finished", "closed"}
)


def _commissioning_done(span: Span) -> bool:
    """ "completed its in-orbit commissioning", "the commissioning phase will
    end in May"; not "a commissioning team"."""
    if _verb_before(span, DONE_VERBS, 5, NOUN_GAP):
        return True
    doc = span.doc
    after = doc[span.end : min(span.sent.end, span.end + 5)]
    return (
        len(after) > 1
        and after[0].lower_ in {"phase", "period"}
        and any(t.lower_ in PHASE_ENDS for t in after[1:])
    )


MADE_PUBLIC = frozenset({"become", "becomes", "became", "made", "make", "makes"})


def _data_made_public(span: Span) -> bool:
    """ "Photon data from the telescope will become public", "the images were
    made available": data released, told by what they become."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ in MADE_PUBLIC
        and _verb_before(doc[span.start - 1 : span.start], DATA_WORDS, 10, None)
    )


# what a body joins: a programme, a body, a club of countries ("joined the
# rover project", "joined the list of countries with a satellite")
JOINED = frozenset(
    {"project", "mission", "programme", "program", "consortium", "collaboration"}
    | {"organization", "organisation", "agency", "station", "network", "array"}
    | {"initiative", "effort", "partnership", "list", "club", "community"}
    | {"alliance", "convention", "treaty", "agreement", "committee", "council"}
    | {"ranks", "group", "family", "union", "federation", "league", "telescope"}
)


def _joined_a_body(span: Span) -> bool:
    """ "Portugal joined ESA in 2000", "DLR joined the rover project",
    "joined in 1990 by Spain's IGN", "Ukraine joined in November 2020"; not
    "joined the discussion", a plan ("will join the engineers"), nor a
    person's career ("an engineer who joined the programme")."""
    doc = span.doc
    if span.start and doc[span.start - 1].lower_ == "who":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.lower_ == "by" or _date_word(after):
        return True
    if after.text == "," or after.lower_ == "in":
        return _dated_soon(doc[span.end : span.end + 1], 3)
    return _joins_a_body(doc, span.end)


# what stands before the head of a noun phrase: "the rover project", "NASA's
# Solar Dynamics Observatory"
NOUN_RUN = frozenset({"NN", "NNS", "NNP", "NNPS", "HYPH"})
BEFORE_NOUNS = frozenset({"DT", "PRP$", "JJ", "CD", "POS"})


def _joins_a_body(doc: Doc, i: int) -> bool:
    """The noun phrase from ``i`` names a body or a programme: its head is one
    of JOINED, or it is an organisation or an acronym."""
    end = min(len(doc), i + 8)
    while i < end and doc[i].tag_ in BEFORE_NOUNS:
        i += 1
    run = []
    while i < end and doc[i].tag_ in NOUN_RUN:
        run.append(doc[i])
        i += 1
    return bool(run) and (
        run[-1].lower_ in JOINED
        or any(t.ent_type_ == "ORG" or (t.is_upper and len(t) > 1) for t in run)
    )


# a prize given: "received the Bruno Rossi Prize", "was awarded the medal"
PRIZE_VERBS = frozenset(
    {"received", "receives", "receive", "won", "wins", "win", "awarded"}
    | {"presented", "accepted", "shared"}
)


# pattern id -> the rest of its condition
CHECKED: dict[str, Callable[[Span], bool]] = {
    "other:tests": lambda s: _verb_before(s, TEST_VERBS, 5, NOUN_GAP | {"IN", "CC"}),
    "other:released-document": lambda s: _verb_before(s, RELEASE_VERBS, 4, NOUN_GAP),
    "other:operations-begin": _operations_begin,
    "other:arrived-at": _arrival_at_a_body,
    "other:land-in": lambda s: s[0].tag_.startswith("VB") or _infinitive(s),
    "other:loss-of": _a_named_loss,
    "launch:into-orbit": lambda s: (
        _verb_before(s, SEND_VERBS, 9, None)
        and not _from_a_station(s)
        and not _around_a_world(s)
    ),
    "other:deployed-into-orbit": _from_a_station,
    # "a Long March 2C rocket rose from Xichang", not "prices rose from"
    "launch:rocket-rose": lambda s: _noun_before(s, ROCKETS),
    "establishment:created-in": lambda s: s[0].tag_ in {"VBD", "VBN"},
    "workshop:workshops": lambda s: s[0].is_lower,
    "school:course": _a_course,
    "conference:assembly": _a_gathering,
    "meeting:session": _a_session_of_its_own,
    "establishment:establishment": _a_founding,
    "establishment:establish": _a_founding,
    "launch:launch": _launches_told,
    # "completed its in-orbit commissioning", not "a commissioning team"
    "other:commissioning": _commissioning_done,
    "other:chosen-in": _before_a_date,
    "other:commissioned-in": _before_a_date,
    "other:begin-dated": lambda s: (
        _dated_soon(s, 8) and not any(t.lower_ in GATHERED for t in words_before(s, 12))
    ),
    "launch:followed": _followed_alone,
    "other:completed-by": _before_a_date,
    "other:proposed-in": _before_a_date,
    "launch:fly-in": _before_a_date,
    "launch:flown-in": _before_a_date,
    "other:data-released": lambda s: _verb_before(s, DATA_WORDS, 6, None),
    "other:data-public": _data_made_public,
    # "scheduled to fly by asteroid 2001 CC21": a flyby, not a launch
    "launch:due-to-fly": lambda s: (
        s.end >= len(s.doc) or s.doc[s.end].lower_ not in {"by", "past"}
    ),
    "other:engine-fired": lambda s: _verb_before(s, ENGINE_WORDS, 7, None),
    "other:joined": _joined_a_body,
    "other:prize": lambda s: _verb_before(s, PRIZE_VERBS, 6, None),
}
