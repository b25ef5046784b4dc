"""Data files parsed once per user: what the cache gives back is what the loader parses,
and any trouble with the file parses the text again."""

from __future__ import annotations

import datetime
from importlib import resources
from pathlib import Path

import pytest
import yaml

from readouts.data_yaml import SafeLoader, parse_yaml

_TEXT = """\
base: &who {id: putin, roles: [[president, 2012-05-07, null, RUS]]}
again: *who
words: [Кремль, 克里姆林宫, "yes", yes, 1.5, ~]
"""


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("yaml-*/*.pickle"))


def test_read_back_is_what_the_loader_parses(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    expected = yaml.load(_TEXT, Loader=SafeLoader)
    assert parse_yaml(_TEXT) == expected
    assert len(_files(tmp_path)) == 1
    found = parse_yaml(_TEXT)  # from the file now
    assert found == expected and found is not expected
    assert found["base"]["roles"][0][1] == datetime.date(2012, 5, 7)
    assert found["again"] is found["base"]  # an alias stays one object
    assert parse_yaml(_TEXT + "more: 1\n") == {**expected, "more": 1}  # edited: parsed anew
    assert len(_files(tmp_path)) == 2


def test_a_broken_file_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    parse_yaml(_TEXT)
    for path in _files(tmp_path):
        path.write_bytes(b"not a pickle")
    assert parse_yaml(_TEXT) == yaml.load(_TEXT, Loader=SafeLoader)


def test_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", "off")
    assert parse_yaml(_TEXT) == yaml.load(_TEXT, Loader=SafeLoader)
    assert not list(tmp_path.iterdir())


def test_every_data_file_reads_back_as_parsed(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    root = Path(str(resources.files("readouts")))
    paths = [p for folder in ("knowledge", "lang") for p in (root / folder).rglob("*.yaml")]
    assert len(paths) > 40
    texts = {path: path.read_text(encoding="utf-8") for path in paths}
    for path, text in texts.items():
        parsed = parse_yaml(text)  # not in the folder yet: the loader's own parse
        assert parse_yaml(text) == parsed, path
    assert len(_files(tmp_path)) == len(set(texts.values()))  # each was read back
