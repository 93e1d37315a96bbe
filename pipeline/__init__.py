"""Extraction pipeline: raw press texts -> validated JSON about space cooperation."""

__version__ = "0.1.0"
