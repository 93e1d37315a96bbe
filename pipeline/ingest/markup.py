"""Markdown -> plain text: rendered by markdown-it-py, flattened by inscriptis.

Links keep their text (not the URL), images are dropped, headings and list
items stay on their own lines. No boilerplate removal: a Markdown file is the
author's text.
"""

from __future__ import annotations

from typing import NamedTuple

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.ingest.text import normalise_line

# GFM tables are common in pasted notes; raw HTML blocks pass through to
# inscriptis, which drops scripts and styles.
_MARKDOWN = MarkdownIt("commonmark").enable("table").enable("strikethrough")


class MarkdownText(NamedTuple):
    text: str  # not yet normalised
    title: str | None  # the first level-1 heading, as the author marked it


def markdown_to_text(markdown: str) -> MarkdownText:
    """The text a reader sees in the rendered Markdown, and its "# " title."""
    from pipeline.ingest.html import markup_to_text  # lxml: loaded when needed

    tokens = _MARKDOWN.parse(markdown)
    html = _MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {})
    return MarkdownText(markup_to_text(html), _first_h1(tokens))


def _first_h1(tokens: list[Token]) -> str | None:
    for opening, inline in zip(tokens, tokens[1:], strict=False):
        if opening.type == "heading_open" and opening.tag == "h1":
            words = (
                child.content
                for child in inline.children or []
                if child.type in ("text", "code_inline")
            )
            return normalise_line("".join(words)) or None
    return None
