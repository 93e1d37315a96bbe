"""The tense a date is told in, read from the tagger's fine-grained tags.

"Friday" and "March" without a year point back or ahead depending on the verb
that governs them: "met Friday" is last Friday, "will meet Friday" the coming
one, "plans to launch in March" next March. Without a parser, the governing
verb is taken as the nearest verb group before the date in its sentence, or
failing that the first one after it ("On Sunday, police said ..."); a
participle without auxiliary ("rising to a high in March") is passed over.
HeidelTime reads tense the same way, from part-of-speech tags.

A pure function of (words, tags, sentence starts), so the date finder stays
independent of spaCy: :func:`tense_reader` builds it from a Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from spacy.tokens import Doc

Tense = str  # "past", "future" or "present"
TenseReader = Callable[[int, int], Tense | None]

# Stems of verbs that put what they govern ahead: "was planned for March";
# with an infinitive, more do: "plans to launch in May", "agreed to meet".
FUTURE_VERBS = ("plan", "schedul", "expect", "intend", "slat", "target")
INTENT_VERBS = (
    *FUTURE_VERBS,
    *("set", "aim", "prepar", "propos", "pois", "agree", "decid"),
    *("promis", "vow", "pledg", "hop", "want", "seek", "sought"),
)
# Words just before a date that say which way it lies: "payable Dec. 1",
# "effective Feb. 1", "until 9 a.m. Tuesday", "since Jan. 13".
AHEAD = {"payable", "effective", "due", "scheduled", "slated"}
# Words before an infinitive that put it ahead: "due to launch", "about to".
READY = AHEAD | {"likely", "poised", "ready", "about", "expected", "set"}
# "until Saturday" lies ahead ("extended the deadline until Tuesday") unless
# the clause is in the past perfect ("had not named him a suspect until
# Thursday").
UNTIL = {"until", "till"}
# verbs that move a time on: "extended the deadline until Tuesday"
DEFERRALS = ("extend", "postpon", "delay", "defer", "push", "prolong", "suspend")
BEHIND = {"since"}
# A coming occasion between the verb and the date: "looked ahead to the next
# round of talks in November", "the upcoming session in May".
COMING = {"upcoming", "forthcoming", "next"}
# "the next day in Paris": a step in a story told, not an occasion ahead
STEPS = {"day", "days", "morning", "evening", "night", "week", "weeks", "month", "year"}
UNSURE_MODALS = {"can", "ca", "could", "might", "may"}  # ability, or the past
HAVE = {"has", "have", "had", "'ve", "'d"}
# A plan told as one no longer held: "originally scheduled for Wednesday".
FORMERLY = {"originally", "initially", "previously"}
# deeds done once, whose participle tells the past even in a clause about
# the future
DONE = frozenset(
    {"signed", "concluded", "inked", "ratified", "agreed", "founded", "established"}
    | {"adopted", "approved", "launched", "completed"}
)
BE = {"is", "are", "'s", "'re", "am"}
ADVERB = frozenset({"RB"})
INFINITIVE = frozenset({"TO"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # character offset
    lower: str
    tag: str
    sent_start: bool


def _is_verb(t: Token) -> bool:
    """A verb by its tag; no word with a digit is one ("GSAT-6A", tagged VBZ)."""
    return (t.tag.startswith("VB") or t.tag == "MD") and not any(
        c.isdigit() for c in t.lower
    )


def _group_start(tokens: Sequence[Token], head: int) -> int:
    """Where the verb group ending at ``head`` starts: auxiliaries, "to", "not"."""
    i = head
    while i > 0 and not tokens[i].sent_start:
        prev = tokens[i - 1]
        # a line break inside the group ("He is\nto hold talks") is passed over
        if not (_is_verb(prev) or prev.tag in {"TO", "RB", "_SP"}):
            break
        i -= 1
    return i


def _group_tense(group: Sequence[Token], after: Token | None) -> Tense | None:
    """past / future / present from a verb group; None when it does not say
    (a bare participle, "could", an infinitive without its governing verb)."""
    if any(t.tag == "TO" for t in group):  # "planned to leave", "staged ... to mark"
        matrix = group[: max(i for i, t in enumerate(group) if t.tag == "TO")]
        verbs = [t for t in matrix if _is_verb(t)]
        if any(t.lower.startswith(INTENT_VERBS) for t in verbs):
            return "future"
        if verbs and all(t.lower in BE for t in verbs):
            return "future"  # "is to be held in October"
        rest = [t.lower for t in group[len(matrix) + 1 :]]
        if not verbs and rest[:1] == ["be"] and group[-1].tag == "VBN":
            return "future"  # "the conference, to be held in Malmö from 11 to 15 May"
        return _group_tense(matrix, None) if verbs else None
    verbs = [t for t in group if _is_verb(t)]
    head, auxes = verbs[-1], verbs[:-1]
    words = {t.lower for t in verbs}
    if any(t.tag == "MD" for t in verbs):
        if words & UNSURE_MODALS:
            return None
        return "past" if "have" in words else "future"  # "would have met"
    if {t.lower for t in group} & FORMERLY and head.tag in {"VBD", "VBN"}:
        return "past"  # "originally scheduled for Wednesday, was put off"
    if head.tag == "VBN" and any(t.lower in {"had", "'d", "having"} for t in auxes):
        return "past"  # "had been scheduled for Friday", "having woken up on"
    if head.lower.startswith(FUTURE_VERBS) or (
        head.lower == "set" and after is not None and after.lower in {"for", "to"}
    ):
        return "future"  # "is scheduled for", "a summit set for April"
    if any(t.tag == "VBD" for t in verbs) or words & HAVE:
        return "past"  # "met", "was signed", "has signed", "have been searching"
    if head.tag == "VBN" and not auxes and after is not None and after.lower == "by":
        return None  # "a course organized by CNSA ...": a modifier, read on
    if head.tag == "VBN":
        return "present" if auxes else "past"  # "is named"; "the high set on"
    if head.tag in {"VBZ", "VBP"} or any(a.tag in {"VBZ", "VBP"} for a in auxes):
        return "present"
    return None  # a bare participle or infinitive: read on


def read_tense(tokens: Sequence[Token], first: int, last: int) -> Tense | None:
    """The tense governing tokens[first:last] (the date), from its sentence:
    a signal word just before it, else the nearest verb group before it, else
    the first verb group after it (a present tense there says nothing)."""
    i = first - 1
    while i >= max(0, first - 4) and not _is_verb(tokens[i]):
        if tokens[i].lower in AHEAD:
            return "future"
        if tokens[i].lower in BEHIND:
            return "past"
        if tokens[i].lower in UNTIL:
            return _until(tokens, i, last)
        if tokens[i].sent_start:
            break
        i -= 1
    if _coming(tokens, first):
        return "future"
    return _verb_tense(tokens, first, last)


def _coming(tokens: Sequence[Token], first: int) -> bool:
    """Does an occasion ahead stand between the date and the verb before it
    ("looked ahead to the next round of talks in November", "the upcoming
    session in May")?"""
    i = first - 1
    while i >= max(0, first - 8) and not _is_verb(tokens[i]):
        word = tokens[i].lower
        if word in COMING and i + 1 < first and tokens[i + 1].tag.startswith("NN"):
            return tokens[i + 1].lower not in STEPS
        if word == "to" and i and tokens[i - 1].lower in {"ahead", "forward"}:
            return True  # "looked ahead to", "look forward to"
        if tokens[i].sent_start:
            break
        i -= 1
    return False


def _until(tokens: Sequence[Token], i: int, last: int) -> Tense:
    """ "extended the deadline until Tuesday", "will stay until May": ahead;
    "had not named him until Thursday", "worked until January": behind."""
    if _past_perfect(tokens, i, last):
        return "past"
    j = i
    while j > 0 and not tokens[j].sent_start:
        j -= 1
        if _is_verb(tokens[j]):
            verbs = [t for t in tokens[_group_start(tokens, j) : j + 1] if _is_verb(t)]
            if verbs[-1].lower.startswith(DEFERRALS) or any(
                t.tag == "MD" for t in verbs
            ):
                return "future"
            return "past" if any(t.tag == "VBD" for t in verbs) else "future"
    return "future"


def _past_perfect(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Is the verb group nearest tokens[i] (before it in its sentence, else the
    first after tokens[last - 1]) in the past perfect?"""
    j = i
    while j > 0 and not tokens[j].sent_start:
        j -= 1
        if _is_verb(tokens[j]):
            return _had_done(tokens[_group_start(tokens, j) : j + 1])
    j = last
    while j < len(tokens) and not tokens[j].sent_start:
        if _is_verb(tokens[j]):  # "had not called": through the adverb
            return _had_done(tokens[j : _run_end(tokens, j, ADVERB) + 1])
        j += 1
    return False


def _run_end(
    tokens: Sequence[Token], i: int, also: frozenset[str] = frozenset()
) -> int:
    """The last token of the run of verbs (and tags in ``also``) from tokens[i]."""
    while i + 1 < len(tokens) and (
        _is_verb(tokens[i + 1]) or tokens[i + 1].tag in also
    ):
        i += 1
    return i


def _had_done(group: Sequence[Token]) -> bool:
    verbs = [t for t in group if _is_verb(t)]
    return len(verbs) > 1 and verbs[0].lower in {"had", "'d"} and verbs[-1].tag == "VBN"


def _attributive(tokens: Sequence[Token], i: int) -> bool:
    """ "their planned station", "the scheduled launch": a participle after a
    determiner or possessive describes a noun; "its launch in March": a verb
    form after one is a noun; neither is a verb."""
    return (
        i > 0
        and tokens[i].tag in {"VBN", "VBG", "VB", "VBP"}
        and tokens[i - 1].tag in {"DT", "PRP$", "POS"}
    )


def _verb_tense(tokens: Sequence[Token], first: int, last: int) -> Tense | None:
    """The tense of the nearest verb group before tokens[first:last], else of
    the first one after it."""
    i = first - 1
    while i >= 0:
        if _is_verb(tokens[i]) and not _attributive(tokens, i):
            start = _group_start(tokens, i)
            group = tokens[start : i + 1]
            tense = _group_tense(group, tokens[i + 1])
            if group[0].tag == "TO" and start and tokens[start - 1].lower in READY:
                return "future"  # "due to lift off in October"
            if tense == "future" and _reduced_plan(group):
                # "The next attempt, set for Friday, was cancelled", "a service
                # planned for Saturday was canceled": the clause's own verb
                after = _tense_after(tokens, last)
                return "past" if after == "past" else tense
            if tense is None and _done_to_a_noun(tokens, start, i):
                # "Under a deal signed by the two in February, China will
                # train ...": what was done, whatever the clause's tense
                return "past"
            if tense is not None or group[0].tag == "TO":
                # an infinitive apart from its verb ("subpoenaed him to
                # testify on Feb. 10") tells of a later time: no tense
                return tense
            if tokens[start].sent_start:
                break
            i = start - 1
            continue
        if tokens[i].sent_start:
            break
        i -= 1
    tense = _tense_after(tokens, last)
    return None if tense == "present" else tense


def _done_to_a_noun(tokens: Sequence[Token], start: int, head: int) -> bool:
    """A participle without its helping verb right after a noun, of a deed
    done once: "a deal signed by ...", "the satellite launched in" (not "a
    course organized by the agency from March")."""
    group = tokens[start : head + 1]
    return (
        start > 0
        and len(group) == 1
        and group[0].tag == "VBN"
        and group[0].lower in DONE
        and tokens[start - 1].tag in {"NN", "NNS", "NNP", "NNPS"}
    )


def _reduced_plan(group: Sequence[Token]) -> bool:
    """A plan's participle without its helping verb, describing a noun: "the
    attempt, set for Friday,", "a service planned for Saturday"."""
    return (
        len(group) == 1
        and group[0].tag == "VBN"
        and (group[0].lower.startswith(FUTURE_VERBS) or group[0].lower == "set")
    )


def _tense_after(tokens: Sequence[Token], last: int) -> Tense | None:
    """The tense of the first verb group after tokens[last - 1] in its
    sentence that tells one."""
    i = last
    while i < len(tokens) and not tokens[i].sent_start:
        if _is_verb(tokens[i]):
            j = _run_end(tokens, i, INFINITIVE)  # "is to land": through "to"
            start = _group_start(tokens, j)
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            tense = _group_tense(tokens[start : j + 1], after)
            if tense is not None:
                return tense
            i = j
        i += 1
    return None


# "PHOTO: An Ariane 5 rocket lifts off from Kourou on Saturday.", "[Photo] A
# rocket blasts off on Friday. [Photo/Xinhua]": a caption tells what the
# picture shows, done, in the present tense
_PICTURE = r"(?:PHOTO|Photo|Image|Picture)"
CAPTION = re.compile(
    rf"^[ \t]*(?:(?:{_PICTURE}|Caption)[ \t]*[:：|]|\[[ \t]*{_PICTURE}[^\]\n]*\])"
    rf"|^[^\n]*[\[(]{_PICTURE}[ \t]*[/:][^\])\n]*[\])][ \t]*$",
    re.M,
)


class _DocTokens(Sequence[Token]):
    """A Doc's tokens as :class:`Token`, each made when first read: a date's
    tense is read from its sentence, not from the whole text."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._made: dict[int, Token] = {}

    def __len__(self) -> int:
        return len(self._doc)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        token = self._made.get(i)
        if token is None:
            t = self._doc[i]
            token = Token(t.idx, t.lower_, t.tag_, t.i == 0 or bool(t.is_sent_start))
            self._made[i] = token
        return token


def tense_reader(doc: Doc) -> TenseReader:
    """(start_char, end_char) of a date -> the tense it is told in; in a
    photo's caption the present is the past. Tokens are read on the first
    question, so texts without year-less dates pay nothing, and then only
    those of the sentences asked about."""
    # here, not at the top: this module stays independent of spaCy
    from pipeline.components.text import text_of

    tokens = _DocTokens(doc)
    starts: list[int] = []
    captions: list[tuple[int, int]] = []  # (start, end) of each caption line

    def read(start: int, end: int) -> Tense | None:
        if not starts:
            starts.extend(t.idx for t in doc)
            text = text_of(doc)
            captions.extend(
                (m.start(), text.find("\n", m.start())) for m in CAPTION.finditer(text)
            )
        first = max(0, bisect_right(starts, start) - 1)
        last = bisect_right(starts, max(start, end - 1))
        told = read_tense(tokens, first, last)
        in_caption = any(a <= start and (b < 0 or end <= b) for a, b in captions)
        return "past" if in_caption and told == "present" else told

    return read
