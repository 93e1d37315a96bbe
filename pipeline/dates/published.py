"""The publication date a text states about itself: a byline near the top
("Editor: | Jul 04 , 2013", "Update time: 2020-05-15", a date alone on a line)
or a news dateline ("BEIJING, Oct. 17 (Xinhua) --", "Paris, 12 March 2019")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.dates.finder import (
    COUNTED,
    FIRST_KEPT,
    FIXED_HOLIDAYS,
    HOLIDAY_OPENINGS,
    HOLIDAY_ORIGINS,
    SHORT_OR_LONG_WEEKDAY,
    YEAR_DAY,
    DateMatch,
    find_dates,
    full_year,
)
from pipeline.dates.vocab import FOREIGN_MONTHS, MONTHS, NUMBERS, TENS, WEEKDAYS

HEAD_CHARS = 800  # bylines and datelines stand at the top
_WEEKDAY = rf"{SHORT_OR_LONG_WEEKDAY},?"  # "Tue,", "Thurs.", "Monday"
# a weekday on a page in Portuguese, Spanish, French, German or Italian:
# "Publicado: Sexta, 20 Dezembro 2019"
_FOREIGN_WEEKDAY = (
    r"(?:(?:Segunda|Terça|Quarta|Quinta|Sexta)(?:-feira)?|Sábado|Domingo|Lunes|Martes"
    r"|Miércoles|Jueves|Viernes|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche"
    r"|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Lunedì|Martedì"
    r"|Mercoledì|Giovedì|Venerdì|Sabato|Domenica),?"
)
_LABEL = re.compile(
    r"(?:Editor|Source|Author|By)[^|\n]{0,60}\|\s*$"
    # "By Li Hongwei (People's Daily Online)    17:05, April 25, 2023"
    r"|^By\s+[A-Z][^|\n]{0,60}?(?:\s{2,}|,\s*)(?:\d{1,2}[:.]\d{2}\s*,?\s*)?$"
    # "By Jordan Mireles on 29 September 2023"
    r"|^By\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+on\s+$"
    # "Posted by Jane Doe on March 14, 2024"
    r"|^(?:Posted|Published|Written|Submitted)\s+by\s+[^|\n]{1,60}?\s+on\s+"
    rf"(?:{_WEEKDAY}\s*)?$"
    r"|(?:Update[sd]?(?:\s+time)?|Published(?:\s+(?:on|in))?|Posted(?:\s+on)?|Date|"
    # "Time:" alone, not "23:06 local time on 6 May"
    r"Release\s+(?:date|time)|Released|(?<!\w\s)Time|Issued?|For\s+(?:immediate\s+)?release"
    r"|Date\s+of\s+(?:publication|issue|release)|Dated|Created(?:\s+on)?"
    # a closing line: "Issued in Abu Dhabi on", "This issue was sent on"
    r"|^Issued\s+in\s+[A-Z][\w .'-]{1,30}?\s+on"
    r"|^This\s+\w+\s+was\s+(?:sent|issued|published)\s+on"
    # a newsletter's "Sent 3 April 2025", a programme's "Version 3 of 21
    # October 2019"
    r"|📅|🗓|^\s*Sent|^\s*Version\s+\d+(?:\.\d+)*\s+(?:of|dated)"
    # a log's "Entry 2024-283 (day of year)"
    r"|^\s*(?:Log\s+)?Entry"
    # a paper's print line: "Published in Dawn, October 17th, 2024",
    # "Published in The Express Tribune, March 3rd, 2024"
    r"|^\s*Published\s+in\s+(?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3},"
    # "Press release 2001-02-21" heading a page (not "said in a press release on")
    r"|^\s*(?:Press|News|Media)\s+release"
    r"|(?:Last\s+)?modified(?:\s+on)?"
    # "EMBARGOED UNTIL 11:00 CET (PARIS TIME) ON TUESDAY 5 NOVEMBER 2019"
    r"|Embargo(?:ed)?(?:\s+(?:for\s+release\s+)?(?:until|till|to))?"
    # the same labels on pages in Portuguese, Spanish, French, German, Italian
    r"|Publicad[oa](?:\s+(?:em|el|en))?|Atualizad[oa](?:\s+em)?|Actualizad[oa]"
    r"(?:\s+el)?|Modificad[oa](?:\s+el)?|Fecha|Data|Publi[ée]e?(?:\s+le)?|Mis\s+à\s+jour(?:\s+le)?"
    r"|Veröffentlicht(?:\s+am)?|Pubblicato(?:\s+il)?"
    # and in Chinese: "发布时间：2017年11月30日" (time, date of publication)
    r"|发布(?:时间|日期)|日期)(?:\s+(?:at|on))?\s*[:：|–—-]?\s*"
    # "Updated at 09:12(Beijing Time) Friday, October 15, 1999", "Published
    # 10:22 AM EDT, Thu March 14, 2024"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\b\s*)?"
    r"(?:\([A-Za-z ]{2,20}\))?\s*,?\s*(?:on\s+)?)?"
    # an e-mail's "Date: Tue, 17 Dec 2024 16:05:12 +0100"
    # "Modificado el ( jueves, 17 de octubre de 2013 14:05 )"
    rf"(?:\(\s*)?(?:(?:{_WEEKDAY}|{_FOREIGN_WEEKDAY})\s*)?"
    # "Updated 21:15, 24-Apr-2024"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?,?\s*)?"
    # "Issued: GMT 248/2020"
    r"(?:(?:GMT|UTC)\s+)?$",
    re.I,
)
_CAPITALS = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘİŞĞ"  # a town's capitals in any language
_DATELINE = re.compile(
    # "Gdańsk, 22.09.2021 r.": a town's letters may be any language's
    # "Innsbruck / Marmul, 20 February 2018": two towns
    r"^\s*[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][^\W\d_]*(?:[ .'/-][^\W\d_]*){0,5}"
    r"(?:,\s*[A-Z][A-Za-z .'-]{1,30})?,\s*$"
    # "ANKARA – 18 Şubat 2025": a town in capitals and a dash; "MOSCOW. March
    # 9 (Interfax) -": and a full stop
    rf"|^\s*[{_CAPITALS}]{{2,}}(?:[ .'-][{_CAPITALS}]{{2,}}){{0,3}}"
    r"\s*(?:\s(?:--?|[–—])|\.)\s*$"
    # "Paris (ESA) Mar 14, 2024": the wire's agency before the date
    # "Buenos Aires, Argentina (SPX) Aug 31, 2020"
    r"|^\s*[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?"
    r"\s\([A-Za-z .]{2,20}\)\s*$"
    # "(ANSA) - ROME, OCT 17 - The Italian Space Agency": the agency first
    r"|^\s*\([A-Za-z .]{2,20}\)\s*[-–—]\s*[A-Z][A-Za-z .'-]{1,30},\s*$"
)
# the wire after a dateline's day: "(Xinhua) --", or without brackets,
# "Kyodo -"
_WIRES = r"(?:Xinhua|Reuters|AP|AFP|IANS|PTI|TASS|ITAR-TASS|Kyodo|CNS|Yonhap|Interfax)"
# "(Xinhua)", "(Prensa Latina)": any agency's name in brackets after the day
_AGENCY = re.compile(
    rf"^\s*(?:\([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}}\)|{_WIRES}\s+[-–—]"
    rf"|\.?\s*/{_WIRES}/)"
)
# a dateline's day set off from the story by a dash: "NANJING, 23 October --
# Some 90 scientists", "Toulouse, 20 June – Some"
_DASH_AFTER = re.compile(r"^\s*(?:--?|[–—])\s")


@dataclass(frozen=True, slots=True)
class PublishedDate:
    value: dt.date
    start: int
    end: int
    text: str
    source: str


def _line_prefix(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : start]


def _line_rest(text: str, end: int) -> str:
    stop = text.find("\n", end)
    return text[end : stop if stop >= 0 else len(text)]


# "Copyright 2016 Kyodo News", "© 2003-2016 Xinhua", "© CNES 2011", "©
# TASS, 2021": the page's own year
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:(?-i:[A-Z][\w.&-]*),?\s+){0,2}"
    r"(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})(?!\d)",
    re.I,
)


# a year written out, or in two digits closing a numeric day ("08-02-95")
YEAR_WRITTEN = re.compile(r"\d{4}|(?<!\d)\d{1,2}[-./]\d{1,2}[-./]\d{2}(?!\d)")


# "on the 65th anniversary of", "exactly 65 years after": a story's own year
# may be told only as a count from another
_COUNTED_FROM = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b|\b(\d{1,3})\s+years\s+(?:after|since)\b",
    re.I,
)
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_LEAD_WEEKDAY = re.compile(rf"\b({_WEEKDAY_NAMES})\b", re.I)
# "..., the agency said on Wednesday": the day the wire reports on, which
# is its dateline's day whatever days the story told before
_SAID_WEEKDAY = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|told\s+\w+)\s+(?:on\s+|late\s+|early\s+)?"
    rf"({_WEEKDAY_NAMES})\b",
    re.I,
)


def _year_elsewhere(story: str, day: str, first: int | None = None) -> int | None:
    """The year of a wire's dateline day ("XICHANG, May 21 (Xinhua) --"):
    of the years the story tells, the one in which that day falls on the
    weekday its lead names ("launched ... early Monday"): one told with a
    day near the dateline's ("[Photo] ... Sept. 21, 2016"), else the latest that
    does, ``first`` (a year found before) among them (a wire tells the
    background of its news, "signed on September 30, 2014", more than its
    sequel), else the first year counted from one told ("65 years after
    ... April 12, 1961"), else the year after the last one told ("signed in
    March 2015 ... work started last summer"); without a weekday, ``first``
    or the first year told."""
    values = [d.value for d in find_dates(story) if d.value and d.value[:4].isdigit()]
    years = [int(value[:4]) for value in values]
    # a year told with a day close to the dateline's ("the 10th
    # meeting ... [Photo] ... Sept. 21, 2016", "from Oct. 10 to 28, 2016")
    near = [
        year for year, value in zip(years, values, strict=True) if _close(day, value)
    ]
    if first is not None:
        years.insert(0, first)
    counts = [int(m.group(1) or m.group(2)) for m in _COUNTED_FROM.finditer(story)]
    candidates = [y + n for n in counts for y in years]
    lead, *after = [line for line in story[:2000].split("\n") if line.strip()] or [""]
    said = _SAID_WEEKDAY.search(lead)
    # the lead's weekday, else the next paragraph's ("The memorandum was
    # signed on Monday at ...", below a lead that names no day)
    named = (
        said
        or _LEAD_WEEKDAY.search(lead)
        or _LEAD_WEEKDAY.search(after[0] if after else "")
    )
    if named is not None and years:
        weekday = WEEKDAYS[named.group(1).lower()]

        def fits(year: int, before: int) -> bool:
            value = _in_year(day, year)
            return (
                value is not None
                and (dt.date.fromisoformat(value) - dt.timedelta(days=before)).weekday()
                == weekday
            )

        # first a year told with a day near the dateline's, where the
        # weekday fits it (or, unless the lead says what was said that day,
        # the day before it)
        steps = ((0, near), (1, near)) if said is None else ((0, near),)
        for before, among in steps:
            told = [year for year in among if fits(year, before)]
            if told:
                return told[0]
        # the day itself, else the day before it: a wire dated on Thursday
        # tells what was signed (or said) "on Wednesday"
        for before in (0, 1):
            told = [year for year in years if fits(year, before)]
            if told:
                return max(told)
            counted = [year for year in candidates if fits(year, before)]
            if counted:
                return counted[0]
        if any(fits(max(years) + 1, before) for before in (0, 1)):
            return max(years) + 1
    return years[0] if years else None


def _close(day: str, value: str, days: int = 45) -> bool:
    """Whether a day told with its year falls within ``days`` of the
    dateline's day in that year."""
    if len(value) != 10:
        return False
    this = _in_year(day, int(value[:4]))
    if this is None:
        return False
    try:
        apart = dt.date.fromisoformat(value) - dt.date.fromisoformat(this)
    except ValueError:
        return False
    return abs(apart.days) <= days


# "(Xinhua) 09:20, ", "14:35 GMT ": a time (and its zone) before the date
_TIME_FIRST = re.compile(
    r"^\s*(?:\([A-Za-z .'’]+\)\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*"
    # "16:38 UTC+8, 2024-06-24": a zone with its offset
    r"(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\s*)?,?\s*$",
    re.I,
)
# "Mon 14 Jul 2025", "Jueves 14 de marzo de 2024": a weekday before the date
_WEEKDAY_FIRST = re.compile(rf"^\s*(?:{_WEEKDAY}|{_FOREIGN_WEEKDAY})\s*$", re.I)
# byline items are set apart by "|", "•", "·" or a spaced dash or slash
_SEPARATOR = r"(?:[|•·●]|\s[-–—/](?=\s))"
# after a byline item's date: its time ("- 19:42", ", 04.12 AM IST")
_ITEM_END = re.compile(
    r"^\s*(?:[-–—,]\s*)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*"
    r"(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{2,4}\s*)?)?"
    rf"(?:{_SEPARATOR}|$)"
)
_ITEM_START = re.compile(rf"(?:^|{_SEPARATOR}|\s{{3,}})\s*$")  # or a wide gap
# after the date: a zone, a time, or when it was updated ("(Updated: 16:02 GMT
# 28.11.2023)")
_ZONE = re.compile(
    r"^\s*,?\s*(?:\(?[A-Z]{2,5}\)?|(?:at\s+)?\d{1,2}[:.]\d{2}.{0,20}|\(\s*[Uu]pdated\b[^)\n]{0,40}\)"
    # "Jun. 18, 2025 (Wed.)": its weekday in brackets
    rf"|\(\s*{SHORT_OR_LONG_WEEKDAY}\.?\s*\))\s*$"
)


# after the date: a page's counters ("08/01/2025    2450 views    31 likes",
# "3 min read")
_COUNTERS = re.compile(
    r"^(?:\s*(?:[|•·]\s*)?\d[\d,.]*\s*(?:k\s*)?(?:views?|likes?|comments?|reads?|"
    r"shares?|min(?:ute)?s?\s+read))+\s*$",
    re.I,
)


# after the date, set apart: the page's tools ("Nov 30, 2017      Email |
# Print | Text Size: A A A"), perhaps after its time ("2011-11-10 17:42:06
# [Comment] [Print]")
_SET_APART = r"^(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s{2,}|\s*[|•·●]\s*)"
_TOOLS = re.compile(
    rf"{_SET_APART}\[?"
    r"(?:E-?mail|Print|Share|Text\s+size|Font\s+size|Comments?|Bookmark)\b",
    re.I,
)


# after the date, set apart: the byline's next label ("Jan 09, 2024
# Source: National Astronomical Observatories      Text Size: A A A")
_LABEL_NEXT = re.compile(
    rf"{_SET_APART}(?:Source|Author|Editor|By|From|Views|Hits)\b", re.I
)


# after the date, set apart: the page's sections ("2019.11.18    Press
# Release / Research / International")
_SECTIONS_NEXT = re.compile(
    r"^\s{2,}[A-Z][\w&-]*(?: [A-Z&][\w&-]*){0,2}"
    r"(?:\s+[/|]\s+[A-Z][\w&-]*(?: [A-Z&][\w&-]*){0,2})+\s*$"
)


# "第512号  令和5年9月22日発行": a Japanese or Chinese label after the day
# (issued, published, released, updated)
_LABEL_AFTER = re.compile(r"^\s*(?:発行|発表|公開|掲載|更新|发布|發布|发表)")


def _byline(head: str, d) -> bool:  # noqa: ANN001 - a finder.DateMatch
    """ "Update time: 2020-05-15", or a date alone on its line (a time zone or
    a time of day may follow: "November 16, 2017 (JST)")."""
    prefix, rest = _line_prefix(head, d.start), _line_rest(head, d.end)
    if prefix.strip() in {"(", "["} and rest.lstrip()[:1] in {")", "]"}:
        prefix, rest = "", rest.lstrip()[1:]  # "[2024-03-14]"
    # "(Xinhua) 09:20, ", "Mon "
    bare = (
        not prefix.strip() or _TIME_FIRST.match(prefix) or _WEEKDAY_FIRST.match(prefix)
    )
    alone = bool(bare) and (
        not rest.strip()
        or bool(_ZONE.match(rest))
        or bool(_COUNTERS.match(rest))
        or bool(_TOOLS.match(rest))
        or bool(_LABEL_NEXT.match(rest))
        or bool(_SITE_NEXT.match(rest))
        or bool(_SECTIONS_NEXT.match(rest))
        # "07 Sep 2023  Michael Banks": the author after the day
        or (bool(_AUTHOR_NEXT.match(rest)) and bool(YEAR_WRITTEN.search(d.text)))
    )
    # "Xinhua | 2023-06-15 14:22:31 | Editor: Liu Xin", "KYODO NEWS - Mar 12,
    # 2025 - 19:42 | Science": an item of a byline
    item = (
        len(prefix) <= 60
        and bool(_ITEM_START.search(prefix))
        and bool(_ITEM_END.match(rest))
        and bool(re.search(_SEPARATOR, prefix + " " + rest))
    )
    # "www.chinaview.cn   2003-12-30 10:21:47", "Press Release        Feb 25,
    # 2013": a short label, a wide gap, the date closing the line
    apart = (
        len(prefix.strip()) <= 40
        and re.search(r"\S\s{2,}$", prefix) is not None
        and bool(
            _ITEM_END.match(rest)
            or _TOOLS.match(rest)
            or _LABEL_NEXT.match(rest)
            or _ZONE.match(rest)  # "AP  08-02-95 18:07 EDT  V0419"
        )
    )
    # "www.chinaview.cn 2003-10-21 14:27:36": a site's address as the label
    site = bool(_SITE.match(prefix)) and bool(_ITEM_END.match(rest))
    after = len(prefix.strip()) <= 40 and bool(_LABEL_AFTER.match(rest))
    return bool(_LABEL.search(prefix) or alone or item or apart or site or after)


# after a day that writes its year, its author's name (two or three words)
_AUTHOR_NEXT = re.compile(
    r"^\s+(?:by\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’-]+){1,2}\s*$"
)


# after the date (and its time), the site's address: "2014-12-17 09:21
# ecns.cn Web Editor: Qian Ruohan"
_SITE_NEXT = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.[a-z]{2,6}(?:\s|$)"
)
_SITE = re.compile(r"^\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s+$")


def _dateline_value(
    text: str,
    head: str,
    d,  # noqa: ANN001 - a finder.DateMatch
    copyright: re.Match[str] | None,
) -> str | None:
    """ "BEIJING, Oct. 17 (Xinhua) --": the year may come from later text
    (``copyright``: the page's copyright line, looked for once per text)."""
    prefix, rest = _line_prefix(head, d.start), _line_rest(head, d.end)
    # "PRESS RELEASE          Darmstadt, 20 October 2006": after a wide gap
    # "Release No. ICG/22-07 | Vienna, 17 October 2022": after a bar
    prefix = re.split(r"\s{3,}|\s[|•·●]\s", prefix)[-1]
    if not _DATELINE.match(prefix):
        return None
    if d.value and YEAR_WRITTEN.search(d.text):
        return d.value
    if _AGENCY.match(rest) or prefix.lstrip().startswith("("):
        # a wire's day without its year: the page's copyright year, else the
        # first year the text tells that fits the lead's weekday
        year = (
            int(copyright.group(1))
            if copyright
            else _year_elsewhere(
                text[d.end :], d.text, int(d.value[:4]) if d.value else None
            )
        )
    elif d.value and copyright is None:
        return d.value
    elif _DASH_AFTER.match(rest) or d.value:
        # "NANJING, 23 October -- ...": only a page's copyright year will do
        year = int(copyright.group(1)) if copyright else None
    else:
        return None
    return _in_year(d.text, year)


@lru_cache(maxsize=256)  # asked again for each year a wire's story tells
def _in_year(day: str, year: int | None) -> str | None:
    if year is None:
        return None
    m = find_dates(day, reference=dt.date(year, 7, 1))
    if not m or not m[0].value:
        return None
    # the day in that year, not the one nearest its middle
    value = f"{year}{m[0].value[4:]}"
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None  # "Feb. 29" in a year without it
    return value


# "Daily News Bulletin  |  Science & Technology      16.11.96": a wire's
# date with a two-digit year, read only where a byline stands
_SHORT_NUMERIC = re.compile(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.(\d{2})(?![\d.])")


# A byline's date in the page's own language: "13. Juli 2019", "12 juillet
# 2024", "3 de marzo de 2025" (the finder reads them in the body too)
_FOREIGN_DATE = re.compile(
    r"(?<!\w)([0-3]?\d)\.?\s+(?:de\s+)?(" + "|".join(sorted(FOREIGN_MONTHS)) + r")"
    r"\s+(?:de\s+)?(\d{4})(?!\d)",
    re.I,
)


def _day_match(m: re.Match[str], year: int, month: int, day: int) -> DateMatch | None:
    try:
        value = dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # "31.02.96"
    return DateMatch(m.start(), m.end(), m.group(), value, "day")


# "2024-03-14T10:22:00Z" (a machine's time stamp): a day the finder leaves
# to bylines (it reads "2024年3月14日" and "AP  08-02-95 18:07" itself)
_STAMP = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
# "Jul - 07 - 2022 , 08:15": a month's short name, its day and year set
# apart by dashes (a news site's byline)
_DASHED = re.compile(
    r"(?<![\w-])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+-\s+"
    r"([0-3]?\d)\s+-\s+((?:19|20)\d\d)(?!\d)"
)


def _stamp_parts(m: re.Match[str]) -> tuple[int, int, int]:
    return int(m[1]), int(m[2]), int(m[3])


def _short_year(m: re.Match[str]) -> tuple[int, int, int]:
    return full_year(int(m[3])), int(m[2]), int(m[1])


# Bylines' day forms the finder leaves alone: each pattern, and its match's
# (year, month, day)
_BYLINE_DAYS = (
    (_SHORT_NUMERIC, _short_year),
    (_FOREIGN_DATE, lambda m: (int(m[3]), FOREIGN_MONTHS[m[2].lower()], int(m[1]))),
    (_STAMP, _stamp_parts),
    (_DASHED, lambda m: (int(m[3]), MONTHS[m[1].lower()], int(m[2]))),
)


def _byline_days(head: str) -> list[DateMatch]:
    found = (
        _day_match(m, *parts(m))
        for pattern, parts in _BYLINE_DAYS
        for m in pattern.finditer(head)
    )
    return [d for d in found if d is not None]


# "12/05/2019": a day and a month either of which may come first
_AMBIGUOUS = re.compile(r"^([01]?\d)[/-]([01]?\d)[/-]((?:19|20)\d\d)$")


def as_published(
    written: str, value: str | None, published: dt.date | None
) -> str | None:
    """A numeric day that reads both ways ("02/11/2011") is the publication's
    day when one of its readings is: the page's byline, read with the story's
    help (:func:`_numeric_order`), not the finder's month-first guess."""
    m = _AMBIGUOUS.match(written.strip())
    if m is None or published is None or value == published.isoformat():
        return value
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if (year, b, a) == (published.year, published.month, published.day):
        return published.isoformat()
    return value


_MONTH_NAMES = "|".join(
    sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True)
)
# "Tuesday, 3 December", "Tuesday, December 3": a day told with its weekday
_WEEKDAY_DAY = re.compile(
    rf"\b({_WEEKDAY_NAMES}),?\s+(?:(\d{{1,2}})\s+({_MONTH_NAMES})|({_MONTH_NAMES})\s+(\d{{1,2}}))\b",
    re.I,
)


def _numeric_order(text: str, written: str, value: str) -> str:
    """A page's numeric date that reads both ways ("12/05/2019"): the reading
    near which the days the text tells by weekday fall ("announced on Tuesday,
    3 December"), else the finder's."""
    m = _AMBIGUOUS.match(written.strip())
    if m is None or m.group(1) == m.group(2):
        return value
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    readings = []
    for month, day in ((a, b), (b, a)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            return value
    told = [_told_day(t) for t in _WEEKDAY_DAY.finditer(text)]
    support = [sum(_near(t, r) for t in told if t) for r in readings]
    if support[0] == support[1]:
        # else the days the story tells without their year ("the visit, from
        # October 30 to November 1"): near the page's day, not months away
        days = {
            (int(d.value[5:7]), int(d.value[8:10]))
            for d in find_dates(text)
            if d.value and d.precision == "day" and not YEAR_WRITTEN.search(d.text)
        }
        support = [sum(_within_a_month(*md, r) for md in days) for r in readings]
    if support[0] == support[1]:
        return value
    return readings[support.index(max(support))].isoformat()


def _told_day(m: re.Match[str]) -> tuple[int, int, int] | None:
    weekday = WEEKDAYS[m.group(1).lower()]
    day = int(m.group(2) or m.group(5))
    month = MONTHS[(m.group(3) or m.group(4)).lower()]
    return weekday, month, day


def _near(told: tuple[int, int, int], page: dt.date) -> bool:
    """Is a day with that weekday, month and day within a month of the page's?"""
    weekday, month, day = told
    return _within_a_month(month, day, page, weekday)


def _within_a_month(
    month: int, day: int, page: dt.date, weekday: int | None = None
) -> bool:
    """Does the month and day (on that weekday, if given) fall, in the page's
    year or one beside it, within a month of the page's day?"""
    for year in (page.year - 1, page.year, page.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if (weekday is None or when.weekday() == weekday) and abs(
            (when - page).days
        ) <= 31:
            return True
    return False


TAIL_CHARS = 600  # "Date of publication: 2021-03-10" closing a page


def _dated_foot(text: str) -> PublishedDate | None:
    """A page's date given only at its foot, under a label ("Last Updated:
    June 21, 2016", "Issued in Abu Dhabi on 10 November 2017") or standing
    as a byline does, its year written ("22.10.2019" alone on a line, "News
    item | 05.11.2019")."""
    offset = max(0, len(text) - TAIL_CHARS)
    tail = text[offset:]
    for d in find_dates(tail):
        labelled = _LABEL.search(_line_prefix(tail, d.start)) or (
            YEAR_WRITTEN.search(d.text) and _byline(tail, d)
        )
        if d.precision == "day" and d.value and labelled:
            return PublishedDate(
                dt.date.fromisoformat(d.value),
                offset + d.start,
                offset + d.end,
                d.text,
                "byline",
            )
    return None


def find_publication_date(text: str) -> PublishedDate | None:
    """A byline wins over a dateline ("Qingdao, China, 7-18 July 2025" over a
    later "Posted on: 2025-01-20" would date the text by its event); a
    dateline that writes its year over a label at the page's foot; that
    label over a dateline's day whose year comes from elsewhere."""
    head = text[:HEAD_CHARS]
    found = [d for d in find_dates(head) if d.precision == "day"]
    ranges = {d.start for d in found if sum(e.start == d.start for e in found) > 1}
    taken = [(d.start, d.end) for d in found]
    short = [
        d
        for d in _byline_days(head)
        if not any(s < d.end and d.start < e for s, e in taken)
    ]
    if (day := _congress_day(head, found)) is not None:
        return day  # "DAY THREE" under the congress's days
    copyright = _COPYRIGHT_YEAR.search(text)
    for d in sorted(found + short, key=lambda d: d.start):
        if d.start in ranges or not _byline(head, d):
            continue
        value = d.value
        if copyright and d not in short and not YEAR_WRITTEN.search(d.text):
            # "April 14" alone under a headline, "© 2021" at the foot: the
            # page's year, not one the story tells
            value = _in_year(d.text, int(copyright.group(1)))
        if value:
            value = _numeric_order(text, d.text, value)
            return PublishedDate(
                dt.date.fromisoformat(value), d.start, d.end, d.text, "byline"
            )
    datelines = [
        (d, value)
        for d in found
        if d.start not in ranges
        and (value := _dateline_value(text, head, d, copyright)) is not None
    ]
    for d, value in datelines:
        if YEAR_WRITTEN.search(d.text):
            return PublishedDate(
                dt.date.fromisoformat(value), d.start, d.end, d.text, "dateline"
            )
    if (foot := _dated_foot(text)) is not None:
        return foot
    if datelines:
        d, value = datelines[0]
        return PublishedDate(
            dt.date.fromisoformat(value), d.start, d.end, d.text, "dateline"
        )
    return (
        _numbered_release(head)
        or _dated_address(head)
        or _anniversary_day(head)
        or _day_numbered(found)
        or _anniversary_of(text, head)
        or _self_dated(head)
        or _to_the_day(text, head)
        or _weekday_only(text)
    )


# the counts an anniversary is written with in words
_NTH = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15,
    "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "hundredth": 100,
}  # fmt: skip


def _count(nth: str) -> int:
    """ "fifth" or "5th": 5."""
    return _NTH.get(nth.lower()) or int(re.sub(r"\D", "", nth) or 0)


def _ordinal(group: str) -> str:
    """ "60th" or "first" as the named group."""
    return rf"(?P<{group}>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_NTH)})"


# "Göttingen, on the fifth anniversary of Solar Orbiter's launch", "Posted
# on the first anniversary of the Sentinel-2B launch": a short line of the
# head dated by what it marks
_ANNIVERSARY_OF = re.compile(
    r"^[^\n]{0,40}?\b(?P<phrase>the\s+"
    + _ordinal("n")
    + r"\s+anniversary\s+of\s+(?:the\s+)?(?P<what>[^\n.,;:]{3,60}?)(?:['’]s)?\s+"
    r"(?P<event>launch|landing|founding|first\s+flight|arrival))[ \t]*$",
    re.I | re.M,
)


def _anniversary_of(text: str, head: str) -> PublishedDate | None:
    """A page dated only by the anniversary it marks, when the story gives
    the day of what it marks ("... lifted off on 10 February 2020"): that day
    so many years on. The last resort."""
    m = _ANNIVERSARY_OF.search(head)
    if m is None:
        return None
    years = _count(m.group("n"))
    what = m.group("what").strip().lower()
    stem = m.group("event").lower()[:4]  # "laun", "land", "foun", "firs", "arri"
    for d in find_dates(text):
        if d.precision != "day" or not d.value or not YEAR_WRITTEN.search(d.text):
            continue
        around = text[max(0, d.start - 200) : d.end + 40].lower()
        if what in around and (stem in around or "lifted off" in around):
            day = _years_on(dt.date.fromisoformat(d.value), years)
            return PublishedDate(
                day, m.start("phrase"), m.end("phrase"), m.group("phrase"), "byline"
            )
    return None


# "ops day 2024-283", "2018/130 (YYYY/DOY)": a day by its number in the year
_DAY_NUMBER = re.compile(YEAR_DAY)


def _day_numbered(found: list[DateMatch]) -> PublishedDate | None:
    """An operations bulletin's day by its number in the year, heading the
    text with no label before it: the last resort."""
    for d in found:
        if d.value and _DAY_NUMBER.fullmatch(d.text):
            return PublishedDate(
                dt.date.fromisoformat(d.value), d.start, d.end, d.text, "byline"
            )
    return None


# what each space holiday marks, as a text may name it: "Issued on the 50th
# anniversary of Yuri Gagarin's flight" is Cosmonautics Day
MARKED_BY = {
    "yuri gagarin's flight": "cosmonautics day",
    "gagarin's flight": "cosmonautics day",
    "the first human spaceflight": "cosmonautics day",
    "the first human flight into space": "cosmonautics day",
    "chandrayaan-3's landing": "national space day",
    "the launch of dong fang hong 1": "china space day",
}


def _phrases(names) -> str:  # noqa: ANN001 - an iterable of str
    return "|".join(
        re.escape(h).replace("\\ ", r"\s+").replace("'", "['’]")
        for h in sorted(names, key=len, reverse=True)
    )


_ISSUED = (
    r"^\s*(?:Posted|Published|Updated|Date|Issued|Released|Sent(?:\s+out)?|This\s+issue\s+"
    r"(?:goes|went)\s+out)(?:\s+on)?\s*:?\s*"
)


# "Posted on Cosmonautics Day, the 60th anniversary of the first human
# flight into space", "This issue goes out on the first National Space Day",
# "Issued on the 50th anniversary of Yuri Gagarin's flight": a space holiday
# dated by the anniversary it marks
_ANNIVERSARY_DAY = re.compile(
    rf"{_ISSUED}(?:(?P<holiday>{_phrases(HOLIDAY_ORIGINS)}),?\s+(?:the\s+)?"
    rf"{_ordinal('n1')}\s+anniversary\b"
    rf"|the\s+{_ordinal('n2')}\s+"
    rf"(?P<nth>{_phrases(HOLIDAY_ORIGINS)})\b"
    rf"|the\s+{_ordinal('n3')}\s+anniversary\s+of\s+"
    rf"(?P<marked>{_phrases(MARKED_BY)})(?![\w-]))",
    re.I | re.M,
)


def _anniversary_day(head: str) -> PublishedDate | None:
    m = _ANNIVERSARY_DAY.search(head)
    if m is None:
        return None
    group = next(g for g in ("holiday", "nth", "marked") if m.group(g))
    said = " ".join(m.group(group).lower().replace("’", "'").split())
    name = MARKED_BY.get(said, said)
    if group == "nth":  # "the 11th Space Day of China": counted from its first
        first = FIRST_KEPT.get(name, HOLIDAY_ORIGINS[name] + 1)
        year = first + _count(m.group("n2")) - 1
    else:
        year = HOLIDAY_ORIGINS[name] + _count(m.group("n1") or m.group("n3"))
    day = dt.date(year, *FIXED_HOLIDAYS[name])
    return PublishedDate(day, m.start(group), m.end(group), m.group(group), "byline")


# "Source: https://nasrda.gov.ng/2022/12/16/nigeria-signs-...": a page's
# address that files it by its day
_DATED_ADDRESS = re.compile(
    r"https?://[^\s/]+(?:/[^\s/]+)*?/((?:19|20)\d\d)/([01]\d)/([0-3]\d)/"
)


# "Press Release Number: 14112023": a release numbered by its day (WMO)
_NUMBERED_RELEASE = re.compile(
    r"^\s*Press\s+Release\s+(?:Number|No\.?)\s*:?\s*([0-3]\d)([01]\d)((?:19|20)\d\d)\s*$",
    re.I | re.M,
)


def _numbered_release(head: str) -> PublishedDate | None:
    return _day_written(_NUMBERED_RELEASE.search(head), head, year=3, month=2, day=1)


def _dated_address(head: str) -> PublishedDate | None:
    """The day a page's pasted address files it under, when the text gives
    no other: the last resort."""
    return _day_written(_DATED_ADDRESS.search(head), head, year=1, month=2, day=3)


def _day_written(
    m: re.Match[str] | None, head: str, year: int, month: int, day: int
) -> PublishedDate | None:
    """The day a match writes in its three groups (the first to the third
    span it), if it is a day of the calendar."""
    if m is None:
        return None
    try:
        value = dt.date(int(m[year]), int(m[month]), int(m[day]))
    except ValueError:
        return None
    return PublishedDate(
        value, m.start(1), m.end(3), head[m.start(1) : m.end(3)], "byline"
    )


# days of spaceflight a text may be dated by: "out today, on the fiftieth
# anniversary of Apollo 11's launch"
FAMOUS_DAYS = {
    "apollo 11's launch": (1969, 7, 16),
    "the launch of apollo 11": (1969, 7, 16),
    "apollo 11's landing": (1969, 7, 20),
    "apollo 11's moon landing": (1969, 7, 20),
    "the apollo 11 landing": (1969, 7, 20),
    "the apollo 11 moon landing": (1969, 7, 20),
    "the first moon landing": (1969, 7, 20),
    "the first crewed moon landing": (1969, 7, 20),
    "sputnik's launch": (1957, 10, 4),
    "the launch of sputnik": (1957, 10, 4),
    "the launch of sputnik 1": (1957, 10, 4),
    "yuri gagarin's flight": (1961, 4, 12),
    "gagarin's flight": (1961, 4, 12),
    "the first human spaceflight": (1961, 4, 12),
}
_FAMOUS = re.compile(
    rf"\bthe\s+{_ordinal('n')}\s+anniversary\s+of\s+(?P<what>{_phrases(FAMOUS_DAYS)})(?![\w-])",
    re.I,
)
# a sentence that tells the text's own moment: "It reaches you the day after
# Waitangi Day", "A new episode is out today, on ..."
_OWN_MOMENT = re.compile(
    r"\b(?:today|reaches\s+you|(?:goes|went|is)\s+out|we\s+publish"
    r"|this\s+(?:issue|edition|bulletin|newsletter|episode|letter))\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _own_moments(head: str) -> Iterator[re.Match[str]]:
    """The sentences of the head that tell the text's own moment ("This
    issue goes out ...", "It reaches you ...")."""
    return (m for m in _SENTENCE.finditer(head) if _OWN_MOMENT.search(m.group()))


def _self_dated(head: str) -> PublishedDate | None:
    """A newsletter or episode dated only by a sentence that tells its own
    day by a holiday ("It reaches you the day after Waitangi Day", the year
    told in the head) or by the anniversary of a famous day of spaceflight:
    the last resort."""
    years = [
        int(d.value[:4]) for d in find_dates(head) if d.value and d.value[:4].isdigit()
    ]
    for m in _own_moments(head):
        sentence = m.group()
        famous = _FAMOUS.search(sentence)
        if famous is not None:
            said = " ".join(famous.group("what").lower().replace("’", "'").split())
            year, month, day = FAMOUS_DAYS[said]
            return PublishedDate(
                dt.date(year + _count(famous.group("n")), month, day),
                m.start() + famous.start(),
                m.start() + famous.end(),
                famous.group(),
                "byline",
            )
        if not years:
            continue
        for d in find_dates(sentence, reference=dt.date(years[0], 7, 1)):
            said = d.text.lower()
            if (
                d.precision == "day"
                and d.value
                and any(h in said for h in HOLIDAY_OPENINGS)
            ):
                return PublishedDate(
                    dt.date.fromisoformat(d.value),
                    m.start() + d.start,
                    m.start() + d.end,
                    d.text,
                    "byline",
                )
    return None


# "This issue goes out exactly twenty years to the day after Discovery
# carried Ulysses into orbit"
_TO_THE_DAY = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{'|'.join([*TENS, *NUMBERS])})\s+years\s+to\s+the\s+day\s+"
    r"(?:after|since)\s+(?P<what>[^.;]{3,120})",
    re.I,
)


def _to_the_day(text: str, head: str) -> PublishedDate | None:
    """A text that tells its own moment as so many years to the day after
    something whose day the text gives ("Ulysses was launched on 6 October
    1990"): that day so many years on. The last resort."""
    for m in _own_moments(head):
        told = _TO_THE_DAY.search(m.group())
        if told is None:
            continue
        said = told.group("n").lower()
        years = int(said) if said.isdigit() else COUNTED[said]
        names = {w.lower() for w in re.findall(r"\b[A-Z][\w-]{3,}", told.group("what"))}
        for d in find_dates(text):
            if d.precision != "day" or not d.value or not YEAR_WRITTEN.search(d.text):
                continue
            before = text[max(0, d.start - 120) : d.start].lower()
            if any(name in before for name in names):
                day = dt.date.fromisoformat(d.value)
                return PublishedDate(
                    _years_on(day, years),
                    m.start() + told.start(),
                    m.start() + told.end(),
                    told.group(),
                    "byline",
                )
    return None


# a paragraph, not a page's line: the story has begun
PARAGRAPH = re.compile(r"^[^\n]{200,}$", re.M)
# a head line that gives a weekday but no day: "Bengaluru, Thursday",
# "Monday, 09:40", "posted Wednesday morning", "written in Vienna on Friday"
_HEAD_WEEKDAY = re.compile(
    rf"^[^\n]{{0,80}}?\b({_WEEKDAY_NAMES})\b[^\n]{{0,80}}$", re.M | re.I
)


def _weekday_only(text: str) -> PublishedDate | None:
    """A byline or dateline that gives only its weekday, over a story whose
    lead tells a day with its year ("Bengaluru, Thursday" over "landed on
    Wednesday, August 23, 2023"): that weekday, on or after the lead's day."""
    story = PARAGRAPH.search(text)
    if story is None:
        return None
    m = _HEAD_WEEKDAY.search(text, 0, story.start())
    if m is None or any(YEAR_WRITTEN.search(d.text) for d in find_dates(m.group())):
        return None  # a dated line the other readers took or turned down
    lead = next(
        (
            d
            for d in find_dates(text[story.start() : story.end()])
            if d.precision == "day" and d.value and YEAR_WRITTEN.search(d.text)
        ),
        None,
    )
    if lead is None:
        return None
    told = dt.date.fromisoformat(lead.value)
    ahead = (WEEKDAYS[m.group(1).lower()] - told.weekday()) % 7
    return PublishedDate(
        told + dt.timedelta(days=ahead), m.start(1), m.end(1), m.group(1), "dateline"
    )


def _years_on(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _day_before_close(
    head: str, m: re.Match[str], n: int, days: int
) -> PublishedDate | None:
    """ "Day 2 of 5" over "... closes on Sunday, 9 June", the year in the
    masthead ("ILA BERLIN 2024"): the day so many days before the last."""
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", head[: m.start()])
    close = _CLOSES.search(head, m.end())
    if year is None or close is None or not 1 <= n <= days:
        return None
    told = find_dates(
        head[close.end() : close.end() + 30], reference=dt.date(int(year.group()), 7, 1)
    )
    if (
        not told
        or told[0].start != 0
        or told[0].precision != "day"
        or not told[0].value
    ):
        return None
    try:
        last = dt.date(int(year.group()), *map(int, told[0].value[5:].split("-")))
    except ValueError:
        return None  # "29 February" in a year without it
    day = last - dt.timedelta(days=days - n)
    return PublishedDate(day, m.start(1), m.end(1), m.group(1), "byline")


_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
}  # fmt: skip
# "DAY THREE", "Day 2": a congress daily's issue, alone on its line
_CONGRESS_DAY = re.compile(
    rf"^[ \t]*(Day\s+(?P<n>{'|'.join(_WORD_NUMBERS)}|[1-7])"
    r"(?:\s+of\s+(?P<of>[1-7]))?)[ \t]*$",
    re.I | re.M,
)
# "The five-day show opened ... and closes on Sunday, 9 June": its last day
_CLOSES = re.compile(
    r"\b(?:closes|ends|runs\s+until|continues\s+until)\s+(?:on\s+)?", re.I
)


def _congress_day(head: str, found: list[DateMatch]) -> PublishedDate | None:
    """A congress daily's "DAY THREE" under a masthead that gives the
    congress's days ("21-25 October 2019"): the third of them."""
    m = _CONGRESS_DAY.search(head)
    if m is None:
        return None
    n = _WORD_NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    ends = [d for d in found if d.value and sum(e.start == d.start for e in found) == 2]
    if len(ends) < 2 and m.group("of"):
        return _day_before_close(head, m, n, int(m.group("of")))
    if len(ends) < 2:
        return None
    first, last = (dt.date.fromisoformat(d.value) for d in ends[:2])
    day = first + dt.timedelta(days=n - 1)
    if not first < last or day > last:
        return None
    return PublishedDate(day, m.start(1), m.end(1), m.group(1), "byline")
