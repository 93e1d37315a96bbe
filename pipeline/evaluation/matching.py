"""Name normalisation and one-to-one matching of predicted to gold items."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz

P = TypeVar("P")
G = TypeVar("G")

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm(text: str | None) -> str:
    """Casefolded, without a leading "the", possessive or trailing punctuation."""
    text = " ".join((text or "").translate(_QUOTES).split()).casefold()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return text.strip(" .,;:")


def names_match(
    pred: set[str], gold: set[str], name_pred: str, name_gold: str, threshold: float
) -> bool:
    """Any shared surface form, or near-identical names."""
    if {norm(p) for p in pred if p} & {norm(g) for g in gold if g}:
        return True
    return fuzz.ratio(norm(name_pred), norm(name_gold)) >= threshold


def match(
    preds: Sequence[P], golds: Sequence[G], same: Callable[[P, G], bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (pred index, gold index), in gold order."""
    used: set[int] = set()
    pairs = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if pi not in used and same(pred, gold):
                used.add(pi)
                pairs.append((pi, gi))
                break
    return pairs
