"""Document metadata the text itself gives: publication date and title.

What a sidecar states wins over HTML metadata, which wins over what is read
from the text (a byline or dateline).
"""

from __future__ import annotations

import re

from models import DocumentInfo
from pipeline.dates.published import find_publication_date
from pipeline.ingest import IngestedDocument

_BREADCRUMB = re.compile(r"^\s*(?:Home|首页)\s*[>»/|→›]")
_NOT_TITLE = re.compile(
    r"^(?:News|Editor|Update|Source|Download|Photo|By |Skip to|Jump to|Go to|"
    r"Menu|Search|Log ?in|Sign (?:in|up)|Subscribe|Share|Print|Follow us|"
    r"Back to|You are here|English|中文)",
    re.I,
)
_WORD = re.compile(r"\w+")


# between menu items: a bar, slash, arrow or bullet, or a run of spaces
# ("Home   About Us   Our Work   Events")
_NAV_SEPARATOR = re.compile(r"\s+[|/>»›•·→]\s+|[ \t]{2,}|\t")
# a footer's links: one of them is enough with a bar ("Terms & conditions |
# Institutional Subscriber")
_FOOTER_WORDS = re.compile(
    r"\b(?:Privacy|Terms|Cookies?|Sitemap|Site map|Accessibility|Contact us|"
    r"Subscribe|Log ?in|Sign in|Disclaimer|Copyright)\b",
    re.I,
)
# a page's labels: "Tags: Space Weather, Capacity Development", "Focus: Space"
_LABEL_LINE = re.compile(
    r"^\s*[-•·]?\s*(?:Tags|Keywords|Topics|Focus|Categories|Category|Filed under)\s*:",
    re.I,
)


# an accessibility link: "Skip to main content"
_SKIP = re.compile(r"^\s*Skip to (?:main )?(?:content|navigation)\s*$", re.I)


# a byline's first item: "Writer: Chen Yu", "Author: ..."
_BYLINE_ITEM = re.compile(r"(?:Writer|Author|Editor|Reporter|By)\s*:", re.I)


def _menu_line(body: str) -> bool:
    """A menu or breadcrumb pasted with a web page ("NEWS | CHINA | WORLD",
    "Home / China / Science"): three or more short items between separators,
    or a breadcrumb from "Home". Not a byline ("By LI Wei | China Daily |
    Updated: 2018-10-30")."""
    items = _NAV_SEPARATOR.split(body)
    footer = "|" in body and bool(_FOOTER_WORDS.search(body))
    menu = len(items) >= 3 or (len(items) == 2 and (_BREADCRUMB.match(body) or footer))
    return bool(
        menu
        and not body.lower().startswith("by ")
        and not _BYLINE_ITEM.match(body)  # "Writer: Chen Yu  Editor: Luo Ping"
        and all(1 <= len(_WORD.findall(i)) <= 3 or _SKIP.match(i) for i in items)
        and not any(c.isdigit() for c in body)
    )


_RELATED = re.compile(
    r"^\s*(?:Related(?: (?:News|Articles|Stories|Links|Content|Coverage|Reading))?|"
    r"Read (?:more|also)|See also|More news|Recommended|Latest news|"
    r"Most (?:read|popular)|You (?:may|might) also like)\s*:?\s*$",
    re.I,
)
# Copyright and the site's own small print: "Our Standards: The Thomson Reuters
# Trust Principles.", "This website uses cookies ...", "Is this page useful?"
_COPYRIGHT = re.compile(
    r"^\s*(?:Copyright|©|\(c\)\s+\d{4}|All rights reserved|Our Standards:|"
    r"This (?:website|site) uses cookies|Is this page useful\?)",
    re.I,
)


# a copyright line proper (not a site's standards or cookie notice)
_OWNED = re.compile(r"^\s*(?:Copyright|©|\(c\)\s+\d{4})", re.I)


def _cookies(body: str) -> bool:
    """A cookie notice: "We use cookies ... you accept our Privacy Policy."""
    return len(body) < 400 and bool(
        re.search(r"\b(?:use[sd]?|accept)\b[^.]{0,40}\bcookies\b", body, re.I)
    )


def boilerplate_lines(
    text: str, copyright: bool = True, related_links: bool = True
) -> list[tuple[int, int]]:
    """Menus and breadcrumbs, copyright lines (unless ``copyright`` is false:
    the owner a copyright line names is a body the text names), and a
    "Related News:" block (its header and the short lines after it; unless
    ``related_links`` is false): character spans, line breaks included."""
    areas, start = [], 0
    related, items = False, 0  # inside a "Related News:" block; its items so far
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if _RELATED.match(body):
            related, items = True, 0
        elif related and len(_WORD.findall(body)) > 20:
            related = False  # prose again
        elif related and not body and items:
            related = False  # the blank line after the list
        elif related and body:
            items += 1
        small_print = _LABEL_LINE.match(body) or (
            _COPYRIGHT.match(body)
            and (
                copyright
                or not _OWNED.match(body)
                or any(w.lower() != "copyright" for w in _FOOTER_WORDS.findall(body))
            )
        )
        if (
            (related and related_links)
            or small_print
            or _menu_line(body)
            or _cookies(body)
        ):
            areas.append((start, start + len(line)))
        start += len(line)
    return areas


def related_headlines(
    text: str,
    boilerplate: list[tuple[int, int]],
    without_related: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The lines of a "Related News:" block written in title case ("China's
    Quantum Satellite Achieves Entanglement Distribution"), whose capitals do
    not tell names from words; from ``boilerplate_lines`` with and without
    the block."""
    related = set(boilerplate) - set(without_related)
    return [(a, b) for a, b in sorted(related) if _title_cased(text[a:b])]


def _title_cased(body: str) -> bool:
    words = [w for w in _WORD.findall(body) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def guess_title(text: str) -> str | None:
    """The first line that reads like a headline: short, no final period, not a
    menu, breadcrumb or byline; after the page's breadcrumb when it has one
    ("Institute for Space-Earth Environmental Research" above "Home > News >
    Events" is the site's name); of four words or more when one is (a
    section's name, "Sci & Tech", stands above the headline)."""
    lines = [line.strip() for line in text.splitlines()[:12]]
    crumbs = [i for i, line in enumerate(lines) if _a_breadcrumb(line)]
    short = None
    for line in lines[crumbs[0] + 1 :] if crumbs else lines:
        words = _WORD.findall(line)
        if not 2 <= len(words) <= 25 or line.endswith((".", ":", "?")):
            continue
        if _BREADCRUMB.match(line) or _NOT_TITLE.match(line) or "|" in line:
            continue
        if _a_breadcrumb(line) or re.search(r"\S[ \t]{2,}\S", line):
            continue  # "EN  RU", "RSS   Subscribe to newsletter": a menu
        if len(words) >= 4:
            return line
        short = short or line
    return short


# "Home > News > Events", "Press Centre > News"
_CRUMB = re.compile(r"\s+[>»›→]\s+")


def _a_breadcrumb(line: str) -> bool:
    return bool(_CRUMB.search(line)) or (
        bool(_NAV_SEPARATOR.search(line)) and len(_NAV_SEPARATOR.split(line)) >= 3
    )


def document_info(ing: IngestedDocument) -> DocumentInfo:
    meta = ing.meta
    published, source = None, None
    if meta is not None and meta.published is not None:
        published, source = meta.published, "sidecar"
    elif ing.html_published is not None:
        published, source = ing.html_published, "html"
    else:
        found = find_publication_date(ing.text)
        if found is not None:
            published, source = found.value, found.source
    title = (meta.title if meta else None) or ing.title or guess_title(ing.text)
    return DocumentInfo(
        id=ing.id,
        source=ing.source,
        sha256=ing.sha256,
        title=title,
        published=published,
        published_source=source
        if source in {"sidecar", "html", "byline"}
        else ("dateline" if source else None),
        source_url=meta.source_url if meta else None,
        format=ing.format,
        encoding=ing.encoding,
        chars=len(ing.text),
        words=len(_WORD.findall(ing.text)),
        text=ing.text,
    )
