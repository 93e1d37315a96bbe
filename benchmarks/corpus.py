"""A varied corpus of N press texts, built from the texts the project holds.

Sources: ``raw/`` (the seed), ``examples/raw/`` and the text fixtures under
``tests/fixtures/`` -- read through the pipeline's own ingest, so HTML and
Markdown count by their main text. Every generated document recombines
paragraphs from different sources (sometimes with their sentences shuffled) and
substitutes years, days, months, ordinals, places and people, so no two
documents are alike and no cache can make a benchmark trivial. Deterministic
for a given seed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("raw", "examples/raw", "tests/fixtures")
SUFFIXES = {".txt", ".md", ".html", ".htm"}

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
ORDINALS = [
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
    "Ninth", "Tenth",
]  # fmt: skip
PLACES = (
    "Madrid", "Rome", "Weihai", "Harbin", "Kiruna", "Beijing", "Paris", "Noordwijk",
    "Darmstadt", "Moscow", "Shanghai", "Bremen", "Toulouse", "Tromsø", "Wuhan",
    "Sanya", "Graz", "Lisbon", "Vienna", "Kyoto",
)  # fmt: skip
PEOPLE = (
    "Yin Hejun", "Wang Chi", "Liu Xiaomei", "Anna Berg", "Marco Rossi",
    "Elena Petrova", "Jean Dupont", "Zhang Wei", "Ingrid Holm", "Pedro Alves",
)  # fmt: skip
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_DAY_MONTH = re.compile(r"\b([1-9]|[12]\d|3[01])(?= (?:" + "|".join(MONTHS) + r")\b)")
_ORDINAL = re.compile(r"\b(" + "|".join(ORDINALS) + r")\b")
_PLACE = re.compile(r"\b(" + "|".join(PLACES) + r")\b")
_PERSON = re.compile(r"\b(" + "|".join(PEOPLE) + r")\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _texts(root: Path) -> list[tuple[str, str]]:
    from pipeline.ingest import IngestError, read_document

    found = []
    for folder in SOURCE_DIRS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.suffix.lower() not in SUFFIXES or path.name.startswith("."):
                continue
            try:
                found.append((str(path.relative_to(root)), read_document(path).text))
            except IngestError:
                continue
    return found


def paragraphs(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, paragraph) for every paragraph of at least eight words."""
    pool = []
    for source, text in _texts(root):
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if len(para.split()) >= 8:
                pool.append((source, para))
    if not pool:
        raise SystemExit("no source texts found under " + ", ".join(SOURCE_DIRS))
    return pool


def _vary(text: str, rng: random.Random) -> str:
    shift = rng.randint(-12, 8)
    text = _YEAR.sub(lambda m: str(min(2029, int(m.group()) + shift)), text)
    text = _DAY_MONTH.sub(lambda m: str(rng.randint(1, 28)), text)
    text = _MONTH.sub(lambda m: rng.choice(MONTHS), text)
    text = _ORDINAL.sub(lambda m: rng.choice(ORDINALS), text)
    text = _PLACE.sub(lambda m: rng.choice(PLACES), text)
    return _PERSON.sub(lambda m: rng.choice(PEOPLE), text)


def make_document(pool: list[tuple[str, str]], rng: random.Random) -> str:
    """A title and 3-7 paragraphs from the pool, varied."""
    chosen = rng.sample(pool, k=min(len(pool), rng.randint(3, 7)))
    paras = []
    for _, para in chosen:
        if rng.random() < 0.3:
            sentences = _SENTENCE.split(para)
            rng.shuffle(sentences)
            para = " ".join(sentences)
        paras.append(_vary(para, rng))
    title = (
        f"{rng.choice(ORDINALS)} {rng.choice(['workshop', 'meeting', 'mission'])} "
        f"news from {rng.choice(PLACES)}, {rng.randint(1998, 2024)}"
    )
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def build(out: Path, n: int, seed: int = 0, start: int = 0) -> list[Path]:
    """Write documents ``doc-<start>`` .. ``doc-<start+n-1>`` as .txt into out."""
    pool = paragraphs()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        rng = random.Random(f"{seed}:{i}")
        path = out / f"doc-{i:06d}.txt"
        path.write_text(make_document(pool, rng), encoding="utf-8")
        paths.append(path)
    return paths


def words(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


if __name__ == "__main__":
    import sys

    target, count = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100
    made = build(target, count)
    print(f"{len(made)} documents, {words(made)} words -> {target}")
