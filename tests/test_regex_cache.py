"""Huge regexes compiled once per user: the cached code is the compiler's, and any
trouble with the file falls back to compiling."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readouts.text import regex_cache
from readouts.text.regex_cache import compile_cached
from readouts.text.regex_trie import trie_regex

_TEXTS = ["Il presidente Mattarella ha ricevuto il presidente Macron.",
          "Президент Путин и премьер-министр Моди", "习近平同拜登通电话", "MACRON's visit",
          "the Prime Minister of India", ""]
_NAMES = trie_regex(["Macron", "Mattarella", "Modi", "Prime Minister", "Путин",
                     "премьер-министр"])
_PATTERNS = [
    (rf"(?<!\w)(?:{_NAMES})(?!\w)", 0),
    (r"(?P<title>presidente|президент)\s+(?P<name>\w+)", re.I),
    (r"(?i:prime)\s+(minister)|习近平", 0),
]


def _same(found: re.Pattern[str], pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert (found.pattern, found.flags, found.groups, dict(found.groupindex)) == \
        (expected.pattern, expected.flags, expected.groups, dict(expected.groupindex))
    for text in _TEXTS:
        assert [(m.span(), m.groups()) for m in found.finditer(text)] == \
            [(m.span(), m.groups()) for m in expected.finditer(text)]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("regex-*/*.code"))


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_cached_code_matches_as_the_compiler_does(pattern: str, flags: int, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    _same(compile_cached(pattern, flags), pattern, flags)  # compiled, then stored
    assert len(_files(tmp_path)) == 1
    _same(compile_cached(pattern, flags), pattern, flags)  # read back


def test_a_broken_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    pattern, flags = _PATTERNS[1]
    compile_cached(pattern, flags)
    (stored,) = _files(tmp_path)
    for junk in (b"", b"\x00garbage", stored.read_bytes()[:50]):
        stored.write_bytes(junk)
        _same(compile_cached(pattern, flags), pattern, flags)


def test_the_same_pattern_with_other_flags_is_another_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    compile_cached("macron", 0)
    _same(compile_cached("macron", re.I), "macron", re.I)
    assert len(_files(tmp_path)) == 2


def test_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", "off")
    monkeypatch.chdir(tmp_path)
    _same(compile_cached("Putin|Xi", 0), "Putin|Xi", 0)
    assert not list(tmp_path.rglob("*"))


def test_the_folder_keeps_the_newest_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_KEEP", 3)
    for n in range(5):
        compile_cached(f"word{n}")
    assert len(_files(tmp_path)) == 3
    assert not list(tmp_path.rglob("*.tmp"))
