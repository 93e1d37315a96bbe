"""Finding and normalising dates (pure)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import find_dates
from pipeline.dates.published import find_publication_date

REF = dt.date(2016, 10, 15)  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opened in December 2000.", [("December 2000", "2000-12")]),
        ("Signed on Jul 04 , 2013 in Rome.", [("Jul 04 , 2013", "2013-07-04")]),
        ("Elected on July 17th, 2010 there.", [("July 17th, 2010", "2010-07-17")]),
        ("Held 17 July 2010 there.", [("17 July 2010", "2010-07-17")]),
        ("Update: 2020-05-15.", [("2020-05-15", "2020-05-15")]),
        (
            "Held Sept 4-7, 2013.",
            [("Sept 4-7, 2013", "2013-09-04"), ("Sept 4-7, 2013", "2013-09-07")],
        ),
        (
            "Held 15-18 May 2017.",
            [("15-18 May 2017", "2017-05-15"), ("15-18 May 2017", "2017-05-18")],
        ),
        (
            "It ran from 2004 to 2007.",
            [("2004 to 2007", "2004"), ("2004 to 2007", "2007")],
        ),
        ("Built in the 1990s.", [("the 1990s", "199X")]),
        # a page in another language; "Mars 2020" is a rover's name
        (
            "Publicado el 31 de agosto de 2020.",
            [("31 de agosto de 2020", "2020-08-31")],
        ),
        ("Roma, 02 febbraio 2018.", [("02 febbraio 2018", "2018-02-02")]),
        ("The 7 Mars 2020 instruments.", []),
        ("Goals for the 21st century.", [("the 21st century", "20XX")]),
        ("Due in spring 2011.", [("spring 2011", "2011-SP")]),
        (
            "Due in the third quarter of 2011.",
            [("the third quarter of 2011", "2011-Q3")],
        ),
        ("Due in the second half of 2025.", [("the second half of 2025", "2025")]),
        # months listed before one with its year take that year
        (
            "It touched down twice, in February and July 2019.",
            [("February", "2019-02"), ("July 2019", "2019-07")],
        ),
        (
            "It flew between May and June 2020.",
            [("May", "2020-05"), ("June 2020", "2020-06")],
        ),
        # a range over two months: a day in each
        (
            "Held September 29-October 3, 2014.",
            [
                ("September 29-October 3, 2014", "2014-09-29"),
                ("September 29-October 3, 2014", "2014-10-03"),
            ],
        ),
        (
            "Held from 30 December to 2 January 2015.",
            [
                ("30 December to 2 January 2015", "2014-12-30"),
                ("30 December to 2 January 2015", "2015-01-02"),
            ],
        ),
        # the year of a copyright after the owner's name
        ("© Selene Press 2008. All rights reserved.", [("2008", "2008")]),
        # a Chinese date line kept on an English page; a Thai page's Buddhist
        # Era year; a US wire's archive header (month first, before its time)
        ("Date: 2023年06月20日 Views: 12", [("2023年06月20日", "2023-06-20")]),
        ("The 2023年6月 report.", [("2023年6月", "2023-06")]),
        ("14 March 2567 | Views 1,318", [("14 March 2567", "2024-03-14")]),
        ("AP  08-02-95 18:07 EDT  V0419", [("08-02-95", "1995-08-02")]),
        # a day by its number in the year; a day of a trip is none
        (
            "Issue date: 2003 day 045. On day 3 of the trip.",
            [("2003 day 045", "2003-02-14")],
        ),
        (
            "On 10-11/4/2025, they met.",
            [("10-11/4/2025", "2025-04-10"), ("10-11/4/2025", "2025-04-11")],
        ),
        ("28. 6. 2017 | Office", [("28. 6. 2017", "2017-06-28")]),
        # a Swiss page's ranges: days of one month, days of two
        (
            "Workshop 21.–25.11.2022; forum 30.12.–03.01.2023",
            [
                ("21.–25.11.2022", "2022-11-21"),
                ("21.–25.11.2022", "2022-11-25"),
                ("30.12.–03.01.2023", "2022-12-30"),
                ("30.12.–03.01.2023", "2023-01-03"),
            ],
        ),
        # the month in Roman numerals (Polish, Czech, Italian pages); Turkish
        # and Polish month names
        (
            "Opole, 9 IV 2021; Brno, 3.XII.2019",
            [("9 IV 2021", "2021-04-09"), ("3.XII.2019", "2019-12-03")],
        ),
        (
            "İZMİR – 4 Ağustos 2022 and Łódź, 30 listopada 2020",
            [("4 Ağustos 2022", "2022-08-04"), ("30 listopada 2020", "2020-11-30")],
        ),
        # India's national calendar (a PIB release); a day by its number in
        # the year when the text says so, not a release's number
        ("Shravana 12, 1946 Saka", [("Shravana 12, 1946 Saka", "2024-08-03")]),
        ("Magha 02, 1946 Saka", [("Magha 02, 1946 Saka", "2025-01-22")]),
        (
            "Issued: 2021-045 (day of year). RELEASE: 2021-046",
            [("2021-045", "2021-02-14")],
        ),
        # Iran's Solar Hijri calendar; Japan's era years
        ("Date: 1 Farvardin 1403", [("1 Farvardin 1403", "2024-03-20")]),
        ("Monday, 10 Dey 1401", [("Monday, 10 Dey 1401", "2022-12-31")]),
        (
            "Heisei 31, April 30 and 令和元年5月1日; Showa 64",
            [
                ("Heisei 31, April 30", "2019-04-30"),
                ("令和元年5月1日", "2019-05-01"),
                ("Showa 64", "1989"),
            ],
        ),
        ("March 3, Reiwa 7", [("March 3, Reiwa 7", "2025-03-03")]),
        ("Posted on 10 December, Reiwa 2", [("10 December, Reiwa 2", "2020-12-10")]),
        ("Issued day 075 of 2023 (UT)", [("day 075 of 2023", "2023-03-16")]),
        ("Issued: GMT 248/2020", [("248/2020", "2020-09-04")]),
        # an observatory's year/day-of-year stamp, and one after "day"
        ("dated 2018/130 (YYYY/DOY)", [("2018/130", "2018-05-10")]),
        ("Sent from ESOC -- ops day 2024-283", [("2024-283", "2024-10-09")]),
        # a later stamp in a text that says it numbers its days so
        (
            "dated 2018/130 (YYYY/DOY). The school ends on 2018/170.",
            [("2018/130", "2018-05-10"), ("2018/170", "2018-06-19")],
        ),
        # the Islamic calendar (Umm al-Qura), either order, any transliteration
        (
            "Sunday, 20 Shawwal 1440 AH",
            [("Sunday, 20 Shawwal 1440 AH", "2019-06-23")],
        ),
        (
            "Rabi' al-Awwal 15, 1441 A.H.",
            [("Rabi' al-Awwal 15, 1441 A.H.", "2019-11-12")],
        ),
        ("1 Ramadan 1445H", [("1 Ramadan 1445H", "2024-03-11")]),
        # no year in a page's tally
        ("Release ID: 2014872  Visitor Counter : 1873", []),
        # a programme's weekdays before a range's days
        (
            "Mon 20 - Wed 22 July 2015: team work",
            [
                ("Mon 20 - Wed 22 July 2015", "2015-07-20"),
                ("Mon 20 - Wed 22 July 2015", "2015-07-22"),
            ],
        ),
    ],
)
def test_absolute(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("They met on Oct. 11 in Beijing.", "2016-10-11", "day"),
        ("They met last year.", "2015", "year"),
        ("They met on Tuesday.", "2016-10-11", "day"),
        ("They met yesterday.", "2016-10-14", "day"),
        ("They meet next month.", "2016-11", "month"),
        ("They met last week.", "2016-W40", "week"),
        ("It flew two years ago.", "2014", "year"),
        # "May" with the part of the month it is told by
        ("It ended at the end of May.", "2016-05", "month"),
        ("It ends in the first half of next year.", "2017", "year"),
        ("It ends in the second half of June.", "2016-06", "month"),
        # a day by its number in the reference's year (an operations bulletin)
        ("It was launched on DOY 174.", "2016-06-22", "day"),
    ],
)
def test_resolved_against_the_publication_date(text, value, precision):
    (date,) = find_dates(text, reference=REF)
    assert (date.value, date.precision) == (value, precision)


def test_year_from_context_without_reference():
    dates = find_dates("In 2013 the centre grew. On July 1 a team came.")
    assert dates[-1].value == "2013-07-01"


def test_unresolvable_is_null():
    (date,) = find_dates("They met on Tuesday.")
    assert date.value is None


@pytest.mark.parametrize(
    "text",
    [
        "The chains at 120ºE and 60ºW.",
        "More than 2000 people came.",
        "The 38th assembly met.",
        "It may be launched soon.",
        "It lasted three years.",
        "It is held annually.",
        "Call 010-6258-2013 now.",
        "They met on the 18th floor, and on the 3rd session.",
    ],
)
def test_not_dates(text):
    assert find_dates(text) == []


def test_offsets_index_the_text():
    text = "Since October 2004, and on 5 May 2010."
    for d in find_dates(text):
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Home > News\n\nA visit\n\nEditor: | Jul 04 , 2013\n\nOn July 1 they came.",
            "2013-07-04",
            "byline",
        ),
        ("A report\nUpdate time: 2020-05-15\nText follows.", "2020-05-15", "byline"),
        ("Published: 3 March 2019\n\nThe agency said.", "2019-03-03", "byline"),
        (
            "BEIJING, Oct. 17 (Xinhua) -- A probe was launched, the 2019 plan says.",
            "2019-10-17",
            "dateline",
        ),
        ("Paris, 12 March 2019\n\nESA and CNES signed.", "2019-03-12", "dateline"),
        (
            "www.chinaview.cn 2003-10-21 14:27:36\n\nTAIYUAN, Oct. 21 (Xinhua) -- A "
            "deal of July 1988.",
            "2003-10-21",
            "byline",
        ),
        # the wire without brackets, the year from the copyright line rather
        # than the first year the story tells
        (
            "TOKYO, Nov. 11 Kyodo - The probe, launched in 2014, arrives in 2018."
            "\n\nCopyright 2016 Kyodo News.",
            "2016-11-11",
            "dateline",
        ),
        # a byline's name, its outlet and a time before the date win over the
        # dateline of the story's day
        (
            "By Wang Li (Space Daily Online)    09:12, March 5, 2021\n\n"
            "WUHAN, March 4 -- The institute signed an agreement.",
            "2021-03-05",
            "byline",
        ),
        ("By Anna Berg, 14 May 2022\n\nThe agency said.", "2022-05-14", "byline"),
        ("TASS | World\n\n09.11.2011, 14:27\n\nA probe", "2011-11-09", "byline"),
        (
            "News\n\nOct 8, 2018 / By Marta Quiroga\n\nThe council",
            "2018-10-08",
            "byline",
        ),
        # more of the web's bylines: a poster, other labels, a time with its
        # zone after the label or "at" after the date, a date in brackets, in
        # Chinese or as a machine's stamp, a wire's agency before the date
        (
            "Posted by Ola Berg on March 14, 2024\n\nA deal of 2023.",
            "2024-03-14",
            "byline",
        ),
        ("Created: 14 March 2024\n\nA deal of 2 May 2023.", "2024-03-14", "byline"),
        ("Dated: 14 March 2024\n\nA deal of 2 May 2023.", "2024-03-14", "byline"),
        ("Date of publication: 14/03/2024\n\nA deal.", "2024-03-14", "byline"),
        ("Last modified: Thu Mar 14 2024\n\nA deal.", "2024-03-14", "byline"),
        (
            "By Ola Berg\nPublished 10:22 AM EDT, Thu March 14, 2024\n\nA deal.",
            "2024-03-14",
            "byline",
        ),
        (
            "Ola Berg, Reporter\n14 March 2024 at 09:00\n\nA deal.",
            "2024-03-14",
            "byline",
        ),
        (
            "Mar. 14, 2024 at 10:22 a.m. ET\n\nA deal of 2 May 2023.",
            "2024-03-14",
            "byline",
        ),
        ("[2024-03-14]\n\nA deal of 2 May 2023.", "2024-03-14", "byline"),
        ("2024年3月14日\n\nA deal of 2 May 2023.", "2024-03-14", "byline"),
        ("2024-03-14T10:22:00Z\n\nA deal of 2 May 2023.", "2024-03-14", "byline"),
        (
            "By Staff Writers\nParis (ESA) Mar 14, 2024\n\nA deal.",
            "2024-03-14",
            "dateline",
        ),
        # an outlet's name with an apostrophe before the time, a weekday in
        # the page's language, a dateline after a wide gap
        (
            "(People's Daily Online)    14:35, March 14, 2024\n\nA deal of 2023.",
            "2024-03-14",
            "byline",
        ),
        (
            "Publicado: Quinta, 14 Março 2024 09:12  |  Última atualização\n\nA deal.",
            "2024-03-14",
            "byline",
        ),
        # a weekday in the page's language opening the date's line
        (
            "Universidad\n\nJueves 14 de marzo de 2024\n\nA deal of 2023.",
            "2024-03-14",
            "byline",
        ),
        # a wire's day without its year, and the page's date at its foot
        (
            "Havana, Mar 14 (Prensa Latina) A deal of 2010 was renewed.\n\n"
            "Modificado el ( jueves, 14 de marzo de 2024 14:05 )",
            "2024-03-14",
            "byline",
        ),
        (
            "PRESS RELEASE          Darmstadt, 14 March 2024\n\nA deal of 2023.",
            "2024-03-14",
            "dateline",
        ),
        (
            "Ola Berg\nMar - 14 - 2024 , 08:15\n\nA deal of 2023.",
            "2024-03-14",
            "byline",
        ),
        # "local time on 6 May" is no byline's label
        (
            "Brussels, 14 March 2024\n\nIt lifted off at 04:06 Belgian time (23:06 "
            "local time on 13 March).",
            "2024-03-14",
            "dateline",
        ),
        # the page's date only at its foot, under a label; over a dateline
        # that does not write its year
        (
            "BEIJING, March 9 (Xinhua) -- A deal of 2020.\n\nRelated\n\n"
            "Sponsored by CNSA | Date of publication: 2021-03-10",
            "2021-03-10",
            "byline",
        ),
        (
            "Home | News\n\nA forum\n\nIt met in 2016.\n\nIssued in Abu Dhabi "
            "on 10 November 2017",
            "2017-11-10",
            "byline",
        ),
        (
            "Forum report\n\nA forum in 2017.\n\nThis issue was sent on Friday, "
            "4 May 2018.",
            "2018-05-04",
            "byline",
        ),
        # a dateline's day set off by a dash or a wire in slashes, its year
        # from the copyright line however the publisher is named in it
        (
            "NANJING, 23 October -- Scientists met, two years after the 2015 "
            "launch.\n\n© 2017 Purple Mountain Observatory",
            "2017-10-23",
            "dateline",
        ),
        (
            "Toulouse, 20 June – The agencies agreed in 2006.\n\n© CNES 2011",
            "2011-06-20",
            "dateline",
        ),
        (
            "MOSCOW, March 9. /TASS/. A deal of 2019.\n\n© TASS, 2021.",
            "2021-03-09",
            "dateline",
        ),
        # a day alone under the headline, the year from the copyright line
        (
            "Commentary\nA review\n\nApril 14\n\nBy Ann Lee\n\nIn 2019 they "
            "met.\n\n© 2021 by the Center",
            "2021-04-14",
            "byline",
        ),
        # the date, its time, then the site's address and the editor
        (
            "A lab opens\n\n2014-12-17 09:21 ecns.cn Web Editor: Qian Ruohan\n\n"
            "A lab of 2013.",
            "2014-12-17",
            "byline",
        ),
        # a numeric day that reads both ways: the reading near the days the
        # text tells by their weekday (the text writes days first)
        (
            "News\n\nPosted 12/05/2019\n\nThe prize was announced on Tuesday, "
            "3 December, at a ceremony. Entries close on 31 January 2020.",
            "2019-12-05",
            "byline",
        ),
        (
            "News\n\nPosted 12/05/2019\n\nThe prize was announced on Friday, "
            "10 May, at a ceremony.",
            "2019-05-12",
            "byline",
        ),
        # the page's day alone at its foot, or closing a line of items
        (
            "Home > News\n\nA probe's first light\n\nIt flew in 2019.\n\n"
            "Contact: Ola Berg\n\n22.10.2019\n\n© The Institute",
            "2019-10-22",
            "byline",
        ),
        (
            "News\n\nA school\n\nIt met in 2018.\n\nShare: Email\n\n"
            "News item | 05.11.2019",
            "2019-11-05",
            "byline",
        ),
        # a release's heading; a dateline after the release's number and a
        # bar; a dateline naming its country before the wire
        (
            "Agency | Press\n\nPress release 2001-02-21\n\nA probe of 1996.",
            "2001-02-21",
            "byline",
        ),
        (
            "Release No. ABC/22-07 | Vienna, 17 October 2022\n\nA meeting of 2021.",
            "2022-10-17",
            "dateline",
        ),
        (
            "News\n\nA satellite\nBuenos Aires, Argentina (SPX) Aug 31, 2020\n\n"
            "A deal of 2005.",
            "2020-08-31",
            "dateline",
        ),
        # the Chinese label of a page's foot; a Thai page's byline; a US
        # wire's archive header
        (
            "A probe\n\nA deal of 2 May 2016.\n\n发布时间：2017年11月30日\n"
            "Editor: Ola Berg",
            "2017-11-30",
            "byline",
        ),
        ("22 August 2567 | Views 1,318 | Share\n\nA deal.", "2024-08-22", "byline"),
        # a dateline in a town's own letters; a day with dots and spaces; the
        # day a pasted address files the page under, as the last resort
        ("News\n\nGdańsk, 22.09.2021 r.\n\nA deal of 2020.", "2021-09-22", "dateline"),
        (
            "News\n\n28. 6. 2017 | Space Office\n\nA deal of 2016.",
            "2017-06-28",
            "byline",
        ),
        (
            "Source: https://agency.example.org/2022/12/16/a-deal/\n\nA deal of 2021.",
            "2022-12-16",
            "byline",
        ),
        (
            "Copyright 1995.\nAP  08-02-95 18:07 EDT  V0419\n\nA deal of 1994.",
            "1995-08-02",
            "byline",
        ),
        # a town in capitals and a dash; a Roman month; "Published in"
        (
            "News\n\nİZMİR – 4 Ağustos 2022 Perşembe\n\nA deal of 2021.",
            "2022-08-04",
            "dateline",
        ),
        ("News\n\nOpole, 9 IV 2021\n\nA deal of 2020.", "2021-04-09", "dateline"),
        ("News\n\nPublished in 03-02-2021 | News\n\nA deal.", "2021-02-03", "byline"),
        # a numeric day read both ways: the one near the days the story tells
        (
            "Site news\nLast update 09:15 | 02/11/2011\n\nThe visit, from "
            "October 30 to November 1, produced a statement.",
            "2011-11-02",
            "byline",
        ),
        # a bulletin's day by its number, after its time zone
        ("VV9 BULLETIN\nIssued: GMT 248/2020\n\nA deal.", "2020-09-04", "byline"),
        # a space holiday dated by the anniversary it marks
        (
            "Centre news\nPosted on China Space Day, the 55th anniversary of the "
            "first satellite\n\nA deal.",
            "2025-04-24",
            "byline",
        ),
        (
            "Lyra ops log\nEntry 2026-040 (day of year) | posted 09:40 UTC\n\nA deal.",
            "2026-02-09",
            "byline",
        ),
        # a newsletter's day by its number, under no label
        (
            "Probe Newsletter No. 4\nIssued from the control centre -- ops day "
            "2026-041\n\nA deal.",
            "2026-02-10",
            "byline",
        ),
        # a page dated only by the anniversary it marks, the day marked told
        (
            "Institute news\n\nBremen, on the 10th anniversary of Rosetta's landing"
            "\n\nRosetta's lander touched down on 12 November 2014.",
            "2024-11-12",
            "byline",
        ),
        # a page dated in the Islamic calendar only
        (
            "Information Service\n\nMonday, 1 Ramadan 1445 AH\n\nA deal.",
            "2024-03-11",
            "byline",
        ),
        # the day the wire says it was told, not the first day its lead tells
        (
            "DARMSTADT, Aug. 21 (Xinhua) -- The probe passed the Moon on Monday "
            "and Earth on Tuesday, the agency said on Wednesday. It was launched "
            "in April 2023. The 2024 double flyby was a first.",
            "2024-08-21",
            "dateline",
        ),
        # an embargo line; the Solar Hijri calendar; an era year
        (
            "PRESS RELEASE\nEMBARGOED UNTIL 10:00 CEST ON THURSDAY 3 JUNE 2021\n\n"
            "A deal of 2020.",
            "2021-06-03",
            "byline",
        ),
        (
            "Agency news\nPublish Date: Tuesday 2 Mehr 1398\n\nA deal.",
            "2019-09-24",
            "byline",
        ),
        (
            "Faculty of Science\n\nReiwa 6, March 1\n\nA deal of 2023.",
            "2024-03-01",
            "byline",
        ),
        # Interfax's dateline: the town, a full stop, the day
        (
            "KAZAN. June 8 (Interfax) - The institute said on Tuesday it had "
            "signed the deal. A probe flies in 2021 and another in 2024.",
            "2021-06-08",
            "dateline",
        ),
        # a wire's dateline: the year in which its day falls on the lead's
        # weekday, one counted from another among them
        (
            "NAIROBI, June 3 (Xinhua) -- Kenya launched a satellite on Monday. "
            "It was planned in 2017.\nThe launch site was chosen in 2019.",
            "2019-06-03",
            "dateline",
        ),
        # the lead's weekday the day before the dateline's ("on Wednesday" in
        # a wire dated on Thursday)
        (
            "BERN, March 14 (Xinhua) -- The two funders on Wednesday signed a "
            "call for projects starting in January 2020, funded over 2019 and 2020.",
            "2019-03-14",
            "dateline",
        ),
        (
            "KAZAN, March 9 (TASS) -- A monument was opened on Saturday, the "
            "90th anniversary of Yuri Gagarin's birth on March 9, 1934.",
            "2024-03-09",
            "dateline",
        ),
        (
            "Department of Space\n\nShravana 12, 1946 Saka\n\nA deal.",
            "2024-08-03",
            "byline",
        ),
        # any agency in brackets after a town's day: a wire's dateline
        (
            "Lima, Oct 9 (Andes Press) The satellite lifted off on Monday. "
            "It was ordered in 2014 and built by 2017.",
            "2017-10-09",
            "dateline",
        ),
        # a newsletter's "Sent", a programme page's version, an author after
        # the day
        (
            "LUNAR DIGEST | May 2025\nSent 6 May 2025 | Editor: A. Lee\n\nNews.",
            "2025-05-06",
            "byline",
        ),
        (
            "Workshop 2019\nVersion 2 of 3 October 2019\n\nDay 1.",
            "2019-10-03",
            "byline",
        ),
        (
            "A probe flies\n14 Mar 2024  Jane Smith\n\nThe agency launched it.",
            "2024-03-14",
            "byline",
        ),
        # a page's day with its weekday in brackets after it
        ("Topics\n\nJun. 18, 2025 (Wed.)\n\nShare\n\nA deal.", "2025-06-18", "byline"),
        # a bulletin "issued" on a day by its number in the year
        (
            "ROVER BULLETIN - No. 3 - issued 2024-191\n\nDear colleagues,",
            "2024-07-09",
            "byline",
        ),
        # a wire's Islamic date without its era; a line's weekday settling
        # the day of the Islamic calendar
        ("News\n\nRiyadh, Shawwal 20, 1445, SPA -- A deal.", "2024-04-29", "dateline"),
        (
            "Daily\nWednesday  |  11 Rabi' al-Awwal 1445\n\nA deal.",
            "2023-09-27",
            "byline",
        ),
        # a holiday told by its edition, or by the anniversary it marks
        (
            "SPACE LETTER\nThis issue goes out on the first National Space Day.\n\n"
            "News.",
            "2024-08-23",
            "byline",
        ),
        (
            "BULLETIN\n    Issued on the 50th anniversary of Yuri Gagarin's flight\n"
            "\nNews.",
            "2011-04-12",
            "byline",
        ),
        # a Japanese era date with "issued" after it
        (
            "  WEEKLY MAIL  No. 40\n  令和6年2月9日発行\n\n  Dear readers,",
            "2024-02-09",
            "byline",
        ),
        # a newsletter dated by a holiday in a sentence that tells its own day
        (
            "Dear members,\n\nThis is our third letter of 2021. It reaches you "
            "the day after Australia Day, so enjoy the long weekend.\n\nNews.",
            "2021-01-27",
            "byline",
        ),
        # an episode out on the anniversary of a famous day of spaceflight
        (
            "Hi all,\n\nOur new show is out today, on the sixtieth anniversary "
            "of the launch of Sputnik. We talk about satellites.",
            "2017-10-04",
            "byline",
        ),
        # a show daily's "Day 2 of 5" before the day the show closes, the year
        # in the masthead
        (
            "EXPO 2024 | SHOW DAILY\nDay 2 of 5\n\nThe five-day show opened "
            "yesterday and closes on Sunday, 9 June.",
            "2024-06-06",
            "byline",
        ),
        # a congress daily's "Day 2" under the congress's days
        (
            "THE FORUM DAILY\nLisbon | 7-11 April 2025\n\nDay 2\n\nNews.",
            "2025-04-08",
            "byline",
        ),
        # no weekday in the lead: the next paragraph's settles the year
        (
            "ACCRA, March 14 (GNA) -- The agency has signed a memorandum with a "
            "university.\n\nThe memorandum was signed on Tuesday in Accra. A "
            "satellite is targeted for 2026. The first deal was made in 2023.",
            "2023-03-14",
            "dateline",
        ),
        # of two years told in which the dateline's day falls on the lead's
        # weekday, the later (a background day is written with its year)
        (
            "HASSAN, July 30 (PTI) A rocket on Wednesday placed the probe in "
            "orbit. The deal was signed on September 30, 2014. It was the "
            "agency's fourth launch of 2025.",
            "2025-07-30",
            "dateline",
        ),
        # none: the year after the last one told
        (
            "KIRUNA, Dec. 15 (Xinhua) -- A station was opened on Thursday. The "
            "deal was signed in March 2015, and work started last summer.",
            "2016-12-15",
            "dateline",
        ),
        # a calendar emoji as the label; a Malay month at the page's foot
        (
            "A school opens\n📅 16.08.2023   🕒 11:02   👁 845\n\nText.",
            "2023-08-16",
            "byline",
        ),
        (
            "Kenyataan media\n\nA workshop was held.\n\n10 Disember 2020\n",
            "2020-12-10",
            "byline",
        ),
        # a paper's print line at the foot; a dateline set off by a bullet; a
        # time with its zone's offset before the day
        (
            "Course opens\n\nISLAMABAD: A course opened on Monday.\n\n"
            + "More text. " * 400
            + "\n\nPublished in The Morning Gazette, March 3rd, 2024\n",
            "2024-03-03",
            "byline",
        ),
        ("A pact\n\nQuito ● Wed, February 21, 2024\n\nText.", "2024-02-21", "dateline"),
        ("A probe\nLi Na\n16:38 UTC+8, 2024-06-24\n\nText.", "2024-06-24", "byline"),
        # the agency before the town ("(ANSA) - ROME, OCT 17 -"), the year from
        # the lead's weekday
        (
            "(LPA) - LIMA, OCT 17 - The agencies on Tuesday signed a pact. It "
            "follows talks held in 2023.",
            "2023-10-17",
            "dateline",
        ),
        # a release numbered by its day
        (
            "Press Release\n\nPress Release Number: 14112023\n\nText.",
            "2023-11-14",
            "byline",
        ),
        # a wire's weekday fits two years told: the one told with a day near
        # the dateline's (a caption's), though the other fits the day itself
        (
            "HANOI, Sept. 22 (Xinhua) -- The council ended its meeting on "
            "Wednesday. Its programme runs until 2021.\n\n[Photo] Delegates "
            "meet in Hanoi, Sept. 21, 2016.",
            "2016-09-22",
            "dateline",
        ),
        # "Issue:" as a label; a holiday numbered from the year it was first
        # kept; the anniversary of "the X launch"; "N years to the day after"
        (
            "BULLETIN\nIssue: 2016/271 (year/day-of-year)\n\nText.",
            "2016-09-27",
            "byline",
        ),
        (
            "NEWSLETTER No. 9\nSent out on the 11th Space Day of China\n\nText.",
            "2026-04-24",
            "byline",
        ),
        (
            "Data news\nPosted on the first anniversary of the Sentinel-2B launch"
            "\n\nSentinel-2B, which ESA launched on March 7, 2017, joined 2A.",
            "2018-03-07",
            "byline",
        ),
        (
            "Dear colleagues,\n\nThis issue goes out exactly twenty years to the "
            "day after Discovery carried Ulysses into orbit.\n\nUlysses was "
            "launched on 6 October 1990 from Florida.",
            "2010-10-06",
            "byline",
        ),
        (
            "Blog\n\nBy Kim Olsen on 3 March 2022\n\nThe probe flew.",
            "2022-03-03",
            "byline",
        ),
        (
            "UNIVERSITY NEWS\n2021.06.14    Press Release / Research\n\nText.",
            "2021-06-14",
            "byline",
        ),
        (
            "PRESS RELEASE\nGraz / Vienna, 12 October 2020\n\nThe forum met.",
            "2020-10-12",
            "dateline",
        ),
        # a weekday alone heads the story: the first such day from the lead's
        (
            "Daily Courier\nPune, Thursday\n\n"
            + "A" * 10
            + " The lander touched down on Tuesday, 4 May 2021, and the teams in "
            "Pune and Toulouse have since checked every instrument, one by one, "
            "before the first images of the site were released to the public.",
            "2021-05-06",
            "dateline",
        ),
    ],
)
def test_publication_date(text, value, source):
    found = find_publication_date(text)
    assert (found.value.isoformat(), found.source) == (value, source)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "The centre was founded on 5 May 2010. It grew.",
        "A text without any date.",
        "By the end of the talks, on 5 May 2010, they agreed.",
        # a dateline's day without a dash or a wire, and no year for it
        "PARIS, 20 June - The agencies met.",
        "The probe was sent on 3 May 2018 to the Moon.\n\nIt landed.",
        # a press release the story tells of is no heading
        "The agency said in a press release on 5 May 2010 that it agreed.",
        # a day the story closes on, in a sentence, is no page's date
        "A probe.\n\nIt will launch on 5 May 2030.",
        # a count of four digits is no Buddhist Era year
        "A probe.\n\nIt holds 2567 scenes of 14 March.",
        # a day in prose with a name after it is no byline
        "The probe was launched on\n14 March 2024 by Jane Smith and the team.",
        # a release's number that is no day
        "Press Release\n\nPress Release Number: 32132023\n\nText.",
        "The figures were published in the report, March 3rd, 2024, they said.",
        # a weekday in the head, but no day with its year in the lead
        "Daily Courier\nPune, Thursday\n\n" + "The lander touched down. " * 10,
    ],
)
def test_no_publication_date(text):
    assert find_publication_date(text) is None


def test_rules_start_with_their_opening():
    """A rule tried only where its opening matches (finder.OPENINGS) finds
    what scanning the whole text finds: its opening starts every branch of
    it, and the two ways give the same matches on the example texts."""
    from pathlib import Path
    from re import _parser  # the parsed form: a top-level "|" has one BRANCH

    from pipeline.dates import finder

    anchored = [(p, o) for p, o in finder.RULE_OPENINGS.items() if o is not None]
    assert len(anchored) > 20
    for pattern, _ in anchored:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        assert not (len(parsed.data) == 1 and parsed.data[0][0] is _parser.BRANCH)
    root = Path(__file__).parent.parent / "examples"
    texts = [p.read_text() for p in sorted(root.glob("**/*.txt"))[:60]]
    texts.append("the 3 May. the Sunday, 3 May 2020 and 4 May the 2020s the 5th")
    for text in texts:
        for pattern, opening in anchored:
            places = [m.start() for m in opening.finditer(text)]
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            found = [
                (m.span(), m.groups()) for m in finder._finditer(pattern, text, places)
            ]
            assert found == expected


def test_a_numeric_byline_day_keeps_the_publication_s_reading(extract):
    doc = extract(
        "Site news\nLast update 09:15 | 02/11/2011\n\nThe visit, from October 30 "
        "to November 1, produced a statement.",
        dt.date(2011, 11, 2),
    )
    assert ("02/11/2011", "2011-11-02") in {(d.text, d.value) for d in doc.dates}
