"""The contract models reject records that do not hold together."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from models import (
    DateRecord,
    DocumentInfo,
    Event,
    ExtractedDocument,
    Mention,
    Organisation,
)

TEXT = "ESA met CNSA in May 2019."


def _doc(**kw) -> ExtractedDocument:
    info = DocumentInfo(
        id="a", source="a.txt", sha256="0" * 64, chars=len(TEXT), words=6, text=TEXT
    )
    return ExtractedDocument(document=info, **kw)


def _org(oid="org:esa", start=0, end=3, text="ESA"):
    return Organisation(
        id=oid,
        name=text,
        mentions=[Mention(text=text, start=start, end=end, method="rule")],
    )


def test_valid_record():
    assert _doc(organisations=[_org()]).organisations[0].id == "org:esa"


@pytest.mark.parametrize(
    "kw",
    [
        {"organisations": [_org(start=1, end=4)]},  # offsets off the text
        {"organisations": [_org(), _org()]},  # duplicate ids
        {
            "events": [
                Event(
                    id="evt:x",
                    type="meeting",
                    participants=["org:none"],
                    evidence=Mention(text=TEXT, start=0, end=len(TEXT), method="rule"),
                )
            ]
        },
    ],
)
def test_inconsistent_record_rejected(kw):
    with pytest.raises(ValidationError):
        _doc(**kw)


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2013-13", "month"), ("2013-02-30", "day"), ("2013-05", "day"), ("13", "year")],
)
def test_bad_date_value_rejected(value, precision):
    with pytest.raises(ValidationError):
        DateRecord(text="May 2019", start=15, end=23, value=value, precision=precision)


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2019", "year"),
        ("2019-05", "month"),
        ("2013-W11", "week"),
        ("2011-SU", "season"),
        ("2011-Q3", "quarter"),
        ("199X", "decade"),
        ("20XX", "decade"),
    ],
)
def test_good_date_values(value, precision):
    assert (
        DateRecord(text="x", start=0, end=1, value=value, precision=precision).value
        == value
    )
