"""Repair the common mojibake: UTF-8 bytes that were once read as cp1252
("China\u00e2\u20ac\u2122s" for "China\u2019s").

Conservative on purpose. The whole text is re-encoded when every non-ASCII
character fits that story; otherwise only the unmistakable sequences (curly
quotes, dashes, accented Latin letters) are replaced. ftfy covers the long tail
(other code pages, nested damage) and would be the better tool.
"""

from __future__ import annotations

import re


def _cp1252_table() -> dict[str, int]:
    # Windows decoders map the 5 bytes cp1252 leaves undefined to U+0081 etc.,
    # so the reverse table takes them from latin-1.
    table: dict[str, int] = {}
    for byte in range(256):
        try:
            char = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            char = chr(byte)
        table[char] = byte
    return table


_BYTE_OF = _cp1252_table()


def _chars(low: int, high: int) -> str:
    """A regex class body of the characters standing for bytes low..high."""
    chars = (char for char, byte in _BYTE_OF.items() if low <= byte <= high)
    return "".join(re.escape(char) for char in sorted(chars))


_CONT = f"[{_chars(0x80, 0xBF)}]"
# Any UTF-8 multi-byte sequence seen through cp1252: a lead byte, continuations.
_SEQUENCE = re.compile(
    f"[{_chars(0xC2, 0xDF)}]{_CONT}"
    f"|[{_chars(0xE0, 0xEF)}]{_CONT}{{2}}"
    f"|[{_chars(0xF0, 0xF4)}]{_CONT}{{3}}"
)
# The unmistakable ones, safe to fix one by one inside otherwise clean text:
# U+00A0-U+00FF (\u00c2/\u00c3 + continuation) and U+2000-U+213F (\u00e2 + bytes
# 0x80-0x84 + continuation: quotes, dashes, ellipsis, euro, trade mark).
_UNMISTAKABLE = re.compile(
    f"[\u00c2\u00c3][{_chars(0xA0, 0xBF)}]|\u00e2[{_chars(0x80, 0x84)}]{_CONT}"
)
_MAX_ROUNDS = 3  # text mangled twice or thrice still shows up in pastes


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 damage; text without the pattern is returned
    unchanged (and quickly)."""
    for _ in range(_MAX_ROUNDS):
        if text.isascii() or not _SEQUENCE.search(text):
            return text
        repaired = _repair_whole(text)
        if repaired is None:
            return _UNMISTAKABLE.sub(_decode_match, text)
        text = repaired
    return text


def _repair_whole(text: str) -> str | None:
    """The text re-read as UTF-8, when all of it is consistent with the damage."""
    try:
        raw = bytes(_BYTE_OF[char] if char > "\x7f" else ord(char) for char in text)
        repaired = raw.decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    before = len(_SEQUENCE.findall(text))
    return repaired if len(_SEQUENCE.findall(repaired)) < before else None


def _decode_match(match: re.Match[str]) -> str:
    raw = bytes(_BYTE_OF[char] for char in match.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()
