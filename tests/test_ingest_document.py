"""document.py: read_document end to end, its rejections, and that input files
stay untouched."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import pickle
import shutil
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, Limits, discover, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
CHINESE = "国家空间科学中心与欧洲空间局在北京签署了空间天气合作协议。"
WESTERN = "The agency\u2019s \u201cjoint\u201d caf\u00e9 meeting \u2013 2013."


def _write(folder: Path, name: str, raw: bytes) -> Path:
    path = folder / name
    path.write_bytes(raw)
    return path


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (WESTERN.encode("utf-8"), WESTERN, "utf-8"),
        (WESTERN.encode("utf-8-sig"), WESTERN, "utf-8-sig"),
        (WESTERN.encode("utf-16"), WESTERN, "utf-16"),
        (WESTERN.encode("cp1252"), WESTERN, "cp1252"),
        (CHINESE.encode("gbk"), CHINESE, "gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1252", "gbk"],
)
def test_txt_in_each_encoding(
    tmp_path: Path, raw: bytes, text: str, encoding: str
) -> None:
    document = read_document(_write(tmp_path, "d1.txt", raw))
    assert (document.text, document.encoding) == (text, encoding)


def test_fields_of_a_txt_document(tmp_path: Path) -> None:
    raw = b"Home > News\r\n\r\nNSSC\xc2\xa0met ESA.\r\n"
    path = _write(tmp_path, "d05.txt", raw)
    document = read_document(path)
    assert document.id == "d05"
    assert document.source == str(path)
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.format == "txt"
    assert document.text == "Home > News\n\nNSSC met ESA."
    assert (document.title, document.html_published, document.meta) == (
        None,
        None,
        None,
    )


def test_title_is_not_guessed_from_plain_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"Prof. WU Elected Deputy Chairman\n\nBody.")
    assert read_document(path).title is None


def test_html_document(tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURES / "article.html", tmp_path / "a.htm"))
    document = read_document(path)
    assert document.format == "html"
    assert document.title == "Lunar Dust Workshop Opens in Harbin"
    assert document.html_published == dt.date(2016, 3, 21)
    assert "LEAKNAV" not in document.text


def test_html_in_declared_gbk(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="gbk"><title>合作</title></head>'
        f"<body><p>{CHINESE}</p></body></html>"
    )
    document = read_document(_write(tmp_path, "a.html", page.encode("gbk")))
    assert (document.text, document.title, document.encoding) == (
        CHINESE,
        "合作",
        "gb18030",
    )


def test_markdown_document(tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURES / "note.md", tmp_path / "n.md"))
    document = read_document(path)
    assert document.format == "md"
    assert document.title == "Balloon Campaign in Kiruna"
    assert "https://" not in document.text


def test_sidecar_is_read_and_its_title_wins(tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURES / "article.html", tmp_path / "a.html"))
    _write(tmp_path, "a.meta.json", b'{"title": "Mine", "published": "2016-03-20"}')
    document = read_document(path)
    assert document.title == "Mine"
    assert document.meta is not None
    assert document.meta.published == dt.date(2016, 3, 20)
    assert document.html_published == dt.date(2016, 3, 21)


def test_malformed_sidecar_rejects_the_document(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"Some text.")
    _write(tmp_path, "a.meta.json", b'{"title": "x",}')
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert info.value.path == path
    assert info.value.reason.startswith("malformed sidecar a.meta.json: line 1")


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("a.txt", b"", "empty file (0 bytes)"),
        ("a.txt", b" \r\n\t\n\xc2\xa0\xe2\x80\x8b\n", "no text after decoding (only"),
        (
            "a.html",
            b"<html><head><script>x()</script></head><body><nav>Home</nav></body>",
            "no text after decoding and HTML stripping (only whitespace)",
        ),
        ("a.md", b"![only an image](x.png)\n", "no text after decoding and Markdown"),
        ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (not text): "),
        ("a.txt", bytes(range(256)) * 8, "binary file (not text): "),
        ("a.txt", b"\xff\xfeA\x00B", "could not decode as text: "),
        ("a.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ],
    ids=[
        "empty", "whitespace-only", "html-without-text", "markdown-without-text",
        "png", "random-bytes-with-nuls", "broken-utf-16", "unsupported",
    ],
)  # fmt: skip
def test_rejections(tmp_path: Path, name: str, raw: bytes, reason: str) -> None:
    path = _write(tmp_path, name, raw)
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert str(info.value).startswith(reason)
    assert info.value.path == path


@pytest.mark.parametrize(
    ("size", "limit", "reason"),
    [
        (
            3_100_000,
            2_000_000,
            "file too large: 3.1 MB, the limit is 2.0 MB (params: extract.max_bytes)",
        ),
        (1_500, 1_000, "file too large: 1.5 kB, the limit is 1.0 kB"),
        (2_000_001, 2_000_000, "file too large: 2,000,001 bytes, the limit is 2,000,"),
        (11, 10, "file too large: 11 bytes, the limit is 10 bytes"),
    ],
)
def test_too_large(tmp_path: Path, size: int, limit: int, reason: str) -> None:
    path = _write(tmp_path, "a.txt", b"x" * size)
    with pytest.raises(IngestError) as info:
        read_document(path, limits=Limits(max_bytes=limit))
    assert info.value.reason.startswith(reason)


def test_too_many_characters(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "é".encode() * 1_200)
    with pytest.raises(IngestError) as info:
        read_document(path, limits=Limits(max_chars=1_000))
    assert info.value.reason == (
        "text too long: 1,200 characters, the limit is 1,000 "
        "(params: extract.max_chars)"
    )


def test_exactly_at_the_limits_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"x" * 100)
    assert read_document(path, limits=Limits(max_bytes=100, max_chars=100)).text


def test_input_files_are_unchanged(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "article.html", tmp_path / "a.html")
    shutil.copy(FIXTURES / "note.md", tmp_path / "b.md")
    _write(tmp_path, "c.txt", "Caf\u00e9\r\n".encode("cp1252"))
    _write(tmp_path, "c.meta.json", b'{"title": "C"}')
    _write(tmp_path, "d.txt", b"")
    _write(tmp_path, "e.pdf", b"%PDF-1.4")
    _write(tmp_path, "f.meta.json", b"{")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    documents, _ = discover(tmp_path)
    for path in documents:
        with contextlib.suppress(IngestError):
            read_document(path)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before


def test_unreadable_path_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(IngestError, match="^cannot read file: Is a directory"):
        read_document(path)


def test_ingest_error_survives_pickling() -> None:
    # nlp.pipe(n_process > 1) sends exceptions between processes.
    error = pickle.loads(pickle.dumps(IngestError(Path("a.txt"), "empty file")))
    assert (error.path, error.reason, str(error)) == (
        Path("a.txt"),
        "empty file",
        "empty file",
    )
