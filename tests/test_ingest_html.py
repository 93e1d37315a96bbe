"""html.py and markup.py: main text, title and date from markup."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from pipeline.ingest import html as html_module
from pipeline.ingest.html import html_to_text, markup_to_text
from pipeline.ingest.markup import markdown_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def article() -> html_module.HtmlText:
    return html_to_text((FIXTURES / "article.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "leak",
    [
        "LEAKSTYLE", "LEAKSCRIPT", "LEAKJSONLD", "LEAKNAV", "LEAKCRUMB",
        "LEAKASIDE", "LEAKMENU", "LEAKFOOTER", "LEAKNOSCRIPT", "dataLayer",
    ],
)  # fmt: skip
def test_boilerplate_does_not_leak(article: html_module.HtmlText, leak: str) -> None:
    assert leak not in article.text


def test_article_paragraphs_are_kept(article: html_module.HtmlText) -> None:
    assert "The second Sino-Nordic Workshop on Lunar Dust opened in Harbin" in (
        article.text
    )
    assert "planned for Troms\u00f8 in 2017" in article.text


def test_paragraphs_and_headings_are_separated_by_blank_lines(
    article: html_module.HtmlText,
) -> None:
    blocks = article.text.split("\n\n")
    assert blocks[0] == "Lunar Dust Workshop Opens in Harbin"
    assert "Two days of talks" in blocks
    assert len(blocks) == 5


def test_title_from_meta(article: html_module.HtmlText) -> None:
    assert article.title == "Lunar Dust Workshop Opens in Harbin"


def test_published_from_meta(article: html_module.HtmlText) -> None:
    assert article.published == dt.date(2016, 3, 21)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<title>Plain Title</title>", "Plain Title"),
        (
            '<title>Site</title><meta property="og:title" content="OG Title">',
            "OG Title",
        ),
        ("", None),
    ],
)
def test_title_sources(head: str, title: str | None) -> None:
    page = f"<html><head>{head}</head><body><p>Some text here.</p></body></html>"
    assert html_to_text(page).title == title


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="date" content="2014-05-14">',
        '<meta property="article:published_time" content="2014-05-14T08:00:00Z">',
    ],
)
def test_published_sources(head: str) -> None:
    page = f"<html><head>{head}</head><body><p>Some text.</p></body></html>"
    assert html_to_text(page).published == dt.date(2014, 5, 14)


def test_no_date_guessed_from_running_text() -> None:
    page = "<html><body><p>The meeting took place on 4 July 2013.</p></body></html>"
    assert html_to_text(page).published is None


def test_no_network_access(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    page = page.replace("<head>", '<head><link rel="canonical" href="http://x.org/a">')
    assert html_to_text(page).text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<!-- only a comment -->",
        "<html><head><title>T</title><script>var a = 1;</script></head></html>",
        "<html><body><nav><a href='/'>Home</a> &gt; News</nav></body></html>",
    ],
    ids=["empty", "comment", "head-only", "nav-only"],
)
def test_pages_without_article_text_give_no_text(page: str) -> None:
    assert html_to_text(page).text.strip() == ""


def test_fragment_without_html_element() -> None:
    assert html_to_text("<p>Just a fragment.</p>").text == "Just a fragment."


def test_xml_declaration_is_accepted() -> None:
    page = '<?xml version="1.0" encoding="gbk"?><html><body><p>Hi.</p></body></html>'
    assert html_to_text(page).text == "Hi."


def test_inscriptis_fallback_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_module, "bare_extraction", lambda *a, **k: None)
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    result = html_to_text(page)
    assert "opened in Harbin" in result.text
    assert "LEAKNAV" not in result.text
    assert "LEAKSCRIPT" not in result.text
    assert result.title == "Lunar Dust Workshop Opens in Harbin"


def test_markup_to_text_keeps_everything() -> None:
    assert "Home" in markup_to_text("<div><p>Home</p><p>Body</p></div>")


@pytest.fixture(scope="module")
def note() -> str:
    return markdown_to_text((FIXTURES / "note.md").read_text(encoding="utf-8")).text


@pytest.mark.parametrize(
    "kept",
    [
        "The Swedish Balloon Office and the Example Space Institute launched",
        "in August 2018.",
        "a cosmic-ray counter",
        "a UV-2 spectrometer",
        "Results will be shared at the autumn meeting.",
    ],
)
def test_markdown_text_without_markup(note: str, kept: str) -> None:
    assert kept in note


@pytest.mark.parametrize(
    "dropped", ["https://", "balloons.example.org", "**", "](", "launch.jpg", "# "]
)
def test_markdown_markup_and_urls_are_dropped(note: str, dropped: str) -> None:
    assert dropped not in note


def test_markdown_headings_on_their_own_lines(note: str) -> None:
    lines = note.splitlines()
    assert "Balloon Campaign in Kiruna" in lines
    assert "Payloads" in lines


@pytest.mark.parametrize(
    ("markdown", "title"),
    [
        ("# The `SJ-10` *Mission*\n\nText.", "The SJ-10 Mission"),
        ("Intro.\n\n## Only a subheading\n", None),
        ("Title line\n==========\n\nText.", "Title line"),
    ],
)
def test_markdown_title_is_the_first_h1(markdown: str, title: str | None) -> None:
    assert markdown_to_text(markdown).title == title


_LEAD = (
    "The Lunar Dust Consortium met in Harbin this week to plan a joint "
    "instrument for a polar lander, and agreed on a schedule of tests that "
    "runs until the end of next year, with a review after each campaign."
)


def _page(byline: str, after: str = "") -> str:
    return (
        "<html><body><article><h1>Consortium plans a dust instrument</h1>"
        f"{byline}<p>{_LEAD}</p><p>{_LEAD.replace('Harbin', 'Tromsø')}</p>"
        f"{after}</article></body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="byline">By Ingrid Solberg | <time>4 May 2017</time></p>',
        '<div class="post-meta">Published: 04.05.2017 | Author: Ingrid Solberg</div>',
        '<p class="entry-meta">By Ingrid Solberg &mdash; <span class="date">'
        "4 May 2017</span></p>",
    ],
)
def test_the_byline_stays_between_title_and_text(byline: str) -> None:
    blocks = html_to_text(_page(byline)).text.split("\n\n")
    assert blocks[0] == "Consortium plans a dust instrument"
    assert "Ingrid Solberg" in blocks[1] and "2017" in blocks[1]
    assert blocks[2] == _LEAD


@pytest.mark.parametrize(
    ("byline", "after"),
    [
        ("", '<p class="byline">Posted by Ingrid Solberg</p>'),  # after the text
        (f'<p class="post-meta">{_LEAD} {_LEAD}</p>', ""),  # too long for one
    ],
)
def test_only_a_short_marked_line_before_the_text_is_a_byline(
    byline: str, after: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(byline, after)
    text = html_to_text(page).text
    monkeypatch.setattr(html_module, "_with_byline", lambda body, tree: body)
    assert text == html_to_text(page).text  # nothing put back
