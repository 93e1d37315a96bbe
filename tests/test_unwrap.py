"""Hard-wrapped prose is read as prose: a line break inside a sentence is a
space to the model and the rules, while every record quotes the text as
written (texts written for the test)."""

from __future__ import annotations

import pytest

from pipeline.components.events import unwrapped

WRAPPED = (
    "The memorandum was signed in Rome by the agency's director general Lucia\n"
    "Ferraro in the presence of the ambassador, and both sides agreed to meet\n"
    "again in the spring.\n"
)


def test_a_break_inside_a_sentence_becomes_a_space_and_offsets_stay():
    joined = unwrapped(WRAPPED)
    assert len(joined) == len(WRAPPED)
    assert "Lucia Ferraro" in joined
    assert "meet again" in joined
    assert joined.endswith("spring.\n")


@pytest.mark.parametrize(
    "text",
    [
        # a menu, a table's columns, a list, a caption before a sentence
        "Home | News | Missions | Science | Education | Contact | About us\nMore",
        "16 May 2020  Roscosmos and the agency discuss the next crew flights\n"
        "14 May 2020  A heavy rocket flies again from the northern base",
        "The two agencies agreed on the following steps at the end of talks\n"
        "- a joint call for instruments",
        "Prof. Lena Vogt (right) presents a souvenir to the visiting director\n"
        "The delegation at the operations centre of the mission",
        "Short line\nnext line",
    ],
)
def test_lines_that_are_not_wrapped_prose_are_kept(text):
    assert unwrapped(text) == text


def test_a_name_broken_over_two_lines_is_one_person_quoted_as_written(extract):
    doc = extract(WRAPPED)
    person = next(p for p in doc.people if p.name == "Lucia Ferraro")
    assert [m.text for m in person.mentions] == ["Lucia\nFerraro"]


def test_a_footer_line_of_bars_ends_its_sentence(extract):
    doc = extract(
        "The forum met in Lima.\n\nLunar Forum | 7 avenue de la Paix | Geneva, "
        "Switzerland\nCopyright Lunar Forum. All rights reserved."
    )
    assert not any("Switzerland" in o.name for o in doc.organisations)


def test_a_former_name_does_not_reach_over_a_line_break(extract):
    doc = extract(
        "About Lunar Works\nLunar Works GmbH, formerly Selene Space GmbH, builds "
        "landers for the Lunar Research Agency."
    )
    assert "Lunar Works GmbH" in [o.name for o in doc.organisations]
    assert not any("About" in o.name for o in doc.organisations)
