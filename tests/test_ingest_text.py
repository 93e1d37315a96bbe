"""text.py and mojibake.py: the normalisation every offset depends on."""

from __future__ import annotations

import pytest

from pipeline.ingest.mojibake import repair_mojibake
from pipeline.ingest.text import normalise_line, normalise_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo\rthree\n", "one\ntwo\nthree"),
        ("a\u2028b\u2029c\x0cd\x85e", "a\nb\nc\nd\ne"),
        ("ESA\u00a0and\u202fCAS\u2009met\u3000here", "ESA and CAS met here"),
        ("zero\u200bwidth\u200c joi\u200dner\u2060", "zerowidth joiner"),
        ("co\u00adop\u00ader\u00adation", "cooperation"),
        ("inner\ufeffBOM", "innerBOM"),
        ("\u200eleft-to-right mark", "left-to-right mark"),
        ("bell\x07 escape\x1b delete\x7f c1\x9a", "bell escape delete c1"),
        ("tab\tstays", "tab\tstays"),
        ("Rene\u0301e", "Ren\u00e9e"),
        ("e\u200b\u0301", "\u00e9"),
        ("trailing   \nspaces\t\n", "trailing\nspaces"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),
        ("a\n\n\nb", "a\n\n\nb"),
        ("a\n  \n \n\t\n\nb", "a\n\n\nb"),
        ("\n\n  lead and trail  \n\n", "lead and trail"),
    ],
    ids=[
        "crlf-cr", "unicode-breaks", "unicode-spaces", "zero-width", "soft-hyphen",
        "inner-bom", "bidi-mark", "controls", "tab", "nfc", "nfc-after-zero-width",
        "trailing-spaces", "blank-runs", "two-blank-lines-kept",
        "whitespace-only-lines", "ends",
    ],
)  # fmt: skip
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "China\u2019s \u201cfirst\u201d probe",
        "25\u00ba north, 3\u00b0 tilt",
        "\uff08全角括号\uff09and \ufb01 ligature",
        "Multiple  spaces  inside stay",
        "Jul 04 , 2013",
    ],
)
def test_normalise_keeps_typography(kept: str) -> None:
    assert normalise_text(kept) == kept


def test_normalise_is_idempotent() -> None:
    once = normalise_text("a\r\n\u00a0b\u200b \n\n\n\n\nCaf\u00c3\u00a9 e\u0301")
    assert normalise_text(once) == once


def test_normalise_line_collapses_whitespace() -> None:
    assert normalise_line("  Lunar\n Dust \u00a0 Workshop ") == "Lunar Dust Workshop"


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("China\u00e2\u20ac\u2122s probe", "China\u2019s probe"),
        ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d", "\u201cquoted\u201d"),
        ("2010\u00e2\u20ac\u201c2015", "2010\u20132015"),
        ("caf\u00c3\u00a9 and na\u00c3\u00afve", "caf\u00e9 and na\u00efve"),
        ("\u00e4\u00b8\u00ad\u00e5\u203a\u00bd", "中国"),
        ("Trade\u00e2\u201e\u00a2 and \u00e2\u201a\u00ac5", "Trade\u2122 and \u20ac5"),
        ("China\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s", "China\u2019s"),
        (
            "real \u2019 quote, damaged China\u00e2\u20ac\u2122s",
            "real \u2019 quote, damaged China\u2019s",
        ),
    ],
    ids=[
        "apostrophe", "double-quotes-with-c1", "en-dash", "latin-letters",
        "chinese-whole-text", "trade-mark-euro", "double-damage", "mixed-with-real",
    ],
)  # fmt: skip
def test_repair_mojibake(damaged: str, repaired: str) -> None:
    assert repair_mojibake(damaged) == repaired


@pytest.mark.parametrize(
    "clean",
    [
        "Plain ASCII text",
        "caf\u00e9 \u00bb French \u00e9\u00a0\u00bb spacing",
        "S\u00c3O PAULO",
        "\u00c2ge and \u00e2ge",
        "中国科学院",
    ],
)
def test_repair_mojibake_leaves_clean_text_alone(clean: str) -> None:
    assert repair_mojibake(clean) == clean


def test_normalise_repairs_mojibake_before_removing_its_pieces() -> None:
    # The damaged right quote contains U+009D and NBSP-damage contains U+00A0,
    # which the later steps would otherwise strip or turn into spaces.
    assert normalise_text("\u00e2\u20ac\u0153Hi\u00e2\u20ac\x9d\u00c2\u00a0x") == (
        "\u201cHi\u201d x"
    )
