"""scripts/score_corpus.py: the corpus keeps the contact scores reached, and the script fails
the run when a score falls below its threshold."""

from __future__ import annotations

import importlib.util
import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import NamedTuple
from unittest import mock

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "score_corpus.py"
_SPEC = importlib.util.spec_from_file_location("score_corpus", SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
SCORE_CORPUS = sys.modules["score_corpus"] = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(SCORE_CORPUS)
# The scores reached on ../shared/corpus (type, date, principals, grouping): 100% each.
REACHED = {"type": 100, "date": 100, "principals": 100, "grouping": 100}


class Scored(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def score(corpus: Path, *flags: str) -> Scored:
    """The script's main() run in this process, where the analysis stays loaded."""
    out, err = io.StringIO(), io.StringIO()
    with mock.patch.object(sys, "argv", [str(SCRIPT), str(corpus), *flags]), \
            redirect_stdout(out), redirect_stderr(err):
        code = SCORE_CORPUS.main()
    return Scored(code, out.getvalue(), err.getvalue())


def thresholds(values: dict[str, int]) -> list[str]:
    return [arg for metric, value in values.items()
            for arg in (f"--min-{metric}", str(value))]


def test_corpus_keeps_the_scores_reached(corpus: Path) -> None:
    proc = score(corpus, "--hide-names", *thresholds(REACHED))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "grouping: " in proc.stdout


def test_a_score_below_its_threshold_fails(tmp_path: Path) -> None:
    (tmp_path / "2026-03-04_mattarella-macron__quirinale.txt").write_text(
        "date: 2026-03-05\nlanguage: it\n\nIl presidente Sergio Mattarella ha avuto ieri sera "
        "un colloquio telefonico con il presidente francese Emmanuel Macron.\n",
        encoding="utf-8")
    (tmp_path / "events.csv").write_text(
        "event_id,date,participants,files,medium,n_sources,note\n"
        "2026-03-04_mattarella-macron,2026-03-04,Sergio Mattarella (IT); Emmanuel Macron (FR),"
        "2026-03-04_mattarella-macron__quirinale.txt,in-person,1,\n", encoding="utf-8")
    passing = score(tmp_path, "--min-date", "100", "--min-principals", "100")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "type: 0/1" in passing.stdout  # a phone call, not the in-person meeting expected
    failing = score(tmp_path, "--min-type", "50")
    assert failing.returncode == 1
    assert "type 0.0% < 50%" in failing.stderr
