"""Metadata read from a plain text's head: its title, and the pasted web-page
lines (menus, related links, copyright) that hold no data (texts written for
the test)."""

from __future__ import annotations

import pytest

from pipeline.metadata import boilerplate_lines, guess_title

PAGE = (
    "Skip to main content\n"
    "English | 中文\n"
    "Search\n"
    "Home > News > Events\n\n"
    "Lunar Dust Workshop Opens in Harbin\n"
    "Source: LRA    Date: 2023-05-22\n\n"
    "The workshop opened on Monday. It runs for a week.\n\n"
    "Related News:\n"
    "· Agency delegation visits Quito\n"
    "· New station opens in Lima\n\n"
    "More prose that is not a link at all.\n"
    "Copyright © 2023 Lunar Research Agency. All Rights Reserved.\n"
)


def test_the_title_skips_site_furniture():
    assert guess_title(PAGE) == "Lunar Dust Workshop Opens in Harbin"


@pytest.mark.parametrize(
    "page",
    [
        # the site's name above the breadcrumb
        "Institute for Lunar Research, Lima University\nHome  About  News\n\n"
        "Home > News > Events\n\nLunar scientists join the regional forum in Lima"
        "\n\nText.",
        # a two-item breadcrumb, a section's name, a language switch
        "EN  RU\nPress Centre > News\nSci & Tech\n\nLunar scientists join the "
        "regional forum in Lima\n\nText.",
    ],
)
def test_the_title_follows_the_breadcrumb_and_outruns_a_section_name(page):
    assert guess_title(page) == "Lunar scientists join the regional forum in Lima"


def test_boilerplate_lines_are_menus_related_links_and_copyright():
    lines = [PAGE[a:b].strip() for a, b in boilerplate_lines(PAGE)]
    assert lines == [
        "Home > News > Events",
        "Related News:",
        "· Agency delegation visits Quito",
        "· New station opens in Lima",
        "Copyright © 2023 Lunar Research Agency. All Rights Reserved.",
    ]


def test_site_small_print_and_related_coverage_are_boilerplate():
    page = (
        "The accord was signed on Monday.\n\n"
        "Related coverage\n\n"
        "Explainer: Why the lunar poles matter\n\n"
        "Our Standards: The Newswire Trust Principles.\n"
        "This website uses cookies to improve your experience.\n"
        "Is this page useful? Yes | No\n"
    )
    lines = [page[a:b].strip() for a, b in boilerplate_lines(page)]
    assert [line for line in lines if line] == [
        "Related coverage",
        "Explainer: Why the lunar poles matter",
        "Our Standards: The Newswire Trust Principles.",
        "This website uses cookies to improve your experience.",
        "Is this page useful? Yes | No",
    ]


def test_menus_by_spaces_label_lines_cookie_notices_and_footer_links():
    page = (
        "Home   About Us   Our Work   Events   Media Centre\n"
        "Tags: Space Weather, Capacity Development\n"
        "We use cookies to enhance your experience. You accept our Privacy Policy.\n"
        "Terms & conditions  |  Institutional Subscriber\n"
        "The workshop opened on Monday.  It runs for a week.\n"
    )
    lines = [page[a:b].strip() for a, b in boilerplate_lines(page)]
    assert lines == page.strip().split("\n")[:4]


def test_an_accessibility_menu_but_not_a_site_name_with_its_sections():
    page = (
        "Skip to main content | Screen Reader Access | A- A A+\n"
        "The Lunar Times of Quito | News | World\n"
        "The workshop opened on Monday.\n"
    )
    lines = [page[a:b].strip() for a, b in boilerplate_lines(page)]
    assert lines == ["Skip to main content | Screen Reader Access | A- A A+"]


def test_a_copyright_lines_owner_is_kept_among_the_bodies(extract):
    doc = extract(
        "A probe flew.\n\nCopyright 1995 - 2024 . All rights reserved. The content "
        "published in this site belongs to Selene Daily Information Co (SDIC).\n"
        "Copyright © 2024 Selene | Privacy | Contact Us\n"
    )
    names = {o.name for o in doc.organisations}
    assert "Selene Daily Information Co" in names
    assert "Contact Us" not in names
