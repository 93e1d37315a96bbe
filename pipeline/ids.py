"""Stable record ids from names (no spaCy: light stages use it too)."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str) -> str:
    """ "Chang'e-6 Mission" -> "chang-e-6-mission"; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"
