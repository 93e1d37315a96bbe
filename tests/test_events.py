"""Event assembly: dates by nearness, names across acronyms, merging."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.components.events import EventRecord, _drop_series, _same_name

PUBLISHED = dt.date(2021, 6, 30)
KSA = "org:korean-space-agency"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2nd LSW Forum", "2nd Lunar Surface Workshop Forum", True),
        ("2nd LSW Forum", "3rd Lunar Surface Workshop Forum", False),
        ("Fifth Space Law Seminar", "fifth space law seminar", True),
        ("Fifth Space Law Seminar", "Fifth Space Policy Seminar", False),
    ],
)
def test_same_name_through_an_acronym_and_ordinal(a, b, same):
    assert _same_name(a, b) is same


def test_series_mention_without_date_is_dropped():
    def event(name, date):
        return EventRecord("conference", name, date, None, evidence=(0, 1))

    kept = _drop_series(
        [event("12th Moon Assembly", "2019"), event("Moon Assembly", None)]
    )
    assert [e.name for e in kept] == ["12th Moon Assembly"]


def _events(doc):
    return [(e.type, e.name, e.date) for e in doc.events]


def test_each_trigger_takes_its_nearest_date(extract):
    doc = extract(
        "The Lunar Dust Explorer received final approval from the Korean Space "
        "Agency in 2019 and is due to be launched in 2024.",
        PUBLISHED,
    )
    assert ("other", None, "2019") in _events(doc)
    assert ("launch", None, "2024") in _events(doc)


def test_two_triggers_of_one_type_with_their_own_dates_are_two_events(extract):
    doc = extract(
        "Cooperation includes the Dust Explorer, launched in October 2018, and the "
        "Ice Mapper, due for launch in May 2024.",
        PUBLISHED,
    )
    assert [e for e in _events(doc) if e[0] == "launch"] == [
        ("launch", None, "2018-10"),
        ("launch", None, "2024-05"),
    ]


def test_each_trigger_takes_the_place_written_after_it(extract):
    doc = extract(
        "Cooperation includes the Dust Explorer, launched in October 2018, and the "
        "Ice Mapper, due for launch in May 2024 from a base in Kourou.",
        PUBLISHED,
    )
    assert [(e.date, e.location) for e in doc.events] == [
        ("2018-10", None),
        ("2024-05", "Kourou"),
    ]


def test_a_repeated_trigger_without_a_date_of_its_own_is_the_same_event(extract):
    doc = extract(
        "The agency signed an agreement with Wuhan University on 4 May 2021; the "
        "agreement covers lunar dust.",
        PUBLISHED,
    )
    assert _events(doc) == [("agreement", None, "2021-05-04")]


def test_undated_sentence_takes_the_paragraph_date(extract):
    doc = extract(
        "The year 2020 was a busy one for the Lunar Research Agency.\n"
        "Three new instruments were approved for study.",
        PUBLISHED,
    )
    assert ("other", None, "2020") in _events(doc)


def test_each_partner_with_its_own_date_is_an_agreement_of_its_own(extract):
    doc = extract(
        "The Lunar Research Agency signed agreements with Peru in 2005 and with "
        "the Andean Space Office in May 2006 to carry the payloads.",
        PUBLISHED,
    )
    dates = {date for kind, _, date in _events(doc) if kind == "agreement"}
    assert dates == {"2005", "2006-05"}


def test_a_trade_fair_is_a_named_event_without_its_town(extract):
    doc = extract(
        "The contract was signed at the Lunar Air Show in Le Bourget on 20 June "
        "2021, and the agency exhibited at the Andean Airshow in May.",
        PUBLISHED,
    )
    named = {name for _, name, _ in _events(doc) if name}
    assert named == {"Lunar Air Show", "Andean Airshow"}


def test_a_number_after_no_does_not_start_a_sentence(extract):
    doc = extract(
        "The Lunar Research Agency launched its probe aboard Lunar Launcher No. "
        "47 from the coast on 3 May 2021.",
        PUBLISHED,
    )
    assert ("launch", None, "2021-05-03") in _events(doc)


def test_a_sentence_told_later_takes_no_paragraph_date(extract):
    doc = extract(
        "The Lunar Research Agency signed an agreement with Peru on 3 May 2021. "
        "The agency later joined the Lunar Dust Programme.",
        PUBLISHED,
    )
    assert _events(doc) == [("agreement", None, "2021-05-03")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the headline names it in full, the body with its ordinal
        (
            "Lunar Research Agency Symposium on Dust Mitigation\n\n"
            "The agency opened the twenty-first Lunar Research Agency Symposium "
            "in Lima on 3 May 2021.",
            (
                "conference",
                "Lunar Research Agency Symposium on Dust Mitigation",
                "2021-05-03",
            ),
        ),
        # the headline names it, the body tells it without the name
        (
            "Lima Workshop on Dust Mitigation for Lunar Landers\n\n"
            "LIMA, 3 May 2021 -- The Lunar Research Agency will hold a workshop "
            "on dust mitigation from 4 to 7 June 2021 in Lima.",
            (
                "workshop",
                "Lima Workshop on Dust Mitigation for Lunar Landers",
                "2021-06-04",
            ),
        ),
        # the headline without the ordinal, the body in full
        (
            "Lima-Quito Dust Science Seminar Opens in Lima\n\n"
            "The 4th Lima-Quito Seminar on Dust Science and Dust Hazards opened "
            "on May 3, 2021 in Lima.",
            (
                "workshop",
                "4th Lima-Quito Seminar on Dust Science and Dust Hazards",
                "2021-05-03",
            ),
        ),
    ],
)
def test_a_headline_name_and_the_body_name_are_one_event(extract, text, event):
    assert _events(extract(text, PUBLISHED)) == [event]


def test_a_headline_and_a_body_name_of_one_edition_are_one_event(extract):
    doc = extract(
        "Third Lima-Quito Dust Science Workshop Held in Lima\n\n"
        "The Third Lima-Quito Joint Workshop on Dust Science was held from May 3 "
        "to 6, 2021 in Lima, Peru. The next workshop will be held in Quito in 2023.",
        PUBLISHED,
    )
    assert _events(doc) == [
        ("workshop", "Third Lima-Quito Joint Workshop on Dust Science", "2021-05-03"),
        ("workshop", None, "2023"),
    ]


def test_an_edition_year_is_part_of_the_event_name(extract):
    doc = extract(
        "Applications are open for the 2022 Lunar Summer School, to be held in "
        "Lima from 4 to 15 July 2022.",
        PUBLISHED,
    )
    assert _events(doc) == [("school", "2022 Lunar Summer School", "2022-07-04")]
    assert [d.text for d in doc.dates] == ["4 to 15 July 2022", "4 to 15 July 2022"]


def test_a_planned_event_does_not_take_the_paragraph_date(extract):
    doc = extract(
        "The Lunar Research Agency launched its third probe in May 2020.\n"
        "They also discussed a laboratory with Wuhan University, to be set up in "
        "Lima.",
        PUBLISHED,
    )
    # (with no date of its own and no name, it is no event to record)
    assert not any(e.type == "establishment" for e in doc.events)


def test_an_event_with_neither_date_nor_name_is_not_recorded(extract):
    doc = extract(
        "The Lunar Research Agency and Wuhan University have signed an agreement "
        "on lunar samples. The agency launched its third probe in May 2020.",
        PUBLISHED,
    )
    assert [(e.type, e.date) for e in doc.events] == [("launch", "2020-05")]


def test_a_planned_event_is_not_merged_into_a_past_one_of_its_type(extract):
    doc = extract(
        "The Lunar Research Agency set up a joint centre with Wuhan University "
        "in 2019. The Korean Space Agency will set up a working group.",
        PUBLISHED,
    )
    past = next(e for e in doc.events if e.type == "establishment" and e.date)
    assert KSA not in past.participants


def test_definite_reference_adds_to_the_event_told_before(extract):
    doc = extract(
        "On 4 May 2021, a delegation of the Korean Space Agency visited the Lunar "
        "Research Agency. After the talks, the guests toured the laboratories.",
        PUBLISHED,
    )
    assert _events(doc) == [("visit", None, "2021-05-04")]


def test_headline_event_merges_with_the_body(extract):
    doc = extract(
        "Korean Space Agency Delegation Visited Lunar Research Agency\n\n"
        "On 4 May 2021, a delegation of the Korean Space Agency visited the Lunar "
        "Research Agency.",
        PUBLISHED,
    )
    assert _events(doc) == [("visit", None, "2021-05-04")]


def test_two_editions_of_a_series_stay_two_events_dated_or_not(extract):
    doc = extract(
        "The 20th Lunar Research Agency Symposium met in Lima in May 2020. The "
        "21st Lunar Research Agency Symposium met in Quito in May 2021.",
        PUBLISHED,
    )
    assert len(doc.events) == 2
    doc = extract(
        "The 20th Lunar Research Agency Symposium met in Lima in May 2020. The "
        "19th Lunar Research Agency Symposium was held in Quito.",
        PUBLISHED,
    )
    assert len(doc.events) == 2


def test_named_event_with_a_listed_topic_stays_whole(extract):
    doc = extract(
        "The 2nd International Forum on Dust, Plasma and Moon Rocks took place in "
        "Daejeon on 3 March 2021.",
        PUBLISHED,
    )
    names = [e.name for e in doc.events]
    assert names == ["2nd International Forum on Dust, Plasma and Moon Rocks"]


WRAPPED = """Lunar cooperation deepens

On 4 May 2021, a delegation of the Korean Space Agency led by its
director visited the Lunar Research Agency in Daejeon and signed a
memorandum of understanding on lunar dust research. The two sides
agreed to hold the 2nd International Forum on Lunar Dust in
October 2022.
"""


def test_hard_wrapped_lines_do_not_end_sentences(extract):
    doc = extract(WRAPPED, PUBLISHED)
    assert ("visit", None, "2021-05-04") in _events(doc)
    assert ("agreement", None, "2021-05-04") in _events(doc)
    assert ("conference", "2nd International Forum on Lunar Dust", "2022-10") in (
        _events(doc)
    )


def test_headline_and_byline_lines_stand_alone(extract):
    doc = extract(
        "The Second Lunar Dust Forum Successfully Held in Daejeon With Partners\n"
        "Update time: 2022-10-21\n\nThe forum opened on 18 October 2022.",
        PUBLISHED,
    )
    assert _events(doc) == [("conference", "Second Lunar Dust Forum", "2022-10-18")]


def test_a_noun_qualifying_another_is_no_event(extract):
    doc = extract("The launch site and the meeting places were shown to guests.")
    assert doc.events == []


def test_a_signing_told_again_by_its_week_is_the_same_event(extract):
    doc = extract(
        "The Lunar Research Agency signed four agreements with foreign agencies "
        "yesterday in Tel Aviv.\n\n"
        '"The agreements signed this week show that partners trust us," the '
        "director said.",
        published=dt.date(2016, 1, 27),
    )
    assert [(e.type, e.date) for e in doc.events] == [("agreement", "2016-01-26")]


def test_a_gathering_closed_on_a_day_is_dated_by_its_first_day_and_holds_its_talks(
    extract,
):
    """ "closed on Friday after five days of talks", then "Held from 10-14
    May, ... the biennial meeting": one conference, dated by its first day."""
    doc = extract(
        "Lunar Defence Conference closes in Lima\n\n"
        "The 9th Lunar Defence Conference closed on Friday in Lima, Peru, after "
        "five days of talks on asteroids. Held from 10-14 May at the Lunar "
        "Research Agency, it was the first time the biennial meeting had taken "
        "place in South America.",
        dt.date(2021, 5, 17),
    )
    assert _events(doc) == [
        ("conference", "9th Lunar Defence Conference", "2021-05-10")
    ]
