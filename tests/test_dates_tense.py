"""Year-less dates and weekdays point back or ahead by the verb that governs
them, read from the tagger (sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates.finder import find_dates
from pipeline.dates.tense import Token, read_tense, tense_reader

REF = dt.date(2022, 6, 15)  # a Wednesday


def _value(nlp, text: str, date_text: str) -> str | None:
    doc = nlp(text)
    found = find_dates(text, reference=REF, tense=tense_reader(doc))
    values = [d.value for d in found if d.text == date_text]
    assert values, f"{date_text!r} not found in {[d.text for d in found]}"
    return values[0]


@pytest.mark.parametrize(
    ("text", "date_text", "value"),
    [
        # a past verb before or after the date: the last such day
        (
            "The agency said Thursday that the probe was healthy.",
            "Thursday",
            "2022-06-09",
        ),
        ("On Friday, the two directors signed the agreement.", "Friday", "2022-06-10"),
        ("The delegation met Monday with the minister.", "Monday", "2022-06-13"),
        # a future or timetable verb: the coming one
        ("The two sides will meet again on Friday in Paris.", "Friday", "2022-06-17"),
        # a plan told in the past perfect was for a day now past
        (
            "The launch had been scheduled for Friday but was put off.",
            "Friday",
            "2022-06-10",
        ),
        ("The team planned to leave Nairobi on Monday.", "Monday", "2022-06-20"),
        # a reduced clause of what is planned
        (
            "Results go to the annual conference, to be held in Oslo on 3 May.",
            "3 May",
            "2023-05-03",
        ),
        # a hard-wrapped line inside the verb group, or after a comma
        ("The envoy is\nto hold talks in Rome on Friday.", "Friday", "2022-06-17"),
        (
            "A probe landed. On 3 March,\nthe agencies signed a joint statement.",
            "3 March",
            "2022-03-03",
        ),
        (
            "The lander, due to lift off from the base in March, is ready.",
            "March",
            "2023-03",
        ),
        (
            "The directors meet separately Tuesday with the envoy.",
            "Tuesday",
            "2022-06-21",
        ),
        ("The offer stands until Saturday, officials said.", "Saturday", "2022-06-18"),
        (
            "The ministry extended the deadline until Friday.",
            "Friday",
            "2022-06-17",
        ),
        # "until" in the past perfect looks back, and after a simple past
        (
            "Until Monday, the agency had not named a contractor.",
            "Monday",
            "2022-06-13",
        ),
        (
            "The old probe was launched in 2011 and worked until January.",
            "January",
            "2022-01",
        ),
        ("The station will stay open until January.", "January", "2023-01"),
        # a weekday written with its day and month picks the year
        (
            "The prize was announced on Thursday, 2 December, at a ceremony.",
            "Thursday, 2 December",
            "2021-12-02",
        ),
        # "on the 18th": the day of this month, or the last one's
        ("The agency announced on the 9th that it signed.", "the 9th", "2022-06-09"),
        ("The agency announced on the 20th that it signed.", "the 20th", "2022-05-20"),
        ("The two will meet on the 20th in Seoul.", "the 20th", "2022-06-20"),
        ("Talks were set to resume Monday in Vienna.", "Monday", "2022-06-20"),
        # a plan's participle describing a noun: the clause's own verb says
        (
            "The next attempt, set for Friday, was called off before lift-off.",
            "Friday",
            "2022-06-10",
        ),
        ("A summit set for Friday will be held in Rome.", "Friday", "2022-06-17"),
        # "last" and "next" say it themselves
        (
            "The council approved the budget last Wednesday.",
            "last Wednesday",
            "2022-06-08",
        ),
        ("The panel convenes next Wednesday.", "next Wednesday", "2022-06-22"),
        # a possessive weekday is looked back on, whatever the verb
        ("Officials will review Monday's test firing.", "Monday", "2022-06-13"),
        # a participle with "by" only modifies: the verb before it decides
        (
            "Engineers will attend a course organized by the agency from March.",
            "March",
            "2023-03",
        ),
        # but a deed done once is done, whatever the clause tells of
        (
            "Under a deal signed by the two agencies in March, engineers will "
            "train abroad.",
            "March",
            "2022-03",
        ),
        # a plan told as past: "originally scheduled for"
        (
            "The launch, originally scheduled for Tuesday, was put off by a day.",
            "Tuesday",
            "2022-06-14",
        ),
        # the verb after the date, through "to": "is to land" lies ahead
        (
            "On February 19, the lander is to land on the plain.",
            "February 19",
            "2023-02-19",
        ),
        # a caption tells what its picture shows, done
        (
            "PHOTO: A rocket carrying the probe lifts off on Saturday.",
            "Saturday",
            "2022-06-11",
        ),
        (
            "[Photo] A rocket carrying the probe lifts off on Saturday.",
            "Saturday",
            "2022-06-11",
        ),
        (
            "A rocket carrying the probe lifts off on Saturday. [Photo/Newswire]",
            "Saturday",
            "2022-06-11",
        ),
        # a participle after a possessive describes a noun: no verb of its own
        (
            "The agencies outlined a timeline for their planned station on Wednesday.",
            "Wednesday",
            "2022-06-15",
        ),
    ],
)
def test_weekday_follows_the_tense(nlp, text, date_text, value):
    assert _value(nlp, text, date_text) == value


@pytest.mark.parametrize(
    ("text", "date_text", "value"),
    [
        # a month more than a month away: the tense picks the year
        ("The satellite was launched in December.", "December", "2021-12"),
        ("The satellite will be launched in December.", "December", "2022-12"),
        ("The summit, set for April, is expected to be short.", "April", "2023-04"),
        ("A symposium is to be held in Beijing in October.", "October", "2022-10"),
        ("The agency plans to launch the orbiter in March.", "March", "2023-03"),
        (
            "Inspectors had been allowed to work there since Jan. 13.",
            "Jan. 13",
            "2022-01-13",
        ),
        (
            "The dividend is payable Jan. 2 to holders of record.",
            "Jan. 2",
            "2023-01-02",
        ),
        ("In February, the institute bought a new antenna.", "February", "2022-02"),
        # an infinitive apart from its verb tells of a later time
        (
            "The committee summoned the director to testify on July 20.",
            "July 20",
            "2022-07-20",
        ),
        # a past infinitive's governing verb is what counts
        (
            "Crowds gathered to mark the anniversary in September.",
            "September",
            "2021-09",
        ),
        # an occasion to come between the past verb and the date
        (
            "The ministers looked ahead to the next round of talks in November.",
            "November",
            "2022-11",
        ),
        ("They discussed the upcoming session in March.", "March", "2023-03"),
        # a step of a story told is no occasion to come
        ("He left the next morning in February.", "February", "2022-02"),
    ],
)
def test_year_less_date_follows_the_tense(nlp, text, date_text, value):
    assert _value(nlp, text, date_text) == value


def test_without_tags_the_words_before_the_date_decide():
    assert [d.value for d in find_dates("It met Friday.", reference=REF)] == [
        "2022-06-10"
    ]
    assert [d.value for d in find_dates("It will meet Friday.", reference=REF)] == [
        "2022-06-17"
    ]


def test_weekday_with_its_date_is_one_date():
    found = find_dates("The school opens on Sunday, 6 July 2025.", reference=REF)
    assert [(d.text, d.value) for d in found] == [("Sunday, 6 July 2025", "2025-07-06")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a quote's "today" in the present is nowadays
        ('"Today we open a new door for our astronauts," he said.', False),
        ('"It is the orbit we are creating today," she said.', False),
        # one that tells what was done or will be done today keeps its day
        ('He said: "Today we signed the agreement."', True),
        ('"We will sign it today," he said.', True),
        ("Today the agency opens its new centre.", True),
    ],
)
def test_quoted_today_in_the_present_is_nowadays(nlp, text, kept):
    found = find_dates(text, reference=REF, tense=tense_reader(nlp(text)))
    assert [d.value for d in found] == (["2022-06-15"] if kept else [])


def test_a_designator_or_a_noun_after_its_is_no_verb():
    words = [
        ("lost", "VBD"),
        ("contact", "NN"),
        (",", ","),
        ("gsat-6a", "VBZ"),  # the tagger's reading of a designator
        (",", ","),
        ("after", "IN"),
        ("its", "PRP$"),
        ("launch", "VB"),  # a noun after "its"
        ("in", "IN"),
        ("march", "NNP"),
    ]
    tokens = [Token(i * 10, w, tag, i == 0) for i, (w, tag) in enumerate(words)]
    assert read_tense(tokens, 9, 10) == "past"


def test_a_perfect_participle_tells_the_past(nlp):
    text = (
        "The probe reached the comet in August, having woken up from its "
        "hibernation on 20 July."
    )
    assert _value(nlp, text, "20 July") == "2021-07-20"


def test_a_month_heading_a_section_is_dated_by_the_section(nlp):
    """A year's review in sections: "MARCH - A LANDING" then what happened."""
    text = (
        "The year in review\n\n"
        "MARCH - A LANDING\n"
        "The lander touched down near the pole.\n\n"
        "NOVEMBER - A SIGNING\n"
        "The two agencies will sign a memorandum in Rome.\n"
    )
    doc = nlp(text)
    reference = dt.date(2022, 12, 20)
    found = find_dates(text, reference=reference, tense=tense_reader(doc))
    assert [(d.text, d.value) for d in found] == [
        ("MARCH", "2022-03"),
        ("NOVEMBER", "2023-11"),
    ]
