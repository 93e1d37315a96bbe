"""Dates: every calendar expression in a text, normalised to ISO 8601 at the
written precision (pure Python, no spaCy)."""

from pipeline.dates.finder import DateMatch, find_dates

__all__ = ["DateMatch", "find_dates"]
