"""Finding and normalising dates in text.

HeidelTime-style rules (Strötgen & Gertz): regular expressions built from the
vocabulary tables, tried longest-first, each with a normaliser that cuts the
ISO value to the written precision. Year-less and relative expressions are
resolved against the reference (publication) date, else against the nearest
explicit year in the text. A hand-written rule set because the conventions
(written precision, ranges as two dates, seasons, decades) are the contract's,
and no installed library keeps them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipeline.dates.vocab import (
    CENTURIES,
    COUNT_NOUNS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    SEASONS,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None


def _alt(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[arg-type]


MON = rf"(?P<mon>(?:{_alt(MONTHS)})\.?)"
MON2 = rf"(?P<mon2>(?:{_alt(MONTHS)})\.?)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[89]\d\d|20\d\d|21\d\d)"
YEAR2 = r"(?P<year2>1[89]\d\d|20\d\d|21\d\d)"
DASH = r"\s*(?:-|–|—|to|until|till|through)\s*"
B, E = r"(?<![\w.-])", r"(?![\w-]|\.\d)"

Normaliser = Callable[[re.Match[str], "Context"], list[tuple[str | None, str | None]]]


@dataclass(frozen=True)
class Context:
    reference: dt.date | None
    text: str
    start: int

    def year_for(self, month: int | None = None) -> int | None:
        """The year of a year-less date: from the reference, else the nearest
        explicit year written before it, else after it."""
        if self.reference is not None:
            year = self.reference.year
            if month is not None and month > self.reference.month + 6:
                year -= 1  # news reports the recent past: "in November" in March
            return year
        before = list(re.finditer(rf"{B}{YEAR}{E}", self.text[: self.start]))
        if before:
            return int(before[-1].group("year"))
        after = re.search(rf"{B}{YEAR}{E}", self.text[self.start :])
        return int(after.group("year")) if after else None


def _month(m: re.Match[str], group: str = "mon") -> int:
    return MONTHS[m.group(group).rstrip(".").lower()]


def _day_value(year: int | None, month: int, day: int) -> tuple[str | None, str]:
    if year is None:
        return None, "day"
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, "day"


def _mdy(m, ctx):  # "Sept 4, 2013", "4 Sept 2013", "Sept 4" (year from context)
    month = _month(m)
    year = int(m.group("year")) if m.groupdict().get("year") else ctx.year_for(month)
    values = [_day_value(year, month, int(m.group("day")))]
    if m.groupdict().get("day2"):
        values.append(_day_value(year, month, int(m.group("day2"))))
    return values


def _iso(m, ctx):
    return [_day_value(int(m.group("year")), int(m.group("m")), int(m.group("day")))]


def _month_year(m, ctx):
    year = (
        int(m.group("year")) if m.groupdict().get("year") else ctx.year_for(_month(m))
    )
    return [(f"{year}-{_month(m):02d}" if year else None, "month")]


def _year(m, ctx):
    values = [(m.group("year"), "year")]
    if m.groupdict().get("year2"):
        values.append((m.group("year2"), "year"))
    return values


def _season(m, ctx):
    year = m.group("year") or ctx.year_for()
    code = SEASONS[m.group("season").lower()]
    return [(f"{year}-{code}" if year else None, "season")]


def _quarter(m, ctx):
    year = m.group("year") or ctx.year_for()
    q = ORDINALS.get(m.group("q").lower()) or int(m.group("q")[-1])
    return [(f"{year}-Q{q}" if year else None, "quarter")]


def _half(m, ctx):
    year = m.group("year") or ctx.year_for()
    return [(str(year) if year else None, "year")]


def _decade(m, ctx):
    digits = m.group("dec")
    return [(digits[:3] + "X", "decade")]


def _century(m, ctx):
    return [(f"{CENTURIES[m.group('cent').lower()]:02d}XX", "decade")]


def _shift_year(m, ctx):
    if ctx.reference is None:
        return [(None, "year")]
    word = m.group("rel").lower()
    delta = {
        "last": -1,
        "previous": -1,
        "this": 0,
        "next": 1,
        "coming": 1,
        "current": 0,
    }[word]
    return [(str(ctx.reference.year + delta), "year")]


def _shift_month(m, ctx):
    if ctx.reference is None:
        return [(None, "month")]
    delta = {"last": -1, "previous": -1, "this": 0, "next": 1, "current": 0}
    index = ctx.reference.year * 12 + ctx.reference.month - 1
    index += delta[m.group("rel").lower()]
    return [(f"{index // 12}-{index % 12 + 1:02d}", "month")]


def _shift_week(m, ctx):
    if ctx.reference is None:
        return [(None, "week")]
    delta = {"last": -7, "previous": -7, "this": 0, "next": 7}[m.group("rel").lower()]
    year, week, _ = (ctx.reference + dt.timedelta(days=delta)).isocalendar()
    return [(f"{year}-W{week:02d}", "week")]


def _deictic_day(m, ctx):
    if ctx.reference is None:
        return [(None, "day")]
    delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("deic").lower()]
    return [((ctx.reference + dt.timedelta(days=delta)).isoformat(), "day")]


def _weekday(m, ctx):
    if ctx.reference is None:
        return [(None, "day")]
    target = WEEKDAYS[m.group("wd").lower()]
    back = (ctx.reference.weekday() - target) % 7
    if m.group("next"):
        back = -((target - ctx.reference.weekday()) % 7 or 7)
    return [((ctx.reference - dt.timedelta(days=back)).isoformat(), "day")]


def _years_ago(m, ctx):
    if ctx.reference is None:
        return [(None, "year")]
    n = NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    return [(str(ctx.reference.year - n), "year")]


def _month_alone(m, ctx):
    year = ctx.year_for(_month(m))
    return [(f"{year}-{_month(m):02d}" if year else None, "month")]


EDGE = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
RULES: list[tuple[re.Pattern[str], Normaliser]] = [
    (re.compile(p, re.I if flags else 0), f)
    for p, f, flags in [
        (rf"{B}{MON}\s*{DAY}{DASH}{DAY2}\s*,?\s*{YEAR}{E}", _mdy, 1),
        (rf"{B}{DAY}{DASH}{DAY2}\s+(?:of\s+)?{MON}\s*,?\s*{YEAR}{E}", _mdy, 1),
        (rf"{B}{MON}\s*{DAY}\s*,\s*{YEAR}{E}", _mdy, 1),
        (rf"{B}{MON}\s+{DAY}\s+{YEAR}{E}", _mdy, 1),
        (rf"{B}{DAY}\s+(?:of\s+)?{MON}\s*,?\s*{YEAR}{E}", _mdy, 1),
        (rf"{B}{YEAR}[-/.](?P<m>[01]?\d)[-/.]{DAY}{E}", _iso, 0),
        (rf"{B}{MON}\s*{DAY}{DASH}{DAY2}{E}", _mdy, 1),
        (rf"{B}{MON}\s+(?:of\s+)?{YEAR}{E}", _month_year, 1),
        (
            rf"{B}(?:{EDGE}[\s-]+)?(?:the\s+)?(?P<season>{_alt(SEASONS)})(?:\s+of)?\s+{YEAR}{E}",
            _season,
            1,
        ),
        (
            rf"{B}(?:the\s+)?(?P<q>{_alt(ORDINALS)})\s+quarter(?:\s+of\s+{YEAR})?{E}",
            _quarter,
            1,
        ),
        (rf"{B}Q(?P<q>[1-4])\s+{YEAR}{E}", _quarter, 0),
        (rf"{B}the\s+(?:first|second|1st|2nd)\s+half\s+of\s+{YEAR}{E}", _half, 1),
        (rf"{B}(?:the\s+)?(?P<dec>1[89]\d0|20\d0)'?s{E}", _decade, 1),
        (rf"{B}the\s+(?P<cent>{_alt(CENTURIES)})\s+century{E}", _century, 1),
        (rf"{B}{YEAR}{DASH}{YEAR2}{E}", _year, 1),
        (rf"{B}(?:(?:{EDGE})[\s-]+|(?:fiscal|FY)\s*)?{YEAR}{E}", _year, 1),
        (
            rf"{B}(?P<rel>last|previous|this|next|coming|current)\s+year{E}",
            _shift_year,
            1,
        ),
        (rf"{B}(?P<rel>last|previous|this|next|current)\s+month{E}", _shift_month, 1),
        (rf"{B}(?P<rel>last|previous|this|next)\s+week{E}", _shift_week, 1),
        (rf"{B}(?P<deic>today|yesterday|tomorrow){E}", _deictic_day, 1),
        (rf"{B}(?P<next>next\s+)?(?P<wd>{_alt(WEEKDAYS)}){E}", _weekday, 1),
        (rf"{B}(?P<n>\d{{1,2}}|{_alt(NUMBERS)})\s+years?\s+ago{E}", _years_ago, 1),
        (rf"{B}{MON}\s*{DAY}{E}", _mdy, 1),
        (rf"{B}{DAY}\s+(?:of\s+)?{MON}{E}", _mdy, 1),
        (
            rf"{B}(?:{EDGE}[\s-]+)?(?P<mon>(?:January|February|March|April|June|July|August|September|October|November|December|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)){E}",
            _month_alone,
            0,
        ),
    ]
]


def _is_count(text: str, m: re.Match[str], f: Normaliser) -> bool:
    """ "2000 people", "$2013", "No. 2013": a number, not a year."""
    if f is not _year or m.groupdict().get("year2"):
        return False
    following = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    if following and following.group(1).lower() in COUNT_NOUNS:
        return True
    before = text[max(0, m.start() - 4) : m.start()]
    return bool(re.search(r"(?:[$#€£¥]|No\.\s?|[\d,]\s?)$", before))


def _matches(text: str) -> Iterator[tuple[re.Match[str], Normaliser]]:
    taken: list[tuple[int, int]] = []
    for pattern, f in RULES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _is_count(text, m, f):
                continue
            taken.append((m.start(), m.end()))
            yield m, f


def find_dates(text: str, *, reference: dt.date | None = None) -> list[DateMatch]:
    """Every calendar expression in ``text`` with its ISO value, by position.

    A range gives one match per end, both with the range's text."""
    found = []
    for m, f in _matches(text):
        ctx = Context(reference, text, m.start())
        for value, precision in f(m, ctx):
            found.append(DateMatch(m.start(), m.end(), m.group(0), value, precision))
    return sorted(found, key=lambda d: (d.start, d.value or ""))
