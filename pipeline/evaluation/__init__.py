"""Scoring extraction output against gold annotations (pure functions)."""
