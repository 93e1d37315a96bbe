"""The document text and the model's entities, made once per Doc.

spaCy's ``Doc.text`` rebuilds the string from every token on each access;
components that look at the text many times share one copy instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

_KEY = "space_text"
_ENTS = "space_ents"
_WRITTEN = "space_written"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the text as written, for :func:`written_of`, when the
    Doc was made from a copy with the same offsets (hard-wrapped lines
    joined, so the model and the rules read them as the prose they are)."""
    assert len(text) == len(doc.text)
    doc.user_data[_WRITTEN] = text


def written_of(doc: Doc) -> str:
    """The text as written: what a record's mention quotes."""
    return doc.user_data.get(_WRITTEN) or text_of(doc)


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """The model's entities, built once per Doc (``doc.ents`` makes new Span
    objects on every access). The spans refer back to the Doc, a cycle the
    garbage collector cannot see through a Doc: :func:`release` must drop
    them when the Doc is done with."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def release(doc: Doc) -> None:
    """Drop what :func:`entities_of` keeps, so the Doc can be freed."""
    doc.user_data.pop(_ENTS, None)


_WORD = re.compile(r"[^\W\d_]+")


# A word of a person's name, accents included: "Mäkinen", "O'Neil",
# "Jean-Paul", "McKay", "MacLeod", "DeVries"
NAME_WORD = (
    r"(?:Mc|Mac|O['’]|De|Di|Le|La)?[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+"
    r"(?:[-'’][A-ZÀ-ÖØ-Þ]?[^\W\d_A-Z]+)?"
)
# E-mail and web addresses: their lower-case words are names, not words
_ADDRESSES = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")


def common_words(doc: Doc) -> frozenset[str]:
    """Words the text also writes in lower case: not parts of a proper name.
    Read off the text once per Doc (iterating the tokens costs far more)."""
    words = doc.user_data.get("common_words")
    if words is None:
        prose = _ADDRESSES.sub(" ", text_of(doc))  # "laura.makinen@aalto.fi"
        found = {w for w in _WORD.findall(prose) if w.islower()}
        words = doc.user_data["common_words"] = frozenset(found)
    return words


def words_before(span: Span, n: int) -> Span:
    """The ``n`` words before the span, within its sentence."""
    return span.doc[max(span.sent.start, span.start - n) : span.start]


def word_after_capitals(span: Span, n: int = 2) -> Token | None:
    """The word after the span once up to ``n`` capitalised words that follow
    it are passed over: "crater" of "Von [Kármán] crater", "rocket" of "a
    Delta IV [Heavy] rocket"."""
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + n) and doc[i].is_title:
        i += 1
    return doc[i] if i < len(doc) else None


def words_around(span: Span, before: int, after: int) -> Span:
    """The span with the ``before`` words before it and the ``after`` words
    after it, within its sentence."""
    sent = span.sent
    return span.doc[
        max(sent.start, span.start - before) : min(sent.end, span.end + after)
    ]
