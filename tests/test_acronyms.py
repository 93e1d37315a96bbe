"""Acronym definitions (pure)."""

from __future__ import annotations

import pytest

from pipeline.components.acronyms import find_pairs, is_short_form, long_form_for


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("the Lunar Research Agency (LRA) said", "LRA", "Lunar Research Agency"),
        (
            "the Solar Orbit Polar Explorer (SOPE) was",
            "SOPE",
            "Solar Orbit Polar Explorer",
        ),
        ("a probe, GaoFeng-7 (GF-7), flew", "GF-7", "GaoFeng-7"),
        # a number that ends the short form need stand for no word
        (
            "the Lunar Dust Monitor - Polar (LDM-P2) satellite",
            "LDM-P2",
            "Lunar Dust Monitor - Polar",
        ),
        (
            "with the Institute of Cosmic Physics KB RAN (ICP KB RAN) in",
            "ICP KB RAN",
            "Institute of Cosmic Physics KB RAN",
        ),
        ("MRL (Martian Robotics Lab) opened", "MRL", "Martian Robotics Lab"),
        # a number and a word after the initials stand for no word
        (
            "under the Orbital Training, Research and Outreach (OTRO4Space) plan",
            "OTRO4Space",
            "Orbital Training, Research and Outreach",
        ),
        # a name in a language's lower case opens with its capitalised word
        (
            "the Greenhouse gases Orbiting Probe (GOP) flew",
            "GOP",
            "Greenhouse gases Orbiting Probe",
        ),
        # a short name of the long form's words
        (
            "the Andorran Space Agency (Andorra Space) said",
            "Andorra Space",
            "Andorran Space Agency",
        ),
        (
            "AP-SWG, short for Asia-Pacific Space Weather Group, met",
            "AP-SWG",
            "Asia-Pacific Space Weather Group",
        ),
        ("The Deep Space Forum, DSF for short, met", "DSF", "The Deep Space Forum"),
        # initials win over letter matching ("Studies Board" would also spell it)
        ("the Space Studies Board (SSB) met", "SSB", "Space Studies Board"),
        # "Unit, PARENT (UNIT)": the parent's acronym is not in the long form
        (
            "the Lunar Sample Centre, KAS (LSC) and",
            "LSC",
            "Lunar Sample Centre",
        ),
        # a unit and its parent defined together
        (
            "the Lunar Sample Centre of the Korean Academy of Sciences (LSC, KAS)",
            "LSC",
            "Lunar Sample Centre",
        ),
        (
            "the Lunar Sample Centre of the Korean Academy of Sciences (LSC, KAS)",
            "KAS",
            "Korean Academy of Sciences",
        ),
        # a short form of the name in its own language: the same initials in
        # another order, not letters found in the common words before it
        (
            "the chairman and the delegates of the Lunar Exploration Agency "
            "(ALE) spoke",
            "ALE",
            "Lunar Exploration Agency",
        ),
        # ... after a possessor, with a date before it
        (
            "The array was joined in 1990 by Peru's Lunar Ranging Institute (ILR).",
            "ILR",
            "Lunar Ranging Institute",
        ),
    ],
)
def test_definition_found_with_offsets(text, short, long):
    pair = next(p for p in find_pairs(text) if p.short == short)
    assert pair.long == long
    assert text[pair.short_start : pair.short_end] == short
    assert text[pair.long_start : pair.long_end] == long


@pytest.mark.parametrize(
    "text",
    [
        "launched in May (2013) as planned",
        "the payload (see below) works",
        "the rover (in Chinese) named",
        "spent (about 20 percent) on",
    ],
)
def test_no_definition(text):
    assert find_pairs(text) == []


@pytest.mark.parametrize(
    ("short", "ok"), [("ESA", True), ("SJ-10", True), ("see", False), ("A", False)]
)
def test_short_form(short, ok):
    assert is_short_form(short) is ok


def test_long_form_needs_initials():
    assert long_form_for("XYZ", "the Lunar Research Agency") is None


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "Long or ACR", with an article before
        (
            "Bangkok - The Lunar Dust Research Agency or LDRA, with partners, "
            "opened it.",
            ("LDRA", "Lunar Dust Research Agency"),
        ),
        # a logo line: the short form and the long side by side
        (
            "LDRA Lunar Dust Research Agency\n\nThe agency said so.",
            ("LDRA", "Lunar Dust Research Agency"),
        ),
        # the short form, then more in the brackets
        (
            "The Lunar Dust Research Agency (LDRA, President KIM Jun) signed it.",
            ("LDRA", "Lunar Dust Research Agency"),
        ),
    ],
)
def test_more_ways_to_define_a_short_form(text, pair):
    assert pair in {(p.short, p.long) for p in find_pairs(text)}


def test_two_names_joined_by_or_define_nothing():
    assert find_pairs("Lunar Dust or NASA will fly. Mars or Venus.") == []


def test_a_clause_after_a_comma_is_no_long_form():
    candidate = (
        "75th International Astronautical Congress, which the Italian Space Agency"
    )
    assert long_form_for("ASI", candidate) is None


def test_a_bar_is_split_from_the_word_before_and_after(nlp):
    words = [t.text for t in nlp.make_doc("Source: Newswire| 2024-11-19|Editor: Chen")]
    assert words[:4] == ["Source", ":", "Newswire", "|"]
    assert "|" in words[5:] and "Editor" in words


def test_a_nickname_in_quotes_between_a_name_and_its_short_form():
    text = 'the Carbon Watching SATellite-2 "KIRA-2" (CWSAT-2), a joint project'
    pairs = {(p.short, p.long) for p in find_pairs(text)}
    assert pairs == {
        ("CWSAT-2", "Carbon Watching SATellite-2"),
        ("KIRA-2", "Carbon Watching SATellite-2"),
    }


def test_a_quoted_name_before_its_short_form_is_the_long_form():
    (pair,) = find_pairs('its first probe, "Tan Ce-1" (TC-1), flew')
    assert (pair.short, pair.long) == ("TC-1", "Tan Ce-1")


def test_a_photo_credit_in_brackets_defines_nothing():
    text = "[Photo] The minister signs the Lunar Accords in Seoul. (Photo: MSIT)"
    assert find_pairs(text) == []


@pytest.mark.parametrize(
    ("short", "candidate", "long"),
    [
        # the office the letters leave out is part of the name
        (
            "BEIS",
            "an agency of the Department for Business, Energy and Industrial Strategy",
            "Department for Business, Energy and Industrial Strategy",
        ),
        (
            "ASTR",
            "funded by the Agency for Science, Technology and Research",
            "Agency for Science, Technology and Research",
        ),
        # not when the letters spell a body: its office is another body
        (
            "APSCO",
            "the Secretariat of the Asia-Pacific Space Cooperation Organization",
            "Asia-Pacific Space Cooperation Organization",
        ),
        (
            "MLIT",
            "the Civil Aviation Bureau of the Ministry of Land, Infrastructure, "
            "Transport and Tourism",
            "Ministry of Land, Infrastructure, Transport and Tourism",
        ),
    ],
)
def test_a_short_form_that_leaves_out_its_office(short, candidate, long):
    assert long_form_for(short, candidate) == long


@pytest.mark.parametrize(
    ("short", "candidate", "long"),
    [
        # letters found in the words of a clause (the short form of the name in
        # another language): the capitalised name closing it
        (
            "SLAPE",
            "works with the COSMOS satellites within the Lunar-Andean Positioning "
            "System for Emergencies",
            "Lunar-Andean Positioning System for Emergencies",
        ),
        # not when that name gives few of the letters: the match as found
        (
            "eLUNA",
            "extended Lunar Uplink with a Navigation Array",
            "extended Lunar Uplink with a Navigation Array",
        ),
    ],
)
def test_a_long_form_is_the_name_closing_a_clause(short, candidate, long):
    assert long_form_for(short, candidate) == long
