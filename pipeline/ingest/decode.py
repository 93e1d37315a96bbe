"""Raw bytes -> (str, encoding name): BOMs, strict UTF-8, then detection.

Pure functions; a failure raises :class:`DecodeError`, whose message is the
reason shown to the user (the caller adds the path).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from charset_normalizer import from_bytes

# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 BE"),
)

# Files people put in a text folder by mistake; naming the kind helps them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

# Encodings labelled like this are decoded with their superset, as browsers do
# (WHATWG): pages labelled latin-1 are really cp1252, GB2312/GBK pages use
# GB18030 characters.
_SUPERSET = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "gbk": "gb18030",
    "gb2312": "gb18030",
}

# When detection finds several equally plausible candidates (short texts), prefer
# the encodings this corpus (Chinese and Western press pages) actually uses.
_PREFERRED = ("gb18030", "cp1252")
_TIE = 0.01  # chaos/coherence difference below which candidates count as tied
_MAX_CONTROL_SHARE = 0.05
_MIN_UTF8_PER_STRAY_BYTE = 3
_ESCAPED = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept; str() is the reason."""


class Decoded(NamedTuple):
    text: str
    encoding: str


def decode_bytes(raw: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``raw``: BOM, else strict UTF-8 (or BOM-less UTF-16 when there
    are NULs), else UTF-8 with a few stray cp1252 bytes, else ``declared`` (an
    HTML meta charset), else charset-normalizer's best guess.

    Raises DecodeError for binary content or bytes no encoding fits.
    """
    _reject_known_binary(raw)
    decoded = _decode_bom(raw) or _decode_nul_text(raw) or _decode_utf8(raw)
    if decoded is None:
        decoded = (
            _decode_mostly_utf8(raw) or _decode_declared(raw, declared) or _detect(raw)
        )
    _reject_control_heavy(decoded.text)
    return decoded


def sniff_html_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start."""
    match = _HTML_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def canonical_encoding(name: str, *, superset: bool = True) -> str | None:
    """Python's canonical codec name ("utf_8" -> "utf-8", "GBK" -> "gb18030"
    with ``superset``); None for a name Python does not know."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSET.get(canonical, canonical) if superset else canonical


def _reject_known_binary(raw: bytes) -> None:
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise DecodeError(f"binary file (not text): looks like {kind}")


def _decode_bom(raw: bytes) -> Decoded | None:
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw.decode(codec), codec)
            except UnicodeDecodeError as e:
                raise DecodeError(
                    f"could not decode as text: starts with a {label} byte-order "
                    f"mark but byte {e.start} is invalid ({e.reason})"
                ) from e
    return None


def _decode_nul_text(raw: bytes) -> Decoded | None:
    """UTF-16 without a BOM (the only text with NUL bytes we accept)."""
    if b"\x00" not in raw:
        return None
    codec = _guess_bomless_utf16(raw)
    if codec is not None:
        try:
            return Decoded(raw.decode(codec), codec)
        except UnicodeDecodeError:
            pass  # NULs that only looked like UTF-16: binary after all
    raise DecodeError("binary file (not text): contains NUL bytes")


def _guess_bomless_utf16(raw: bytes) -> str | None:
    # Mostly-Latin UTF-16 has a NUL in every other byte, on one side only.
    sample = raw[:4096]
    if len(raw) % 2 or len(sample) < 4:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _decode_utf8(raw: bytes) -> Decoded | None:
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _decode_mostly_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with a few stray cp1252 bytes (a file edited in two editors).

    Only when real multi-byte UTF-8 characters clearly outnumber the invalid
    bytes; text in a legacy encoding rarely forms valid UTF-8 sequences.
    """
    text = raw.decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED.findall(text))
    multibyte = sum(1 for ch in text if ch > "\x7f") - invalid
    if not invalid or multibyte < _MIN_UTF8_PER_STRAY_BYTE * invalid:
        return None
    return Decoded(_ESCAPED.sub(_cp1252_char, text), "utf-8+cp1252")


def _cp1252_char(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")  # the 5 bytes cp1252 leaves undefined


def _decode_declared(raw: bytes, declared: str | None) -> Decoded | None:
    codec = canonical_encoding(declared) if declared else None
    if codec is None or codec.startswith(("utf-16", "utf-32")):
        return None  # a page cannot really be in the UTF-16 it declares in ASCII
    try:
        return Decoded(raw.decode(codec), codec)
    except UnicodeDecodeError:
        return None  # the label lies (common); let detection decide


def _detect(raw: bytes) -> Decoded:
    matches = list(from_bytes(raw))
    if not matches:
        raise DecodeError(
            "binary file (not text): not UTF-8, and no text encoding fits the bytes"
        )
    best = matches[0]
    tied = [
        m
        for m in matches
        if m.chaos <= best.chaos + _TIE and m.coherence >= best.coherence - _TIE
    ]
    for codec in _PREFERRED:
        for match in tied:
            names = {canonical_encoding(n) for n in match.could_be_from_charset}
            if codec in names | {canonical_encoding(match.encoding)}:
                try:
                    return Decoded(raw.decode(codec), codec)
                except UnicodeDecodeError:
                    break  # not this one after all; try the next preference
    name = canonical_encoding(best.encoding, superset=False) or best.encoding
    for codec in dict.fromkeys((_SUPERSET.get(name, name), name)):
        try:
            return Decoded(raw.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return Decoded(str(best), name)


def _reject_control_heavy(text: str) -> None:
    controls = len(_CONTROL.findall(text))
    if controls and controls > _MAX_CONTROL_SHARE * len(text):
        share = controls / len(text)
        raise DecodeError(
            f"binary file (not text): {share:.0%} of the characters are control "
            "characters"
        )
