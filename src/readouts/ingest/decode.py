"""Bytes to text: encoding detection and binary refusal (normalization is in
readouts.ingest.normalize)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from readouts.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls
_SEPARATORS = frozenset(" \n\t.,;:!?\"'()，。、：；！？“”（）")
# What text in the languages read is made of: ASCII, Latin, Cyrillic, general and CJK
# punctuation, CJK ideographs, full-width forms.
_PLAUSIBLE = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u024f\u0400-\u04ff\u2000-\u206f\u3000-\u303f"
    r"\u4e00-\u9fff\uff00-\uffef]")


# The legacy encodings the press of the four languages read is written in (it/en, ru, zh).
# Short texts leave the detector tied between code pages ("è" is "č" in cp1250): among the
# equally plausible, these win.
_HOME_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp1251", "koi8_r", "gb18030", "gbk",
                   "gb2312", "big5", "big5hkscs")
_TIE = 0.01  # chaos within this of the best is a tie


# Half-width katakana: what a line of single-byte Cyrillic or Latin text becomes when read as
# Shift-JIS (the detector's pick for one short KOI8-R line); Japanese prose hardly uses them.
_HALF_WIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
# A word as the languages read write it: lower case, capitalised or all capitals, in one
# script, Latin words with at most one accented letter ("perché", "città").
_WORD = re.compile(r"[^\W\d_]+")
_WELL_FORMED = re.compile(
    r"(?:[A-Za-z][a-z]*[\u00c0-\u024f]?[a-z]*|[A-Z]+"
    r"|[\u0400-\u042f]?[\u0430-\u045f]+|[\u0400-\u042f]+|[\u4e00-\u9fff]+)")


def _best_encoding(data: bytes) -> str | None:
    """The detector's best guess, or an encoding of the languages read that ties with it;
    where its guess reads as mojibake, the code page of the languages read in which the
    text makes the most well-formed words."""
    matches = list(from_bytes(data[:200_000]))
    if not matches or matches[0].encoding is None:
        return None
    best = matches[0]
    if _mojibake(str(best)):
        return _most_wordlike(data[:20_000]) or best.encoding
    tied = [m.encoding for m in matches if m.chaos <= best.chaos + _TIE]
    return next((e for e in _HOME_ENCODINGS if e in tied), best.encoding)


def _mojibake(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(_HALF_WIDTH_KANA.findall(text)) > letters // 5


def _most_wordlike(data: bytes) -> str | None:
    """The first home encoding whose reading has the largest share of well-formed words."""
    best_share, best_encoding = 0.0, None
    for encoding in _HOME_ENCODINGS:
        try:
            words = _WORD.findall(data.decode(encoding))
        except UnicodeDecodeError:
            continue
        share = sum(bool(_WELL_FORMED.fullmatch(w)) for w in words) / max(1, len(words))
        if share > best_share:
            best_share, best_encoding = share, encoding
    return best_encoding


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _has_separators(sample: str) -> bool:
    return sum(ch in _SEPARATORS for ch in sample) >= max(1, len(sample) // 40)


def _wide_text(data: bytes) -> str | None:
    """UTF-16 without a BOM whose text is mostly not ASCII (Chinese: few or no NUL bytes):
    the byte order under which nearly every character belongs to a script read here and
    punctuation comes every few dozen characters. Read in the wrong order, or from bytes
    in another encoding, the characters scatter over Hangul, private use and rare blocks
    with no punctuation at all."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = data[:4000].decode(encoding, errors="replace")
        if len(_PLAUSIBLE.findall(text)) >= 0.95 * len(text) and _has_separators(text):
            return encoding
    return None


def _spaced(text: str, encoding: str, origin: str) -> str:
    """Text in any language has spaces or punctuation every few dozen characters; bytes
    read with the wrong wide encoding (ASCII taken for UTF-16) come out as a run of
    ideographs and rare scripts with none."""
    if not _has_separators(text[:2000]):
        raise InputError(f"{origin}: the bytes do not read as {encoding} text (wrong "
                          "encoding?); save it as UTF-8 and retry")
    return text


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode ``data`` to str, refusing binary content with a clear message."""
    if not data.strip():
        raise InputError(f"{origin}: the input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace").lstrip("\ufeff")
            return text if encoding == "utf-8-sig" else _spaced(text, encoding, origin)
    utf16 = _looks_utf16(data)
    if utf16:
        return _spaced(data.decode(utf16, errors="replace"), utf16, origin)
    has_nul = b"\x00" in data[:8192]
    if not has_nul:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    wide = _wide_text(data)
    if wide:
        return data.decode(wide, errors="replace")
    if has_nul:
        raise InputError(f"{origin}: this looks like a binary file, not a text or HTML document")
    encoding = _best_encoding(data)
    if encoding is None:
        raise InputError(f"{origin}: cannot tell the text encoding; save it as UTF-8 and retry")
    return data.decode(encoding, errors="replace")


def check_text(text: str, origin: str) -> None:
    """Refuse decoded text that is mostly replacement or control characters (binary data)."""
    sample = text[:20_000]
    if not sample.strip():
        raise InputError(f"{origin}: the input has no text")
    bad = sample.count("\ufffd") + len(_CONTROL.findall(sample))
    if bad > max(8, len(sample) // 50):
        raise InputError(f"{origin}: this looks like a binary file, not a text or HTML document")
