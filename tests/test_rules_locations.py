"""Locations: named places in their fullest form, and what is not a place
(celestial bodies, nationality words, places inside other names, venues).
Each case runs the whole pipeline on a sentence written for the test."""

from __future__ import annotations

import pytest


def _places(doc) -> list[str]:
    return [loc.name for loc in doc.locations]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The workshop was held in Madrid, Spain, in March 2011.", ["Madrid", "Spain"]),
        (
            "The school opened in Weihai, Shandong Province.",
            ["Weihai", "Shandong Province"],
        ),
        (
            "Scientists from China, Russia and Brazil met in Moscow.",
            ["China", "Russia", "Brazil", "Moscow"],
        ),
        ("The delegation visited Huairou, Beijing.", ["Huairou", "Beijing"]),
        (
            "The mission was prepared in Noordwijk, the Netherlands.",
            ["Noordwijk", "Netherlands"],
        ),
        (
            "The radar was tested over the United States and India.",
            ["United States", "India"],
        ),
        (
            "The rocket lifted off from Kourou, French Guiana, in 2020.",
            ["Kourou", "French Guiana"],
        ),
        (
            "The capsule landed in Siziwang Banner, Inner Mongolia Autonomous Region.",
            ["Siziwang Banner", "Inner Mongolia Autonomous Region"],
        ),
        ("Camels crossed the Gobi Desert near Dunhuang.", ["Gobi Desert", "Dunhuang"]),
        # a list of towns after "in" that the model reads as a body and a person
        (
            '"It is a great honour for our teams in Stevenage, Toulouse and '
            'Friedrichshafen," said Dr. Helen Marsh.',
            ["Stevenage", "Toulouse", "Friedrichshafen"],
        ),
        # a town's name with its neighbour; a region with its compass point
        (
            "It was signed in Garching bei München, Germany.",
            ["Garching bei München", "Germany"],
        ),
        ("It is the largest centre in South-east Asia.", ["South-east Asia"]),
    ],
)
def test_places_in_fullest_form(extract, text, places):
    assert _places(extract(text)) == places


@pytest.mark.parametrize(
    "text",
    [
        "The probe will land on the Moon and then fly to Mars.",
        "Chinese and European scientists compared their data.",
        "The Shanghai Astronomical Observatory hosted the guests.",
        "Engineers of the Hainan Deep Space Research Institute joined.",
        "The BRICS countries agreed on a shared constellation.",
        "ESA and China cooperate on the proposed space weather mission Kuafu.",
        "Universities from the Member States are building three satellites.",
        "The deal was signed on Bastille Day in the presence of ministers.",
        # a direction; a body's office; a headline's verbs after a comma
        'The chairman promised "a Congress that connects East and West".',
        "On Tuesday, a delegation visited the Secretariat of the federation.",
        "Chinese Microsatellite LUNA-2, Developed with Tohoku University, "
        "Successfully Launched\n\nThe satellite flew in China.",
    ],
)
def test_no_place_beyond_the_named_ones(extract, text):
    assert set(_places(extract(text))) <= {"China"}


def test_one_record_per_place_whatever_its_case(extract):
    doc = extract("BEIJING, March 3 (Xinhua) -- The agency said Beijing would host it.")
    assert [p.casefold() for p in _places(doc)] == ["beijing"]


def test_the_place_of_a_news_dateline(extract):
    doc = extract("KOUROU, April 6, 2016 -- The rocket carried two probes into orbit.")
    assert "KOUROU" in _places(doc)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town in title case before the day and a wire's name
        (
            "Buenos Aires, Oct 8 (EFE).- The satellite was placed in orbit, the "
            "agency reported.",
            "Buenos Aires",
        ),
        # before a numeric day or a day written first, alone on its line
        (
            "Ciudad de México, 08/11/2016\n\nThe agency held a workshop.",
            "Ciudad de México",
        ),
        ("Seville, 3 March 2025\n\nThe agency signed a memorandum.", "Seville"),
    ],
)
def test_the_town_of_a_dateline_in_title_case_is_a_place(extract, text, place):
    doc = extract(text)
    assert place in _places(doc)
    assert place not in [p.name for p in doc.people]


def test_a_name_after_in_taken_for_a_person_is_a_place(nlp):
    from spacy.tokens import Span

    from pipeline.components.entities import _nationality_places

    doc = nlp.make_doc("The seminar opened in Toulouse. It thanked Toulouse's team.")
    doc.ents = [Span(doc, 4, 5, "PERSON"), Span(doc, 8, 9, "PERSON")]
    assert [s.text for s in _nationality_places(doc)] == ["Toulouse"]


@pytest.mark.parametrize(
    "text",
    [
        "The probe was due to launch on a Proton rocket from Baikonur.",
        "The lander flew on an LVM3 from the coast.",
    ],
)
def test_a_launcher_is_not_a_place(extract, text):
    places = _places(extract(text))
    assert "Proton" not in places and "LVM3" not in places


def test_a_dateline_place_is_no_organisation(extract):
    doc = extract(
        "KOUROU, August 23, 2023 -- The agency launched a probe on Wednesday."
    )
    assert not any(o.name == "KOUROU" for o in doc.organisations)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # one name set off by commas after a body, or a chain of them
        (
            "Researchers from the Lunar Physics Laboratory (LPL), Ahmedabad, "
            "presented maps.",
            ["Ahmedabad"],
        ),
        (
            "The bus was built by the Lunar Physics Laboratory (LPL), Quilmes. "
            "It works.",
            ["Quilmes"],
        ),
        (
            "Ana Ruiz, Press Officer\nLunar Research Agency, Sacheon, "
            "Gyeongsangnam-do\nTel: +82-55-856-1234",
            ["Sacheon", "Gyeongsangnam-do"],
        ),
        # a region the model reads as an organisation
        (
            "Images of glaciers in Himachal Pradesh came in on Sunday.",
            ["Himachal Pradesh"],
        ),
        # where someone went
        (
            "Part of the delegation travelled to Quilmes to visit the centre.",
            ["Quilmes"],
        ),
        # after "near" or a distance
        ("The pad is about 135 km from Chennai, near Pulicat.", ["Chennai", "Pulicat"]),
        # a lower-case region word is no part of the name
        ("Agencies of the Asia-Pacific region met.", ["Asia-Pacific"]),
        # words the text also writes in lower case
        (
            "Grants from Research Opportunities in Space and Earth Sciences reach "
            "space scientists.",
            [],
        ),
        # a country's province, a region after a place, one name after "in"
        (
            "It launched from the site in south China's Hainan Province. Its "
            "capsule landed in north China's Inner Mongolia Autonomous Region.",
            ["China", "Hainan Province", "Inner Mongolia Autonomous Region"],
        ),
        (
            "It lifted off from Sriharikota, Andhra Pradesh. They met in Toulouse "
            "to sign it, in English.",
            ["Sriharikota", "Andhra Pradesh", "Toulouse"],
        ),
        # a town and its country; two parties joined by a hyphen
        (
            "Tests ran in Neuried, Germany, as part of China-Africa cooperation.",
            ["Neuried", "Germany"],
        ),
    ],
)
def test_places_told_by_their_setting(extract, text, places):
    assert _places(extract(text)) == places


@pytest.mark.parametrize(
    ("text", "places", "not_places"),
    [
        # a region after a town before a preposition, three words long
        (
            "The school opened in Kupang, East Nusa Tenggara, from 3 March. The "
            "station in Temerloh, Pahang on Tuesday was visited.",
            {"Kupang", "East Nusa Tenggara", "Temerloh", "Pahang"},
            set(),
        ),
        # one place written with a hyphen or with its district; two countries
        # joined by a hyphen are two parties
        (
            "Students from Timor-Leste met in Washington, D.C., for the "
            "China-France mission.",
            {"Timor-Leste", "Washington, D.C."},
            {"Timor", "Leste", "D.C.", "China-France"},
        ),
        # a country before a possessive; an agency's dateline with a dash
        (
            "OSLO — Engineers of Kenya’s Space Agency met.",
            {"OSLO", "Kenya"},
            set(),
        ),
        # features of other worlds are no places
        (
            "The rover will land in Jezero crater on the Red Planet, far from "
            "Von Kármán crater.",
            set(),
            {"Jezero", "Red Planet", "Von", "Von Kármán"},
        ),
    ],
)
def test_regions_hyphens_possessives_and_other_worlds(
    extract, text, places, not_places
):
    found = {loc.name for loc in extract(text).locations}
    assert places <= found
    assert not found & not_places


def test_craft_named_with_a_plural_programme_word_are_no_place(extract):
    doc = extract("Students worked with data from ESA's Swarm satellites in Lisbon.")
    assert {p.name for p in doc.locations} == {"Lisbon"}


def test_a_town_alone_on_a_line_with_the_day(extract):
    doc = extract("News\n\nQuito, Tuesday, August 3, 2021\n\nThe course began.")
    assert {p.name for p in doc.locations} == {"Quito"}


def test_a_country_named_with_a_body_s_head_word_is_a_place(extract):
    doc = extract("The Russian Federation and the Lunar Research Agency took part.")
    assert {p.name for p in doc.locations} == {"Russian Federation"}
    assert {o.name for o in doc.organisations} == {"Lunar Research Agency"}


def test_a_town_and_its_us_state_abbreviated(extract):
    doc = extract(
        "The laboratory in Pasadena, Calif., built the camera, which was launched "
        "from Cape Canaveral, Fla. on Monday."
    )
    assert {"Pasadena", "Calif.", "Cape Canaveral", "Fla."} <= {
        loc.name for loc in doc.locations
    }


def test_a_dateline_after_a_headline_ending_aboard_is_a_place(extract):
    doc = extract(
        "Japan launches asteroid probe with lander aboard\n\nNAGOYAMA, Japan, "
        "Dec. 3 Newswire - Japan on Wednesday launched the Hayate-3 probe. "
        "Engineers in the control room here in Nagoyama applauded."
    )
    assert "NAGOYAMA" not in {p.name for p in doc.programs}
    assert "Nagoyama" in {loc.name for loc in doc.locations}


def test_a_name_the_text_calls_a_programme_is_no_place(nlp):
    from pipeline.components.entities import _locations, norm
    from pipeline.lexicon import load_lexicon

    doc = nlp("The new data from Haneul reached the team in Daejeon and in Haneul.")
    lex = load_lexicon()
    places = {s.text for s in _locations(doc, lex, [], [])}
    assert "Haneul" in places  # what the model alone says
    kept = {s.text for s in _locations(doc, lex, [], [], frozenset({norm("Haneul")}))}
    assert "Haneul" not in kept
    assert "Daejeon" in kept


def test_a_country_code_before_a_noun_is_a_nationality_word(extract):
    doc = extract(
        "The camera was built for the U.S. space agency, and a UK company made "
        "its lens. Engineers in the U.S. and the UK tested it."
    )
    mentions = {loc.name: len(loc.mentions) for loc in doc.locations}
    assert mentions == {"U.S.": 1, "UK": 1}


def test_a_people_s_word_before_a_noun_is_no_place(extract):
    doc = extract(
        "Emirati engineers and the Thai instrument team met in Shanghai last "
        "month, and Nepali students joined them from Kathmandu."
    )
    assert {loc.name for loc in doc.locations} == {"Shanghai", "Kathmandu"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # names with a link word; towns after "in" the model takes for bodies
        ("The team met in Ribeirão das Pedras last week.", "Ribeirão das Pedras"),
        (
            "The antenna stands in Vila Nova dos Pinheiros, near the coast.",
            "Vila Nova dos Pinheiros",
        ),
        ("A second station opened in Cerro Tololo in May.", "Cerro Tololo"),
        ("The school was held in Campo Grande Norte in June.", "Campo Grande Norte"),
        ("The delegates travelled to Foz do Caramelo, Brazil.", "Foz do Caramelo"),
        ("The ground station is in Natal, Rio Grande do Norte.", "Rio Grande do Norte"),
        # ... though the model reads a person in its first words
        (
            "Engineers at the laboratory in São José dos Campos tested the satellite.",
            "São José dos Campos",
        ),
        # a region after a town the model read as a body, the region as a
        # person; a region in a language's own letters
        ("The course was held in Cuiabá, Mato Grosso, in May.", "Mato Grosso"),
        ("It was built at Villa del Lago, Córdoba, by the agency.", "Córdoba"),
    ],
)
def test_towns_with_link_words_or_after_in(extract, text, place):
    doc = extract(text)
    assert place in _places(doc)
    assert place not in {o.name for o in doc.organisations}


def test_a_journal_after_in_is_no_place(extract):
    doc = extract("The team reported the result in Physical Review Letters on May 18.")
    assert "Physical Review Letters" not in _places(doc)


def test_a_landform_and_a_listed_member_country_are_places(extract):
    doc = extract(
        "Since the 1990s, northern Chile's Atacama Desert has drawn observers. "
        "Engineers from the APSCO Member States Bangladesh, Mongolia and Peru "
        "took part."
    )
    assert {"Atacama Desert", "Bangladesh", "Mongolia", "Peru"} <= {
        loc.name for loc in doc.locations
    }


def test_a_peak_the_model_reads_as_a_body_is_a_place(extract):
    doc = extract("Dishes at Kitt Peak and near Hudson Bay joined the array.")
    assert {"Kitt Peak", "Hudson Bay"} <= set(_places(doc))
    assert "Kitt Peak" not in {o.name for o in doc.organisations}


def test_a_mountain_named_after_its_landform_word_is_a_place(extract):
    # and a telescope "on" it is named without it; a company named after a
    # range stays a company
    doc = extract(
        "The observatory runs the Great Dish Telescope on Cerro Tololo and a "
        "station on Pico Blanco. Sierra Nevada Corporation built the receiver."
    )
    assert {"Cerro Tololo", "Pico Blanco"} <= set(_places(doc))
    assert "Great Dish Telescope" in {p.name for p in doc.programs}
    orgs = {o.name for o in doc.organisations}
    assert "Sierra Nevada Corporation" in orgs
    assert not {"Cerro Tololo", "Pico Blanco"} & orgs


def test_a_towns_region_and_a_bay_of_a_place_are_one_place(extract):
    doc = extract(
        "The capsule landed in the Orenburg region, and the ship sailed the Bay "
        "of Bengal to Dhaka."
    )
    places = set(_places(doc))
    assert {"Orenburg region", "Bay of Bengal", "Dhaka"} <= places
    assert not {"Orenburg", "Bay", "Bengal"} & places
