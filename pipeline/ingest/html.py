"""HTML -> main text, title and publication date (trafilatura, inscriptis).

Nothing here touches the network: trafilatura gets a parsed tree and no URL,
htmldate only reads that tree.
"""

from __future__ import annotations

import datetime as dt
import re
from copy import deepcopy
from typing import NamedTuple

import lxml.html
from inscriptis import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml.etree import ParserError
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

from pipeline.ingest.text import normalise_line

# Never part of an article. Removed before extraction so that the inscriptis
# fallback (which keeps everything) and trafilatura's recall mode cannot leak
# menus, breadcrumbs or code into the text.
_BOILERPLATE = (
    "//script|//style|//noscript|//template|//iframe|//svg|//nav|//footer"
    "|//aside|//*[@role='navigation' or @role='banner' or @role='contentinfo']"
    "|//*[@aria-hidden='true']"
    "|//*[contains(concat(' ', normalize-space(@class), ' '), ' breadcrumb ')]"
    "|//*[contains(concat(' ', normalize-space(@class), ' '), ' menu ')]"
)
# lxml refuses str input that declares its own encoding; we decoded it already.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_INSCRIPTIS = ParserConfig(display_links=False, display_images=False)
# Only what the page states in its markup (meta tags, JSON-LD, <time>): a date
# guessed from the running text is the NLP layer's job, with offsets.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


class HtmlText(NamedTuple):
    text: str
    title: str | None
    published: dt.date | None


def html_to_text(html: str) -> HtmlText:
    """Main text (paragraphs and headings separated by blank lines), title and
    publication date of an HTML page. The text is not yet normalised."""
    tree = _parse(html)
    if tree is None:
        return HtmlText("", None, None)
    _drop_boilerplate(tree)
    document = bare_extraction(
        deepcopy(tree),
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(document, Document):
        document = extract_metadata(deepcopy(tree), date_config=_DATE_PARAMS)
    text = _with_byline(_body_text(document), tree) or _inscriptis_text(tree)
    return HtmlText(text, _title(document), _date(document))


def markup_to_text(html: str) -> str:
    """All the text of an HTML fragment, no boilerplate removal (for rendered
    Markdown, where every line is the author's)."""
    tree = _parse(html)
    return "" if tree is None else _inscriptis_text(tree)


def _parse(html: str) -> lxml.html.HtmlElement | None:
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except ParserError:
        return None  # nothing parseable, e.g. only a comment: no text


def _drop_boilerplate(tree: lxml.html.HtmlElement) -> None:
    for element in tree.xpath(_BOILERPLATE):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent


def _body_text(document: Document) -> str:
    # trafilatura's own text output separates paragraphs by a single newline;
    # rendering block by block keeps the paragraph breaks the NLP layer needs.
    body = document.body
    if body is None:
        return ""
    blocks = (xmltotxt(block, include_formatting=False).strip() for block in body)
    return "\n\n".join(block for block in blocks if block)


# The class of an article's byline or date line: "byline", "post-meta",
# "entry-meta", "author", "dateline", "pubdate".
_BYLINE_CLASS = re.compile(
    r"(?:^|[-_])(?:byline|author|meta|dateline|posted|pubdate|date)(?:$|[-_])"
)
_BYLINE_MAX = 200  # characters: a byline, not a teaser paragraph


def _with_byline(body: str, tree: lxml.html.HtmlElement) -> str:
    """The body with the article's byline put back under its title.

    trafilatura keeps the author and date as metadata and drops their line
    ("By Adaeze Okonkwo - 13 March 2025"); a reader of the text, and the
    people and dates it yields, need it. Only short lines marked as a byline
    by their class, standing before the article's first paragraph, return."""
    if not body:
        return body
    blocks = body.split("\n\n")
    lead = next((b for b in blocks[1:] if len(b) > _BYLINE_MAX), None)
    if lead is None:
        return body
    lines: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        text = normalise_line(element.text_content())
        if text and lead.startswith(text[:80]) and len(text) > _BYLINE_MAX:
            break  # the first paragraph: the byline stands before it
        if (
            text
            and len(text) <= _BYLINE_MAX
            and _byline_class(element)
            and not any(_byline_class(a) for a in element.iterancestors())
            and text not in body
        ):
            lines.append(text)
    if not lines:
        return body
    at = 1 if len(blocks) > 1 and len(blocks[0]) <= _BYLINE_MAX else 0
    return "\n\n".join([*blocks[:at], *lines, *blocks[at:]])


def _byline_class(element: lxml.html.HtmlElement) -> bool:
    classes = (element.get("class") or "").lower().split()
    return any(_BYLINE_CLASS.search(c) for c in classes)


def _inscriptis_text(tree: lxml.html.HtmlElement) -> str:
    return Inscriptis(tree, _INSCRIPTIS).get_text()


def _title(document: Document) -> str | None:
    title = normalise_line(document.title or "")
    return title or None


def _date(document: Document) -> dt.date | None:
    try:
        return dt.date.fromisoformat(document.date or "")
    except ValueError:
        return None  # htmldate found nothing, or only a partial date
