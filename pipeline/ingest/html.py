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
    text = _body_text(document) or _inscriptis_text(tree)
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
