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

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

import jdatetime
from hijridate import Hijri

from pipeline.dates.tense import Tense, TenseReader
from pipeline.dates.vocab import (
    CENTURIES,
    COUNT_NOUNS,
    DATE_WORDS,
    DECADE_WORDS,
    FOREIGN_MONTHS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    SEASON_MONTH,
    SEASON_NOUNS,
    SEASONS,
    TEENS,
    TENS,
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


FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"}]
ABBREVIATED = [m for m in MONTHS if m not in FULL_MONTHS]
# "June" (a sentence's full stop is not its own), "Sept." (the stop is)
# (the first letter is checked first: one test instead of one per month name)
_MONTH = rf"(?=[JFMASONDjfmasond])(?:{_alt(FULL_MONTHS)}|(?:{_alt(ABBREVIATED)})\.?)"
MON = rf"(?P<mon>{_MONTH})"
CAPITAL_MONTHS = [
    m.capitalize()
    for m in MONTHS
    if len(m) >= 3
    and m
    not in {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
]
MON2 = rf"(?P<mon2>{_MONTH})"
WEEKDAY = rf"(?=[MTWFSmtwfs])(?:{_alt(WEEKDAYS)})"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# a weekday, short or long: "Tue", "Thurs.", "Monday"
SHORT_OR_LONG_WEEKDAY = (
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?"
)
# a weekday before a range's day, as a programme writes it: "Wed 15 - Fri 17 July"
RANGE_WD = rf"(?:{SHORT_OR_LONG_WEEKDAY},?\s+)?"
DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[89]\d\d|20\d\d|21\d\d)"
YEAR2 = r"(?P<year2>1[89]\d\d|20\d\d|21\d\d)"
DASH = r"\s*(?:-|–|—|\b(?:to|until|till|through)\b)\s*"  # between a range's ends
AND = r"\s*(?:\band\b|&)\s*"  # between two days: "April 24 and 25"
B, E = r"(?<![\w.-])", r"(?![\w-]|\.\d)"

Normaliser = Callable[[re.Match[str], "Context"], list[tuple[str | None, str | None]]]


# Words just before a year-less date that put it ahead of the reference date.
FUTURE = re.compile(
    r"\b(?:will|'ll|shall|next|upcoming|coming|until|till|scheduled|due|"
    r"is\s+to|are\s+to|is\s+set\s+for|are\s+set\s+for|expected)\b[^.!?;\n]*$",
    re.I,
)


PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|held|took|made|went|came|gave|began|"
    r"left|won|lost|saw|found|sold|bought|brought|rose|fell|(?<!-)\w+ed)\b[^.!?;\n]*$",
    re.I,
)


@dataclass(frozen=True)
class Context:
    reference: dt.date | None
    text: str
    start: int
    end: int = 0
    earlier: tuple[DateMatch, ...] = ()  # dates written before, in order
    reader: TenseReader | None = None

    @cached_property
    def tense(self) -> Tense | None:
        """past, future or present: from the tagged verbs when there are tags,
        else from the words of the clause before the date."""
        if self.reader is not None:
            return self.reader(self.start, self.end)
        before = self.text[max(0, self.start - 60) : self.start]
        if FUTURE.search(before):
            return "future"
        return "past" if PAST.search(before) else None

    def past(self) -> bool:
        """Does the clause tell what happened?"""
        return self.tense == "past"

    def future(self) -> bool:
        """Does the clause speak of what is to come?"""
        return self.tense == "future"

    def year_for(self, month: int | None = None, day: int = 1) -> int | None:
        """The year of a year-less date: from the reference and the tense, else
        the nearest explicit year written before it, else after it; but
        one listed right after a dated one takes its year ("last year, in
        February and July")."""
        listed = self._listed_after()
        if listed is None:
            listed = self._told_in_detail()
        if listed is not None and month is not None:
            return listed
        if self.reference is not None:
            ref = self.reference
            if month is None:
                return ref.year
            here = dt.date(ref.year, month, day)
            gap = (here - ref).days
            # the tense decides a date more than a month away from the
            # reference ("was launched on Dec. 14" in November: last year's);
            # else the nearest such date, a tie going to the past
            future, past = self.future(), self.past()
            if (future and gap < -31) or (gap < -182 and not past):
                return ref.year + 1
            if (past and gap > 31) or (gap > 182 and not future):
                return ref.year - 1
            return ref.year
        before = _years_in(self.text[: self.start])
        if before:
            return int(before[-1].group("year"))
        after = _years_in(self.text[self.start :])
        return int(after[0].group("year")) if after else None

    def _told_in_detail(self) -> int | None:
        """ "in autumn 2022: Rubio launched on September 21, and Kikina flew
        in October": after a colon, the days of the time told before it."""
        for told in reversed(self.earlier):
            between = self.text[told.end : self.start]
            if SENTENCE_END.search(between):
                return None
            if (
                ":" in between
                and told.value
                and told.value[:4].isdigit()
                # not a year in a quoted title: "Apophis 2029: A ..."
                and not _quoted(self.text, told.start)
            ):
                return int(told.value[:4])
        return None

    def _listed_after(self) -> int | None:
        if not self.earlier:
            return None
        last = self.earlier[-1]
        between = self.text[last.end : self.start]
        if last.value and last.value[:4].isdigit() and LISTED.fullmatch(between):
            return int(last.value[:4])
        return None


SENTENCE_END = re.compile(r"[.!?]\s|\n")
# what stands between a dated expression and the next of its list: ", in",
# " and ", ", and in early"
LISTED = re.compile(
    r"\s*,?\s*(?:and\s+|or\s+)?(?:in\s+|on\s+)?(?:early\s+|late\s+|mid-)?"
)


def _years_in(text: str) -> list[re.Match[str]]:
    """The years written in a text; not "2016 GMT" (a time) or "2000 people"."""
    return [m for m in re.finditer(rf"{B}{YEAR}{E}", text) if not _counted(text, m)]


def _counted(text: str, m: re.Match[str]) -> bool:
    """ "2000 people", "1801 hrs IST": a number before a noun or a clock word."""
    following = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    return bool(following) and following.group(1).lower() in COUNT_NOUNS | CLOCK


# "last year", "next month", "this week": how many units from the reference.
RELATIVE = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def _shifted_month(day: dt.date, months: int) -> str:
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def _shifted_quarter(day: dt.date, quarters: int) -> str:
    index = day.year * 4 + (day.month - 1) // 3 + quarters
    return f"{index // 4}-Q{index % 4 + 1}"


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


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
    day = int(m.group("day"))
    year = (
        int(m.group("year"))
        if m.groupdict().get("year")
        else _weekday_year(m, ctx.year_for(month, min(day, 28)), month, day)
    )
    values = [_day_value(year, month, int(m.group("day")))]
    if m.groupdict().get("day2"):
        values.append(_day_value(year, month, int(m.group("day2"))))
    return values


def _weekday_year(m, year: int | None, month: int, day: int) -> int | None:
    """ "Tuesday, 3 December" without its year: of the year the context gives
    and the one either side, the nearest whose 3 December is a Tuesday."""
    told = m.groupdict().get("wd")
    if year is None or told is None:
        return year
    weekday = WEEKDAYS[told.lower()]
    for candidate in (year, year - 1, year + 1):
        try:
            if dt.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            return year
    return year


def _day_range(m, ctx):  # "12 to 21 June", "12 to 21 June next year"
    rel = m.group("rel")
    if rel is None or ctx.reference is None:
        return _mdy(m, ctx)
    year = ctx.reference.year + RELATIVE[rel.lower()]
    month = _month(m)
    return [_day_value(year, month, int(m.group(g))) for g in ("day", "day2")]


def _cross_month(m, ctx):  # "September 29-October 3, 2014": a day in each
    month, month2 = _month(m), _month(m, "mon2")
    day, day2 = int(m.group("day")), int(m.group("day2"))
    if m.groupdict().get("year"):
        year2 = int(m.group("year"))
        year = year2 - 1 if month2 < month else year2  # "December 30-January 2"
    else:
        year = ctx.year_for(month, min(day, 28))
        year2 = year + 1 if year is not None and month2 < month else year
    return [_day_value(year, month, day), _day_value(year2, month2, day2)]


def _iso(m, ctx):
    return [_day_value(int(m.group("year")), int(m.group("m")), int(m.group("day")))]


def _day_first_range(m, ctx):  # "10-11/4/2025": 10 and 11 April 2025
    year, month = int(m.group("year")), int(m.group("m"))
    return [
        _day_value(year, month, int(m.group("day"))),
        _day_value(year, month, int(m.group("day2"))),
    ]


def _dotted_months_range(m, ctx):  # "30.01.–03.02.2023"
    year, first, month = int(m.group("year")), int(m.group("m1")), int(m.group("m"))
    return [
        _day_value(year - (first > month), first, int(m.group("day"))),
        _day_value(year, month, int(m.group("day2"))),
    ]


ROMAN_MONTHS = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
)
_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))


def _roman_month(m, ctx):  # "18 VII 2025", "14.XI.2016": Central European
    month = ROMAN_MONTHS.index(m.group("rom")) + 1
    return [_day_value(int(m.group("year")), month, int(m.group("day")))]


def _year_month(m, ctx):  # "2023年6月"
    month = int(m.group("mm"))
    return [(f"{m.group('year')}-{month:02d}" if 1 <= month <= 12 else None, "month")]


def _month_day_cjk(m, ctx):  # "6月20日": the year by the reference and tense
    month = int(m.group("mm"))
    if not 1 <= month <= 12:
        return [(None, "day")]
    year = ctx.year_for(month, int(m.group("day")))
    return [_day_value(year, month, int(m.group("day"))) if year else (None, "day")]


def _day_of_year(m, ctx):
    """A day by its number in the year: "1997 day 287" (14 October 1997),
    "2024-178 (day of year)" (ISO 8601), "DOY 174" (the reference's year)."""
    year = int(m.group("year")) if m.group("year") else ctx.year_for()
    number = int(m.group("doy"))
    if year is None or not 1 <= number <= (366 if calendar.isleap(year) else 365):
        return [(None, "day")]
    day = dt.date(year, 1, 1) + dt.timedelta(days=number - 1)
    return [(day.isoformat(), "day")]


# the words that say a number counts the days of a year ("2024-178 (day of
# year)"), and a year with such a number ("2018/130", "2024-283")
DAY_OF_YEAR_WORDS = r"day[ -]of[ -](?:the[ -])?year"
YEAR_DAY = r"(?P<year>(?:19|20)\d\d)[-/](?P<doy>[0-3]\d\d)"
# a text that says it numbers days in the year ("dated 2018/130 (YYYY/DOY)")
_DAY_NUMBERED = re.compile(rf"\bDOY\b|\b{DAY_OF_YEAR_WORDS}\b", re.I)


_NUMBERED = re.compile(r"(?:release|no\.?|number|#)\s*:?\s*$", re.I)


def _day_of_year_told(m, ctx):
    """ "2018/170" in a text that numbers its days so: a day by its number;
    elsewhere, or as a release's number ("RELEASE: 2022-186"), no date."""
    if not _DAY_NUMBERED.search(ctx.text) or _NUMBERED.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return []
    return _day_of_year(m, ctx)


# India's national (Saka) calendar, as the Press Information Bureau dates its
# releases ("Bhadra 08, 1947 Saka"): each month's first day in the Gregorian
# year (Chaitra a day earlier in a leap year), the year 78 behind
SAKA_MONTHS = {
    "chaitra": (3, 22),
    "vaishakha": (4, 21),
    "vaisakha": (4, 21),
    "jyaishtha": (5, 22),
    "jyeshtha": (5, 22),
    "ashadha": (6, 22),
    "asadha": (6, 22),
    "shravana": (7, 23),
    "sravana": (7, 23),
    "bhadra": (8, 23),
    "bhadrapada": (8, 23),
    "ashvin": (9, 23),
    "asvina": (9, 23),
    "ashwin": (9, 23),
    "kartika": (10, 23),
    "agrahayana": (11, 22),
    "pausha": (12, 22),
    "pausa": (12, 22),
    "magha": (1, 21),
    "phalguna": (2, 20),
}
SAKA_OFFSET = 78


def _saka(m, ctx):  # "Bhadra 08, 1947 Saka": 30 August 2025
    month, first = SAKA_MONTHS[m.group("saka").lower()]
    year = int(m.group("year")) + SAKA_OFFSET + (month < 3)  # Magha, Phalguna
    if month == 3 and calendar.isleap(year):
        first -= 1
    day = dt.date(year, month, first) + dt.timedelta(days=int(m.group("day")) - 1)
    return [(day.isoformat(), "day")]


# Iran's Solar Hijri calendar, as the Iranian Space Agency dates its pages
# ("Publish Date: Sunday 20 Aban 1397"): month names as written in English
SOLAR_HIJRI_MONTHS = {
    "farvardin": 1,
    "ordibehesht": 2,
    "khordad": 3,
    "tir": 4,
    "mordad": 5,
    "amordad": 5,
    "shahrivar": 6,
    "mehr": 7,
    "aban": 8,
    "azar": 9,
    "dey": 10,
    "dei": 10,
    "bahman": 11,
    "esfand": 12,
    "espand": 12,
}
_SOLAR_HIJRI = "|".join(sorted(SOLAR_HIJRI_MONTHS, key=len, reverse=True))
SOLAR_HIJRI_YEAR = r"(?P<syear>1[34]\d\d)"
# a Solar Hijri date with its year: what lets a year-less "25 Azar" be one
_SOLAR_HIJRI_DATED = re.compile(
    rf"(?<![\w-])[0-3]?\d\s+(?:{_SOLAR_HIJRI})\s*,?\s*1[34]\d\d(?!\d)", re.I
)


def _solar_hijri_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None


def _solar_hijri(m, ctx):
    """ "15 Aban 1402": 6 November 2023; "7 to 11 Aban" (a range) and "25
    Azar" in the year nearest the reference, when the text dates itself in
    that calendar."""
    month = SOLAR_HIJRI_MONTHS[m.group("smon").lower()]
    days = [int(m.group("day"))] + ([int(m.group("day2"))] if m.group("day2") else [])
    if m.group("syear"):
        years = [int(m.group("syear"))]
    elif ctx.reference is not None and _SOLAR_HIJRI_DATED.search(ctx.text):
        here = jdatetime.date.fromgregorian(date=ctx.reference).year
        years = [here - 1, here, here + 1]
    else:
        return []  # "3 Mehr" in a text not dated in that calendar
    values = []
    for day in days:
        found = [d for y in years if (d := _solar_hijri_day(y, month, day))]
        if ctx.reference is not None:
            found.sort(key=lambda d: abs((d - ctx.reference).days))
        values.append((found[0].isoformat() if found else None, "day"))
    return values


# The Islamic (lunar Hijri) calendar's months, as Arab agencies and news
# pages write them in English ("Sunday, 20 Shawwal 1440 AH"); an apostrophe,
# a hyphen or "ul" may join the words of a name
LUNAR_HIJRI_MONTHS = {
    "muharram": 1,
    "moharram": 1,
    "safar": 2,
    "rabi al awwal": 3,
    "rabi al awal": 3,
    "rabi ul awwal": 3,
    "rabiul awwal": 3,
    "rabiul awal": 3,
    "rabi i": 3,
    "rabi al thani": 4,
    "rabi al akhir": 4,
    "rabi al akhar": 4,
    "rabi ul akhir": 4,
    "rabiul akhir": 4,
    "rabi ii": 4,
    "jumada al ula": 5,
    "jumada al awwal": 5,
    "jumada al oula": 5,
    "jumada i": 5,
    "jumada al akhirah": 6,
    "jumada al akhira": 6,
    "jumada al thani": 6,
    "jumada al thaniyah": 6,
    "jumada ii": 6,
    "rajab": 7,
    "shaban": 8,
    "ramadan": 9,
    "ramadhan": 9,
    "shawwal": 10,
    "shawal": 10,
    "dhu al qidah": 11,
    "dhul qidah": 11,
    "dhu al qadah": 11,
    "dhul qadah": 11,
    "dhu al hijjah": 12,
    "dhul hijjah": 12,
    "dhu al hijja": 12,
}
_APOSTROPHE = "['’ʿʼ`]?"
_LUNAR_HIJRI = "|".join(
    # "Rabi' al-Awwal", "Dhu al-Qi'dah", "Sha'ban": apostrophes anywhere in a word
    rf"{_APOSTROPHE}\s*[\s-]\s*".join(_APOSTROPHE.join(word) for word in name.split())
    for name in sorted(LUNAR_HIJRI_MONTHS, key=len, reverse=True)
)
# the year and its era: "1440 AH", "1440 A.H.", "1440H"
# the era may go unwritten after a month of the Islamic calendar ("Riyadh,
# Shawwal 20, 1445, SPA"): no Gregorian year is written 13xx-15xx today
_LUNAR_HIJRI_YEAR = r"(?P<hyear>1[345]\d\d)(?:\s*(?:A\.?\s?H\.?|H\b|هـ)|(?![\w-]))"


def _lunar_hijri(m, ctx):
    """ "20 Shawwal 1440 AH", "Shawwal 20, 1440 AH": 23 June 2019, by the Umm
    al-Qura calendar (Saudi Arabia's; elsewhere the day may differ by one)."""
    name = re.sub(r"[^a-z]+", " ", m.group("hmon").lower()).strip()
    month = LUNAR_HIJRI_MONTHS.get(name) or LUNAR_HIJRI_MONTHS.get(
        name.replace(" ", "")
    )
    try:
        day = Hijri(int(m.group("hyear")), month, int(m.group("day"))).to_gregorian()
    except (ValueError, OverflowError, TypeError):
        return []
    # "Wednesday | 12 Ashwin 1430 | 11 Rabi' al-Awwal 1445": the weekday the
    # line gives settles the day where the sighting of the moon moved it
    line = ctx.text[ctx.text.rfind("\n", 0, m.start()) + 1 : m.start()]
    named = _WEEKDAY_NAMED.findall(line)
    if named:
        weekday = WEEKDAYS[named[-1].lower()]
        day = next(
            (
                day + dt.timedelta(days=shift)
                for shift in (0, 1, -1)
                if (day + dt.timedelta(days=shift)).weekday() == weekday
            ),
            day,
        )
    return [(day.isoformat(), "day")]


_WEEKDAY_NAMED = re.compile(rf"\b{WEEKDAY}\b", re.I)


# Japan's era years ("Reiwa 5, October 6"): the Gregorian year of each era's
# first year
JAPANESE_ERAS = {
    "reiwa": 2019,
    "heisei": 1989,
    "showa": 1926,
    "shōwa": 1926,
    "令和": 2019,
    "平成": 1989,
    "昭和": 1926,
}
_ERA = "|".join(JAPANESE_ERAS)


def _japanese_era(m, ctx):
    """ "Reiwa 5, October 6": 6 October 2023; "Heisei 30" alone, 2018;
    "令和5年10月6日" as written in Japanese ("元年", the first year)."""
    number = m.group("ey")
    year = JAPANESE_ERAS[m.group("era").lower()] + (
        0 if number in {"元", "1"} or number.lower() == "first" else int(number) - 1
    )
    if m.group("mon"):
        return [_day_value(year, _month(m), int(m.group("day")))]
    if m.group("jm") and m.group("jd"):
        return [_day_value(year, int(m.group("jm")), int(m.group("jd")))]
    if m.group("jm"):  # "令和6年11月"
        month = int(m.group("jm"))
        return [(f"{year}-{month:02d}" if 1 <= month <= 12 else None, "month")]
    return [(str(year), "year")]


def full_year(two_digits: int) -> int:
    """A year written in two digits: "95" is 1995, "08" 2008."""
    return two_digits + (1900 if two_digits > 50 else 2000)


def _wire_stamp(m, ctx):  # "08-02-95": 2 August 1995
    year = full_year(int(m.group("yy")))
    return [_day_value(year, int(m.group("mm")), int(m.group("day")))]


BUDDHIST_ERA = 543  # years the Thai calendar runs ahead


def _buddhist(m, ctx):  # "22 August 2567": 22 August 2024
    year = int(m.group("be")) - BUDDHIST_ERA
    return [_day_value(year, _month(m), int(m.group("day")))]


_DAY_FIRST = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}", re.I)
_MONTH_FIRST = re.compile(rf"{_MONTH}\s*\d{{1,2}}\b", re.I)


_NUMERIC_PAIR = re.compile(
    r"(?<![\d/.-])([0-3]?\d)[/-]([0-3]?\d)[/-](?:19|20)\d\d(?![\d/-])"
)


def _numeric(m, ctx):
    """ "12/04/2024", "12.04.2024": a part over 12 is the day; else the
    order the text writes its other dates in ("11 April" day first, "April
    11" month first), day first when it writes none (and always with dots)."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    day_first = a > 12 or (
        b <= 12 and (m.group("sep") == "." or _writes_day_first(ctx.text))
    )
    day, month = (a, b) if day_first else (b, a)
    return [_day_value(year, month, day)]


@lru_cache(maxsize=16)
def _writes_day_first(text: str) -> bool:
    """The order a text writes its days in, read once per text: its numeric
    dates' when a part over 12 shows it ("(22/04/2013)"), else its written
    dates' ("11 April" or "April 11"), day first when it writes none."""
    others = [(int(x), int(y)) for x, y in _NUMERIC_PAIR.findall(text)]
    day_shown = any(x > 12 for x, _ in others)
    if day_shown != any(y > 12 for _, y in others):
        return day_shown
    return len(_DAY_FIRST.findall(text)) >= len(_MONTH_FIRST.findall(text))


_FOREIGN_MONTH = "|".join(
    sorted(set(FOREIGN_MONTHS) - set(MONTHS) - {"mars"}, key=len, reverse=True)
)


def _foreign_day(m, ctx):
    month = FOREIGN_MONTHS[m.group("fmon").lower()]
    return [_day_value(int(m.group("year")), month, int(m.group("day")))]


def _month_year(m, ctx):
    year = (
        int(m.group("year")) if m.groupdict().get("year") else ctx.year_for(_month(m))
    )
    return [(f"{year}-{_month(m):02d}" if year else None, "month")]


def _month_range(m, ctx):  # "January-March 2024", "from May to July 2025"
    year = int(m.group("year"))
    return [
        (f"{year}-{_month(m):02d}", "month"),
        (f"{year}-{_month(m, 'mon2'):02d}", "month"),
    ]


# a page's tally before a number: "Visitor Counter : 1873", "Views: 2014"
_TALLY = re.compile(
    r"\b(?:counter|views?|hits|visitors?|downloads?|reads|likes|comments)\s*:?\s*$",
    re.I,
)


def _year(m, ctx):
    if _TALLY.search(ctx.text, max(0, m.start() - 30), m.start()):
        return []
    values = [(m.group("year"), "year")]
    if m.groupdict().get("year2"):
        values.append((m.group("year2"), "year"))
    return values


def _season(m, ctx):
    if m.groupdict().get("tens") or m.groupdict().get("teen"):
        year = _spoken_year_value(m)  # "the winter of nineteen ninety-four"
    else:
        year = m.group("year") or ctx.year_for()
    code = SEASONS[m.group("season").lower()]
    return [(f"{year}-{code}" if year else None, "season")]


def _quarter(m, ctx):
    """ "the third quarter", "Q3 2021", "the 1988 second quarter", "next
    year's first quarter", "the year-ago third quarter"."""
    groups = m.groupdict()
    if (groups.get("shift") or groups.get("ago")) and ctx.reference is not None:
        shift = RELATIVE[groups["shift"].lower()] if groups.get("shift") else -1
        year = ctx.reference.year + shift
    else:
        year = m.group("year") or ctx.year_for()
    q = ORDINALS.get(m.group("q").lower()) or int(m.group("q")[-1])
    return [(f"{year}-Q{q}" if year else None, "quarter")]


# Expressions that point back at another date; they are never antecedents.
ANAPHORIC = re.compile(
    r"earlier(?!\s+(?:this|last|next|in)\b)|before(?!\s+\w)|ago|corresponding|comparable|"
    r"same|last year['’]s",
    re.I,
)


def _antecedents(ctx: Context) -> list[DateMatch]:
    return [d for d in ctx.earlier if d.value and not ANAPHORIC.search(d.text)]


def _last_quarter(ctx: Context) -> str | None:
    """The quarter the text spoke of last, else the one before the reference's."""
    for date in reversed(_antecedents(ctx)):
        if date.precision == "quarter":
            return date.value
    return None if ctx.reference is None else _shifted_quarter(ctx.reference, -1)


def _the_quarter(m, ctx):
    """ "the quarter", "the latest quarter": the one spoken of; "the current
    quarter": the reference's; "the 1988 quarter": the one spoken of, in 1988."""
    if m.group("current") and ctx.reference is not None:
        return [(_shifted_quarter(ctx.reference, 0), "quarter")]
    last = _last_quarter(ctx)
    if m.group("year"):
        return [(f"{m.group('year')}{last[4:]}" if last else None, "quarter")]
    return [(last, "quarter")]


def _year_earlier(m, ctx):
    """ "a year earlier", "the year-ago quarter": the date just spoken of, a
    year back, at its precision (a quarter stays a quarter)."""
    for date in reversed(_antecedents(ctx)[-3:]):
        if date.precision in {"quarter", "month", "year"}:
            year, rest = date.value[:4], date.value[4:]
            if year.isdigit():
                return [(f"{int(year) - 1}{rest}", date.precision)]
    if ctx.reference is None:
        return [(None, "year")]
    return [(str(ctx.reference.year - 1), "year")]


def _that_year(m, ctx):
    """ "that year", "the following month", "later that day", "the next day"
    (or "the next morning"):
    the date just spoken of (its year, month or day), moved on as the words
    say."""
    unit = m.group("unit").lower()
    if unit in {"morning", "afternoon", "evening"}:
        unit = "day"  # "the next morning": the day after, its time of day cut
    step = 0 if m.group("that") else 1
    earlier = _antecedents(ctx)
    if unit == "day":
        return [(_told_day(ctx, earlier, step), "day")]
    if unit == "year":
        year = _told_year(earlier)
        return [(str(year + step) if year else None, "year")]
    # a month: one of the last few dates
    for date in reversed(earlier[-3:]):
        if not date.value[:4].isdigit():
            continue
        if date.precision in {"month", "day"}:
            day = dt.date(int(date.value[:4]), int(date.value[5:7]), 1)
            return [(_shifted_month(day, step), "month")]
    return [(None, unit)]


def _told_day(ctx, earlier: list[DateMatch], step: int) -> str | None:  # noqa: ANN001
    """The last day told, however far back, moved by ``step`` days; a day of
    the story before a day of its background ("launched on 2 February 2018"
    told in a 2024 visit's report)."""
    days = [
        d
        for d in earlier
        if d.precision == "day"
        and d.value[:4].isdigit()
        # "The previous day, ... the following day": a step back is no anchor
        and (step < 0 or not _STEP_BACK.fullmatch(d.text))
    ]
    if not step:
        # "that day" is one day: not an end of a range told since ("the
        # visit (21-24 March) ... 29 agreements concluded that day")
        starts = [d.start for d in days]
        days = [d for d in days if starts.count(d.start) == 1] or days
    near = [
        d
        for d in days
        if ctx.reference is None or abs(int(d.value[:4]) - ctx.reference.year) <= 1
    ]
    if step < 0 and ctx.reference is not None:
        # "The previous day, the delegation toured ...": the day before the
        # story's, not before a day of its background told since
        close = [
            d
            for d in near
            if abs((dt.date.fromisoformat(d.value) - ctx.reference).days) <= 14
        ]
        near = close or near
    if step > 0 and days and _sentence_before(ctx, days[-1]):
        # "..., which opened on Sept. 29, 2014. The following day, ...":
        # the day the sentence before tells, however far back
        return _next_day(days[-1].value, step)
    return _next_day((near or days)[-1].value, step) if near or days else None


def _sentence_before(ctx, date: DateMatch) -> bool:  # noqa: ANN001
    """Whether ``date`` is the last date of the sentence right before."""
    between = ctx.text[date.end : ctx.start]
    return len(between) < 200 and len(SENTENCE_END.findall(between)) == 1


_STEP_BACK = re.compile(r"the\s+(?:(?:previous|preceding)\s+day|day\s+before)", re.I)
# "The day before, on Friday, ...": the day itself follows
_DAY_FOLLOWS = re.compile(
    rf",?\s+on\s+(?:{_alt(WEEKDAYS)}|\d)|,\s+(?:{_alt(WEEKDAYS)})\b", re.I
)


def _day_before(m, ctx):  # "the previous day", "the day before"
    if _DAY_FOLLOWS.match(ctx.text, m.end()):
        return []
    value = _told_day(ctx, _antecedents(ctx), -1)
    if value is None and m.group().lower().endswith("before"):
        return []  # "They had met the day before.": no day told, no date
    return [(value, "day")]


EVENT_ENDS = {"last", "final", "closing", "concluding"}
EVENT_DAYS = {
    "first": 1,
    "opening": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
}


def _day_of_event(m, ctx):
    """ "On the second day", "the last day": a day of the event whose days
    the text gave last ("held on 24-27 February 2025"); nothing without one."""
    earlier = ctx.earlier
    ranges = [
        (a.value, b.value)
        for a, b in itertools.pairwise(earlier)
        if a.start == b.start
        and a.precision == b.precision == "day"
        and a.value
        and b.value
    ]
    which = m.group("nth").lower()
    if not ranges:
        # "opened in Weihai on September 12, 2011 ... On the opening day"
        days = [d for d in earlier if d.precision == "day" and d.value]
        return [(days[-1].value, "day")] if which == "opening" and days else []
    first, last = (dt.date.fromisoformat(v) for v in ranges[-1])
    if which in EVENT_ENDS:
        return [(last.isoformat(), "day")]
    day = first + dt.timedelta(days=EVENT_DAYS[which] - 1)
    return [(day.isoformat(), "day")] if day <= last else []


# The months of the seasons that fall within one calendar year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _relative_season(m, ctx):
    """ "this summer"; "next autumn": the first autumn still to begin (this
    year's, told in March); "last spring": the last one ended (this year's,
    told in October)."""
    if ctx.reference is None:
        return [(None, "season")]
    rel = m.group("rel").lower()
    delta = RELATIVE.get(rel, 0)  # "this past summer": 0
    code = SEASONS[m.group("season").lower()]
    months, month = SEASON_MONTHS.get(code), ctx.reference.month
    if months and (
        (delta == 1 and month < months[0]) or (delta == -1 and month > months[1])
    ):
        delta = 0  # this year's season is still to begin, or over
    return [(f"{ctx.reference.year + delta}-{code}", "season")]


def _season_after(m, ctx):
    """ "signed in March 2014. The following summer, ...": the first such
    season after the date just told ("that summer": the one it falls in)."""
    code = SEASONS[m.group("season").lower()]
    for date in reversed(_antecedents(ctx)[-3:]):
        if not date.value[:4].isdigit():
            continue
        year = int(date.value[:4])
        month = int(date.value[5:7]) if date.precision in {"month", "day"} else 1
        months = SEASON_MONTHS.get(code, (12, 12))
        if not m.group("that") and month >= months[0]:
            year += 1  # "in July ... the following summer" is next year's
        return [(f"{year}-{code}", "season")]
    return [(None, "season")]


def _season_of_year(m, ctx):
    if ctx.reference is None:
        return [(None, "season")]
    year = ctx.reference.year + RELATIVE.get(m.group("rel").lower(), 0)
    return [(f"{year}-{SEASONS[m.group('season').lower()]}", "season")]


def _relative_month_name(m, ctx):  # "last August", "this September", "next May"
    if ctx.reference is None:
        return [(None, "month")]
    month, ref = _month(m), ctx.reference
    rel = m.group("rel").lower()
    year = ref.year
    if rel == "last" and month >= ref.month - 1:
        year -= 1  # "last February" said in March: the February of last year
    elif rel == "next" and month <= ref.month:
        year += 1
    return [(f"{year}-{month:02d}", "month")]


def _month_of_year(m, ctx):
    """ "January this year", "June last year"; with its day, "14 January this
    year", "March 3 last year"."""
    day = m.groupdict().get("day") or m.groupdict().get("day2")
    precision = "day" if day else "month"
    if ctx.reference is None:
        return [(None, precision)]
    year = ctx.reference.year + RELATIVE[m.group("rel").lower()]
    try:
        value = dt.date(year, _month(m), int(day)).isoformat() if day else None
    except ValueError:
        return []  # "31 February this year"
    return [(value or f"{year}-{_month(m):02d}", precision)]


def _month_of_that_year(m, ctx):
    """ "December of that year", "March of the following year": a month (or
    a day, "Oct. 13 of that year") of the year just spoken of."""
    step = 0 if m.group("that") else 1
    year = _told_year(_antecedents(ctx))
    day = m.groupdict().get("day") or m.groupdict().get("day2")
    if year is None:
        return [(None, "day" if day else "month")]
    if not day:
        return [(f"{year + step}-{_month(m):02d}", "month")]
    try:
        return [(dt.date(year + step, _month(m), int(day)).isoformat(), "day")]
    except ValueError:
        return []  # "31 February of that year"


def _units_later(m, ctx):
    """ "two years later", "three weeks later", "five days earlier": counted
    from the date just spoken of, told as precisely as that date (no finer
    than the count: "three weeks later" needs a day to count from)."""
    unit = m.group("unit").lower()[0]
    n = NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    if m.group("dir").lower() == "earlier":
        n = -n
    for date in reversed(_antecedents(ctx)[-3:]):
        if date.precision in {"day", "month", "year"} and date.value[:4].isdigit():
            return _counted_from(date, unit, n)
    return []


def _counted_from(date: DateMatch, unit: str, n: int) -> list[tuple[str, str]]:
    parts = [int(p) for p in date.value.split("-")]
    if unit == "y":
        parts[0] += n
    elif unit == "m" and len(parts) > 1:
        parts[:2] = divmod(parts[0] * 12 + parts[1] - 1 + n, 12)
        parts[1] += 1
    elif unit in "wd" and len(parts) == 3:
        day = dt.date(*parts) + dt.timedelta(days=n * (7 if unit == "w" else 1))
        return [(day.isoformat(), "day")]
    else:
        return []  # "three months later" than a year
    if len(parts) == 3:
        last = calendar.monthrange(parts[0], parts[1])[1]
        parts[2] = min(parts[2], last)  # "a year later" than 29 February
    value = "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])
    return [(value, date.precision)]


def _told_year(earlier: list[DateMatch]) -> int | None:
    """The year of the last dates spoken of ("that year", "December of that
    year")."""
    for date in reversed(earlier[-3:]):
        if date.value[:4].isdigit():
            return int(date.value[:4])
    return None


def _units_from_now(m, ctx):  # "two weeks from now", "three months from today"
    unit = m.group("unit").lower()[0]
    precision = {"d": "day", "w": "day", "m": "month", "y": "year"}[unit]
    if ctx.reference is None:
        return [(None, precision)]
    n = NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    if unit in "dw":
        days = n * (7 if unit == "w" else 1)
        return [((ctx.reference + dt.timedelta(days=days)).isoformat(), "day")]
    if unit == "m":
        return [(_shifted_month(ctx.reference, n), "month")]
    return [(str(ctx.reference.year + n), "year")]


def _units_ago(m, ctx):  # "ten days ago", "two weeks ago", "five months ago"
    unit = m.group("unit").lower()[0]
    precision = {"d": "day", "w": "week", "m": "month"}[unit]
    if ctx.reference is None:
        return [(None, precision)]
    n = NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    if unit == "d":
        return [((ctx.reference - dt.timedelta(days=n)).isoformat(), "day")]
    if unit == "w":
        return [(iso_week(ctx.reference - dt.timedelta(weeks=n)), "week")]
    return [(_shifted_month(ctx.reference, -n), "month")]


UNITS = {k: v for k, v in NUMBERS.items() if k not in {"a", "an", "ten"}}
SPOKEN_YEAR = (
    rf"(?P<cent>nineteen|twenty)\s+(?P<tens>{_alt(TENS)})(?:[-\s](?P<unit>{_alt(UNITS)}))?"
    rf"|(?P<teen>nineteen|twenty)\s+(?P<teen2>{_alt(TEENS)})"
    # "two thousand" counts things too often: only "the year two thousand"
    rf"|(?<=year\s)(?P<thousand>two\s+thousand)(?:\s+and)?"
    rf"(?:\s+(?P<unit2>{_alt(UNITS)}))?"
)


def _spoken_year_value(m: re.Match[str]) -> str:
    if m.group("thousand"):
        unit = m.group("unit2")
        return str(2000 + (UNITS[unit.lower()] if unit else 0))
    if m.group("teen"):
        century = 1900 if m.group("teen").lower() == "nineteen" else 2000
        return str(century + TEENS[m.group("teen2").lower()])
    century = 1900 if m.group("cent").lower() == "nineteen" else 2000
    unit = m.group("unit")
    return str(
        century + TENS[m.group("tens").lower()] + (UNITS[unit.lower()] if unit else 0)
    )


def _spoken_year(m, ctx):  # "nineteen ninety-six", "the year two thousand"
    return [(_spoken_year_value(m), "year")]


def _month_spoken_year(m, ctx):  # "January nineteen ninety-seven"
    return [(f"{_spoken_year_value(m)}-{_month(m):02d}", "month")]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Days of the space calendar, each on the same day every year
FIXED_HOLIDAYS = {
    "cosmonautics day": (4, 12),  # Gagarin's flight, 12 April 1961
    "yuri's night": (4, 12),
    "china space day": (4, 24),  # Dong Fang Hong 1, 24 April 1970
    "space day of china": (4, 24),
    "national space day": (8, 23),  # India: Chandrayaan-3's landing
    "bastille day": (7, 14),  # France's national day
    "waitangi day": (2, 6),  # New Zealand's national day
    "australia day": (1, 26),
    "anzac day": (4, 25),
    "canada day": (7, 1),
    "europe day": (5, 9),
    "world meteorological day": (3, 23),  # the WMO Convention, 1950
    "earth day": (4, 22),
}


# the year each space holiday marks: its Nth anniversary falls in that year + N
HOLIDAY_ORIGINS = {
    "cosmonautics day": 1961,
    "yuri's night": 1961,
    "china space day": 1970,
    "space day of china": 1970,
    "national space day": 2023,
}
# the year a holiday was first kept, where not the year after what it marks:
# "the 11th Space Day of China" is 2026 (kept since 2016), not 1981
FIRST_KEPT = {"china space day": 2016, "space day of china": 2016}


# the words a holiday's name opens with, in small letters
HOLIDAY_OPENINGS = (
    *("thanksgiving", "christmas", "new year", "election day", "cosmonautics day"),
    *("yuri", "space day", "bastille", "waitangi", "australia day", "anzac"),
    *("canada day", "europe day", "world meteorological", "earth day"),
)


def _holiday_date(name: str, year: int) -> dt.date:
    if name in FIXED_HOLIDAYS:
        return dt.date(year, *FIXED_HOLIDAYS[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)  # the fourth Thursday of November
    if name.startswith("election"):  # the Tuesday after the first Monday
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if name.startswith("new year"):
        return dt.date(year, 1, 1)
    return dt.date(year, 12, 24 if name.endswith("eve") else 25)


def _holiday(m, ctx):  # "Thanksgiving Day", "Christmas Eve", "New Year's Day"
    name = " ".join(m.group("holiday").lower().replace("’", "'").split())
    if name in FIXED_HOLIDAYS:
        month = FIXED_HOLIDAYS[name][0]
    else:
        month = 1 if name.startswith("new year") else 11 if name[0] in "te" else 12
    if m.group("that"):
        year = _told_year(_antecedents(ctx))
    elif m.group("rel"):
        rel = RELATIVE[m.group("rel").lower()]
        year = ctx.reference.year + rel if ctx.reference else None
    else:
        year = int(m.group("year")) if m.group("year") else ctx.year_for(month, 25)
    return [(_holiday_date(name, year).isoformat() if year else None, "day")]


def _this_year(m, ctx):  # "the current fiscal year", "the full year"
    return [(str(ctx.reference.year) if ctx.reference else None, "year")]


def _past_year(m, ctx):
    """ "the past year": the calendar year that holds most of the twelve
    months before the reference (in December this one, in March the last)."""
    if ctx.reference is None:
        return [(None, "year")]
    return [(str(ctx.reference.year - (ctx.reference.month < 7)), "year")]


def _half(m, ctx):
    """A half of a year or a month: the year's (or the month's) precision."""
    groups = m.groupdict()
    if groups.get("mon"):
        return _month_year(m, ctx)
    rel = (groups.get("rel") or "").lower()
    if rel and ctx.reference is not None:
        shift = {"next": 1, "last": -1}.get(rel, 0)
        return [(str(ctx.reference.year + shift), "year")]
    year = groups.get("year") or ctx.year_for()
    return [(str(year) if year else None, "year")]


def _decade(m, ctx):
    digits = m.group("dec")
    return [(digits[:3] + "X", "decade")]


def _spoken_decade(m, ctx):
    """ "the nineties", "the '80s": the latest such decade, or the next one if
    it begins within ten years (the nineties said in 1989 are the 1990s, the
    sixties said in 2026 are the 1960s)."""
    if ctx.reference is None:
        return [(None, "decade")]
    words = m.group("words")
    tens = DECADE_WORDS[words.lower()] if words else int(m.group("digits")[0])
    year = ctx.reference.year
    start = year // 100 * 100 + tens * 10
    if start > year + 10:
        start -= 100
    return [(f"{start // 10}X", "decade")]


def _bare_season(m, ctx):
    """ "the summer", "the early winter": the season nearest the reference,
    as the tense points (a past summer said in spring is last year's)."""
    code = SEASONS[m.group("season").lower()]
    year = ctx.year_for(SEASON_MONTH[code], 15)
    return [(f"{year}-{code}" if year else None, "season")]


def _year_end(m, ctx):
    """ "the end of the year", "year's end", "earlier in the year": the
    reference's year, or the last one when a past end is told in January or
    February ("sales rose by the end of the year")."""
    if ctx.reference is None:
        year = ctx.year_for()
        return [(str(year) if year else None, "year")]
    year = ctx.reference.year
    if m.group("end") and ctx.reference.month <= 2 and ctx.past():
        year -= 1
    return [(str(year), "year")]


def _century(m, ctx):
    return [(f"{CENTURIES[m.group('cent').lower()]:02d}XX", "decade")]


def _shift_century(m, ctx):
    """ "this century", "the last century": the reference's, or the one before."""
    if ctx.reference is None:
        return [(None, "decade")]
    century = ctx.reference.year // 100 + RELATIVE[m.group("rel").lower()]
    return [(f"{century:02d}XX", "decade")]


def _shift_year(m, ctx):
    if ctx.reference is None:
        return [(None, "year")]
    return [(str(ctx.reference.year + RELATIVE[m.group("rel").lower()]), "year")]


def _shift_month(m, ctx):
    if ctx.reference is None:
        return [(None, "month")]
    delta = RELATIVE[m.group("rel").lower()]
    return [(_shifted_month(ctx.reference, delta), "month")]


def _shift_week(m, ctx):
    if ctx.reference is None:
        return [(None, "week")]
    weeks = RELATIVE[m.group("rel").lower()]
    return [(iso_week(ctx.reference + dt.timedelta(weeks=weeks)), "week")]


def _nth_week(m, ctx):
    """ "the first week of December": the week that holds its 1st (8th, ...)
    day; "the last week of May" the week of its last day."""
    month = _month(m)
    year = int(m.group("year")) if m.group("year") else ctx.year_for(month, 1)
    if year is None:
        return [(None, "week")]
    nth = m.group("nth").lower()
    if nth == "last":
        day = calendar.monthrange(year, month)[1]
    else:
        day = 7 * (ORDINALS[nth] - 1) + 1
    return [(iso_week(dt.date(year, month, day)), "week")]


def _shift_decade(m, ctx):
    """ "the next decade", "the last decade"; "this decade", "by the end of
    the decade": the reference's."""
    if ctx.reference is None:
        return [(None, "decade")]
    rel = RELATIVE[m.group("rel").lower()] if m.group("rel") else 0
    start = ctx.reference.year // 10 * 10 + 10 * rel
    return [(f"{start // 10}X", "decade")]


def _week_of(m, ctx):  # "the week of March 6": the week that holds that day
    month, day = _month(m), int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else ctx.year_for(month, day)
    value, _ = _day_value(year, month, day)
    return [(iso_week(dt.date.fromisoformat(value)) if value else None, "week")]


DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _deictic_day(m, ctx):  # "yesterday", "this morning"
    if m.group("deic").lower() == "today" and TODAY_HAS.match(ctx.text, m.end()):
        return []  # "Today several have done it": nowadays, set against the past
    if ctx.reference is None:
        return [(None, "day")]
    if _quoted_present(m, ctx):
        return []  # "Today is a big day for us," / "what we are creating today"
    word = m.group("deic").lower()
    delta = 0 if word.startswith("this") else DEICTIC_DAYS[word]
    return [((ctx.reference + dt.timedelta(days=delta)).isoformat(), "day")]


# "Today several have done it", "Today we have a working system" (but the
# present perfect of a deed: "Today we have made history", "Today Italy has
# written a page of history")
TODAY_HAS = re.compile(
    r"\s+(?:\w+\s+){0,3}(?:has|have|can)\b"
    r"(?!\s+(?:\w+ly\s+)?(?:\w+ed|made|written|shown|become|taken|sent|won|flown|"
    r"built|begun|seen|given|put|set|achieved|opened|signed|joined)\b)",
    re.I,
)


def _quoted_present(m: re.Match[str], ctx: Context) -> bool:
    """ "today" for the present in general, in a quote told in the present,
    but not "Today's launch"."""
    return (
        m.group("deic").lower() == "today"
        and _quoted(ctx.text, m.start())
        and not (ctx.past() or ctx.future())
        and not re.match(r"['’]s\b", ctx.text[m.end() :])
    )


def _quoted(text: str, i: int) -> bool:
    """Is text[i] inside a quotation opened on its line?"""
    line = text[text.rfind("\n", 0, i) + 1 : i]
    return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”")


def _weekday(m, ctx):
    if ctx.reference is None:
        return [(None, "day")]
    target = WEEKDAYS[m.group("wd").lower()]
    back = (ctx.reference.weekday() - target) % 7
    ahead = (target - ctx.reference.weekday()) % 7
    rel = " ".join((m.group("rel") or "").lower().split())
    said = SAID_ON.search(ctx.text, max(0, m.start() - 40), m.start())
    within = _day_in_range_told(ctx, target) if not (rel or said) else None
    if within is not None:
        # "From September 3 to 7, 2012, the conference took place ... the
        # opening session on Monday": a day of the event, not of the week
        # the text came out
        return [(within.isoformat(), "day")]
    # "Friday's purchases": a possessive weekday is one the news looks back on
    told = None if re.match(r"['’]s\b", ctx.text[m.end() :]) else ctx.tense
    if rel in {"last", "previous"}:
        days = -(back or 7)
    elif rel in {"next", "coming", "this coming"}:
        days = ahead or 7
    elif rel == "this" or told in {"future", "present"}:
        days = ahead  # "will meet on Friday", "meet Monday" (a timetable)
    elif told == "past" or back <= 4:
        days = -back
    else:  # untold tense: a weekday more than four days back is the coming one
        days = ahead
    return [((ctx.reference + dt.timedelta(days=days)).isoformat(), "day")]


# "..., held from Nov. 6 to 8, organizers said Tuesday": the day of the
# saying, which the news is of, not a day of the event told
SAID_ON = re.compile(
    r"\b(?:said|announced|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|Xinhua))"
    r"\s+(?:on\s+)?$"
)


EVENT_PART = re.compile(
    r"\b(?:session|opening|closing|plenary|poster|ceremony|banquet|excursion)s?\b"
    r"[^.!?\n]*$",
    re.I,
)


def _day_in_range_told(ctx: Context, weekday: int) -> dt.date | None:
    """The day of the given weekday within the range of days (a week at
    most) the text told last, with no other date told since but its days."""
    earlier = [d for d in ctx.earlier if d.value]
    since: list[DateMatch] = []
    while len(earlier) >= 2 and earlier[-1].start != earlier[-2].start:
        since.append(earlier.pop())
    if len(earlier) < 2 or earlier[-1].precision != "day":
        return None
    try:
        first = dt.date.fromisoformat(earlier[-2].value)
        last = dt.date.fromisoformat(earlier[-1].value)
    except ValueError:
        return None
    # days told since must be the range's; years or months of background
    # ("the series, which started in 1992") only before a part of the event
    # ("the opening session on Monday")
    part = EVENT_PART.search(ctx.text, max(0, ctx.start - 60), ctx.start)
    if not 0 < (last - first).days <= 7 or any(
        (d.precision == "day" or part is None)
        and not first.isoformat() <= d.value <= last.isoformat()
        for d in since
    ):
        return None
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    return day if day <= last else None


def _weekday_numbered(m, ctx):
    """ "Tuesday (18)", "on Friday (21th)": the weekday whose day of the month
    the bracket gives, nearest the reference."""
    if ctx.reference is None:
        return [(None, "day")]
    target, number = WEEKDAYS[m.group("wd").lower()], int(m.group("num"))
    for offset in sorted(range(-45, 46), key=abs):
        day = ctx.reference + dt.timedelta(days=offset)
        if day.day == number and day.weekday() == target:
            return [(day.isoformat(), "day")]
    return []


def _day_of_month(m, ctx):
    """ "on the 18th": that day of the reference's month, or of the month
    before when it lies ahead and the clause tells what happened (after, in
    the clause that speaks of what is to come)."""
    number = int(m.group("num"))
    if ctx.reference is None or not 1 <= number <= 31:
        return [(None, "day")]
    ref, shift = ctx.reference, 0
    if number > ref.day and not ctx.future():
        shift = -1
    elif number < ref.day and ctx.future():
        shift = 1
    year, month = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
    return [_day_value(year, month + 1, number)]


def _years_ago(m, ctx):
    """ "twenty years ago"; "twenty years ago today": that day. (Not "a
    decade ago": TimeML's news keeps that as vague as a decade.)"""
    today = m.group("today") is not None
    if ctx.reference is None:
        return [(None, "day" if today else "year")]
    n = COUNTED.get(m.group("n").lower()) or int(m.group("n"))
    if today:
        ref = ctx.reference
        day = 28 if (ref.month, ref.day) == (2, 29) else ref.day
        return [(dt.date(ref.year - n, ref.month, day).isoformat(), "day")]
    return [(str(ctx.reference.year - n), "year")]


# "Thirteen years ago", "twenty years ago"
COUNTED = {**NUMBERS, **TEENS, **TENS}


# "February and July 2019", "March, April or May 2020": the months listed
# before one with its year written take that year
_LISTED_TO_YEAR = re.compile(
    rf"(?:\s*(?:,|\band\b|\bor\b|&)\s*(?:{_MONTH}))+\s*,?\s*(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _month_alone(m, ctx):
    listed = _LISTED_TO_YEAR.match(ctx.text, m.end())
    if listed is not None:
        return [(f"{listed.group('year')}-{_month(m):02d}", "month")]
    heading = HEADING_REST.match(ctx.text, m.end())
    if heading is not None and _line_start(ctx.text, m.start()):
        # "JANUARY - EINSTEIN PROBE" over a year's review: the section's
        # first sentence tells which way the month lies
        ctx = replace(ctx, start=heading.end(), end=heading.end() + 1)
    year = ctx.year_for(_month(m), 15)
    return [(f"{year}-{_month(m):02d}" if year else None, "month")]


# what follows a month that heads a section: a dash and a title, then the
# section's first words on the next line
HEADING_REST = re.compile(r"[ \t]*(?:[-–—:][^\n]*)?\n[ \t]*(?=\S)")


def _line_start(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n"


EDGE = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)"
RULES: list[tuple[re.Pattern[str], Normaliser]] = [
    (re.compile(p, re.I if flags else 0), f)
    for p, f, flags in [
        # "15 Aban 1402", "7 to 11 Aban": Iran's Solar Hijri calendar
        (
            rf"{B}(?P<wd>{WEEKDAY}),?\s+(?P<day>[0-3]?\d)(?P<day2>)\s+"
            rf"(?P<smon>{_SOLAR_HIJRI})\s*,?\s*{SOLAR_HIJRI_YEAR}(?![\w-])",
            _solar_hijri,
            1,
        ),
        (
            rf"{B}(?P<day>[0-3]?\d)(?:{DASH}(?P<day2>[0-3]?\d))?\s+"
            rf"(?P<smon>{_SOLAR_HIJRI})(?:\s*,?\s*{SOLAR_HIJRI_YEAR})?(?![\w-])",
            _solar_hijri,
            1,
        ),
        # "20 Shawwal 1440 AH", "Shawwal 20, 1440 AH": the Islamic calendar
        (
            rf"{B}(?:{WEEKDAY},?\s+)?(?P<day>[0-3]?\d)\s+(?P<hmon>{_LUNAR_HIJRI}),?\s+"
            rf"{_LUNAR_HIJRI_YEAR}",
            _lunar_hijri,
            1,
        ),
        (
            rf"{B}(?:{WEEKDAY},?\s+)?(?P<hmon>{_LUNAR_HIJRI})\s+(?P<day>[0-3]?\d),?\s+"
            rf"{_LUNAR_HIJRI_YEAR}",
            _lunar_hijri,
            1,
        ),
        # "Reiwa 5, October 6", "October 6, Reiwa 5", "Heisei 30": Japan's era
        # years; "令和5年10月6日"
        (
            rf"{B}{MON}\s+{DAY},?\s+(?P<era>{_ERA})\s*(?P<ey>\d{{1,2}})"
            r"(?P<jm>)(?P<jd>)(?![\w-])",
            _japanese_era,
            1,
        ),
        (  # "10 December, Reiwa 2"
            rf"{B}{DAY}\s+{MON},?\s+(?P<era>{_ERA})\s*(?P<ey>\d{{1,2}})"
            r"(?P<jm>)(?P<jd>)(?![\w-])",
            _japanese_era,
            1,
        ),
        (
            rf"(?<![\w-])(?P<era>{_ERA})\s*(?P<ey>\d{{1,2}}|first)(?:\s+year)?"
            rf"(?:\s*,?\s*{MON}\s+{DAY})?(?P<jm>)(?P<jd>)(?![\w-])",
            _japanese_era,
            1,
        ),
        (
            rf"(?P<era>{_ERA})(?P<ey>\d{{1,2}}|元)年(?:(?P<jm>[01]?\d)月(?:(?P<jd>[0-3]?\d)日)?)?"
            r"(?P<mon>)(?P<day>)",
            _japanese_era,
            0,
        ),
        # a page in another language: "31 de agosto de 2020", "02 febbraio
        # 2018", "13. Juli 2019" ("Mars" is a planet's name in English)
        (
            rf"{B}(?P<day>[0-3]?\d)\.?\s+(?:de\s+)?(?P<fmon>{_FOREIGN_MONTH})\s+"
            rf"(?:de\s+)?(?P<year>\d{{4}}){E}",
            _foreign_day,
            1,
        ),
        (rf"{B}the\s+week\s+of\s+{MON}\s*{DAY}(?:\s*,\s*{YEAR})?{E}", _week_of, 1),
        (
            rf"{B}(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+week\s+of\s+"
            rf"{MON}(?:\s*,?\s*{YEAR})?{E}",
            _nth_week,
            1,
        ),
        (
            rf"{B}(?:(?:the\s+)?(?P<rel>next|last|previous|this|current)\s+decade|the\s+"
            rf"(?:end|start|beginning|middle|rest)\s+of\s+the\s+decade){E}",
            _shift_decade,
            1,
        ),
        (
            rf"{B}the\s+week\s+of\s+{DAY}\s+(?:of\s+)?{MON}(?:\s*,?\s*{YEAR})?{E}",
            _week_of,
            1,
        ),
        # "Friday, Oct. 23": the written date, with its weekday
        (
            rf"{B}(?P<wd>{WEEKDAY}),?\s+{MON}\s*{DAY}(?:(?:\s*,\s*|\s+){YEAR})?{E}",
            _mdy,
            1,
        ),
        (
            rf"{B}(?P<wd>{WEEKDAY}),?\s+{DAY}\s+(?:of\s+)?{MON}(?:\s*,?\s*{YEAR})?{E}",
            _mdy,
            1,
        ),
        # "September 29-October 3, 2014", "29 September to 3 October"
        (
            rf"{B}{MON}\s*{DAY}{DASH}{MON2}\s*{DAY2}(?:\s*,?\s*{YEAR})?{E}",
            _cross_month,
            1,
        ),
        (
            rf"{B}{DAY}\s+(?:of\s+)?{MON}{DASH}{DAY2}\s+(?:of\s+)?{MON2}"
            rf"(?:\s*,?\s*{YEAR})?{E}",
            _cross_month,
            1,
        ),
        (rf"{B}{MON}\s*{DAY}(?:{DASH}|{AND}){DAY2}\s*,?\s*{YEAR}{E}", _mdy, 1),
        (
            rf"{B}{RANGE_WD}{DAY}(?:{DASH}|{AND}){RANGE_WD}{DAY2}\s+(?:of\s+)?{MON}"
            rf"\s*,?\s*{YEAR}{E}",
            _mdy,
            1,
        ),
        (rf"{B}{MON}\s*{DAY}\s*,\s*{YEAR}{E}", _mdy, 1),
        (rf"{B}{MON}\s+{DAY}\s+{YEAR}{E}", _mdy, 1),
        (rf"{B}{DAY}\s+(?:of\s+)?{MON}\s*,?\s*{YEAR}{E}", _mdy, 1),
        (rf"{B}{YEAR}[-/.](?P<m>[01]?\d)[-/.]{DAY}{E}", _iso, 0),
        # "2023年06月20日" (an English page that keeps its Chinese date line)
        (
            r"(?<!\d)(?P<year>\d{4})\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日",
            _iso,
            0,
        ),
        (
            r"(?<!\d)(?P<year>\d{4})\s*年\s*(?P<mm>[01]?\d)\s*月(?!\s*\d)",
            _year_month,
            0,
        ),
        # "6月20日": a month and day without their year
        (
            r"(?<![\d年])(?P<mm>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日",
            _month_day_cjk,
            0,
        ),
        # "1997 day 287": a day by its number in the year (an operations
        # bulletin's date)
        (
            r"(?<![\w.-])(?P<year>(?:19|20)\d\d),?\s+day\s+(?P<doy>[0-3]?\d{1,2})(?![\w-])",
            _day_of_year,
            1,
        ),
        # "Kraków, 18 VII 2025", "14.XI.2016": the month in Roman numerals,
        # as Polish, Czech or Italian pages write it
        (
            rf"(?<![\w.-])(?P<day>[0-3]?\d)\.?\s*(?P<sep>[\s./-])\s*(?P<rom>{_ROMAN})"
            rf"\s*(?P=sep)\s*{YEAR}{E}",
            _roman_month,
            0,
        ),
        # "Bhadra 08, 1947 Saka": India's national calendar
        (
            rf"(?<![\w-])(?P<saka>{'|'.join(SAKA_MONTHS)})\s+(?P<day>[0-3]?\d),?\s+"
            r"(?P<year>1[89]\d\d|20\d\d)\s+(?:Saka|Śaka|S\.E\.)(?![\w-])",
            _saka,
            1,
        ),
        # "Issued: 2024-178 (day of year)": a day by its number in the year
        # (ISO 8601) when the text says so (NASA numbers its releases
        # "2022-186"), with the slash an observatory writes ("dated 2018/130
        # (YYYY/DOY)"), or after "day" ("ops day 2024-283")
        (
            r"(?<![\w./-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<doy>[0-3]\d\d)"
            rf"(?=\s*\(?\s*(?:{DAY_OF_YEAR_WORDS}|(?:YYYY(?P=sep))?DOY\b)"
            r"|(?<=\b[Dd]ay\s\d{4}[-/]\d{3})(?![\w/-])"
            # "BULLETIN No. 03 - issued 2024-191": no month has that number
            r"|(?<=\b[Ii]ssued\s\d{4}[-/]\d{3})(?![\w/-]))",
            _day_of_year,
            0,
        ),
        # "DOY 174" in an operations bulletin: the year its reference's
        (r"(?<![\w-])DOY\s*(?P<year>)(?P<doy>[0-3]?\d{1,2})(?![\w-])", _day_of_year, 0),
        # "2018/170" after the text said it numbers its days so
        (rf"(?<![\w./-]){YEAR_DAY}(?![\w/-])", _day_of_year_told, 0),
        # "Issued: GMT 248/2020": a day by its number, after its time zone
        (
            r"(?<=\b(?:GMT|UTC)\s)(?P<doy>[0-3]\d\d)/(?P<year>(?:19|20)\d\d)(?![\w/-])",
            _day_of_year,
            0,
        ),
        # "Issued day 075 of 2023 (UT day-of-year)"
        (
            r"(?<![\w-])[Dd]ay\s+(?P<doy>[0-3]\d\d)\s+of\s+(?P<year>(?:19|20)\d\d)"
            r"(?![\w-])",
            _day_of_year,
            0,
        ),
        # "AP  08-02-95 18:07 EDT": a US wire's archive header, month first
        (
            r"(?<![\d-])(?P<mm>[01]?\d)-(?P<day>[0-3]?\d)-(?P<yy>\d{2})"
            r"(?=\s+\d{1,2}:\d{2}\b)",
            _wire_stamp,
            0,
        ),
        # "22 August 2567": a Thai page's Buddhist Era year (543 ahead)
        (
            rf"{B}{DAY}\s+{MON}\s*,?\s*(?:B\.\s?E\.\s*)?(?P<be>25[0-9]\d){E}",
            _buddhist,
            1,
        ),
        (
            rf"{B}{MON}\s*{DAY}\s*,\s*(?:B\.\s?E\.\s*)?(?P<be>25[0-9]\d){E}",
            _buddhist,
            1,
        ),
        (rf"{B}{DAY}-{MON}-{YEAR}{E}", _mdy, 1),  # "24-Apr-2024"
        # "21.–25.11.2022", "30.01.–03.02.2023": a Swiss or German page's range
        (
            rf"{B}(?P<day>[0-3]?\d)\.\s?[–-]\s?(?P<day2>[0-3]?\d)\.(?P<m>[01]?\d)\.{YEAR}{E}",
            _day_first_range,
            0,
        ),
        (
            rf"{B}(?P<day>[0-3]?\d)\.(?P<m1>[01]?\d)\.\s?[–-]\s?(?P<day2>[0-3]?\d)\."
            rf"(?P<m>[01]?\d)\.{YEAR}{E}",
            _dotted_months_range,
            0,
        ),
        (
            rf"{B}(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep){YEAR}{E}",
            _numeric,
            0,
        ),
        # "28. 6. 2017": a day, a month and a year with dots and spaces (Czech,
        # Slovak, German pages), always day first
        (
            rf"{B}(?P<day>[0-3]?\d)\.\s(?P<m>[01]?\d)\.\s{YEAR}{E}",
            _iso,
            0,
        ),
        # "On 10-11/4/2025": two days of one month, day first (a Vietnamese
        # page's range)
        (
            rf"{B}(?P<day>[0-3]?\d)\s?-\s?(?P<day2>[0-3]?\d)/(?P<m>[01]?\d)/{YEAR}{E}",
            _day_first_range,
            0,
        ),
        (rf"{B}{MON}\s*{DAY}(?:{DASH}|{AND}){DAY2}{E}", _mdy, 1),
        # "on July 16 and Aug. 9, 2000": the first day takes the year told
        # after the second
        (
            rf"{B}{MON}\s*{DAY}{E}(?=\s*,?\s+(?:and|or)\s+{_MONTH}\s*[0-3]?\d"
            rf"(?:st|nd|rd|th)?\s*,?\s*{YEAR}{E})",
            _mdy,
            1,
        ),
        # "from 12 to 21 June": the year from the context, or from the words
        # after it ("12 to 21 June next year", told apart as a date too)
        (
            rf"{B}{RANGE_WD}{DAY}(?:{DASH}|{AND}){RANGE_WD}{DAY2}\s+(?:of\s+)?{MON}{E}"
            rf"(?:(?=\s+(?P<rel>next|last|this)\s+year\b))?",
            _day_range,
            1,
        ),
        (rf"{B}{MON}{DASH}{MON2}\s*,?\s*{YEAR}{E}", _month_range, 1),
        (rf"{B}(?:{EDGE}[\s-]+)?{MON}\s+(?:of\s+)?{YEAR}{E}", _month_year, 1),
        (
            rf"{B}(?:{EDGE}[\s-]+)?(?:the\s+)?(?P<season>{_alt(SEASONS)})(?:\s+of)?\s+{YEAR}{E}",
            _season,
            1,
        ),
        (
            rf"{B}(?:the\s+)?(?:{YEAR}\s+|(?P<shift>this|last|next)\s+year['’]s\s+|"
            rf"(?:the\s+)?(?:comparable\s+)?(?P<ago>year[-\s](?:ago|earlier))\s+)"
            rf"(?:fiscal\s+)?(?P<q>{_alt(ORDINALS)})[\s-]+quarter{E}",
            _quarter,
            1,
        ),
        (
            rf"{B}(?:the\s+)?(?:fiscal\s+)?(?P<q>{_alt(ORDINALS)})[\s-]+quarter"
            rf"(?:\s+of\s+(?:{YEAR}|(?P<shift>this|last|next)\s+year))?{E}",
            _quarter,
            1,
        ),
        (
            rf"{B}the\s+(?:(?:latest\s+|(?P<current>current\s+)|most\s+recent\s+|"
            rf"{YEAR}\s+)?(?:quarter|three\s+months)|latest\s+period){E}",
            _the_quarter,
            1,
        ),
        (
            # "a year before launch" counts from an event, not from a date
            rf"{B}(?:an?\s+year\s+(?:earlier|before(?!\s+\w)|ago)|"
            rf"(?:the\s+)?year[-\s](?:earlier|ago)"
            rf"(?:\s+(?:quarter|period))?){E}",
            _year_earlier,
            1,
        ),
        (
            # "December of that year", "in June that year", "on Oct. 13 of
            # that year", "3 May of the following year"
            rf"{B}(?:{DAY}\s+)?{MON}(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?)?"
            rf"\s+(?:of\s+)?(?:(?P<that>that|the\s+same)|the\s+(?:following|next))"
            rf"\s+year{E}",
            _month_of_that_year,
            1,
        ),
        (
            # (or its part: "by mid-May next year", "in early June this year")
            rf"{B}(?:(?:early|late|mid)[\s-]+|{DAY}\s+)?{MON}"
            rf"(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?)?"
            rf"\s+(?P<rel>this|last|next|previous)\s+year{E}",
            _month_of_year,
            1,
        ),
        # "in May or June next year", "May and June last year": the first
        # month takes the year told after the second
        (
            rf"{B}{MON}{E}(?=\s+(?:and|or)\s+{MON2}\s+"
            rf"(?P<rel>this|last|next|previous)\s+year\b)",
            _month_of_year,
            1,
        ),
        (
            rf"{B}(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<mon>{_alt(CAPITAL_MONTHS)}){E}",
            _relative_month_name,
            0,
        ),
        (
            rf"{B}(?P<rel>this|last|next|this\s+past)\s+(?P<season>{_alt(SEASONS)}){E}",
            _relative_season,
            1,
        ),
        (  # "the spring of next year", "autumn this year"
            rf"{B}(?:the\s+)?(?P<season>{_alt(SEASONS)})\s+(?:of\s+)?"
            rf"(?P<rel>this|last|next)\s+year{E}",
            _season_of_year,
            1,
        ),
        (
            rf"{B}(?P<n>\d{{1,2}}|{_alt(NUMBERS)})\s+(?P<unit>days?|weeks?|months?|years?)"
            rf"\s+from\s+(?:now|today){E}",
            _units_from_now,
            1,
        ),
        (
            rf"{B}(?P<n>\d{{1,2}}|{_alt(NUMBERS)})\s+(?P<unit>days?|weeks?|months?)\s+ago{E}",
            _units_ago,
            1,
        ),
        (
            rf"{B}(?P<n>\d{{1,2}}|{_alt(NUMBERS)})\s+(?P<unit>days?|weeks?|months?|years?)"
            rf"\s+(?P<dir>later|earlier){E}(?!\s+than\b)",  # "a day later than planned"
            _units_later,
            1,
        ),
        (rf"{B}the\s+past\s+year{E}", _past_year, 1),
        (
            rf"{B}(?:(?P<end>(?:the\s+)?(?:end|close)\s+of\s+the\s+year|year['’]s\s+end|"
            rf"(?<!-)year\s+end)|(?:earlier|later)\s+in\s+the\s+year){E}",
            _year_end,
            1,
        ),
        # "the summer", "the early winter"; "fall" and "spring" alone are
        # too often a verb or a noun, and "in summer" is a recurrence
        (
            rf"(?<!\bevery\s)(?<!\beach\s){B}the\s+(?:(?:early|late)\s+|mid-)?"
            rf"(?P<season>summer|winter|autumn){E}"
            rf"(?!\s+of\b|\s+(?:{_alt(SEASON_NOUNS)})\b)",
            _bare_season,
            1,
        ),
        # "in the spring", "through the fall": with "the" after a preposition
        (
            r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bover\s)|(?<=\btill\s)|(?<=\buntil\s)"
            r"|(?<=\bsince\s)|(?<=\bduring\s)|(?<=\bthrough\s))the\s+"
            rf"(?:(?:early|late)\s+)?(?P<season>spring|fall){E}"
            rf"(?!\s+of\b|\s+(?:{_alt(SEASON_NOUNS)})\b)",
            _bare_season,
            1,
        ),
        # "The following summer", "that winter": after the date just told
        (
            rf"{B}(?:(?P<that>that)|the\s+following)\s+"
            rf"(?P<season>spring|summer|autumn|fall|winter){E}"
            rf"(?!\s+(?:{_alt(SEASON_NOUNS)})\b)",
            _season_after,
            1,
        ),
        (
            rf"{B}the\s+(?P<nth>{_alt(EVENT_DAYS)}|{_alt(EVENT_ENDS)})\s+day{E}"
            r"(?!\s+(?:of|in|at)\b)",
            _day_of_event,
            1,
        ),
        (
            # "the previous day", "the day before," (not "the day before the launch")
            rf"{B}the\s+(?:(?:previous|preceding)\s+day|day\s+before(?![ \t]+\w)){E}",
            _day_before,
            1,
        ),
        (
            rf"{B}(?:last\s+|this\s+)?(?P<holiday>Thanksgiving(?:\s+Day)?|Christmas"
            rf"(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Election\s+Day"
            r"|Cosmonautics\s+Day|Yuri['’]s\s+Night|China\s+Space\s+Day"
            r"|Space\s+Day\s+of\s+China|National\s+Space\s+Day|Bastille\s+Day|Waitangi\s+Day"
            r"|Australia\s+Day|Anzac\s+Day|ANZAC\s+Day|Canada\s+Day|Europe\s+Day"
            r"|World\s+Meteorological\s+Day|Earth\s+Day)"
            # "Christmas Day that year": the year just spoken of; "World
            # Meteorological Day last year"
            rf"(?:,?\s+{YEAR}|\s+(?:of\s+)?(?P<that>that|the\s+same)\s+year"
            rf"|\s+(?P<rel>last|next|this)\s+year)?{E}",
            _holiday,
            0,
        ),
        (
            rf"{B}(?:(?:later|earlier)\s+)?(?:(?P<that>that(?:\s+same)?|the\s+same)|"
            rf"the\s+(?:following|next(?=\s+(?:day|morning|afternoon|evening))))\s+"
            rf"(?P<unit>year|month|day|morning|afternoon|evening){E}",
            _that_year,
            1,
        ),
        (
            rf"{B}(?:the\s+)?(?:(?:corresponding|comparable|same)\s+(?:period|quarter)\s+"
            rf"(?:of\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year|the\s+(?:previous|prior)"
            rf"\s+year)|last\s+year['’]s\s+(?:quarter|period)){E}",
            _year_earlier,
            1,
        ),
        (
            rf"{B}the\s+(?:current\s+fiscal|current\s+calendar|fiscal|full)\s+year{E}",
            _this_year,
            1,
        ),
        (rf"{B}{MON}\s+(?:of\s+)?(?:{SPOKEN_YEAR}){E}", _month_spoken_year, 1),
        (
            rf"{B}(?:the\s+)?(?P<season>{_alt(SEASONS)})\s+of\s+(?:{SPOKEN_YEAR}){E}",
            _season,
            1,
        ),
        (rf"{B}(?:the\s+year\s+)?(?:{SPOKEN_YEAR}){E}", _spoken_year, 1),
        (rf"{B}Q(?P<q>[1-4])\s+{YEAR}{E}", _quarter, 0),
        (rf"{B}the\s+(?:first|second|1st|2nd)\s+half\s+of\s+{YEAR}{E}", _half, 1),
        # "the first half of next year", "the second half of June"
        (
            rf"{B}the\s+(?:first|second|1st|2nd)\s+half\s+of\s+"
            rf"(?:(?P<rel>this|next|last|the)\s+year|{MON}(?:\s*,?\s*{YEAR})?){E}",
            _half,
            1,
        ),
        (
            rf"{B}(?:the\s+)?(?:{EDGE}[\s-]+)?(?P<dec>1[89]\d0|20\d0)'?s{E}",
            _decade,
            1,
        ),
        (
            rf"{B}the\s+(?:{EDGE}[\s-]+)?(?:(?P<words>{_alt(DECADE_WORDS)})|"
            rf"['’](?P<digits>[2-9]0)s){E}",
            _spoken_decade,
            1,
        ),
        (rf"{B}the\s+(?P<cent>{_alt(CENTURIES)})\s+century{E}", _century, 1),
        (
            rf"{B}(?:the\s+)?(?P<rel>this|last|previous|next|current)\s+century{E}",
            _shift_century,
            1,
        ),
        (rf"{B}{YEAR}{DASH}{YEAR2}{E}", _year, 1),
        # "post-1959 politics", "pre-2000 stock": the year the words are set by
        (
            rf"{B}(?:(?:{EDGE})[\s-]+|(?:fiscal|FY)\s*|(?:pre|post)-)?{YEAR}{E}",
            _year,
            1,
        ),
        (
            rf"{B}(?:(?:{EDGE}|earlier|later)\s+)?"
            rf"(?P<rel>last|previous|this|next|coming|current)\s+year{E}",
            _shift_year,
            1,
        ),
        (rf"{B}(?P<rel>last|previous|this|next|current)\s+month{E}", _shift_month, 1),
        (rf"{B}(?P<rel>last|previous|this|next)\s+week{E}", _shift_week, 1),
        # "today's world", "the leaders of tomorrow": nowadays or some day,
        # not a date ("as of today" is one); "twenty years ago today" is
        # read whole
        (
            rf"(?<!(?<!\bas\s)\bof\s)(?<!\bago\s){B}(?P<deic>today|tonight|yesterday|tomorrow|"
            rf"this\s+(?:morning|afternoon|evening)){E}"
            rf"(?!['’]s\s+(?:world|youth|"
            rf"society|generation|children|young|modern|era)\b)",
            _deictic_day,
            1,
        ),
        # "announced on the 18th": a day of the month (not "on the 18th
        # floor", "the 18th session")
        (
            r"(?<=\bon\s)the\s+(?P<num>[1-3]?\d)(?:st|nd|rd|th)"
            r"(?=\s*[,.;:()]|\s+(?:that|and|at|in|when|with|to|by|from)\b)",
            _day_of_month,
            1,
        ),
        (
            rf"{B}(?P<wd>{WEEKDAY})\s*\((?P<num>[0-3]?\d)(?:st|nd|rd|th)?\)",
            _weekday_numbered,
            1,
        ),
        (
            rf"{B}(?:(?P<rel>last|previous|next|this\s+coming|coming|this)\s+)?"
            rf"(?P<wd>{WEEKDAY}){E}",
            _weekday,
            1,
        ),
        (
            rf"{B}(?P<n>\d{{1,2}}|{_alt(COUNTED)})\s+years?\s+ago"
            rf"(?P<today>\s+today)?{E}",
            _years_ago,
            1,
        ),
        (rf"{B}{DAY}(?:{DASH}|{AND}){DAY2}\s+(?:of\s+)?{MON}{E}", _mdy, 1),
        (rf"{B}{MON}\s*{DAY}{E}", _mdy, 1),
        (rf"{B}{DAY}\s+(?:of\s+)?{MON}{E}", _mdy, 1),
        # "may" is a verb too: May alone only after a word that takes a month,
        # or with its part ("early May", "the end of May")
        (rf"{B}{EDGE}[\s-]+(?P<mon>May){E}", _month_alone, 0),
        (
            rf"(?P<mon>May)(?:(?<=\bin\sMay)|(?<=\bby\sMay)|(?<=\bsince\sMay)|"
            rf"(?<=\buntil\sMay)|(?<=\bduring\sMay)|(?<=\bof\sMay)|"
            rf"(?<=\bbetween\sMay)|(?<=\bfor\sMay)|(?<=\bfrom\sMay)){E}",
            _month_alone,
            0,
        ),
        # "May to August": the first month of a range
        (
            rf"{B}(?P<mon>May)(?=\s*(?:-|–|—|to|until|till|through)\s*"
            r"(?:June|July|August|September|October|November|December)\b)",
            _month_alone,
            0,
        ),
        (
            rf"{B}(?:{EDGE}[\s-]+)?(?P<mon>(?:January|February|March|April|June|July|August|September|October|November|December|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)){E}"
            # "the March for Life", "the March of the Mothers": a named march
            r"(?!(?<=March)\s+(?:for|of\s+the)\s+[A-Z])",
            _month_alone,
            0,
        ),
        # a section's heading in capitals: "JANUARY - EINSTEIN PROBE"
        (
            rf"(?m)^(?P<mon>{'|'.join(m.upper() for m in FULL_MONTHS)})"
            r"(?=[ \t]*(?:[-–—:][ \t]|\n))",
            _month_alone,
            0,
        ),
    ]
]


CLOCK = frozenset({"hrs", "hr", "hours", "h", "gmt", "utc", "ist", "jst", "bst"})


def _is_count(text: str, m: re.Match[str], f: Normaliser) -> bool:
    """ "2000 people", "$2013", "No. 2013": a number, not a year."""
    following = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    if f is _spoken_year:  # "nineteen twenty-five hundred"
        word = following.group(1).lower() if following else ""
        return word in COUNT_NOUNS or word in {"hundred", "thousand", "million"}
    if f is _mdy and m.groupdict().get("day2") and not m.groupdict().get("year"):
        # "on May 5 and 6 people were hurt"
        return bool(following) and following.group(1).lower() in COUNT_NOUNS
    if f is not _year or m.groupdict().get("year2"):
        return False
    if _counted(text, m):
        return True  # "2000 people", "1801 hrs IST": a time of day
    if re.match(r" [A-Z]{2}\d", text[m.end() :]):
        return True  # "1999 JU3": an asteroid's designation
    before = text[max(0, m.start() - 4) : m.start()]
    return bool(re.search(r"(?:[$#€£¥]|No\.\s?|[\d,]\s?)$", before))


def _is_title(text: str, m: re.Match[str], f: Normaliser) -> bool:
    """ABC's "This Week", "VOA Today": a capitalised "Today" or "This Week"
    inside a sentence is a programme's title, not a date."""
    if f not in (_deictic_day, _shift_week) or not m.group(0)[0].isupper():
        return False
    before = text[: m.start()].rstrip(" \t").rstrip("\"“'‘`«").rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n-–—)("  # a line's start


# Capitalised words that may stand before a month alone ("In March", "Since
# August", "Early May"): any other capitalised word makes it part of a name.
MONTH_LEADS = frozenset(
    [
        "in",
        "by",
        "since",
        "until",
        "till",
        "during",
        "from",
        "through",
        "of",
        "on",
        "and",
        "or",
        "early",
        "mid",
        "late",
        "last",
        "next",
        "this",
        "that",
        "each",
        "every",
        "the",
        "before",
        "after",
    ]
)


def _in_a_name(text: str, m: re.Match[str], f: Normaliser) -> bool:
    """ "Long March 2C", "COSPAR 2024", "Horizon 2020", "Plan 2021-2030": a
    month or a year (or years) alone after a capitalised word inside a
    sentence is part of a name."""
    window = text[max(0, m.start() - 40) : m.start()]
    before = re.search(r"([A-Z][\w'’]*)\s+$", window)
    if before is None:
        return False
    if before.group(1) == "Long" and m.group(0).startswith("March"):
        return True  # "Long March rocket family", "a Long March 5 rocket"
    bare_year = f is _year and m.group(0)[:1].isdigit()
    if f is not _month_alone and not bare_year:
        return False
    lead = window[: before.start()].rstrip()
    if not lead or lead[-1] in ".!?:;\n\"“‘'–—-":
        return False  # capitalised as the first word of a sentence or line
    word = before.group(1).lower()
    if word.endswith(("'s", "’s")):
        return False  # "NASA's 2024 budget", "China's March launch"
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if COPYRIGHT_LINE.match(line):
        return False  # "© Thomson Reuters 2008": the year of the rights
    return word not in MONTH_LEADS and word not in DATE_WORDS


COPYRIGHT_LINE = re.compile(r"\s*(?:©|\(c\)|copyright\b)", re.I)


# Words a rule cannot match without (lower case): a rule whose words are all
# absent from a text is not run on it, which saves most of the regex work.
NEEDS: dict[Normaliser, tuple[str, ...]] = {
    _solar_hijri: tuple(SOLAR_HIJRI_MONTHS),
    _lunar_hijri: ("muharram", "safar", "rabi", "jumada", "rajab", "sha", "ramad")
    + ("shaw", "dhu", "hijja"),
    _japanese_era: tuple(JAPANESE_ERAS),
    _units_later: ("later", "earlier"),
    _quarter: ("quarter", "q1", "q2", "q3", "q4"),
    _the_quarter: ("quarter", "three months", "latest period"),
    _this_year: ("year",),
    _day_of_event: tuple(f"{w} day" for w in (*EVENT_DAYS, *EVENT_ENDS)),
    _day_before: ("previous day", "preceding day", "day before"),
    _that_year: (
        "that ",
        "same ",
        "following ",
        "next day",
        "next morning",
        "next afternoon",
        "next evening",
    ),
    _year_earlier: (
        "earlier",
        "before",
        "ago",
        "last year",
        "previous year",
        "prior year",
    ),
    _month_of_year: ("year",),
    _month_of_that_year: ("year",),
    _relative_month_name: ("last", "this", "next"),
    _relative_season: tuple(SEASONS),
    _season_of_year: tuple(SEASONS),
    _season: tuple(SEASONS),
    _units_ago: ("ago",),
    _units_from_now: ("from now", "from today"),
    _years_ago: ("ago",),
    _past_year: ("past year",),
    _year_end: ("year",),
    _bare_season: ("summer", "winter", "autumn", "spring", "fall"),
    _season_after: ("following", "that"),
    _spoken_decade: (*DECADE_WORDS, "0s"),
    _half: ("half",),
    _decade: ("0s", "0's"),
    _century: ("century",),
    _shift_century: ("century",),
    _day_of_year_told: ("doy", "day of", "day-of"),
    _shift_year: ("year",),
    _shift_month: ("month",),
    _shift_week: ("week",),
    _nth_week: ("week",),
    _shift_decade: ("decade",),
    _deictic_day: (
        *("today", "tonight", "yesterday", "tomorrow"),
        *("this morning", "this afternoon", "this evening"),
    ),
    _weekday: ("day",),
    _weekday_numbered: ("day (",),
    _day_of_month: ("on the",),
    _holiday: HOLIDAY_OPENINGS,
    _spoken_year: ("nineteen", "twenty", "thousand"),
    _month_spoken_year: ("nineteen", "twenty", "thousand"),
}


# What most rules open with: a month's name, a weekday's, a day's number, a
# year, "the". Scanning a text costs about the same for any rule, and most of
# the rules' time is scanning; so the places where an opening matches are
# found once per text, and a rule whose source starts with an opening's (with
# the same flags) is tried at those places only.
OPENINGS = {
    (opening, flags): re.compile(rf"(?=(?:{opening}))", flags)
    for opening, flags in [
        (rf"{B}{MON}", re.I),
        (rf"{B}(?P<wd>{WEEKDAY})", re.I),
        (rf"{B}(?P<day>[0-3]?\d)", re.I),
        (rf"{B}{YEAR}", re.I),
        (rf"{B}{YEAR}", 0),
        (rf"{B}the\s+", re.I),
    ]
}
RULE_OPENINGS = {
    pattern: next(
        (
            found
            for (opening, _), found in OPENINGS.items()
            if found.flags == pattern.flags and pattern.pattern.startswith(opening)
        ),
        None,
    )
    for pattern, _ in RULES
}


def _finditer(
    pattern: re.Pattern[str], text: str, places: list[int] | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only at ``places`` (in
    order) when every match of it starts at one of them."""
    if places is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for place in places:
        if place >= end and (m := pattern.match(text, place)) is not None:
            yield m
            end = m.end()


def _matches(text: str) -> Iterator[tuple[re.Match[str], Normaliser]]:
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    places: dict[re.Pattern[str], list[int]] = {}
    for pattern, f in RULES:
        needs = NEEDS.get(f)
        if needs is not None and not any(word in lower for word in needs):
            continue
        opening = RULE_OPENINGS[pattern]
        if opening is not None and opening not in places:
            places[opening] = [m.start() for m in opening.finditer(text)]
        for m in _finditer(pattern, text, places.get(opening)):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _is_count(text, m, f) or _is_title(text, m, f) or _in_a_name(text, m, f):
                continue
            taken.append((m.start(), m.end()))
            yield m, f


def find_dates(
    text: str, *, reference: dt.date | None = None, tense: TenseReader | None = None
) -> list[DateMatch]:
    """Every calendar expression in ``text`` with its ISO value, by position.

    A range gives one match per end, both with the range's text. Expressions
    are resolved in reading order, so "a year earlier" sees the date before.
    ``tense`` reads the tense a date is told in (see :mod:`pipeline.dates.tense`);
    without it, the words before the date are the guide."""
    found: list[DateMatch] = []
    for m, f in sorted(_matches(text), key=lambda mf: mf[0].start()):
        ctx = Context(reference, text, m.start(), m.end(), tuple(found), tense)
        values = sorted(f(m, ctx), key=lambda v: v[0] or "")
        start = m.start()
        shift = DAY_SHIFT.search(text, max(0, start - 24), start)
        if shift and all(precision == "day" for _, precision in values):
            start = shift.start()
            days = -1 if shift.group("dir").lower() == "before" else 1
            values = [(_next_day(value, days), "day") for value, _ in values]
        for value, precision in values:
            found.append(
                DateMatch(start, m.end(), text[start : m.end()], value, precision)
            )
    return found


# "the day before last Tuesday", "the day after March 6": that day's neighbour
DAY_SHIFT = re.compile(r"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+$", re.I)


def _next_day(value: str | None, days: int) -> str | None:
    if value is None:
        return None
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
