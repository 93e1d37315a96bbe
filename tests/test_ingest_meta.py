"""meta.py: sidecar <id>.meta.json validation and its error messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.ingest import IngestError, SidecarMeta, read_sidecar
from pipeline.ingest.meta import parse_sidecar

JULY_4 = SidecarMeta(published=dt.date(2013, 7, 4))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            b'{"published": "2013-07-04", "source_url": "http://a.org", '
            b'"title": "V"}',
            JULY_4.model_copy(update={"source_url": "http://a.org", "title": "V"}),
        ),
        (b"{}", SidecarMeta()),
        (b'{"published": null, "title": null}', SidecarMeta()),
        (b'{"published": "2013-07-04T10:20:00+08:00"}', JULY_4),
        (b'{"published": "2013-07-04T23:59:59Z"}', JULY_4),
        (b'{"published": "2013-07-04 08:00"}', JULY_4),
        (b'{"title": "  Padded  "}', SidecarMeta(title="Padded")),
        (b'{"title": ""}', SidecarMeta()),
        (b'\xef\xbb\xbf{"title": "BOM"}', SidecarMeta(title="BOM")),
    ],
    ids=[
        "all-keys", "empty-object", "nulls", "datetime-offset", "datetime-z",
        "datetime-space", "stripped", "blank-is-none", "utf-8-bom",
    ],
)  # fmt: skip
def test_valid_sidecars(raw: bytes, expected: SidecarMeta) -> None:
    assert parse_sidecar(raw, "a.meta.json") == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (
            b'{\n  "title": "x"\n  "published": "2013-07-04"\n}',
            "malformed sidecar a.meta.json: line 3 column 3: Expecting ',' delimiter",
        ),
        (b"", "malformed sidecar a.meta.json: line 1 column 1: Expecting value"),
        (
            b'["2013-07-04"]',
            "malformed sidecar a.meta.json: expected a JSON object {...}, got list",
        ),
        (b'{"title": "\xff"}', "malformed sidecar a.meta.json: not UTF-8"),
        (
            b'{"publised": "2013-07-04"}',
            "invalid sidecar a.meta.json: unknown key 'publised' "
            "(allowed: published, source_url, title)",
        ),
        (
            b'{"published": "2013-13-04"}',
            "invalid sidecar a.meta.json: 'published': '2013-13-04' is not an ISO "
            "date like '2013-07-04' (month must be in 1..12)",
        ),
        (
            b'{"published": "July 4, 2013"}',
            "invalid sidecar a.meta.json: 'published': 'July 4, 2013' is not an ISO "
            "date like '2013-07-04'",
        ),
        (
            b'{"published": 2013}',
            "invalid sidecar a.meta.json: 'published': expected an ISO date string "
            "like '2013-07-04', got 2013",
        ),
        (
            b'{"title": 5}',
            "invalid sidecar a.meta.json: 'title': expected a string or null, got 5",
        ),
        (
            b'{"source_url": ["http://a.org"]}',
            "invalid sidecar a.meta.json: 'source_url': expected a string or null",
        ),
    ],
    ids=[
        "missing-comma", "empty-file", "not-an-object", "not-utf-8", "unknown-key",
        "impossible-date", "not-iso-date", "number-date", "number-title",
        "list-url",
    ],
)  # fmt: skip
def test_invalid_sidecars(raw: bytes, reason: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_sidecar(raw, "a.meta.json")
    assert str(info.value).startswith(reason)
    assert "\n" not in str(info.value)


def test_read_sidecar_raises_ingest_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "d05.meta.json"
    path.write_text('{"publised": "2013-07-04"}', encoding="utf-8")
    with pytest.raises(IngestError) as info:
        read_sidecar(path)
    assert info.value.path == path
    assert "d05.meta.json" in info.value.reason
    assert "'publised'" in info.value.reason


def test_read_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "d05.meta.json"
    path.write_text('{"published": "2013-07-04"}', encoding="utf-8")
    assert read_sidecar(path).published == dt.date(2013, 7, 4)


def test_sidecar_is_frozen() -> None:
    meta = SidecarMeta(title="x")
    with pytest.raises(ValidationError):
        meta.title = "y"  # type: ignore[misc]
