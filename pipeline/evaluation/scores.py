"""Per-category counts for one document, and their sums."""

from __future__ import annotations

from dataclasses import dataclass, field

from models import ExtractedDocument, GoldDocument
from models.document import RECORD_KINDS
from pipeline.evaluation.matching import match, names_match, norm

CATEGORIES = RECORD_KINDS


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = (
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
        )

    def prf(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _count(preds: list, golds: list, same, label_p, label_g) -> tuple[Counts, list]:
    pairs = match(preds, golds, same)
    hit_p, hit_g = {p for p, _ in pairs}, {g for _, g in pairs}
    counts = Counts(len(pairs), len(preds) - len(pairs), len(golds) - len(pairs))
    counts.spurious = [label_p(x) for i, x in enumerate(preds) if i not in hit_p]
    counts.missed = [label_g(x) for i, x in enumerate(golds) if i not in hit_g]
    return counts, pairs


def _entities(pred: ExtractedDocument, gold: GoldDocument, kind: str, t: float):
    def same(p, g) -> bool:
        forms_p = {p.name, p.acronym, *p.aliases, *(m.text for m in p.mentions)}
        forms_g = {g.name, g.acronym, *g.mentions}
        return names_match(forms_p, forms_g, p.name, g.name, t)

    return _count(
        getattr(pred, kind),
        getattr(gold, kind),
        same,
        lambda p: p.name,
        lambda g: g.name,
    )


def _distinct(dates: list) -> list:
    """Gold lists each (text, value) once; output keeps every occurrence."""
    seen, out = set(), []
    for d in dates:
        key = (norm(d.text), d.value)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _dates(pred: ExtractedDocument, gold: GoldDocument):
    def same(p, g) -> bool:
        a, b = norm(p.text), norm(g.text)
        return p.value == g.value and (a == b or a in b or b in a)

    return _count(
        _distinct(pred.dates),
        gold.dates,
        same,
        lambda p: f"{p.text}={p.value}",
        lambda g: f"{g.text}={g.value}",
    )


def _events(pred: ExtractedDocument, gold: GoldDocument, t: float):
    def same(p, g) -> bool:
        if p.type != g.type:
            return False
        if p.date is not None and p.date == g.date:
            return True
        return bool(
            p.name and g.name and names_match({p.name}, {g.name}, p.name, g.name, t)
        )

    label = lambda e: f"{e.type}:{e.name or ''}@{e.date}"  # noqa: E731
    return _count(pred.events, gold.events, same, label, label)


def _people(pred: ExtractedDocument, gold: GoldDocument):
    return _count(
        pred.people,
        gold.people,
        lambda p, g: norm(p.name) == norm(g.name),
        lambda p: p.name,
        lambda g: g.name,
    )


def _locations(pred: ExtractedDocument, gold: GoldDocument):
    return _count(
        [x.name for x in pred.locations],
        gold.locations,
        lambda p, g: norm(p) == norm(g),
        str,
        str,
    )


def score_document(
    pred: ExtractedDocument, gold: GoldDocument, threshold: float
) -> dict[str, Counts]:
    return {
        "organisations": _entities(pred, gold, "organisations", threshold)[0],
        "programs": _entities(pred, gold, "programs", threshold)[0],
        "dates": _dates(pred, gold)[0],
        "events": _events(pred, gold, threshold)[0],
        "people": _people(pred, gold)[0],
        "locations": _locations(pred, gold)[0],
    }


def acronyms_linked(
    pred: ExtractedDocument, gold: GoldDocument, threshold: float
) -> tuple[int, int]:
    """(linked, wanted): gold orgs giving both a full name and an acronym whose
    predicted record has both."""
    counts, pairs = _entities(pred, gold, "organisations", threshold)
    wanted = [
        i
        for i, g in enumerate(gold.organisations)
        if g.acronym and norm(g.acronym) != norm(g.name)
    ]
    linked = sum(
        1
        for p, g in pairs
        if g in wanted
        and norm(pred.organisations[p].acronym) == norm(gold.organisations[g].acronym)
        and norm(pred.organisations[p].name) != norm(pred.organisations[p].acronym)
    )
    return linked, len(wanted)


def unmatched(pred: ExtractedDocument | None, gold: GoldDocument) -> dict[str, Counts]:
    """All gold items missed (no prediction for the document)."""
    empty = ExtractedDocument.model_construct(
        organisations=[], programs=[], dates=[], events=[], people=[], locations=[]
    )
    return score_document(pred or empty, gold, 100.0)
