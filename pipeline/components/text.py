"""The document text, joined once per Doc.

spaCy's ``Doc.text`` rebuilds the string from every token on each access;
components that look at the text many times share one copy instead.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "space_text"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
