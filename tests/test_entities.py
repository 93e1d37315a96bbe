"""Organisations, programs, named events, people and places on written texts."""

from __future__ import annotations

import pytest


def _names(records):
    return {r.name for r in records}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Experts from the Hainan Deep Space Research Institute joined.",
            "Hainan Deep Space Research Institute",
        ),
        (
            "The Institute of Lunar Geophysics hosted them.",
            "Institute of Lunar Geophysics",
        ),
        (
            "Students of Hebei University at Baoding attended.",
            "Hebei University at Baoding",
        ),
        (
            "China Rocketry Science and Technology Corporation built it.",
            "China Rocketry Science and Technology Corporation",
        ),
        (  # a listed company's name, "&" and a company's head word
            "The camera was built by Airbus & Optical Systems Ltd. of Tucson.",
            "Airbus & Optical Systems Ltd.",
        ),
        (  # a company of the industry's list
            "The lander was built by NPO Lavochkin for the agency.",
            "NPO Lavochkin",
        ),
        (  # the Arabic article joined to the name
            "Students of Al al-Qamar University in Irbid attended.",
            "Al al-Qamar University",
        ),
    ],
)
def test_organisation_by_head_word(extract, text, org):
    assert org in _names(extract(text).organisations)


def test_two_acronyms_joined_by_and_are_two(extract):
    doc = extract("Engineers of ESA and NASA met in Paris.")
    assert {"ESA", "NASA"} <= _names(doc.organisations)


def test_nested_organisations(extract):
    doc = extract("The Secretariat of the Hainan Committee for COSPAR met in May.")
    names = _names(doc.organisations)
    assert {
        "Secretariat of the Hainan Committee for COSPAR",
        "Hainan Committee for COSPAR",
        "COSPAR",
    } <= names


def test_acronym_linked_and_every_mention_listed(extract):
    text = "The Lunar Research Agency (LRA) signed it. Later LRA said so."
    org = next(o for o in extract(text).organisations if o.acronym == "LRA")
    assert org.name == "Lunar Research Agency"
    assert [m.text for m in org.mentions] == ["Lunar Research Agency", "LRA", "LRA"]
    assert all(text[m.start : m.end] == m.text for m in org.mentions)


@pytest.mark.parametrize(
    ("text", "program"),
    [
        ("The Tianwen-1 probe reached orbit.", "Tianwen-1"),
        (
            "It joined the Deep Ocean Exploration Program last year.",
            "Deep Ocean Exploration Program",
        ),
        (
            "The Polar Wind Observation Satellite (PWOS) flew.",
            "Polar Wind Observation Satellite",
        ),
    ],
)
def test_programs(extract, text, program):
    doc = extract(text)
    assert program in _names(doc.programs)
    assert program not in _names(doc.organisations)


def test_named_event_keeps_ordinal_and_date(extract):
    doc = extract(
        "The Ninth Sino-French Space Science Workshop was held in Lyon, France "
        "in June 2015."
    )
    event = doc.events[0]
    assert (event.type, event.name, event.date, event.location) == (
        "workshop",
        "Ninth Sino-French Space Science Workshop",
        "2015-06",
        "Lyon, France",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In May 2019 the Lunar Research Agency signed a memorandum with ESA.",
            "agreement",
        ),
        ("A delegation of the Lunar Research Agency visited ESA in May 2019.", "visit"),
        (
            "The Hainan Space Weather Center was established in 2019 by ESA.",
            "establishment",
        ),
        ("The Tianwen-1 probe was launched by CNSA in July 2020.", "launch"),
    ],
)
def test_event_types(extract, text, kind):
    assert kind in {e.type for e in extract(text).events}


def test_facility_is_not_an_organisation(extract):
    doc = extract("The guests toured the Deep Space Exhibition Hall of the centre.")
    assert "Deep Space Exhibition Hall" not in _names(doc.organisations)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members discussed the Outer Space Treaty in Vienna.", "Outer Space Treaty"),
        ("The probe passed its Mission Readiness Review.", "Mission Readiness Review"),
    ],
)
def test_a_treaty_or_a_review_is_not_an_organisation(extract, text, name):
    assert name not in _names(extract(text).organisations)


def test_planets_are_not_places(extract):
    doc = extract("The orbiter reached Mars after leaving Beijing.")
    assert _names(doc.locations) == {"Beijing"}


def test_place_inside_an_organisation_is_not_separate(extract):
    doc = extract("Scientists of the Hainan Deep Space Research Institute spoke.")
    assert "Hainan" not in _names(doc.locations)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Prof. ZHAO Hui, Deputy Director of the Lunar Research Agency, spoke.",
            "ZHAO Hui",
            "Deputy Director",
        ),
        (
            "Dr. Maria Keller, Chief Scientist at the Lunar Research Agency, spoke.",
            "Maria Keller",
            "Chief Scientist",
        ),
    ],
)
def test_person_title_and_affiliation(extract, text, name, title):
    doc = extract(text)
    person = next(p for p in doc.people if p.name == name)
    org = next(o for o in doc.organisations if o.name == "Lunar Research Agency")
    assert (person.title, person.affiliation) == (title, org.id)


def test_capitalised_common_words_are_not_a_person(extract):
    doc = extract("Space Science Delivers. The space science results were good.")
    assert doc.people == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Funding came from the Ministry of Science and Technology of Korea and "
            "Korea National Development and Reform Commission.",
            {
                "Ministry of Science and Technology of Korea",
                "Korea National Development and Reform Commission",
            },
        ),
        (
            "A delegation from the Italian Embassy in Korea arrived.",
            {"Italian Embassy in Korea"},
        ),
        (
            "Lunar Research Agency Delegation Visited KASI",
            {"Lunar Research Agency"},
        ),
        (  # the model took in the preposition after the name
            "The agency already operates the radio dish at Parkes and the "
            "Tasman Radio Observatory near Narrabri.",
            {"Tasman Radio Observatory"},
        ),
        (  # a page's columns: a gap of spaces ends a name
            "Release time: 2021-03-02     Source: Department of Outreach and "
            "Training     Views: 3,001\n\nThe department said so.",
            {"Department of Outreach and Training"},
        ),
    ],
)
def test_organisation_boundaries(extract, text, expected):
    assert expected <= {o.name for o in extract(text).organisations}


def test_owner_in_front_of_an_acronym_defined_programme(extract):
    doc = extract(
        "Two missions of the KASA Frontier Science Program (FSP) on lunar dust "
        "were chosen."
    )
    programs = {p.name: p.acronym for p in doc.programs}
    assert programs == {"KASA Frontier Science Program": "FSP"}
    assert "KASA" in {o.name for o in doc.organisations}


def test_agency_acronym_before_a_known_mission_is_its_owner(extract):
    doc = extract("Images came from ESA Mars Express last week.")
    assert [p.name for p in doc.programs] == ["Mars Express"]
    assert [o.name for o in doc.organisations] == ["ESA"]


def test_number_words_do_not_start_names(extract):
    doc = extract("Four satellite missions were approved.")
    assert doc.programs == []


def test_a_processed_doc_is_freed_without_the_garbage_collector(nlp):
    """No reference cycle through the Doc (spans kept in user_data would make
    one): a corpus's Docs are freed one by one, and memory stays flat."""
    import gc
    import weakref

    gc.disable()
    try:
        doc = nlp(
            "The Lunar Research Agency met NASA in Paris on 3 May 2021. Kate "
            "Lindholm (ESA) chaired the meeting."
        )
        ref = weakref.ref(doc)
        del doc
        assert ref() is None
    finally:
        gc.enable()


def test_a_company_with_and_without_its_legal_form_is_one(extract):
    doc = extract(
        "The satellites were launched under agreements with Lunar Works "
        "Corporation Limited. Lunar Works Corporation said the launch went well."
    )
    assert [o.name for o in doc.organisations] == ["Lunar Works Corporation Limited"]


def test_a_listed_body_with_a_comma_in_its_name(extract):
    doc = extract(
        "The ISRO Telemetry, Tracking and Command Network (ISTRAC) tracked the "
        "probe from Bengaluru."
    )
    assert "ISRO Telemetry, Tracking and Command Network" in _names(doc.organisations)


def test_a_listed_regional_centre_keeps_the_region_in_its_name(extract):
    doc = extract(
        "Zhang Jun, executive director of the Regional Centre for Space Science "
        "and Technology Education in Asia and the Pacific (RCSSTEAP), opened it."
    )
    full = (
        "Regional Centre for Space Science and Technology Education in Asia and "
        "the Pacific"
    )
    assert full in _names(doc.organisations)
