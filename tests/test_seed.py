"""What a reader sees in the user's seed document (raw/seed.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).parent.parent / "raw" / "seed.txt"


@pytest.fixture(scope="module")
def seed(extract):
    return extract(SEED.read_text(encoding="utf-8"))


def _org(doc, name):
    return next(o for o in doc.organisations if o.name == name)


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("National Space Science Center", "NSSC"),
        ("Institute of Solar-Terrestrial Physics SB RAS", "ISTP SB RAS"),
    ],
)
def test_organisation_linked_to_its_acronym(seed, name, acronym):
    org = _org(seed, name)
    assert org.acronym == acronym
    assert {m.text for m in org.mentions} >= {name, acronym}


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Double Star Exploration Program", "DSP"),
        ("Yinghuo-1", "Yinghuo-1"),
        ("International Space Weather Meridian Circle Program", "ISWMCP"),
        ("Kuafu Project", "KuaFu"),
        ("Hard X-ray Modulation Telescope", "HXMT"),
    ],
)
def test_program_with_its_forms(seed, name, form):
    program = next(p for p in seed.programs if p.name == name)
    assert form in {m.text for m in program.mentions}


@pytest.mark.parametrize(
    ("name", "date", "location"),
    [
        (
            "Seventh ESA-China Bilateral Space Science Workshop",
            "2011-03",
            "Madrid, Spain",
        ),
        (
            "Second ESA-China Mars Advanced School",
            "2011-09",
            "Weihai, Shandong Province",
        ),
    ],
)
def test_named_event(seed, name, date, location):
    event = next(e for e in seed.events if e.name == name)
    assert (event.date, event.location) == (date, location)


def test_december_2000(seed):
    assert ("December 2000", "2000-12", "month") in {
        (d.text, d.value, d.precision) for d in seed.dates
    }


def test_person_with_title_and_affiliation(seed):
    person = next(p for p in seed.people if p.name == "Yin Hejun")
    assert person.title == "Vice President"
    assert person.affiliation == _org(seed, "Chinese Academy of Sciences").id


def test_no_country_is_an_organisation(seed):
    assert not {"China", "Russia", "Spain"} & {o.name for o in seed.organisations}
