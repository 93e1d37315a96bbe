"""A reviewer's corrections: read with line numbers, applied to documents."""

from pipeline.corrections.apply import apply_all
from pipeline.corrections.load import CorrectionsError, Loaded, load

__all__ = ["CorrectionsError", "Loaded", "apply_all", "load"]
