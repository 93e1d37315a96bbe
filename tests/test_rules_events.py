"""Events: each type's trigger, named events kept whole, and the date, place
and participants an event takes. Each case runs the whole pipeline on a
sentence written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2021, 6, 30)
LRA, KSA = "org:lunar-research-agency", "org:korean-space-agency"


def broken(*values, reason: str):
    """A case the current rules get wrong: kept, and expected to fail."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


def _typed(doc) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in doc.events]


def _holds(extract, text: str, present: set, absent: set) -> None:
    """Every (type, date) of ``present`` is told, none of ``absent``."""
    typed = set(_typed(extract(text, PUBLISHED)))
    assert (present - typed, absent & typed) == (set(), set())


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "On 4 May 2021, the Lunar Research Agency and the Korean Space Agency "
            "signed an agreement on lunar dust.",
            ("agreement", "2021-05-04"),
        ),
        (
            "A memorandum of understanding between the Lunar Research Agency and "
            "Wuhan University was concluded in March 2020.",
            ("agreement", "2020-03"),
        ),
        (
            "The council held its sixteenth session in Lima on 24-25 November 2022.",
            ("meeting", "2022-11-24"),
        ),
        (
            "A Long March 4B rocket sent the two ocean satellites into orbit on "
            "9 June 2021.",
            ("launch", "2021-06-09"),
        ),
        (
            "On 12 April 2021, a delegation of the Korean Space Agency visited the "
            "Lunar Research Agency.",
            ("visit", "2021-04-12"),
        ),
        (
            "A workshop on space weather was held by Wuhan University on 3 March 2021.",
            ("workshop", "2021-03-03"),
        ),
        (
            "The Lunar Research Agency hosted a conference on planetary science in "
            "Paris in May 2021.",
            ("conference", "2021-05"),
        ),
        (
            "The Lunar Research Agency and the Korean Space Agency held a meeting "
            "in Seoul on 7 June 2021.",
            ("meeting", "2021-06-07"),
        ),
        (
            "The Lunar Research Agency and the Korean Space Agency held talks in "
            "Seoul on 8 June 2021.",
            ("meeting", "2021-06-08"),
        ),
        (
            "A summer school on heliophysics was organised by the Lunar Research "
            "Agency in July 2020.",
            ("school", "2020-07"),
        ),
        (
            "A training course on satellite navigation was given by the Lunar "
            "Research Agency in 2019.",
            ("school", "2019"),
        ),
        (
            "The lecture series continued with a lecture by the Lunar Research "
            "Agency on 2 March 2021.",
            ("school", "2021-03-02"),
        ),
        (
            "The Lunar Dust Explorer was launched from Wenchang on 2 February 2021.",
            ("launch", "2021-02-02"),
        ),
        (
            "The rocket lifted off from Wenchang on 2 February 2021.",
            ("launch", "2021-02-02"),
        ),
        (
            "The Joint Laboratory for Lunar Dust was established by the Lunar "
            "Research Agency and Wuhan University in 2018.",
            ("establishment", "2018"),
        ),
        (
            "The Sino-Korean Centre for Space Weather was inaugurated in Seoul on "
            "9 May 2021.",
            ("establishment", "2021-05-09"),
        ),
        (
            "The Lunar Research Agency set up a joint centre with Wuhan University "
            "in 2017.",
            ("establishment", "2017"),
        ),
        (
            "An opening ceremony was held by the Lunar Research Agency on 1 June 2021.",
            ("ceremony", "2021-06-01"),
        ),
        (
            "The Lunar Research Agency approved the mission in 2019.",
            ("other", "2019"),
        ),
        (
            "A video conference between the Lunar Research Agency and Wuhan "
            "University took place on 10 June 2021.",
            ("meeting", "2021-06-10"),
        ),
        (
            "The Lunar Research Agency and Wuhan University agreed in March 2020 "
            "to build a joint centre.",
            ("agreement", "2020-03"),
        ),
        (
            "The agreement was reached in Paris on 3 March 2021 by the Lunar "
            "Research Agency and the Korean Space Agency.",
            ("agreement", "2021-03-03"),
        ),
        (
            "The Lunar Research Agency announced the selection of four missions "
            "on 5 May 2021.",
            ("other", "2021-05-05"),
        ),
        (
            "A technical workshop for the selected teams will be held in Beijing "
            "in September 2021.",
            ("workshop", "2021-09"),
        ),
    ],
)
def test_trigger_gives_event_of_its_type_and_date(extract, text, event):
    assert event in _typed(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "The two probes were launched by the Lunar Research Agency in "
        "December 2003 and July 2004.",
    ],
)
def test_two_dates_of_one_trigger_are_two_events(extract, text):
    assert {("launch", "2003-12"), ("launch", "2004-07")} <= set(
        _typed(extract(text, PUBLISHED))
    )


@pytest.mark.parametrize(
    "text",
    [
        # a second craft and its date after the first's plan, its number
        # apart or set off by a comma; a plan told in a relative clause
        "The agency hopes to attract partners for Chang'e 7, which is planned "
        "for around 2026, and Chang'e 8 around 2028.",
        "Selene-7, due for launch around 2026, and Selene-8, around 2028, will "
        "test key technologies.",
    ],
)
def test_a_second_craft_with_its_own_date_is_its_own_launch(extract, text):
    assert {("launch", "2026"), ("launch", "2028")} <= set(
        _typed(extract(text, PUBLISHED))
    )


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "followed" tells the next event of the kind told before it
        (
            "The first satellite was launched in July 2018 and the second "
            "followed on 30 May.",
            {("launch", "2018-07"), ("launch", "2021-05-30")},
            set(),
        ),
        (
            "The orbiter entered Mars orbit on 21 September, and the Selene "
            "orbiter followed on 24 September.",
            {("other", "2020-09-21"), ("other", "2020-09-24")},
            {("launch", "2020-09-24")},
        ),
        (
            "The Lunar Research Agency signed the accords in March, and the "
            "Korean Space Agency followed in May.",
            {("agreement", "2021-03"), ("agreement", "2021-05")},
            set(),
        ),
        # not a craft that follows its own course
        (
            "The probe was launched in November 2020 and was released on 11 "
            "September to follow its own trajectory.",
            {("launch", "2020-11")},
            {("launch", "2020-09-11"), ("launch", "2021-09-11")},
        ),
    ],
)
def test_followed_tells_the_next_event_of_the_kind_before(
    extract, text, present, absent
):
    _holds(extract, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "The Luna-Glob orbiter is expected to fly in 2027.",
            {("launch", "2027")},
            set(),
        ),
        (
            "Selene-9 is scheduled to fly by the end of 2026.",
            {("launch", "2026")},
            set(),
        ),
        # flying by a body is a flyby
        (
            "The spacecraft is scheduled to fly by asteroid 2001 CC21 in July 2026.",
            set(),
            {("launch", "2026-07")},
        ),
    ],
)
def test_a_craft_due_to_fly_is_launched(extract, text, present, absent):
    _holds(extract, text, present, absent)


def test_each_date_of_flybys_of_several_bodies_is_an_event(extract):
    doc = extract(
        "Flybys of Venus in August 2025 and of Earth in September 2026 and "
        "January 2029 will follow, before the probe arrives at Saturn in 2034.",
        PUBLISHED,
    )
    assert {("other", "2025-08"), ("other", "2026-09"), ("other", "2029-01")} <= set(
        _typed(doc)
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The launch site of the Lunar Research Agency was moved in 2019.",
            "launch",
        ),
        (
            "The cubesat was deployed into orbit from the station on 17 June 2021.",
            "launch",
        ),
        # a series that began is dated as the series, no milestone of its own
        (
            "The workshop series, started in Lima in October 2004, goes on.",
            "other",
        ),
        (
            "The meeting places of the Lunar Research Agency alternate since 2015.",
            "meeting",
        ),
        (
            "A press conference was held by the Lunar Research Agency on 5 May 2021.",
            "conference",
        ),
        (
            "Scientists of the Lunar Research Agency found evidence of water in 2009.",
            "establishment",
        ),
        (
            "Opening the workshop, the director recalled that the series was "
            "launched by the Lunar Research Agency in 2016.",
            "launch",
        ),
        (
            "The Lunar Research Agency launched a call for proposals in May 2021.",
            "launch",
        ),
        ("Experts agreed that the results were sound in May 2021.", "agreement"),
        # a trigger word of the wrong part of speech
        (
            "The 2021 data of the Lunar Research Agency are a sign of progress.",
            "agreement",
        ),
    ],
)
def test_no_event_of_the_wrong_type(extract, text, wrong):
    assert wrong not in {e.type for e in extract(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Third Sino-European Workshop on Space Plasma was held in Beijing "
            "in May 2021.",
            "Third Sino-European Workshop on Space Plasma",
        ),
        (
            "The 38th COSPAR Scientific Assembly took place in Bremen in July 2010.",
            "38th COSPAR Scientific Assembly",
        ),
        (
            "The Second International School on Space Weather will be held in "
            "Hainan Province in 2022.",
            "Second International School on Space Weather",
        ),
        (
            "The Fifth International School on Space Weather and Space Climate "
            "opens in Qingdao on 7 July 2021.",
            "Fifth International School on Space Weather and Space Climate",
        ),
        (
            "The 24th Session of the Asia-Pacific Regional Space Agency Forum "
            "opened in Bengaluru on 14 November 2017.",
            "24th Session of the Asia-Pacific Regional Space Agency Forum",
        ),
        (
            "The agency opened the twenty-first Lunar Science Symposium in Lima.",
            "twenty-first Lunar Science Symposium",
        ),
    ],
)
def test_named_event_kept_whole_with_its_ordinal(extract, text, name):
    doc = extract(text, PUBLISHED)
    kinds = {"workshop", "conference", "school"}
    assert name in {e.name for e in doc.events if e.type in kinds}


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "The Seventh Lunar Science Workshop was held in Madrid, Spain, in "
            "March 2011.",
            "Madrid, Spain",
        ),
        (
            "The Lunar Research Agency and the Korean Space Agency held a meeting "
            "in Seoul on 7 June 2021.",
            "Seoul",
        ),
        (
            "The Second Mars School opened in Weihai, Shandong Province, on 12 "
            "September 2011.",
            "Weihai, Shandong Province",
        ),
        (
            "A workshop on space weather was held by the Lunar Research Agency in "
            "Wuhan on 3 March 2021.",
            "Wuhan",
        ),
    ],
)
def test_event_takes_the_place_written_after_in(extract, text, location):
    assert location in {e.location for e in extract(text, PUBLISHED).events}


def test_a_place_after_a_participant_is_where_the_body_is(extract):
    doc = extract(
        "Officials of the Polish Embassy in China visited the Lunar Research "
        "Agency on 3 March 2021.",
        PUBLISHED,
    )
    assert [e.location for e in doc.events] == [None]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "On 4 May 2021, the Lunar Research Agency and the Korean Space Agency "
            "signed an agreement on lunar dust.",
            {LRA, KSA},
        ),
        (
            "The Joint Laboratory for Lunar Dust was established by the Lunar "
            "Research Agency in 2018.",
            {LRA, "org:joint-laboratory-for-lunar-dust"},
        ),
        (
            "On 12 April 2021, a delegation of the Korean Space Agency visited the "
            "Lunar Research Agency.",
            {LRA, KSA},
        ),
        (
            "QUITO, Oct. 8 (TASS) - The Lunar Research Agency and the Korean "
            "Space Agency met on Tuesday.",
            {LRA, KSA},
        ),
        (
            "LIMA, June 15 (Xinhua) -- The Lunar Research Agency and the Korean "
            "Space Agency signed an agreement on Thursday.",
            {LRA, KSA},
        ),
    ],
)
def test_event_takes_the_organisations_of_its_sentence(extract, text, participants):
    (event,) = extract(text, PUBLISHED).events
    assert set(event.participants) == participants


def test_weekday_resolved_against_publication_date(extract):
    doc = extract(
        "The Lunar Research Agency signed an agreement with Wuhan University on "
        "Friday.",
        PUBLISHED,
    )
    assert _typed(doc) == [("agreement", "2021-06-25")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's meeting beside a named event is that event, and "the
        # meeting" after it gives its date
        (
            "Scientists of the Lunar Research Agency met in Lima for the 3rd "
            "Lunar Dust Workshop. The meeting ran from 4 to 6 March 2021.",
            [("workshop", "2021-03-04")],
        ),
        # an event the sentence refers back to dates the one it tells of
        (
            "The opening ceremony was held on 21 May 2021.\n\nRight after the "
            "ceremony, the Lunar Research Agency and Wuhan University signed a "
            "memorandum.",
            [("ceremony", "2021-05-21"), ("agreement", "2021-05-21")],
        ),
        # a clause of its own after "the forum" does not date it
        (
            "The Lunar Research Agency held the Lunar Dust Forum on 3 March 2021. "
            "The forum was organised two weeks after the probe entered orbit on "
            "February 10.",
            [("conference", "2021-03-03"), ("other", "2021-02-10")],
        ),
        # a span's start dates no event
        (
            "The Lunar Research Agency held a ceremony in Lima on 5 May 2021.\n\n"
            "The ceremony was attended by officials from Wuhan University, where "
            "the probe has been since January.",
            [("ceremony", "2021-05-05")],
        ),
        # meeting the delegation is part of the visit
        (
            "Korean Delegation Visits Lunar Research Agency\n\nOn 9 April 2021, the "
            "director of the Lunar Research Agency met with the delegation of the "
            "Korean Space Agency.",
            [("visit", "2021-04-09")],
        ),
    ],
)
def test_events_told_again(extract, text, expected):
    assert _typed(extract(text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The lander touched down near the south pole on 23 August 2020.",
            ("other", "2020-08-23"),
        ),
        (
            "The probe entered orbit around Mars on 10 February 2021.",
            ("other", "2021-02-10"),
        ),
        ("The committee adopted the mission in March 2019.", ("other", "2019-03")),
        (
            "The instruments were handed over to the agency in May 2021.",
            ("other", "2021-05"),
        ),
        ("The call for proposals opened on 1 June 2021.", ("other", "2021-06-01")),
        # milestones of a flight
        (
            "The probe made its Earth swing-by on 3 December 2020.",
            ("other", "2020-12-03"),
        ),
        (
            "The orbiter was inserted into orbit around Venus on 7 December 2020.",
            ("other", "2020-12-07"),
        ),
        ("The probe will arrive at the asteroid in 2022.", ("other", "2022")),
        ("The telescope saw first light in March 2021.", ("other", "2021-03")),
        # a station commissioned, a construction begun, a plan to complete
        # and a mission proposed
        (
            "The ground station was commissioned on 14 December 2020.",
            ("other", "2020-12-14"),
        ),
        (
            "Construction of the second radar began in April 2021.",
            ("other", "2021-04"),
        ),
        ("The base is to be completed by 2035.", ("other", "2035")),
        ("The mission was first proposed in 2009.", ("other", "2009")),
        # a phase of a mission begins
        (
            "Routine science operations are expected to begin in November 2021.",
            ("other", "2021-11"),
        ),
        # a cubesat set free from a station is deployed, not launched
        (
            "The cubesat was released into orbit from the space station on 17 "
            "June 2021.",
            ("other", "2021-06-17"),
        ),
        ("The probe reached Mars orbit on 9 February 2021.", ("other", "2021-02-09")),
        ("It is due to land on the asteroid in 2034.", ("other", "2034")),
        # an instrument switched on, an engine fired, data released
        (
            "The spectrometer will be switched on in mid-February 2022.",
            ("other", "2022-02"),
        ),
        (
            "The orbiter's main engine was successfully fired on 3 May 2021.",
            ("other", "2021-05-03"),
        ),
        (
            "The first set of calibrated data products was released in May 2021.",
            ("other", "2021-05"),
        ),
        (
            "Photon data from the survey telescope will become public in the "
            "second half of 2022.",
            ("other", "2022"),
        ),
        # a phase ended, touchdowns, a cubesat deployed from a station
        ("The commissioning phase will end in March 2022.", ("other", "2022-03")),
        (
            "The probe made two touchdowns on the asteroid, in February and July 2019.",
            ("other", "2019-02"),
        ),
        ("The cubesat was deployed from Kibo in May 2018.", ("other", "2018-05")),
        # a launch told as a noun first in the sentence
        ("The rover is ready. Launch is pencilled in for 2028.", ("launch", "2028")),
        (
            "The talks led to the creation in March 2021 of a joint working group.",
            ("establishment", "2021-03"),
        ),
    ],
)
def test_milestones_and_calls_are_other_events(extract, text, event):
    assert event in _typed(extract(text, PUBLISHED))


def test_entering_a_phase_is_no_milestone(extract):
    text = "In 2014, four missions entered the flight model phase."
    assert not extract(text, PUBLISHED).events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading in capitals names no event
        (
            "1. LUNAR DUST WORKSHOP WRAPS UP\n\nThe workshop closed in Lima on 30 "
            "May 2021.",
            ("workshop", None, "2021-05-30"),
        ),
        # an acronym put in a name, the edition's year after it, and the name
        # with the acronym for its first words: one event
        (
            "The Lunar Dust (LD) Science Workshop 2021 was held on 13-15 January "
            "2021 in Lima.\n\n[Photo] Participants of the LD Science Workshop 2021.",
            ("workshop", "Lunar Dust Science Workshop 2021", "2021-01-13"),
        ),
        # a council meeting at the level of ministers is a meeting, no body
        (
            "Ministers will decide at the ESA Council at Ministerial Level in "
            "Bremen on 26 November 2025.",
            ("meeting", "ESA Council at Ministerial Level", "2025-11-26"),
        ),
    ],
)
def test_the_name_an_event_is_given(extract, text, expected):
    doc = extract(text, PUBLISHED)
    assert [(e.type, e.name, e.date) for e in doc.events] == [expected]


def test_each_day_of_a_programme_is_its_own_sentence_and_sessions_no_events(extract):
    doc = extract(
        "Programme\n24 May 2021: Opening ceremony; Session 1 - Lunar dust\n25 May "
        "2021: Session 2 - Regolith; technical visit to the Lima station\n26 May "
        "2021: Working group reports; closing ceremony\n",
        PUBLISHED,
    )
    assert sorted(_typed(doc)) == [
        ("ceremony", "2021-05-24"),
        ("ceremony", "2021-05-26"),
        ("visit", "2021-05-25"),
    ]
    assert all(e.name is None for e in doc.events)


def test_two_names_with_their_dates_and_no_plan_dating_what_was_done(extract):
    doc = extract(
        "The agency plans to launch the Kestrel-7 mission around 2026 and "
        "Kestrel-8 around 2028. More than 10 countries have signed cooperation "
        "documents.",
        PUBLISHED,
    )
    assert sorted(_typed(doc)) == [("launch", "2026"), ("launch", "2028")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # on one of the days of a named event: that event
        (
            "The 5th Lunar Dust Assembly was held on 13-21 May 2021 in Lima. On "
            "15 May, two agencies signed a memorandum on the sidelines of the "
            "assembly.",
            [("conference", "2021-05-13"), ("agreement", "2021-05-15")],
        ),
        # "after the assembly, on 22 May": the day of what follows
        (
            "The 5th Lunar Dust Assembly was held on 13-21 May 2021 in Lima. After "
            "the assembly, on 22 May, the delegation visited the Lima station.",
            [("conference", "2021-05-13"), ("visit", "2021-05-22")],
        ),
        # but a plan after it is its own date
        (
            "More signatures are expected before the launch of Kestrel-7, "
            "scheduled for around 2026.",
            [("launch", "2026")],
        ),
    ],
)
def test_an_event_as_the_scene_or_the_time_of_another(extract, text, expected):
    assert _typed(extract(text, PUBLISHED)) == expected


def test_a_named_event_told_short_and_on_one_of_its_days(extract):
    doc = extract(
        "5th Council Meeting of LRA held in Lima\n\nThe 5th Council Meeting of the "
        "Lunar Research Agency was held on 6-7 May 2021 in Lima. On the sidelines "
        "of the meeting, on 7 May, two agencies signed a memorandum.\n\n(Photo: "
        "delegates of the 5th Council Meeting)",
        PUBLISHED,
    )
    assert sorted((e.type, e.date) for e in doc.events) == [
        ("agreement", "2021-05-07"),
        ("meeting", "2021-05-06"),
    ]


def test_each_step_of_a_flight_with_its_own_date(extract):
    text = (
        "Launched on 20 March 2021, the probe's lander set down in the crater on "
        "2 June 2021, its ascender took off from the lunar surface on 4 June "
        "2021 and docked with the orbiter on 6 June 2021."
    )
    assert _typed(extract(text, PUBLISHED)) == [
        ("launch", "2021-03-20"),
        ("other", "2021-06-02"),
        ("other", "2021-06-04"),
        ("other", "2021-06-06"),
    ]


def test_side_events_by_their_titles_in_quotes(extract):
    text = (
        "Side events\n\n"
        '- "Dust Storms on Mars" (4 February), organised by the Lunar Research '
        "Agency.\n"
        '- "Lunar Dust Workshop" (6 February), hosted by the Korean Space Agency.\n\n'
        'The director said "we will go back to the Moon" after the talks.'
    )
    events = {(e.type, e.name, e.date) for e in extract(text, PUBLISHED).events}
    assert ("meeting", "Dust Storms on Mars", "2021-02-04") in events
    assert ("workshop", "Lunar Dust Workshop", "2021-02-06") in events
    assert not any(e[1] and "Moon" in e[1] for e in events)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a rocket taking off; a date after a clause of its own is that clause's
        (
            "The satellite will take off from Kourou on 9 December 2021. The "
            "agencies organised in May 2021 the first Lunar Dust Summer School, "
            "and they will hold, from 14 to 16 February 2022, the Lunar Dust "
            "Workshop.",
            {
                ("launch", "2021-12-09"),
                ("school", "2021-05"),
                ("workshop", "2022-02-14"),
            },
            set(),
        ),
        # a craft due or planned for a date is a launch; a workshop's plan none
        (
            "The agency outlined Lunar Dust-2, due in 2026, and Martian Dust "
            "Explorer (MDE), planned for 2027. The workshop is planned for June.",
            {("launch", "2026"), ("launch", "2027")},
            {("launch", "2021-06")},
        ),
        # a body launched is founded; a caption tells the past; a planet
        # visited by probes is no visit
        (
            "The Lunar Research Agency was launched on 27 May 2021 in Sejong.\n\n"
            "Mercury has been visited only by the Mariner 10 and Messenger "
            "probes.\n\nPHOTO: A rocket carrying the Lunar Dust probe lifts off "
            "on Saturday.",
            {("establishment", "2021-05-27"), ("launch", "2021-06-26")},
            {("visit", None)},
        ),
        # names "followed by" others with their own dates
        (
            "Its first satellite was launched in January 2007, followed by "
            "LUNA-A2 in 2015 and LUNA-A3 in 2016.",
            {("launch", "2007-01"), ("launch", "2015"), ("launch", "2016")},
            set(),
        ),
        # milestones of a flight and of a body
        (
            "The cubesat separated from the orbiter on 8 May 2021, the probe "
            "returned lunar samples to Earth on 25 June 2021, and engineers "
            "unfurled its antenna on 2 June 2021. The commission was renamed in "
            "March 2021; the agency held a press conference on 29 June.",
            {
                ("other", "2021-05-08"),
                ("other", "2021-06-25"),
                ("other", "2021-06-02"),
                ("other", "2021-03"),
                ("other", "2021-06-29"),
            },
            {("conference", None)},
        ),
        # a first release, a call's applications, an impact
        (
            "The mission released its first radar images on 10 June 2021. "
            "Applications open in September 2021. The probe will impact the "
            "moonlet in 2022.",
            {("other", "2021-06-10"), ("other", "2021-09"), ("other", "2022")},
            set(),
        ),
        # signatures put on documents are an agreement
        (
            "Officials put their signatures on cooperation documents in Sejong "
            "on Thursday.",
            {("agreement", "2021-06-24")},
            set(),
        ),
        # a date after ", and" opens the next clause; a plan takes no past date
        (
            "The agency signed the accords in Geneva in June 2020, and last month "
            "its astronaut Lena Park launched to the station.\n\n"
            "In March 2019 the radar was shipped. The agency will launch the "
            "satellite from Kourou.",
            {("agreement", "2020-06"), ("launch", "2021-05")},
            {("launch", "2019-03")},
        ),
    ],
)
def test_flights_plans_and_the_clause_a_date_belongs_to(extract, text, present, absent):
    typed = set(_typed(extract(text, PUBLISHED)))
    assert present <= typed
    for kind, date in absent:
        assert not any(k == kind and date in (None, d) for k, d in typed)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a tally of agreements over time, and a clause that opens the
        # sentence, give the agreement no date
        (
            "Since the Lunar Research Agency was founded on 2 March 2019, it has "
            "signed agreements with more than a dozen partners.",
            {("establishment", "2019-03-02")},
            {("agreement", "2019-03-02")},
        ),
        # "since its launch" refers back, unless a date tells when it was
        (
            "The Korean Space Agency was founded in Sejong on 27 May 2021. It had "
            "signed cooperation papers with six agencies since its launch.\n\n"
            "The probe has returned data since its launch in June 2017.",
            {("establishment", "2021-05-27"), ("launch", "2017-06")},
            {("launch", "2021-05-27"), ("agreement", "2021-05-27")},
        ),
        # a phrase that opens the sentence passes its date on
        (
            "After the assembly, on 22 June, the delegation travelled to Busan to "
            "visit the Korean Space Agency.",
            {("visit", "2021-06-22")},
            set(),
        ),
        # what a document counts is no tally of documents
        (
            "On 3 June the two agencies have signed a roadmap of 12 joint "
            "experiments with the Korean Space Agency.",
            {("agreement", "2021-06-03")},
            set(),
        ),
    ],
)
def test_tallies_references_back_and_opening_clauses(extract, text, present, absent):
    _holds(extract, text, present, absent)


def test_an_event_told_as_the_time_of_another_gives_it_the_date(extract):
    doc = extract(
        "The first science meeting of the two agencies after the launch is "
        "planned for Seoul in the fourth quarter of the year.",
        PUBLISHED,
    )
    assert ("meeting", "2021-Q4") in _typed(doc)
    assert ("launch", "2021-Q4") not in _typed(doc)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a delegation travels to watch a launch: the visit takes the date
        (
            "A delegation from the Korean Space Agency travelled to Kourou "
            "earlier this week to watch the launch.",
            {("visit", "2021-W26")},
            {("launch", "2021-W26")},
        ),
        # a date given up dates nothing, nor what the paragraph tells next
        # (which, told "later", takes no date from the paragraph: a launch's
        # sub-step is part of the launch)
        (
            "The agency launched the probe on Wednesday. The launch, originally "
            "planned for Sunday, had been put off twice. The probe separated "
            "from the rocket an hour later.",
            {("launch", "2021-06-30")},
            {("launch", "2021-06-27"), ("other", "2021-06-27")},
        ),
        # a relative clause about another noun keeps its date; one about the
        # event gives it
        (
            "The rocket was launched by Selene Heavy Industries, which took over "
            "launch operations from the agency in 2007. The cubesat will be "
            "released after launch, which the agency expects in early 2022.",
            {("launch", "2022")},
            {("launch", "2007")},
        ),
        # a body that opens is founded; a plan's own date wins over the
        # signing's
        (
            "The Lunar Research Agency is a partner of the Lunar Science Centre, "
            "which opened in Leicester in 2001. The agencies signed a memorandum "
            "last month to set up the Korean Lunar Centre in Busan, which is "
            "expected to open in 2027. The workshop opened on Monday.",
            {
                ("establishment", "2001"),
                ("agreement", "2021-05"),
                ("establishment", "2027"),
                ("workshop", "2021-06-28"),
            },
            {("establishment", "2021-05"), ("establishment", "2021-06-28")},
        ),
    ],
)
def test_reasons_plans_given_up_relative_clauses_and_openings(
    extract, text, present, absent
):
    _holds(extract, text, present, absent)


def test_days_in_a_row_are_one_event_and_a_tally_of_launches_none(extract):
    doc = extract(
        "The two ministers held talks in Seoul on Monday and Tuesday. The "
        "country, which has launched satellites for other countries since "
        "2010, wants more.",
        PUBLISHED,
    )
    assert _typed(doc) == [("meeting", "2021-06-28")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause right after a named event tells its date
        (
            "All are invited to the 45th Lunar Scientific Assembly (LUNA 2024), "
            "which will take place in Busan, Republic of Korea, from 13 to 21 "
            "July 2024.",
            ("45th Lunar Scientific Assembly", "2024-07-13"),
        ),
        # a finer date told of the named event later is its date
        (
            "Last month 500 delegates gathered in Nagoya for the 26th Session of "
            "the Lunar Agency Forum. Held from 26 to 29 May, the meeting was "
            "co-organised by the Korean Space Agency.",
            ("26th Session of the Lunar Agency Forum", "2021-05-26"),
        ),
        # a day of it first, then all its days: dated by the first
        (
            "Thirty scientists completed the Second Lunar Dust School in Kigali "
            "on Friday. The school ran from 14 to 25 June 2021.",
            ("Second Lunar Dust School", "2021-06-14"),
        ),
    ],
)
def test_a_named_event_dated_by_its_clause_or_a_finer_mention(extract, text, expected):
    named = [(e.name, e.date) for e in extract(text, PUBLISHED).events if e.name]
    assert named == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rocket sends a craft into orbit: a launch, in the clause's year
        (
            "The agency launched its radar satellite in July 2018, and in 2011 a "
            "Korean rocket sent the country's communication satellite LUNA-1R "
            "into orbit.",
            [("launch", "2018-07"), ("launch", "2011")],
        ),
        # another name of the same verb with its own date, after a purpose
        (
            "The agency plans to launch Luna-7 around 2026 to explore the lunar "
            "south pole and Luna-8 around 2028.",
            [("launch", "2026"), ("launch", "2028")],
        ),
        # past events told as the time, with the participle that dates them
        (
            "Following the first two workshops, held in Perugia in 2015 and in "
            "Rome in 2017, the partners agreed to meet again.",
            [("workshop", "2015"), ("workshop", "2017")],
        ),
        # plural events with no date tell of none
        ("Workshops and meetings will follow for the partners.", []),
    ],
)
def test_into_orbit_parallel_names_and_plural_events(extract, text, expected):
    assert _typed(extract(text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The lander's flight model passed its final vibration tests in "
            "Toulouse in May 2021.",
            ("other", "2021-05"),
        ),
        (
            "The two agencies released a road map for the station in April 2021.",
            ("other", "2021-04"),
        ),
        (
            "The joint call issued in January 2021 drew 40 proposals.",
            ("other", "2021-01"),
        ),
        (
            "The rover will land in Jezero crater on 18 February 2022.",
            ("other", "2022-02-18"),
        ),
        (
            "Routine science operations are expected to begin in November 2021.",
            ("other", "2021-11"),
        ),
        ("The telescope will start its survey of the sky in 2022.", ("other", "2022")),
        (
            "The launch of the second probe was postponed in March 2021.",
            ("other", "2021-03"),
        ),
        ("The probe arrived at Bennu in December 2018.", ("other", "2018-12")),
    ],
)
def test_milestones_of_a_mission(extract, text, event):
    assert event in _typed(extract(text, PUBLISHED))


def test_planning_observations_is_no_milestone(extract):
    doc = extract(
        "From 12 to 15 March 2021 the team reviewed the instruments and began "
        "planning the observations.",
        PUBLISHED,
    )
    assert not any(kind == "other" for kind, _ in _typed(doc))


def test_an_event_dated_only_by_the_sentence_before_is_the_one_told_there(extract):
    doc = extract(
        "Lunar agencies agree to pool data\n\n"
        "The arrangement was signed on Tuesday in Milan, on the sidelines of the "
        "congress, which runs from 14 to 18 June. It was signed for the Lunar "
        "Research Agency by Anna Keller.",
        PUBLISHED,
    )
    assert [e for e in _typed(doc) if e[0] == "agreement"] == [
        ("agreement", "2021-06-29")
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "She flew to the ISS aboard a Soyuz spacecraft in March 2021.",
            ("launch", "2021-03"),
        ),
        (
            "The agency said its next commercial PSLV mission is planned for June "
            "2022.",
            ("launch", "2022-06"),
        ),
    ],
)
def test_flights_to_a_station_and_a_mission_s_plan(extract, text, event):
    assert event in _typed(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an initiative launched, a programme begun, a body created: founded
        (
            "It supports the Lunar Access initiative, which the Lunar Research "
            "Agency launched in 2018. The cooperation programme began in 1988. "
            "The Latin Lunar Agency (LLA), created in 2020, took part.",
            {
                ("establishment", "2018"),
                ("establishment", "1988"),
                ("establishment", "2020"),
            },
            {("launch", "2018")},
        ),
        # a body its founders opened; no assembly inside a body's long form
        (
            "The city hosts the Satellite Assembly, Integration and Test Center "
            "(AITC), which the Lunar Research Agency and the Korean Space Agency "
            "jointly opened in June 2021.",
            {("establishment", "2021-06")},
            {("conference", None)},
        ),
        # a series launched or begun: its first edition, not a founding
        (
            "The workshop series was launched in Beijing in 2016. The series began "
            "in Kunming in 2017. Work began in May on the new hall.",
            set(),
            {
                ("establishment", "2016"),
                ("establishment", "2017"),
                ("establishment", "2021-05"),
            },
        ),
    ],
)
def test_foundings_of_initiatives_programmes_and_bodies(extract, text, present, absent):
    _holds(extract, text, present, absent)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The teams will hold the mission's preliminary design review in Seoul "
            "in September 2021.",
            ("meeting", "2021-09"),
        ),
        (
            "Two candidates began training in Beijing on 3 May 2021.",
            ("school", "2021-05-03"),
        ),
        (
            "Two astronauts joined sea survival training near Yantai in August 2017.",
            ("school", "2017-08"),
        ),
        (
            "The previous edition of the course was held in Harbin in November 2018.",
            ("school", "2018-11"),
        ),
    ],
)
def test_reviews_training_and_courses(extract, text, event):
    assert event in _typed(extract(text, PUBLISHED))


def test_a_course_of_a_mission_is_no_school(extract):
    doc = extract(
        "Of course, the course of the mission changed in May 2021.", PUBLISHED
    )
    assert not any(kind == "school" for kind, _ in _typed(doc))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The two orbiters will separate when they reach Mercury in December 2025.",
            ("other", "2025-12"),
        ),
        ("It is due to reach the moon in December 2022.", ("other", "2022-12")),
        ("The probe will swing by Earth in December 2021.", ("other", "2021-12")),
        (
            "The orbiter went into orbit around Mars on 24 September 2014.",
            ("other", "2014-09-24"),
        ),
        (
            "The agency put its probe into lunar orbit in November 2007.",
            ("other", "2007-11"),
        ),
        (
            "The agency will open a call for participating scientists in August 2021.",
            ("other", "2021-08"),
        ),
    ],
)
def test_arrivals_swing_bys_orbits_around_a_body_and_calls(extract, text, event):
    assert event in _typed(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a body joins a body, a programme or a club of countries
        (
            "Peru joined the Lunar Research Agency (LRA) in 2004.",
            ("other", "2004"),
        ),
        (
            "The two agencies signed the rover agreement in June 2018, and the "
            "Korean Space Agency joined the rover project the following year.",
            ("other", "2019"),
        ),
        (
            "The observatory was built by the Lunar Research Agency in 1979 and "
            "joined in 1990 by the Korean Space Agency.",
            ("other", "1990"),
        ),
        (
            "Chile joined the list of countries with a satellite in orbit on "
            "Friday, 11 June 2021.",
            ("other", "2021-06-11"),
        ),
        # an instrument installed, a mission extended (not dated by its end),
        # a discovery, a prize, a study completed
        (
            "A new magnetometer will be installed at the station in the first "
            "quarter of 2022.",
            ("other", "2022-Q1"),
        ),
        (
            "In March 2021, the agency's science committee extended the mission "
            "until 2025.",
            ("other", "2021-03"),
        ),
        ("The comet was discovered in 1996 by two amateurs.", ("other", "1996")),
        (
            "The 2019 discovery of water ice in the crater changed the plans.",
            ("other", "2019"),
        ),
        ("In 2018 she received the Lunar Science Prize.", ("other", "2018")),
        (
            "The two agencies completed a joint feasibility study in December 2020.",
            ("other", "2020-12"),
        ),
    ],
)
def test_joinings_installations_extensions_discoveries_and_prizes(extract, text, event):
    assert event in _typed(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Scientists of the Lunar Research Agency joined the discussion on 3 May 2021.",
        "An engineer who joined the programme in 2019 spoke for the students.",
        "Before joining the Lunar Research Agency in 2019, she taught in Lima.",
        "Our team will join the engineers at the launch site in November 2021.",
        "The ceremony closed a decade of discovery in May 2021.",
        "The extended mission will run until 2025.",
    ],
)
def test_joining_people_talks_and_plans_are_no_milestones(extract, text):
    assert not [e for e in extract(text, PUBLISHED).events if e.type == "other"]


def test_days_in_brackets_belong_to_the_event_before_them(extract):
    _holds(
        extract,
        "On Saturday 19 June, during the state visit of the President of Korea "
        "to Peru (17-20 June), the Lunar Research Agency and the Korean Space "
        "Agency signed a memorandum of understanding.",
        {("agreement", "2021-06-19"), ("visit", "2021-06-17")},
        {("agreement", "2021-06-17")},
    )


def test_a_numbered_short_form_of_a_forum_names_its_sessions(extract):
    doc = extract(
        "The 13th Session of the Lunar Regional Space Agency Forum (LRSAF-13) was "
        "held in Lima from 5 to 7 May. LRSAF-14 will be held in Quito in June 2022."
        "\n\nPhoto: Opening session of LRSAF-13 (photo: LRA)",
        PUBLISHED,
    )
    named = {(e.type, e.name, e.date) for e in doc.events if e.name}
    assert named == {
        (
            "conference",
            "13th Session of the Lunar Regional Space Agency Forum",
            "2021-05-05",
        ),
        ("conference", "LRSAF-14", "2022-06"),
    }
    assert not {p.name for p in doc.programs} & {"LRSAF-13", "LRSAF-14"}


def test_the_assembly_of_a_station_is_no_meeting(extract):
    _holds(
        extract,
        "On-orbit assembly of the lunar station is scheduled to begin in June. "
        "The General Assembly of the Lunar Research Agency met in Lima in May.",
        {("conference", "2021-05")},
        {("conference", "2021-06"), ("conference", "2022-06")},
    )


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a craft that reached orbit was launched; one flown in a month too
        (
            "The first satellite, LUNA-1, reached orbit in October 2019, and "
            "LUNA-2, flown in April 2020, followed.",
            {("launch", "2019-10"), ("launch", "2020-04")},
            {("other", "2019-10")},
        ),
        ("The experiment was flown in the cabin of the station.", set(), set()),
        # a programme set apart before "launched by": its founding
        (
            "The Strategic Lunar Program on Space Science, launched by the Lunar "
            "Research Agency in 2011, also includes the LUNA-3 satellite.",
            {("establishment", "2011")},
            {("launch", "2011")},
        ),
    ],
)
def test_reaching_orbit_flights_and_a_programme_launched(
    extract, text, present, absent
):
    _holds(extract, text, present, absent)
    if not present:
        assert not [e for e in extract(text, PUBLISHED).events if e.type == "launch"]


def test_a_joint_event_named_by_a_row_of_bodies_keeps_a_listed_name_whole(extract):
    doc = extract(
        "The United Nations/European Space Agency/National Aeronautics and Space "
        "Administration Workshop on Lunar Dust was held in Lima from 18 to 22 "
        "June 2021.",
        PUBLISHED,
    )
    assert {e.name for e in doc.events} == {
        "United Nations/European Space Agency/National Aeronautics and Space "
        "Administration Workshop on Lunar Dust"
    }


def test_a_numbered_short_form_after_a_meeting_s_name_or_phrase(extract):
    doc = extract(
        "From 3 to 7 May 2021, the 11th International Conference on Lunar Dust "
        "(ICLD-11) took place in Lima. ICLD-12 will be held in Quito in 2023. The "
        "results go to the thirteenth meeting of the LCG (LCG-13) in Lima.",
        PUBLISHED,
    )
    assert {e.name for e in doc.events if e.name} >= {"ICLD-12", "LCG-13"}
    assert not {p.name for p in doc.programs} & {"ICLD-11", "ICLD-12", "LCG-13"}


def test_a_session_of_a_meeting_is_no_meeting_and_its_weekday_is_a_day_of_it(extract):
    doc = extract(
        "From 3 to 7 May 2021, the 11th Lunar Dust Conference took place in Lima; "
        "the series started in 1992. The minister spoke at the opening session "
        "on Monday, and posters were shown at the poster session on Wednesday.",
        PUBLISHED,
    )
    assert _typed(doc) == [("conference", "2021-05-03")]
    assert {(d.text, d.value) for d in doc.dates} >= {
        ("Monday", "2021-05-03"),
        ("Wednesday", "2021-05-05"),
    }


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The agency has struggled since 1991 and relies heavily on commercial "
            "and foreign launches to stay afloat.",
            {("launch", "1991")},
        ),
        (
            "On 15 June, the two agencies signed the Implementation Agreement on "
            "the Establishment of the Lunar Data Node.",
            {("establishment", "2021-06-15")},
        ),
    ],
)
def test_launches_in_general_and_a_document_s_title_are_no_events(
    extract, text, absent
):
    _holds(extract, text, set(), absent)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The probe will fly past Earth in April 2022.", ("other", "2022-04")),
        ("It completed its in-orbit commissioning in May.", ("other", "2021-05")),
        ("The Lunik-2 probe was lost near Mars in March 1989.", ("other", "1989-03")),
        ("The agency lost contact with the satellite in March.", ("other", "2021-03")),
        ("The observatory fell silent in late 2009.", ("other", "2009")),
        ("The thermal vacuum tests were completed in May.", ("other", "2021-05")),
        ("The module will be mated with the platform in 2022.", ("other", "2022")),
        ("The partners were chosen in 2020 from ten proposals.", ("other", "2020")),
        # an orbit of a body entered, a planet reached, a landing due
        (
            "The spacecraft will enter lunar orbit in mid-December.",
            ("other", "2021-12"),
        ),
        ("The probe will reach the planet in April next year.", ("other", "2022-04")),
        (
            "The capsule is due to land in Inner Mongolia on 25 July.",
            ("other", "2021-07-25"),
        ),
        # a craft's loss, told as the time since which, dated by its phrase
        (
            "It is the first probe flown since the loss of Lunar Relay Orbiter in "
            "2019.",
            ("other", "2019"),
        ),
        # a craft's crash
        ("The lander crashed into the Moon on 11 April.", ("other", "2021-04-11")),
        # an attempt called off, a landing planned
        ("The first attempt, on 15 July, was called off.", ("other", "2021-07-15")),
        ("A landing in the crater is targeted for late April.", ("other", "2022-04")),
        # a capsule's separation, return to Earth and recovery
        ("The probe separated the capsule on December 5.", ("other", "2020-12-05")),
        ("The capsule returned to Earth on December 6.", ("other", "2020-12-06")),
        ("The capsule was recovered in the desert on 7 May.", ("other", "2021-05-07")),
        # "swing-bys", and the date at the end of the launch's own phrase
        ("It will make two swing-bys of Venus in April 2022.", ("other", "2022-04")),
        (
            "Six years after the launch of the Ocean-1 satellite in October 2015, "
            "the agencies met again.",
            ("launch", "2015-10"),
        ),
    ],
)
def test_more_milestones_of_a_mission(extract, text, event):
    _holds(extract, text, {event}, set())


def test_a_commissioning_team_is_no_milestone(extract):
    doc = extract("The commissioning team held its review in May.", PUBLISHED)
    assert "other" not in {e.type for e in doc.events}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The lander is now expected to fly in 2022.", ("launch", "2022")),
        (
            "The first uncrewed test flight is planned for December 2021.",
            ("launch", "2021-12"),
        ),
        ("The new rocket is slated to make its debut in 2022.", ("launch", "2022")),
        # (set free from a station, it is deployed: see the milestones)
        ("The cubesat was released into orbit in May.", ("launch", "2021-05")),
    ],
)
def test_flights_debuts_and_craft_released_into_orbit(extract, text, event):
    _holds(extract, text, {event}, set())


def test_a_university_after_from_is_no_launch_site(extract):
    doc = extract(
        "The cubesat was released into orbit in May 2018, and we heard from "
        "Universidad del Valle de Lima, whose probe flies next year.",
        PUBLISHED,
    )
    assert "Universidad del Valle de Lima" in {o.name for o in doc.organisations}


@pytest.mark.parametrize(
    "text",
    [
        "Prof. Akira Sato, founding director of the Lunar Research Center, spoke.",
        "Contact with the satellite was established on 23 June.",
        "The summer course was inaugurated on 2 June by the minister.",
    ],
)
def test_a_founding_director_contact_and_a_course_opening_found_nothing(extract, text):
    doc = extract(text, PUBLISHED)
    assert "establishment" not in {e.type for e in doc.events}


def test_a_named_event_told_with_and_without_its_year_and_a_field_in_its_topic(
    extract,
):
    doc = extract(
        "Lunar Agency Training Course on Space Law and Policy Concludes\n\n"
        "The 2020 Lunar Agency Training Course on Space Law and Policy, which "
        "ran from 29 October to 9 November, closed in Lima.",
        PUBLISHED,
    )
    schools = [e for e in doc.events if e.type == "school"]
    assert [(e.name, e.date) for e in schools] == [
        ("2020 Lunar Agency Training Course on Space Law and Policy", "2020-10-29")
    ]


def test_a_name_told_later_names_the_dated_meeting_of_its_ordinal(extract):
    doc = extract(
        "From March 23 to 25, the 9th Progress Meeting of the Solar wind Lunar "
        "Ion Dust Explorer (SLIDE) was held online.\n\nThe 10th SLIDE Progress "
        "Meeting is planned for the autumn.\n\nParticipants of the 9th SLIDE "
        "Progress Meeting during the video conference.",
        PUBLISHED,
    )
    meetings = sorted((e.name, e.date) for e in doc.events if e.type == "meeting")
    assert meetings == [
        ("10th SLIDE Progress Meeting", "2021-FA"),
        ("9th SLIDE Progress Meeting", "2021-03-23"),
    ]


def test_what_a_mission_is_for_is_no_milestone(extract):
    doc = extract(
        "The two agencies will study a mission to land in the polar region in "
        "the early 2030s.",
        PUBLISHED,
    )
    assert doc.events == []


def test_swing_bys_of_several_bodies_told_one_by_one(extract):
    doc = extract(
        "It will gain speed through two swing-bys of Venus, in April 1998 and "
        "June 1999, one of the Earth in August 1999 and one of Jupiter in "
        "December 2000.",
        PUBLISHED,
    )
    assert {e.date for e in doc.events if e.type == "other"} == {
        "1998-04",
        "1999-06",
        "1999-08",
        "2000-12",
    }


def test_the_loss_of_data_is_no_event(extract):
    assert extract("The loss of data in 2019 was small.", PUBLISHED).events == []


def test_a_date_before_a_coordinated_clause_belongs_to_the_clause_it_ends(extract):
    doc = extract(
        "The Lunar Research Agency (LRA) announced that Haneul-5 lifted off on a "
        "Dnepr launch vehicle of the company Kosmo Launch at 23:39 (Korea "
        "Standard Time) on August 22, 2020, and separated from the launcher "
        "about 15 minutes later.",
        PUBLISHED,
    )
    assert ("launch", "2020-08-22") in set(_typed(doc))


def test_the_launch_of_a_numbered_craft_in_a_programme_is_a_launch(extract):
    doc = extract(
        "The government will support the satellite programme, including the "
        "launch of HANSAT-3A next year.",
        PUBLISHED,
    )
    assert _typed(doc) == [("launch", "2022")]


def test_a_craft_s_close_up_visit_to_a_world_is_no_visit(extract):
    doc = extract(
        "The Deep Voyager spacecraft flew past Pluto on Tuesday, making the "
        "first close-up visit to the small world.",
        PUBLISHED,
    )
    assert _typed(doc) == [("other", "2021-06-29")]


def test_each_place_of_a_series_with_its_year_in_brackets_is_an_event(extract):
    doc = extract(
        "Previous workshops have been held, among other places, in India (1991), "
        "Nigeria (1993), Egypt (1994), Sri Lanka (1995) and Germany (1996).",
        PUBLISHED,
    )
    assert {d for t, d in _typed(doc) if t == "workshop"} == {
        "1991",
        "1993",
        "1994",
        "1995",
        "1996",
    }


@pytest.mark.parametrize(
    "text",
    [
        "No workshop was held last year.",
        "No new weather satellite was launched in 2019.",
        "The small satellite was not launched in March 2019 as planned.",
        "The two agencies did not sign the framework agreement in 2018.",
        "The launch of the probe did not take place in 2017.",
        "The review meeting was never held in 2020 because of the pandemic.",
        "The country hasn't launched a probe since 2019.",
    ],
)
def test_an_event_that_did_not_happen_is_none(extract, text):
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The small satellite was not launched until March 2019.", "launch", "2019-03"),
        (
            "The two sides not only signed an accord in 2018 but also began a study.",
            "agreement",
            "2018",
        ),
    ],
)
def test_not_until_and_not_only_tell_an_event(extract, text, kind, value):
    assert (kind, value) in set(_typed(extract(text, PUBLISHED)))


def test_an_event_hours_before_another_takes_not_its_day(extract):
    doc = extract(
        "The Lunar lab module docked with the station early Monday, about 13 "
        "hours after it was launched from the coast.",
        PUBLISHED,
    )
    assert ("launch", "2021-06-28") not in set(_typed(doc))
    assert ("other", "2021-06-28") in set(_typed(doc))


def test_a_headline_verb_closing_a_named_event_is_no_part_of_it(extract):
    doc = extract(
        "Home  >  Media  >  Press Releases\n\nUnited Nations/Ruritania Workshop "
        "on Basic Space Technology Closes in San José\n\nVIENNA, 16 December "
        "(Information Service) - The workshop was held from 7 to 11 December.",
        PUBLISHED,
    )
    assert {e.name for e in doc.events} == {
        "United Nations/Ruritania Workshop on Basic Space Technology"
    }


def test_bodies_merged_into_a_new_one_found_it(extract):
    doc = extract(
        "The three institutes were merged into the Lunar Exploration Agency (LEA) "
        "on October 1, 2003.",
        PUBLISHED,
    )
    assert _typed(doc) == [("establishment", "2003-10-01")]


def test_a_list_of_launches_after_one_verb_gives_one_per_date(extract):
    doc = extract(
        "Since then the two agencies have built the series together: LRS-1 was "
        "launched in 1999, LRS-2 in 2003, LRS-2B in 2007 and LRS-4 in 2014, while "
        "LRS-3 was lost in a launch failure in December 2013.",
        PUBLISHED,
    )
    launches = {d for t, d in _typed(doc) if t == "launch"}
    assert launches == {"1999", "2003", "2007", "2014", "2013-12"}


@pytest.mark.parametrize(
    "text",
    [
        "The builder will hand over control of the satellite to the agency in July.",
        "The agency expects to hand the satellite over to its users in July.",
    ],
)
def test_handing_a_craft_over_is_a_milestone(extract, text):
    assert ("other", "2021-07") in set(_typed(extract(text, PUBLISHED)))


def test_a_delegation_at_a_launch_is_on_no_visit(extract):
    doc = extract(
        "The chairman followed the launch at Xichang with the French delegation on "
        "22 June.",
        PUBLISHED,
    )
    assert "visit" not in {t for t, _ in _typed(doc)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The satellite should enter operational service in spring 2022.", "2022-SP"),
        (
            "The centre will hand control of the satellite to its owner on 4 July.",
            "2021-07-04",
        ),
        ("The comet makes its closest approach to the Sun on 13 August.", "2021-08-13"),
        ("The probe woke up from its hibernation on 20 January.", "2021-01-20"),
        ("A capsule will bring the samples back to Earth at the end of 2027.", "2027"),
    ],
)
def test_service_handover_approach_wake_up_and_return(extract, text, expected):
    assert ("other", expected) in set(_typed(extract(text, PUBLISHED)))


def test_a_launch_put_off_is_a_postponement(extract):
    doc = extract(
        "Its first target was another comet, but the launch was postponed in "
        "January 2003 after a rocket failed.",
        PUBLISHED,
    )
    assert _typed(doc) == [("other", "2003-01")]


def test_the_same_moment_in_another_zone_dates_no_event(extract):
    doc = extract(
        "The rocket lifted off at 9:06 am Hanoi time on May 7 (11:06 pm on May 6, "
        "local time).",
        PUBLISHED,
    )
    assert _typed(doc) == [("launch", "2021-05-07")]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The idea was welcomed by the two leaders at their summit in Tokyo in "
            "October 2018.",
            ("meeting", "2018-10"),
            ("conference", "2018-10"),
        ),
        (
            "On Monday the agency established a two-way link between the lander and "
            "the orbiter.",
            None,
            ("establishment", "2021-06-28"),
        ),
    ],
)
def test_a_summit_is_a_meeting_and_a_link_is_no_body(extract, text, expected, absent):
    found = set(_typed(extract(text, PUBLISHED)))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "The launch had first been set for June 15 but was pushed back by a day.",
        "The launch had been planned for 30th November and then for 1st December, "
        "but was put off twice.",
    ],
)
def test_a_date_given_up_dates_no_launch(extract, text):
    assert "launch" not in {t for t, _ in _typed(extract(text, PUBLISHED))}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Lunar Pathfinder-2 returned 900 grams of regolith last December.", "2020-12"),
        (
            "The orbiter Aurora-3 left the test centre in Noordwijk on Monday.",
            "2021-06-28",
        ),
        (
            "The mission builds on Lunar Pathfinder-2, which relayed the first "
            "far-side images in March 2019.",
            "2019-03",
        ),
        (
            "Aurora-3 will drop off its capsule in the desert on December 6.",
            "2021-12-06",
        ),
    ],
)
def test_a_programmes_dated_step_is_an_event(extract, text, event):
    assert ("other", event) in _typed(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        # a state, not a step
        "Aurora-3 is the agency's first radar mission since 2019.",
        # a span of time
        "Aurora-3 ran from 2004 to 2008 and will operate until 2030.",
        # the programme is not the one acting
        "Observations with the Aurora-3 telescope mapped four moons in 2015.",
        # a finding is a result, not an event
        "Aurora-3 found evidence of water molecules in 2009.",
        # a saying dates the words, not a step
        "Aurora-3 must now connect the two fields, said its director in his "
        "address on Monday.",
        # a bare present: a headline or a habit
        "Aurora-3 completes five years in orbit (07/12/2019)",
    ],
)
def test_no_step_without_a_dated_act_of_the_programme(extract, text):
    assert "other" not in {t for t, _ in _typed(extract(text, PUBLISHED))}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what an agreement is about is founded later, if at all
        (
            "The Lunar Research Agency and the Korean Space Agency on Tuesday "
            "signed a memorandum of understanding on the joint creation of the "
            "International Lunar Research Station.",
            {("agreement", "2021-06-29")},
            {("establishment", "2021-06-29")},
        ),
        (
            "In September 2019 the two agencies signed two agreements, one on "
            "cooperation on the Chang'e-7 mission and the other on establishing "
            "a joint data centre.",
            {("agreement", "2019-09")},
            {("establishment", "2019-09")},
        ),
        # opening a meeting is the meeting, no body founded
        (
            "Inaugurating the meeting of the Lunar Research Agency on April 16, "
            "the chairman spoke of debris.",
            set(),
            {("establishment", "2021-04-16")},
        ),
        # a body launched is founded; a craft's landing platform is launched
        (
            "The Laboratory for Space Research (LSR) was formally launched on "
            "Saturday at a ceremony of the Lunar Research Agency.",
            {("establishment", "2021-06-26")},
            {("launch", "2021-06-26")},
        ),
        (
            "Andorra officially launched its national space agency, Andorra "
            "Space, on 4 May 2021 in the presence of the Lunar Research Agency.",
            {("establishment", "2021-05-04")},
            {("launch", "2021-05-04")},
        ),
        (
            "The rover and the landing platform of the Lunar Research Agency are "
            "to be launched in July 2022.",
            {("launch", "2022-07")},
            {("establishment", "2022-07")},
        ),
        # an assembly that sets a body up or endorses it acts as a body: the
        # founding, no gathering held
        (
            "The Lunar Research Committee was set up by the General Assembly "
            "in 1961 to study the Moon.",
            {("establishment", "1961")},
            {("conference", "1961")},
        ),
        (
            "The two networks were set up in 2014 with the endorsement of the "
            "UN General Assembly.",
            {("establishment", "2014")},
            {("conference", "2014")},
        ),
        (
            "The UN General Assembly opened in New York on Tuesday.",
            {("conference", "2021-06-29")},
            set(),
        ),
        # a body that opened its doors was founded then
        (
            '"Since the agency opened its doors on 27 May, it has signed nine '
            'agreements," she said.',
            {("establishment", "2021-05-27")},
            set(),
        ),
        # a release that reports a signing with its own day is no event; one
        # that reports a selection is
        (
            "The Lunar Research Agency announced on the 28th that it signed a "
            "letter of intent with the Korean Space Agency last Tuesday in Milan.",
            {("agreement", "2021-06-29")},
            {("other", "2021-06-28")},
        ),
        (
            "The Lunar Research Agency announced on Monday that six instruments "
            "have been selected to fly on its orbiter.",
            {("other", "2021-06-28")},
            set(),
        ),
    ],
)
def test_what_is_founded_and_what_is_launched(extract, text, present, absent):
    _holds(extract, text, present, absent)


def test_a_date_before_during_belongs_to_the_act_it_closes(extract):
    text = (
        "The Lunar Research Agency and the Korean Space Agency signed an "
        "implementing arrangement on maritime awareness in New Delhi on "
        "Saturday, during the state visit of the French President."
    )
    assert ("agreement", "2021-06-26") in _typed(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name", "kind", "date"),
    [
        # a well-known series named without a head word, from the pattern data
        (
            "The plan was endorsed at UNISPACE+50 in Vienna in June 2018.",
            "UNISPACE+50",
            "conference",
            "2018-06",
        ),
        (
            "European ministers agreed the budget at Space19+ on 27 November 2019.",
            "Space19+",
            "meeting",
            "2019-11-27",
        ),
        (
            "The 63rd IAC will be held in Naples in October 2022.",
            "63rd IAC",
            "conference",
            "2022-10",
        ),
    ],
)
def test_an_event_of_a_known_series(extract, text, name, kind, date):
    events = [(e.name, e.type, e.date) for e in extract(text, PUBLISHED).events]
    assert (name, kind, date) in events


def test_a_series_short_name_after_the_full_one_is_that_event(extract):
    doc = extract(
        "The Third United Nations Conference on the Exploration and Peaceful Uses "
        "of Outer Space (UNISPACE III) opened in Vienna on 19 July 1999. Delegates "
        "said UNISPACE III had brought space down to Earth.",
        PUBLISHED,
    )
    assert [e.name for e in doc.events if e.type == "conference"] == [
        "Third United Nations Conference on the Exploration and Peaceful Uses of "
        "Outer Space"
    ]
    assert "UNISPACE III" not in {o.name for o in doc.organisations}


def test_an_acronym_and_year_names_the_congress_of_that_year(extract):
    doc = extract(
        "The 75th International Astronautical Congress opened in Milan on 14 "
        "October 2024. On the margins of IAC 2024 the agencies signed a letter.",
        PUBLISHED,
    )
    assert [e.name for e in doc.events if e.type == "conference"] == [
        "75th International Astronautical Congress"
    ]


def test_an_unnamed_event_of_a_named_ones_type_and_day_is_that_event(extract):
    # the headline meets the opening's day first; the named session follows
    doc = extract(
        "Lunar Research Agency\nHome >> News\n\nLRA Holds the 16th Session of "
        "its Council in Daejeon\n\nRelease time: 2021-07-14   Source: LRA "
        "Secretariat\n\nThe 16th Session of the Council of the Lunar Research "
        "Agency (LRA) was held at the LRA headquarters in Daejeon, Korea, on July "
        "13-14, 2021. Delegations from all eight Member States attended.\n\n"
        "Opening the session on Tuesday, Dr. Mina Park, Secretary-General of LRA, "
        "reviewed the work carried out since the previous session, held online in "
        "November 2020.",
    )
    meetings = {(e.name, e.date) for e in doc.events if e.type == "meeting"}
    assert meetings == {
        ("16th Session of the Council of the Lunar Research Agency", "2021-07-13"),
        (None, "2020-11"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The 23rd meeting of the Providers' Forum was held in Daejeon on 8 June 2021.",
        "The fifth session of the Lunar Forum opened on 8 June 2021.",
    ],
)
def test_a_standing_bodys_numbered_meeting_is_a_meeting(extract, text):
    typed = _typed(extract(text, PUBLISHED))
    assert ("meeting", "2021-06-08") in typed
    assert ("conference", "2021-06-08") not in typed


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The country's first satellite was placed in orbit in May 2019.", "2019-05"),
        ("Korea sent its Danbi orbiter to the Moon in August 2020.", "2020-08"),
    ],
)
def test_launches_told_by_the_orbit_or_world_reached(extract, text, date):
    assert ("launch", date) in _typed(extract(text, PUBLISHED))


def test_a_selection_by_a_body_is_dated(extract):
    text = (
        "The comet mission, chosen by the Lunar Research Agency in June 2019 as "
        "its first fast mission, will launch in 2029."
    )
    typed = _typed(extract(text, PUBLISHED))
    assert ("other", "2019-06") in typed
    assert ("other", "2029") not in typed


def test_a_named_workshop_in_a_bodys_house_ends_at_its_head(extract):
    doc = extract(
        "The Second International Limadou Workshop in the ASI headquarters "
        "opened on 12 March 2019."
    )
    assert [(e.type, e.name) for e in doc.events] == [
        ("workshop", "Second International Limadou Workshop")
    ]


def test_a_learned_society_s_annual_meeting_is_a_conference(extract):
    doc = extract(
        "The 21st Annual Meeting of the Lunar Geosciences Society opens in Lima "
        "on 3 August 2026."
    )
    assert [(e.type, e.name) for e in doc.events] == [
        ("conference", "21st Annual Meeting of the Lunar Geosciences Society")
    ]


def test_a_leaders_summit_or_a_summit_for_a_cause_is_a_conference(extract):
    doc = extract(
        "The Pacific Leaders Summit opened in Suva on 2 May 2026. The Summit for "
        "Orbital Safety followed on 9 May 2026. The 4th Chile-Peru Summit was "
        "held on 12 May 2026."
    )
    assert [(e.type, e.name) for e in doc.events] == [
        ("conference", "Pacific Leaders Summit"),
        ("conference", "Summit for Orbital Safety"),
        ("meeting", "4th Chile-Peru Summit"),
    ]


def test_a_parliament_named_assembly_is_a_body_not_a_conference(extract):
    doc = extract("On 9 January 2026 the National Assembly passed the space act.")
    assert "National Assembly" in {o.name for o in doc.organisations}
    assert all(e.type != "conference" for e in doc.events)


def test_a_national_congress_of_a_country_is_its_parliament(extract):
    doc = extract(
        "The accord now goes to the National Congress of Chile for ratification. "
        "The 14th National Congress of the Union opened on 2 May 2026."
    )
    assert "National Congress of Chile" in {o.name for o in doc.organisations}
    assert [(e.type, e.name) for e in doc.events] == [
        ("conference", "14th National Congress of the Union")
    ]


def test_an_initiative_launched_by_a_body_is_its_establishment(extract):
    doc = extract(
        "The Lunar Basic Technology Initiative (LBTI) supports small satellites. "
        "LBTI was launched by the Lunar Office in 2019 to build capacity."
    )
    assert [(e.type, e.date) for e in doc.events] == [("establishment", "2019")]


def test_a_date_before_and_a_second_verb_stays_with_the_first(extract):
    doc = extract(
        "Lyra-2 was launched from the Kourou Space Centre in French Guiana in "
        "December 2024 and reached the asteroid in June 2026."
    )
    assert ("launch", "2024-12") in {(e.type, e.date) for e in doc.events}


def test_a_celebration_is_a_ceremony_and_a_count_s_year_dates_no_launch(extract):
    doc = extract(
        "A small celebration for the instrument team was held yesterday at the "
        "Lunar Research Agency. The embassy hosted a "
        "farewell reception for the crew on Saturday. The satellite lifted off "
        "on Monday, the agency's fourth launch of 2021.",
        PUBLISHED,
    )
    typed = set(_typed(doc))
    assert {("ceremony", "2021-06-29"), ("ceremony", "2021-06-26")} <= typed
    assert ("launch", "2021") not in typed
    # a celebration in words only, a reception of signals: no ceremony
    doc = extract(
        "In 2021, the two countries celebrated 50 years of relations. Scientists "
        "celebrate at the control centre on Monday. Signal reception began on "
        "Tuesday.",
        PUBLISHED,
    )
    assert "ceremony" not in {t for t, _ in _typed(doc)}


def test_a_lead_dated_by_its_dateline_is_the_signing_the_body_dates(extract):
    doc = extract(
        "LIMA, July 1. /Andes/. The Lunar Research Agency and the Korean Space "
        "Agency have signed a memorandum of understanding, the agency said.\n\n"
        "The document was signed on Tuesday in Lima.",
        PUBLISHED,
    )
    assert [(e.type, e.date) for e in doc.events] == [("agreement", "2021-06-29")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a building, a site, an instrument inaugurated: a ceremony
        (
            "The Lunar Research Agency on Sunday inaugurated the headquarters of "
            "the Korean Space Agency in Lima.",
            ("ceremony", "2021-06-27"),
        ),
        (
            "The first ground station of the agency was formally inaugurated on "
            "3 May 2021 in Kiruna.",
            ("ceremony", "2021-05-03"),
        ),
        (
            "The two agencies inaugurated the ground station on 3 May 2021 in Kiruna.",
            ("ceremony", "2021-05-03"),
        ),
        # a body inaugurated: founded
        (
            "The Joint Laboratory for Lunar Dust was inaugurated on 3 May 2021.",
            ("establishment", "2021-05-03"),
        ),
    ],
)
def test_what_is_inaugurated_tells_a_ceremony_from_a_founding(extract, text, event):
    assert _typed(extract(text, PUBLISHED)) == [event]


def test_a_verb_and_its_noun_of_one_kind_are_one_event(extract):
    doc = extract(
        "The Lunar Dust Workshop was held in Lima from 16 to 20 November 2020. "
        "The workshop was the first activity of the radar mission, for which the Lunar "
        "Research Agency and the Korean Space Agency signed a partnership "
        "agreement in Toronto on 30 September 2019.",
        PUBLISHED,
    )
    assert [t for t in _typed(doc) if t[0] == "agreement"] == [
        ("agreement", "2019-09-30")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The 9th Lunar Science Week opened in Leiden on 3 May 2023.", "conference"),
        ("The Andean Space Weather Week opened in Lima on 3 May 2023.", "conference"),
        ("World Space Week ran from 4 to 10 October 2024 in Quito.", "other"),
        ("The Chilean Space Week opened in Santiago on 3 May 2023.", "other"),
    ],
)
def test_a_named_week_is_a_conference_but_a_space_week_is_outreach(extract, text, kind):
    doc = extract(text)
    assert [e.type for e in doc.events if e.name] == [kind]


def test_a_visit_that_ends_on_a_day_is_dated_by_its_arrival(extract):
    doc = extract(
        "The minister, who arrived in Almaty on Thursday evening, ends his "
        "official visit to Kazakhstan on Saturday.",
        PUBLISHED,
    )
    visits = [e.date for e in doc.events if e.type == "visit"]
    assert visits == ["2021-06-24"]


def test_a_rocket_that_placed_satellites_in_orbit_launched_them(extract):
    doc = extract(
        "The Polar Satellite Launch Vehicle placed the 710 kg Lunarsat and 30 "
        "co-passenger satellites in orbit this morning from Sriharikota.",
        PUBLISHED,
    )
    assert ("launch", "2021-06-30") in _typed(doc)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "The telescope Lunaris, which went into orbit in June, sent its "
            "first images.",
            {("launch", "2021-06")},
            set(),
        ),
        (
            "On Saturday afternoon a Long March 2C rocket rose from Xichang, "
            "carrying the satellite.",
            {("launch", "2021-06-26")},
            set(),
        ),
        (
            "The probe will go into orbit around Mars in June 2022.",
            set(),
            {("launch", "2022-06")},
        ),
        (
            "Prices rose from five dollars on Saturday.",
            set(),
            {("launch", "2021-06-26")},
        ),
    ],
)
def test_a_craft_that_went_into_orbit_or_a_rocket_that_rose(
    extract, text, present, absent
):
    _holds(extract, text, present, absent)


def test_two_signings_on_one_day_by_other_parties_are_two_agreements(extract):
    doc = extract(
        "On Tuesday, the Lunar Research Agency and the Korean Space Agency "
        "signed a memorandum on lunar dust. Also on Tuesday, the Andean Space "
        "Institute and the Nordic Rocket Company signed an agreement on launches.",
        PUBLISHED,
    )
    assert [e.type for e in doc.events].count("agreement") == 2
