"""decode.py: bytes -> (text, encoding), binary and undecodable input rejected."""

from __future__ import annotations

import codecs

import pytest

from pipeline.ingest.decode import DecodeError, decode_bytes, sniff_html_charset

CHINESE = "国家空间科学中心与欧洲空间局在北京签署了空间天气合作协议。"
WESTERN = "The agency\u2019s \u201cjoint\u201d r\u00e9sum\u00e9 \u2013 signed in 2013."


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (b"Plain ASCII text.", "Plain ASCII text.", "utf-8"),
        (WESTERN.encode("utf-8"), WESTERN, "utf-8"),
        (WESTERN.encode("utf-8-sig"), WESTERN, "utf-8-sig"),
        (WESTERN.encode("utf-16"), WESTERN, "utf-16"),
        (codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), WESTERN, "utf-16"),
        (WESTERN.encode("utf-32"), WESTERN, "utf-32"),
        (WESTERN.encode("utf-16-le"), WESTERN, "utf-16-le"),
        (WESTERN.encode("utf-16-be"), WESTERN, "utf-16-be"),
        (WESTERN.encode("cp1252"), WESTERN, "cp1252"),
        ("Caf\u00e9 in S\u00e3o Paulo, na\u00efve".encode("latin-1"), None, "cp1252"),
        (CHINESE.encode("gbk"), CHINESE, "gb18030"),
        (CHINESE.encode("gb2312"), CHINESE, "gb18030"),
        (CHINESE.encode("gb18030"), CHINESE, "gb18030"),
        ("中国科学院".encode("gbk"), "中国科学院", "gb18030"),
    ],
    ids=[
        "ascii", "utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32",
        "utf-16-le-no-bom", "utf-16-be-no-bom", "cp1252", "latin-1", "gbk",
        "gb2312", "gb18030", "gbk-short",
    ],
)  # fmt: skip
def test_decodes(raw: bytes, text: str | None, encoding: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.encoding == encoding
    if text is not None:
        assert decoded.text == text


def test_bom_is_not_part_of_the_text() -> None:
    assert not decode_bytes("x".encode("utf-8-sig")).text.startswith("\ufeff")


def test_declared_charset_is_used_when_utf8_fails() -> None:
    raw = "Caf\u00e9 \u2019".encode("cp1252")
    assert decode_bytes(raw, declared="windows-1252").encoding == "cp1252"


def test_declared_latin1_means_cp1252() -> None:
    raw = "It\u2019s".encode("cp1252")
    assert decode_bytes(raw, declared="iso-8859-1").text == "It\u2019s"


def test_lying_declaration_falls_back_to_detection() -> None:
    raw = CHINESE.encode("gbk")
    assert decode_bytes(raw, declared="shift_jis").text == CHINESE


def test_utf8_with_a_stray_cp1252_byte() -> None:
    raw = "The agency\u2019s report on 中国 and ".encode() + b"a stray \x92 quote."
    decoded = decode_bytes(raw)
    assert decoded.text.endswith("stray \u2019 quote.")
    assert "agency\u2019s" in decoded.text
    assert decoded.encoding == "utf-8+cp1252"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks like a PNG image"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "looks like a ZIP archive"),
        (b"abc\x00\x01\xfe\xff\x00\x13\x37\x00\x99", "contains NUL bytes"),
        (bytes(range(1, 256)) * 4, "no text encoding fits"),
        (b"text\x01\x02\x03\x04\x05\x06 more", "control characters"),
    ],
    ids=["png", "pdf", "zip", "nul-bytes", "random-bytes", "control-chars"],
)
def test_binary_is_rejected(raw: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match="^binary file \\(not text\\): ") as info:
        decode_bytes(raw)
    assert reason in str(info.value)


def test_broken_utf16_after_bom_cannot_be_decoded() -> None:
    with pytest.raises(DecodeError, match="^could not decode as text: .*UTF-16 LE"):
        decode_bytes(codecs.BOM_UTF16_LE + b"A\x00B")


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="GB2312">', "gb2312"),
        (b"<meta charset=utf-8>", "utf-8"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
            "gbk",
        ),
        (b"<html><head><title>x</title></head>", None),
    ],
)
def test_sniff_html_charset(head: bytes, charset: str | None) -> None:
    assert sniff_html_charset(b"<html><head>" + head) == charset


@pytest.mark.parametrize(
    "raw", [b"ascii", WESTERN.encode("utf-8"), WESTERN.encode("utf-16")]
)
def test_no_detection_for_utf8_or_bom(
    monkeypatch: pytest.MonkeyPatch, raw: bytes
) -> None:
    # The txt path must stay fast: charset-normalizer only for legacy encodings.
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("charset detection called")

    monkeypatch.setattr("pipeline.ingest.decode.from_bytes", refuse)
    assert decode_bytes(raw).text
