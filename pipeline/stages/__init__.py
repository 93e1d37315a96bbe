"""Thin stage entry points, one per command; they wire params to library code."""
