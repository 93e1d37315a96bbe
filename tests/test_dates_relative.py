"""Relative and anaphoric dates, resolved against the publication date and the
dates written before them (sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates.finder import find_dates

REF = dt.date(2021, 11, 3)  # a Wednesday in the fourth quarter


def _values(text: str, reference: dt.date = REF) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, reference=reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its third-quarter profit rose.", [("third-quarter", "2021-Q3")]),
        (
            "Sales in the fiscal second quarter fell.",
            [("the fiscal second quarter", "2021-Q2")],
        ),
        (
            "Third-quarter sales rose 5% from a year earlier.",
            [("Third-quarter", "2021-Q3"), ("a year earlier", "2020-Q3")],
        ),
        (
            "Profit in the quarter was $3 million, against $2 million in the "
            "year-ago quarter.",
            [("the quarter", "2021-Q3"), ("the year-ago quarter", "2020-Q3")],
        ),
        ("Revenue fell a year ago.", [("a year ago", "2020")]),
        (
            "The satellite was launched in January this year.",
            [("January this year", "2021-01")],
        ),
        ("It was approved in June last year.", [("June last year", "2020-06")]),
        ("The probe flew by last August.", [("last August", "2021-08")]),
        ("The crew returned this September.", [("this September", "2021-09")]),
        ("Crowds joined this march for science.", []),
        ("Tests began this summer.", [("this summer", "2021-SU")]),
        # told in November: last autumn is this year's, next spring the coming one
        ("It ended last autumn.", [("last autumn", "2020-FA")]),
        ("It ended last summer.", [("last summer", "2021-SU")]),
        ("It opens next spring.", [("next spring", "2022-SP")]),
        ("It opens next autumn.", [("next autumn", "2022-FA")]),
        ("The team met two weeks ago.", [("two weeks ago", "2021-W42")]),
        ("The lab opened five months ago.", [("five months ago", "2021-06")]),
        ("The past year was a busy one.", [("The past year", "2021")]),
        ("Loss in the 1988 second quarter.", [("the 1988 second quarter", "1988-Q2")]),
        (
            "Sales for this year's third quarter rose.",
            [("this year's third quarter", "2021-Q3")],
        ),
        (
            "Earnings topped the year-ago third quarter.",
            [("the year-ago third quarter", "2020-Q3")],
        ),
        ("Orders in the current quarter grew.", [("the current quarter", "2021-Q4")]),
        (
            "Third-quarter profit doubled from the 2020 quarter.",
            [("Third-quarter", "2021-Q3"), ("the 2020 quarter", "2020-Q3")],
        ),
        (
            "Prices last fell in the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "1994-WI")],
        ),
        # a part of the day of publication is that day
        ("The probe lifted off this morning.", [("this morning", "2021-11-03")]),
        # a range of days in a month, its year from the words after it
        (
            "It meets from 12 to 21 June next year.",
            [
                ("12 to 21 June", "2022-06-12"),
                ("12 to 21 June", "2022-06-21"),
                ("next year", "2022"),
            ],
        ),
        # "today" set against the past is nowadays, no date
        (
            "Ten years ago few had one. Today several have done it.",
            [("Ten years ago", "2011")],
        ),
        ("Today the agency signed it.", [("Today", "2021-11-03")]),
        # but a deed in the present perfect is done today
        ("Today the country has written a page of history.", [("Today", "2021-11-03")]),
        # a count of years ago in words; the very day so long ago
        ("Thirteen years ago they signed.", [("Thirteen years ago", "2008")]),
        (
            "Twenty years ago today, the probe lifted off.",
            [("Twenty years ago today", "2001-11-03")],
        ),
        # a season of a year told relative to the publication
        (
            "It ships by the spring of next year.",
            [("the spring of next year", "2022-SP")],
        ),
    ],
)
def test_relative_expressions(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The centre opened in 2015. The following year it hosted a school.",
            [("2015", "2015"), ("The following year", "2016")],
        ),
        (
            "The probe was launched in 2011. That year also saw a failure.",
            [("2011", "2011"), ("That year", "2011")],
        ),
        (
            "Talks opened in March 2019. The following month they were signed.",
            [("March 2019", "2019-03"), ("The following month", "2019-04")],
        ),
        (
            "Third-quarter orders rose from the corresponding period last year.",
            [
                ("Third-quarter", "2021-Q3"),
                ("the corresponding period last year", "2020-Q3"),
            ],
        ),
        ("The rover landed 10 days ago.", [("10 days ago", "2021-10-24")]),
        # the day before the last day told
        (
            "It opened on 16 August 2010. The previous day, the board met.",
            [("16 August 2010", "2010-08-16"), ("The previous day", "2010-08-15")],
        ),
        (
            "It opened on 16 August 2010; the board had met the day before.",
            [("16 August 2010", "2010-08-16"), ("the day before", "2010-08-15")],
        ),
        (
            "It opened on 16 August 2010. The day before the opening, it rained.",
            [("16 August 2010", "2010-08-16")],
        ),
        # a step back is no anchor for the day after; the day itself told
        (
            "It opened on 16 August 2010. The previous day, the board met. The "
            "council met the following day.",
            [
                ("16 August 2010", "2010-08-16"),
                ("The previous day", "2010-08-15"),
                ("the following day", "2010-08-17"),
            ],
        ),
        (
            "It was signed on 18 September 2021. The day before, on 17 "
            "September, delegations met.",
            [("18 September 2021", "2021-09-18"), ("17 September", "2021-09-17")],
        ),
        # counted ahead from the text's day
        ("The data come two weeks from now.", [("two weeks from now", "2021-11-17")]),
        ("It flies three months from today.", [("three months from today", "2022-02")]),
        # a month and day written in Japanese or Chinese, without their year;
        # an era's year with its month
        ("The team met on 6月20日 in Toulouse.", [("6月20日", "2021-06-20")]),
        ("The call opens 令和6年11月.", [("令和6年11月", "2024-11")]),
        ("The review was held in May and may be repeated.", [("May", "2021-05")]),
        ("Data matter in today's world.", []),
        ("Crowds joined the March for Life in Washington.", []),
        ("The board meets today.", [("today", "2021-11-03")]),
        ("The probe launches tonight.", [("tonight", "2021-11-03")]),
        ("The post-1991 space budget shrank.", [("post-1991", "1991")]),
        ("The current fiscal year ends soon.", [("The current fiscal year", "2021")]),
        ("Sales fell in the latest period.", [("the latest period", "2021-Q3")]),
        # a part of the day told before, a season after the date told
        (
            "The probe arrived on 6 August 2021. Images were shown the same afternoon.",
            [("6 August 2021", "2021-08-06"), ("the same afternoon", "2021-08-06")],
        ),
        (
            "The deal was signed in March 2014. The following summer, they met.",
            [("March 2014", "2014-03"), ("The following summer", "2014-SU")],
        ),
        (
            "It was signed in July 2014. The following summer it flew.",
            [("July 2014", "2014-07"), ("The following summer", "2015-SU")],
        ),
        # "spring" and "fall" with "the" after a preposition, not as a noun
        (
            "A workshop will take place in the spring in Ahmedabad.",
            [("the spring", "2022-SP")],
        ),
        ("Water rose in the spring of the hill. The fall of prices.", []),
        # a day of the month before a bracket
        ("The letter was signed on the 2nd (local time).", [("the 2nd", "2021-11-02")]),
    ],
)
def test_anaphoric_and_signalled_expressions(text, expected):
    assert _values(text) == expected


def test_the_past_year_is_the_year_holding_most_of_the_last_twelve_months():
    text = "Growth over the past year was slow."
    assert _values(text, dt.date(2021, 3, 2)) == [("the past year", "2020")]
    assert _values(text, dt.date(2021, 12, 31)) == [("the past year", "2021")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agreement was signed on Friday.", "2021-10-29"),  # told in the past
        ("The ministers will meet on Friday.", "2021-11-05"),  # to come
        ("Talks resume Tuesday in Geneva.", "2021-11-02"),  # nearest: the day before
        ("The launch is scheduled for Dec. 14.", "2021-12-14"),
        ("The probe was launched on Dec. 14.", "2020-12-14"),  # nearest in the past
        ("The agencies will sign it on Jan. 10.", "2022-01-10"),  # ahead
        ("The review ended in February.", "2021-02"),
    ],
)
def test_year_and_week_of_unanchored_dates(text, value):
    assert [v for _, v in _values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        (
            "The talks resumed in January nineteen ninety-seven.",
            [("January nineteen ninety-seven", "1997-01")],
        ),
        ("Plans run to the year two thousand.", [("the year two thousand", "2000")]),
        ("Two thousand people watched the launch.", []),
        ("They bought nineteen twenty-five hundred parts.", []),
        (
            "The crew dined together on Thanksgiving Day.",
            [("Thanksgiving Day", "2021-11-25")],
        ),
        ("Results come before Christmas Eve.", [("Christmas Eve", "2021-12-24")]),
        # a holiday of the year just told, or of a year told from the reference
        (
            "It reached Saturn in July 2004 and released the probe on Christmas "
            "Day that year.",
            [("July 2004", "2004-07"), ("Christmas Day that year", "2004-12-25")],
        ),
        (
            "It was launched on World Meteorological Day last year.",
            [("World Meteorological Day last year", "2020-03-23")],
        ),
    ],
)
def test_spoken_years_and_holidays(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "AGENCY | News\n\nMarch 3, 2022 (CET)\nLunar Research Agency\n\nBody.",
            "2022-03-03",
        ),
        (
            "Call for Applications\nSecond School on Lunar Dust\nDaejeon, Korea, 7-18 "
            "July 2025\n\nPosted on: 2025-01-20\n\nThe school opens in July.",
            "2025-01-20",
        ),
        ("SEOUL, May 4 (Yonhap) -- The agency said in 2021 ...", "2021-05-04"),
        # a page's counters after the date; an e-mail's date header
        (
            "Space Science\n\n08/01/2025    2450 views    31 likes\n\nThe probe "
            "flew past Mercury on 20 October 2018 ...",
            "2025-01-08",
        ),
        (
            "From: Lunar Agency <news@lra.org>\nDate: Tue, 17 Dec 2024 16:05:12 "
            "+0100\nSubject: Digest\n\nIn March 2023 ...",
            "2024-12-17",
        ),
        # the labels of pages in other languages
        (
            "Notícias\n\nPublicado em 26/03/2025 16h40    Atualizado em "
            "27/03/2025 09h12\n\nThe meeting of 17 March 2024 ...",
            "2025-03-26",
        ),
        (
            "Actualités\n\nPublié le 12.05.2024, 10:30\n\nLe 3 mai 2021 ...",
            "2024-05-12",
        ),
        # an item of a byline wins over a dateline without its year
        (
            "Newswire | 2023-06-15 14:22:31 | Editor: Kim\n\nSEOUL, June 15 -- "
            "The accord of 2019 was renewed.",
            "2023-06-15",
        ),
        # a time and its zone before, an update after
        (
            "Science\n\n14:35 GMT 28.11.2023 (Updated: 16:02 GMT 28.11.2023)\n\n"
            "The agency said ...",
            "2023-11-28",
        ),
        # items set apart by spaced dashes or bullets
        (
            "WIRE NEWS - Mar 12, 2025 - 19:42 | Science, World\n\nThe two met on "
            "Wednesday.",
            "2025-03-12",
        ),
        ("By Staff • 4 June 2024 • 3 min read\n\nThe agency said ...", "2024-06-04"),
        # a time, a weekday or a dash between the label and the date
        ("Updated 21:15, 24-Apr-2024\nBy Staff\n\nThe agency said ...", "2024-04-24"),
        (
            "NEWS\n\nPublished - October 09, 2025 09:12 pm IST\n\nThe agency said ...",
            "2025-10-09",
        ),
        (
            "By Staff, Writer\nMon 14 Jul 2025 10.04 SAST\n\nThe agency said ...",
            "2025-07-14",
        ),
        # a numeric date alone on its line, in the order the text writes dates
        ("12/04/2024\n\nThe two met on Thursday, 11 April.", "2024-04-12"),
        ("(Newswire) 09:20, March 07, 2024\n\nThe agency said ...", "2024-03-07"),
        ("04/12/2024\n\nThe two met on Thursday, April 11.", "2024-04-12"),
        # an update time with its zone before the weekday
        (
            "Sci-Tech\n\n Updated at 08:40(Beijing Time) Monday, June 7, 2004\n\n"
            "HAIKOU, June 6 (Xinhua) -- The agency said ...",
            "2004-06-07",
        ),
        # the page's tools after the date, set apart
        (
            "Newsroom\n\nMay 3, 2011          Email | Print | Text Size: A A A\n\n"
            "The probe flew in June 2009 ...",
            "2011-05-03",
        ),
        # a short label, a wide gap and the date closing the line
        (
            "Home >> Sci-Tech\n\nwww.newsview.cn   2003-12-30 10:21:47\n\nXICHANG, "
            "Dec. 30 (Xinhua) -- The second probe flies in 2004.",
            "2003-12-30",
        ),
        (
            "Press Release                          Feb 25, 2013\n\nThe agency "
            "said it would fly again in 2014.",
            "2013-02-25",
        ),
        # an update in small letters after the time and zone
        (
            "Science\n\n14:37 GMT 07.04.2021 (updated: 16:02 GMT 07.04.2021)\n\n"
            "The agency said ...",
            "2021-04-07",
        ),
        # a byline's date in the page's own language
        (
            "DLR Portal > News\n\nNews  |  13. Juli 2019\n\nThe probe flew in 2019.",
            "2019-07-13",
        ),
        ("Actualités\n\nPublié le 12 juillet 2024\n\nLe 3 mai 2021 ...", "2024-07-12"),
        # a press release's release line
        (
            "NASA News\nWashington, DC 20546\n\nFor Release: January 29, 1998\n\n"
            "RELEASE: 98-17\n\nThe accord of 1993 was renewed.",
            "1998-01-29",
        ),
        # a byline item's date with its time and zone after a comma
        (
            "Science\n\nAsha Rao | TNN | Oct 1, 2014, 04.12 AM IST\n\nBANGALORE: "
            "The two agencies signed the accord on Tuesday; launch around 2020.",
            "2014-10-01",
        ),
        # a wire bulletin's date with a two-digit year, far right on its line
        (
            "NEWS AGENCY\nDaily Bulletin  |  Science            16.11.96\n\n"
            "MOSCOW. Nov 16 -- The probe is due at Mars in September 1997.",
            "1996-11-16",
        ),
        ("Bulletin | Science        31.02.96\n\nThe agency said ...", None),
        # an indented press-release dateline
        (
            "Press Release\n   No 12-97\n   Rome, 4 March 1997\n\nThe agency said ...",
            "1997-03-04",
        ),
        # a site, a wide gap, the date and time, then the page's tools
        (
            "Sci-Tech\n\nnews.site.cn   2011-11-10 17:42:06        [Comment]   "
            "[Print]\n\nBEIJING, Nov. 9 (Newswire) -- It went.",
            "2011-11-10",
        ),
        # the date first on its line, then the byline's next label
        (
            "News\n\nJan 09, 2024      Source: Lunar Observatory      Text Size: "
            "A A A\n\nThe probe was launched on Tuesday.",
            "2024-01-09",
        ),
        # a site, two spaces, the date and time
        (
            "Sci-Tech\n\n www.newsview.cn  2005-09-21 20:14:37\n\n     BEIJING, "
            "Sept. 21 (Newswire) -- The probe, launched in 2004, saw it.",
            "2005-09-21",
        ),
        # a site, a wide gap, the date and time, then the byline's next label
        (
            "Sci-Tech\n\nnews.site.cn   2012-06-18 20:41:07        Editor: Yang\n\n"
            "BEIJING, June 18 (Newswire) -- It docked 49 years after June 16, 1963.",
            "2012-06-18",
        ),
        # a dateline's year from the text, not from a time ("2016 GMT")
        (
            "Sci-Tech\n\nBEIJING, Nov. 10 (Newswire) -- It lifted off early "
            "Wednesday (2016 GMT Tuesday), a year after its 2010 delay.",
            "2010-11-10",
        ),
    ],
)
def test_publication_date_from_the_head_of_the_text(text, published):
    from pipeline.dates.published import find_publication_date

    found = find_publication_date(text)
    assert (found.value.isoformat() if found else None) == published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season without its year: the nearest one, as the tense points
        (
            "Demand stayed weak well into the summer.",
            [("the summer", "2021-SU")],
        ),
        ("Work starts in the early winter.", [("the early winter", "2021-WI")]),
        # a season word naming a thing, a recurrence, a verb: no date
        ("The summer school admitted forty students.", []),
        ("Storms come every the summer and in summer.", []),
        ("The fall of the old wall was sudden.", []),
        # decades: with their edge, and spoken
        ("Costs rose in the mid-1990s.", [("the mid-1990s", "199X")]),
        ("It was built in the late 1970s.", [("the late 1970s", "197X")]),
        ("Prices were high in the nineties.", [("the nineties", "199X")]),
        ("Rules eased in the '80s.", [("the '80s", "198X")]),
        ("Temperatures were in the 80s.", []),
        # the end of the year and its edges
        (
            "The line should open by the end of the year.",
            [("the end of the year", "2021")],
        ),
        ("Stocks are low at year's end.", [("year's end", "2021")]),
        (
            "Rains delayed planting earlier in the year.",
            [("earlier in the year", "2021")],
        ),
        ("Output grew earlier this year.", [("earlier this year", "2021")]),
        ("Work ends by the end of this year.", [("the end of this year", "2021")]),
        (
            "Sales fell in the second quarter of last year.",
            [("the second quarter of last year", "2020-Q2")],
        ),
        # the reference's century, or the one before
        ("The largest project of this century.", [("this century", "20XX")]),
        ("Since the last century, it has grown.", [("the last century", "19XX")]),
        # a title, or a generic tomorrow: no date
        ('He said on ABC\'s "This Week" that talks go on.', []),
        ("This is Space News Today.", []),
        ("They train the engineers of tomorrow.", []),
        ("As of today, ten states have signed.", [("today", "2021-11-03")]),
        ('He said "yes." Today we fly.', [("Today", "2021-11-03")]),
        # at the start of a line, after a date line or a heading
        ("News\n\nYesterday the probe woke up.", [("Yesterday", "2021-11-02")]),
    ],
)
def test_seasons_decades_year_ends_and_titles(text, expected):
    assert _values(text) == expected


def test_spoken_decade_is_the_nearest_begun_or_coming_one():
    assert _values("the sixties", dt.date(2026, 1, 1)) == [("the sixties", "196X")]
    assert _values("the twenties", dt.date(2026, 1, 1)) == [("the twenties", "202X")]
    assert _values("the nineties", dt.date(1989, 5, 1)) == [("the nineties", "199X")]


def test_a_past_year_end_told_in_january_is_last_years():
    text = "Stocks were cut by the end of the year."
    assert _values(text, dt.date(2022, 1, 20)) == [("the end of the year", "2021")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the week that holds a day
        (
            "A hearing is set for the week of Jan. 10.",
            [("the week of Jan. 10", "2022-W02")],
        ),
        (
            "They meet the week of 7 March 2022.",
            [("the week of 7 March 2022", "2022-W10")],
        ),
        # the day before or after a day: its neighbour
        (
            "He flew in the day before last Monday's talks.",
            [("the day before last Monday", "2021-10-31")],
        ),
        (
            "The launch slips to the day after tomorrow.",
            [("the day after tomorrow", "2021-11-05")],
        ),
        (
            "The crew rested the day after Christmas Day, 2020.",
            [("the day after Christmas Day, 2020", "2020-12-26")],
        ),
        # "the day before" with no day after it is not a date
        ("They had met the day before.", []),
    ],
)
def test_week_of_and_day_before_or_after(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum met on 24 and 25 April 2019.", ["2019-04-24", "2019-04-25"]),
        ("The forum met on April 24 & 25, 2019.", ["2019-04-24", "2019-04-25"]),
        ("The forum meets on 8 and 9 December.", ["2021-12-08", "2021-12-09"]),
        ("The school runs 6-10 December.", ["2021-12-06", "2021-12-10"]),
        # a count after the second number: not a day
        ("On Nov. 2 and 3 people were hurt.", ["2021-11-02"]),
    ],
)
def test_two_days_of_one_month(text, expected):
    assert [value for _, value in _values(text)] == expected


def test_the_middle_of_a_year_or_month_keeps_its_precision():
    assert _values("It should fly by the middle of 2023.") == [
        ("the middle of 2023", "2023")
    ]
    assert _values("They meet in the middle of March 2022.") == [
        ("the middle of March 2022", "2022-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It flew on a Long March 2C rocket.",
        "It was launched by a Long March 5 heavy-lift rocket.",
        "The results were shown at COSPAR 2022 in Athens.",
        "The Horizon 2020 programme funded the camera.",
        "The council adopted its Development Plan 2021-2030 at the session.",
        "It was shown at the Lunar Exploration Conference (LEXC 2021) in Rome.",
    ],
)
def test_a_month_or_year_after_a_capitalised_word_is_part_of_a_name(text):
    assert _values(text) == []


def test_after_a_possessive_or_a_sentence_start_it_is_a_date():
    found = _values(
        "NASA's 2022 budget grew. Around 2024 it flies. China's March launch."
    )
    assert [text for text, _ in found] == ["2022", "2024", "March"]


def test_a_month_after_a_preposition_or_an_edge_is_a_date():
    found = _values("In March the agency met. Since August it has flown.")
    assert [text for text, _ in found] == ["March", "August"]


def test_a_full_stop_after_a_full_month_name_ends_the_sentence():
    assert _values("The school runs 6-10 December.")[0][0] == "6-10 December"
    assert _values("It met on Dec. 6.")[0][0] == "Dec. 6"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Filed 25/12/2020.", "2020-12-25"),
        ("Filed 12/25/2020.", "2020-12-25"),
        ("Filed 03.04.2021.", "2021-04-03"),
        ("Last updated on: 27-11-2024", "2024-11-27"),
    ],
)
def test_numeric_dates_with_an_unambiguous_or_dotted_order(text, value):
    assert _values(text)[0][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2021 a delegation arrived. Later that day, the guests signed.",
            [("3 May 2021", "2021-05-03"), ("Later that day", "2021-05-03")],
        ),
        (
            "It launched on 3 May 2021 and docked the next day.",
            [("3 May 2021", "2021-05-03"), ("the next day", "2021-05-04")],
        ),
        (
            "The crew docked on 3 May 2021 and opened the hatch the next morning.",
            [("3 May 2021", "2021-05-03"), ("the next morning", "2021-05-04")],
        ),
        # a weekday within the days of an event told just before is that day
        (
            "From 1 to 5 November 2021, the conference took place in Lima. The "
            "opening session was on Monday, the posters on Wednesday.",
            [
                ("1 to 5 November 2021", "2021-11-01"),
                ("1 to 5 November 2021", "2021-11-05"),
                ("Monday", "2021-11-01"),
                ("Wednesday", "2021-11-03"),
            ],
        ),
        # ... but the day of a saying is the news's
        (
            "A workshop was held in Lima from 18 to 22 October 2021, organizers "
            "said Tuesday.",
            [
                ("18 to 22 October 2021", "2021-10-18"),
                ("18 to 22 October 2021", "2021-10-22"),
                ("Tuesday", "2021-11-02"),
            ],
        ),
        # a quote's "Today's launch" is the day's
        (
            '"Today\'s launch crowns five years of work," he said.',
            [("Today", "2021-11-03")],
        ),
        ("Facts and figures: Long March rocket family", []),
        # "that day" is no end of a range told since; "the next day" after a
        # range is the day after it
        (
            "On 23 March 2021, during the visit (21-24 March 2021), they signed; "
            "ten deals were made that day. They met 1-3 April. The next day they "
            "left.",
            [
                ("23 March 2021", "2021-03-23"),
                ("21-24 March 2021", "2021-03-21"),
                ("21-24 March 2021", "2021-03-24"),
                ("that day", "2021-03-23"),
                ("1-3 April", "2021-04-01"),
                ("1-3 April", "2021-04-03"),
                ("The next day", "2021-04-04"),
            ],
        ),
        # a day told by its neighbour is a day to count from
        (
            "The day before 4 May 2021 the crew rested. The next day they docked.",
            [
                ("The day before 4 May 2021", "2021-05-03"),
                ("The next day", "2021-05-04"),
            ],
        ),
        # the last day told, paragraphs back
        (
            "The delegation arrived on 9 April 2021.\n\nIts satellite flew in "
            "2018 and 2019.\n\nOn the following day, it went to Shanghai.",
            [
                ("9 April 2021", "2021-04-09"),
                ("2018", "2018"),
                ("2019", "2019"),
                ("the following day", "2021-04-10"),
            ],
        ),
        (
            "It launched in August 2022 and has orbited since December of that year.",
            [("August 2022", "2022-08"), ("December of that year", "2022-12")],
        ),
        (
            "They signed in March 2021 and met in June that year.",
            [("March 2021", "2021-03"), ("June that year", "2021-06")],
        ),
        (
            "The accords were set up in 2020; the first states signed on Oct. 13 "
            "of that year and landed on 3 May of the following year.",
            [
                ("2020", "2020"),
                ("Oct. 13 of that year", "2020-10-13"),
                ("3 May of the following year", "2021-05-03"),
            ],
        ),
        # months listed after a dated expression take its year; a part of a
        # month of a year told relative to the publication
        (
            "It touched down twice last year, in February and July.",
            [("last year", "2020"), ("February", "2020-02"), ("July", "2020-07")],
        ),
        (
            "Parts must arrive by mid-May next year.",
            [("mid-May next year", "2022-05")],
        ),
        # the space calendar's days
        (
            "They met on Cosmonautics Day and again on China Space Day 2019.",
            [
                ("Cosmonautics Day", "2021-04-12"),
                ("China Space Day 2019", "2019-04-24"),
            ],
        ),
        ("The deal was signed on Bastille Day.", [("Bastille Day", "2021-07-14")]),
        # after a colon, the days of the time told before it (not of a year
        # in a quoted title)
        (
            "The first crews swapped seats in autumn 2019: one flew on "
            "September 25, the other in October.",
            [
                ("autumn 2019", "2019-FA"),
                ("September 25", "2019-09-25"),
                ("October", "2019-10"),
            ],
        ),
        (
            'A talk, "Mars 2035: A Crewed Flight" (6 October), drew a crowd.',
            [("2035", "2035"), ("6 October", "2021-10-06")],
        ),
        # a count from the date just told, as precise as that date
        (
            "Poland joined in 2012, and its agency was set up two years later.",
            [("2012", "2012"), ("two years later", "2014")],
        ),
        (
            "It landed on 3 January 2004. Three weeks later it fell silent.",
            [("3 January 2004", "2004-01-03"), ("Three weeks later", "2004-01-24")],
        ),
        (
            "It flew in March 2010; five months earlier the deal was signed.",
            [("March 2010", "2010-03"), ("five months earlier", "2009-10")],
        ),
        (
            "It landed on 29 February 2008, and a year later it died.",
            [("29 February 2008", "2008-02-29"), ("a year later", "2009-02-28")],
        ),
        # numeric dates: the text's other numeric dates show its order
        (
            "Related: a launch in May (22/04/2013); a talk (05/03/2013).",
            [
                ("May", "2021-05"),
                ("22/04/2013", "2013-04-22"),
                ("05/03/2013", "2013-03-05"),
            ],
        ),
        # a count finer than the date told, or a comparison: no date
        ("It flew in 2010. Three months later it died.", [("2010", "2010")]),
        (
            "It flew on 2 May 2010, one day later than planned.",
            [("2 May 2010", "2010-05-02")],
        ),
        # a day of the story, not of its background
        (
            "The delegation arrived on 9 April 2021. The probe was launched on 2 "
            "February 2018.\n\nOn the following day, it went to Shanghai.",
            [
                ("9 April 2021", "2021-04-09"),
                ("2 February 2018", "2018-02-02"),
                ("the following day", "2021-04-10"),
            ],
        ),
        # but the day the sentence right before tells, however far back
        (
            "The mission dates to a congress that opened on Sept. 29, 2014. The "
            "following day, the two heads signed the agreement.",
            [("Sept. 29, 2014", "2014-09-29"), ("The following day", "2014-09-30")],
        ),
        # a range of months: one date per end
        (
            "Training runs January-March 2024 and from May to July 2025.",
            [
                ("January-March 2024", "2024-01"),
                ("January-March 2024", "2024-03"),
                ("May to July 2025", "2025-05"),
                ("May to July 2025", "2025-07"),
            ],
        ),
        # a week of a month, a decade from the reference
        (
            "A school will be held in the first week of December 2021.",
            [("the first week of December 2021", "2021-W48")],
        ),
        ("Plans for the next decade were set.", [("the next decade", "203X")]),
        # a time of day and an asteroid's designation are no years
        ("It lifted off at 1801 hrs IST toward 1999 JU3 in 2018.", [("2018", "2018")]),
        # a weekday with its day of the month in brackets
        (
            "It opened on Tuesday (19) and closed on Friday (22).",
            [("Tuesday (19)", "2021-10-19"), ("Friday (22)", "2021-10-22")],
        ),
        (
            "It flew on 14 January this year and on March 3 last year.",
            [
                ("14 January this year", "2021-01-14"),
                ("March 3 last year", "2020-03-03"),
            ],
        ),
        (
            "Crews will land by the end of the decade. The decade after the war "
            "was calm.",
            [("the end of the decade", "202X")],
        ),
        # counted from an event, not a date
        ("Teams shared results more than a year before launch.", []),
        # no day told before: a date without a value
        (
            "In 2015 it was founded; that same day it met.",
            [("2015", "2015"), ("that same day", None)],
        ),
        # a day of the event whose days were told
        (
            "It ran on 10-13 March 2022. On the second day, teams met. The "
            "following day they toured. On the last day, it closed.",
            [
                ("10-13 March 2022", "2022-03-10"),
                ("10-13 March 2022", "2022-03-13"),
                ("the second day", "2022-03-11"),
                ("The following day", "2022-03-12"),
                ("the last day", "2022-03-13"),
            ],
        ),
        (
            "The school opened on 3 May 2021. On the opening day two talks were given.",
            [("3 May 2021", "2021-05-03"), ("the opening day", "2021-05-03")],
        ),
        # no event days told, or a day of something else: no date
        ("On the second day, teams met.", []),
        (
            "It ran on 10-13 March 2022. On his first day in office he spoke.",
            [("10-13 March 2022", "2022-03-10"), ("10-13 March 2022", "2022-03-13")],
        ),
    ],
)
def test_that_day_and_the_next_day_are_the_day_just_told(text, expected):
    assert _values(text) == expected


def test_next_autumn_told_in_spring_is_this_years():
    spring = dt.date(2014, 3, 26)
    assert _values("A review follows next autumn.", spring) == [
        ("next autumn", "2014-FA")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will land in May or June next year.", ["2022-05", "2022-06"]),
        ("They met in May and June last year.", ["2020-05", "2020-06"]),
    ],
)
def test_a_month_takes_the_year_told_after_the_month_joined_to_it(text, expected):
    from pipeline.dates.finder import find_dates

    ref = dt.date(2021, 7, 23)
    assert [d.value for d in find_dates(text, reference=ref)] == expected


def test_a_day_takes_the_year_told_after_the_day_joined_to_it():
    from pipeline.dates.finder import find_dates

    text = "They were launched on July 16 and Aug. 9, 2000."
    found = find_dates(text, reference=dt.date(2005, 9, 21))
    assert [d.value for d in found] == ["2000-07-16", "2000-08-09"]


def test_a_schedule_list_reads_each_item_on_its_own(nlp, extract):
    # each item of a list is a clause of its own: the past tense of the first
    # does not make the later months last year's
    text = (
        "Launch campaign schedule\n\n"
        "- April 2021: The modules arrived in Kourou (completed)\n"
        "- May to August: Functional tests of each module\n"
        "- October 10: Launch rehearsal\n"
    )
    doc = nlp(text)
    items = [s.text.strip() for s in doc.sents if s.text.strip().startswith("-")]
    assert len(items) == 3
    found = {(d.text, d.value) for d in extract(text, dt.date(2021, 7, 6)).dates}
    assert {
        ("May", "2021-05"),
        ("August", "2021-08"),
        ("October 10", "2021-10-10"),
    } <= (found)


def test_an_undated_text_is_told_on_the_latest_day_it_gives(extract):
    """No publication date: "Monday" and "in June" count from the latest day
    the text writes with its year (an event recap's own dates)."""
    doc = extract(
        "Event recap\nDates: March 3-7, 2025\n\n"
        "The director opened the school on Monday. On Thursday the students "
        "visited the ground station. The next school is planned for June."
    )
    values = {d.text: d.value for d in doc.dates}
    assert doc.document.published is None
    assert values["Monday"] == "2025-03-03"
    assert values["Thursday"] == "2025-03-06"
    assert values["June"] == "2025-06"


def test_an_undated_text_is_not_told_on_a_day_it_announces(extract):
    """A day the text tells in the future is not the day it is told on: the
    meeting it reports is."""
    doc = extract(
        "At its meeting in Oslo on 26-27 November 2024, the council elected a "
        "chair. On Monday, a delegation visited the radar. The council will "
        "meet next in May next year.\n\nThe school will be held in Tromsø on "
        "18-29 August 2025."
    )
    values = {d.text: d.value for d in doc.dates}
    assert values["May next year"] == "2025-05"
    assert values["Monday"] == "2024-11-25"


def test_the_previous_day_is_before_the_story_s_day_not_its_background():
    text = (
        "They signed on 10 November 2023. The centre opened on 21 May 2023. "
        "The previous day, the delegation toured the labs."
    )
    assert _values(text, dt.date(2023, 11, 10))[-1] == (
        "The previous day",
        "2023-11-09",
    )


def test_an_undated_text_is_told_on_the_days_its_head_gives(extract):
    """No publication date: the days the page's head gives ("Bern, 21-22
    March 2023" above the story) date its weekdays, not a day the story looks
    years ahead to."""
    doc = extract(
        "Forum report\nBern, Switzerland, 21-22 March 2023\n\n"
        "On Tuesday the forum reviewed the impact results and the follow-up "
        "campaign of the telescopes that observed the moonlet, and the teams "
        "compared the models of the crater and the ejecta that they had built.\n\n"
        "The last session looked ahead to the close approach of the asteroid "
        "on 13 April 2029, a rare chance for joint observations."
    )
    values = {d.text: d.value for d in doc.dates}
    assert values["Tuesday"] == "2023-03-21"
