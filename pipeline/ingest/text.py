"""Decoded text -> the normalised text every offset indexes into.

Runs once, before anything else looks at the text. NFC, not NFKC: typographic
quotes, "\u00ba" and full-width CJK punctuation stay as written.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.ingest.mojibake import repair_mojibake

# CR LF, lone CR, NEL, vertical tab, form feed, line/paragraph separators: a break.
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Unicode spaces (category Zs besides " "): NBSP, narrow NBSP, en/em/thin...
_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible format characters (category Cf): soft hyphen, zero-width space and
# joiners, bidi marks, word joiner, BOM; C0/C1 controls other than \t and \n.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_TRAILING_SPACE = re.compile("[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile("\n{4,}")  # 3+ blank lines


def normalise_text(text: str) -> str:
    """Repair mojibake, NFC, unify line breaks and spaces, drop invisible and
    control characters, strip trailing spaces, keep at most 2 blank lines in a
    row, trim the ends."""
    # Before anything else: the damaged sequences contain NBSPs, soft hyphens
    # and C1 controls that the steps below would otherwise destroy.
    text = repair_mojibake(text)
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    if not text.isascii():
        text = _SPACE.sub(" ", text)
        # After removing invisibles: "e" ZWSP U+0301 must compose to "\u00e9" too.
        text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n\n", text)
    return text.strip()


def normalise_line(text: str) -> str:
    """Normalise a one-line value (a title): all whitespace runs become one space."""
    return " ".join(normalise_text(text).split())
