"""scripts/score_trial.py: the trial scorer reads a text, compares every field with the
reader's facts, counts phantoms, and checks compilations account by account."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from readouts.data_yaml import SafeLoader

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "score_trial.py"
spec = importlib.util.spec_from_file_location("score_trial", SCRIPT)
score_trial = importlib.util.module_from_spec(spec)
sys.modules["score_trial"] = score_trial
spec.loader.exec_module(score_trial)

# Written for this test: an agency flash on an invented-but-plausible call.
FLASH = (
    "ROMA, 12 MAR - Il presidente francese Emmanuel Macron ha avuto ieri sera un colloquio "
    "telefonico con il presidente russo Vladimir Putin. Lo ha reso noto il Cremlino. "
    "I due leader hanno discusso della situazione in Ucraina.\n"
)
FACTS = {
    "id": "it-901", "url": "https://example.org/flash", "published": "2025-03-12",
    "contact": {"type": "phone_call", "status": "held",
                "principals": ["emmanuel-macron", "vladimir-putin"], "date": "2025-03-11",
                "part_of_day": "evening", "duration_minutes": None, "initiated_by": None},
    "others": [],
}


@pytest.fixture()
def texts(tmp_path: Path) -> Path:
    (tmp_path / "it-901.txt").write_text(FLASH, encoding="utf-8")
    return tmp_path


def test_a_right_reading_scores_every_field(texts: Path) -> None:
    tally = score_trial.Tally()
    score_trial.score_items([FACTS], texts, tally)
    assert tally.items == 1 and tally.misses == []
    assert tally.full == 1 and tally.phantom_items == 0


def test_a_wrong_fact_is_a_miss_of_that_field_alone(texts: Path) -> None:
    wrong = yaml.safe_load(yaml.safe_dump(FACTS))
    wrong["contact"]["duration_minutes"] = 40
    tally = score_trial.Tally()
    score_trial.score_items([wrong], texts, tally)
    assert tally.full == 0
    assert tally.right["duration"] == 0 and tally.right["date"] == 1
    assert any("duration" in miss for miss in tally.misses)


def test_a_held_reading_of_an_announced_contact_misses_status_and_date(texts: Path) -> None:
    announced = yaml.safe_load(yaml.safe_dump(FACTS))
    announced["contact"].update(status="planned", date=None)
    tally = score_trial.Tally()
    score_trial.score_items([announced], texts, tally)
    assert tally.full == 0 and tally.right["status"] == 0
    assert tally.right["type"] == 1 and tally.right["principals"] == 1
    assert tally.right["date"] == 0  # a held day is no date of a contact still ahead


def test_a_contact_the_reader_did_not_list_is_a_phantom(texts: Path) -> None:
    other = yaml.safe_load(yaml.safe_dump(FACTS))
    other["contact"]["principals"] = ["emmanuel-macron", "xi-jinping"]
    tally = score_trial.Tally()
    score_trial.score_items([other], texts, tally)
    assert tally.phantom_items == 1 and tally.full == 0


def test_a_missing_text_is_counted_not_scored(tmp_path: Path) -> None:
    tally = score_trial.Tally()
    score_trial.score_items([FACTS], tmp_path, tally)
    assert tally.items == 0 and tally.missing_text == 1


def test_dates_are_compared_at_the_readers_precision() -> None:
    assert score_trial._same_date("2026-02", "2026-02-04")
    assert not score_trial._same_date("2026-02-04", "2026-02")
    assert score_trial._same_date(None, None) and not score_trial._same_date(None, "2026")


def test_an_undated_report_may_take_the_pages_day(tmp_path: Path) -> None:
    (tmp_path / "it-902.txt").write_text(
        "Il presidente francese Emmanuel Macron ha avuto un colloquio telefonico con il "
        "presidente russo Vladimir Putin.\n", encoding="utf-8")
    undated = yaml.safe_load(yaml.safe_dump(FACTS))
    undated.update(id="it-902")
    undated["contact"].update(date=None, part_of_day=None)
    tally = score_trial.Tally()
    score_trial.score_items([undated], tmp_path, tally)
    assert tally.right["date"] == 1, tally.misses


def test_facts_option_scores_another_set_in_the_same_format(
        texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = tmp_path / "heldout"
    facts.mkdir()
    (facts / "it.yaml").write_text(yaml.safe_dump([FACTS]), encoding="utf-8")
    assert score_trial.main(["--facts", str(facts), "--texts", str(texts),
                             "--lang", "it", "--min-full", "100"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("it "))
    assert row.split()[1] == "1" and row.split()[-2] == "100%"
    assert "compilations split right: 0/0" in out


def test_facts_option_refuses_a_missing_folder(
        texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert score_trial.main(["--facts", str(tmp_path / "nowhere"), "--texts", str(texts)]) == 2
    assert "no facts folder" in capsys.readouterr().err


# Written for this test: an article that quotes the White House, resumes, then quotes the
# Kremlin, and resumes again; the reader lists each account once, where it first appears.
ARTICLE = (
    "Two readouts of one call\n\nBy Anna Hale\n\n"
    "WASHINGTON — The presidents of the United States and Russia spoke by phone on Tuesday.\n\n"
    "Here is the full readout issued by the White House:\n\n"
    "President Donald J. Trump spoke today with President Vladimir Putin of Russia. The two "
    "leaders discussed a ceasefire and an exchange of prisoners.\n\n"
    "The White House readout said nothing about sanctions.\n\n"
    "“The presidents agreed that a lasting peace must take into account the legitimate security "
    "interests of all the countries of the region,” the Kremlin said.\n\n"
    "Neither side gave the length of the call.\n")


def test_a_compilation_is_scored_by_first_appearance(tmp_path: Path) -> None:
    (tmp_path / "comp-901.txt").write_text(ARTICLE, encoding="utf-8")
    item = {"id": "comp-901", "url": None, "published": "2025-03-18", "accounts": [
        {"source": "abc-news-unregistered", "kind": "news"},
        {"source": "whitehouse", "side": "USA", "kind": "readout"},
        {"source": "kremlin", "side": "RUS", "kind": "readout"}]}
    misses: list[str] = []
    assert score_trial.score_compilations([item], tmp_path, misses) == (1, 1), misses
    item["accounts"] = item["accounts"][:2]  # a missing account is a miss
    assert score_trial.score_compilations([item], tmp_path, misses) == (0, 1)


FACT_FILES = sorted((SCRIPT.parents[1] / "benchmarks" / "trial").rglob("*.yaml"))


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: str(p.relative_to(SCRIPT.parents[1])))
def test_every_facts_file_loads_with_an_id_and_url_per_item(path: Path) -> None:
    """A note with an unquoted ': ' breaks a whole set's file (held-out 6 once stopped
    scoring so): each file must load and each item name its id and url."""
    items = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or []  # libyaml
    assert isinstance(items, list)
    for item in items:
        assert item.get("id") and item.get("url"), item
