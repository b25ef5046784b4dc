"""Work grows with the text, not with text x dates: each scan near a date reads a bounded
window, tense cues are read once per sentence, and an undated document is read sentence by
sentence. Checked by what the scanners are asked to read, never by timing."""

from __future__ import annotations

import re
import sys

import pytest

from readouts.extract.time import date_context, dayparts, published
from readouts.extract.time.dates import find_dates
from readouts.extract.time.published import infer_published

# One paragraph per language, with dates, parts of day and tense cues; repeated to grow.
PARAGRAPHS = {
    "en": ("On the evening of 12 March 2024 the two presidents spoke by phone. They agreed "
           "that their ministers will meet on 3 April, and recalled the talks of 9 January. "
           "The call lasted an hour.\n\n"),
    "it": ("Il 12 marzo 2024 in serata i due presidenti hanno avuto un colloquio telefonico. "
           "Hanno concordato che i ministri si incontreranno il 3 aprile e ricordato i "
           "colloqui del 9 gennaio. La telefonata è durata un'ora.\n\n"),
    "ru": ("Вечером 12 марта 2024 года президенты провели телефонный разговор. Они "
           "договорились, что министры встретятся 3 апреля, и вспомнили переговоры 9 января. "
           "Разговор продолжался час.\n\n"),
    "zh": ("2024年3月12日晚，两国元首通电话。双方商定两国外长将于4月3日会晤，并回顾了1月9日"
           "的会谈。通话持续一个小时。\n\n"),
}


class _Spy:
    """A compiled pattern that records how much text each search is asked to read."""

    def __init__(self, pattern: re.Pattern[str], spans: list[int]) -> None:
        self._pattern, self._spans = pattern, spans

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):  # noqa: ANN201
        self._spans.append(min(endpos, len(string)) - pos)
        return self._pattern.finditer(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):  # noqa: ANN201
        self._spans.append(min(endpos, len(string)) - pos)
        return self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):  # noqa: ANN201
        return self._pattern.match(string, pos, endpos)


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_part_of_day_near_a_date_reads_a_window(lang: str, monkeypatch) -> None:
    """A long run of text with many dates: each date's part-of-day scan reads a few dozen
    characters, not the text to its end (that was quadratic in the document's size)."""
    pattern, names, gap = dayparts._rules(lang)
    assert pattern is not None
    spans: list[int] = []
    monkeypatch.setattr(dayparts, "_rules", lambda _lang: (_Spy(pattern, spans), names, gap))
    text = PARAGRAPHS[lang].replace("\n\n", " ") * 40  # one block, 120 dates
    found = find_dates(text, lang, "2024-03-14")
    assert len(found) >= 120
    assert any(d.part_of_day == "evening" for d in found)
    assert spans and max(spans) <= 100


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_tense_cues_are_read_once_per_sentence(lang: str, monkeypatch) -> None:
    """Dates without a year take the tense nearest them; the cues are found once, however
    many dates the sentence holds."""
    calls: list[int] = []
    real = date_context.tense_marks
    monkeypatch.setattr(date_context, "tense_marks",
                        lambda s, lg: calls.append(len(s)) or real(s, lg))
    text = PARAGRAPHS[lang].replace("\n\n", " ") * 20
    found = find_dates(text, lang, "2024-03-14")
    assert sum(d.relative for d in found) >= 40  # "3 April", "9 January" need a tense
    assert len(calls) == 1


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_undated_document_is_read_sentence_by_sentence(lang: str, monkeypatch) -> None:
    """The date of an undated document: twice the text is twice the reading, and no date
    scan is handed more than a sentence."""
    real = published.find_dates

    def reading(copies: int) -> list[int]:
        sizes: list[int] = []
        monkeypatch.setattr(published, "find_dates",
                            lambda s, lg, ref: sizes.append(len(s)) or real(s, lg, ref))
        got = infer_published("Comunicato\n\n" + PARAGRAPHS[lang] * copies, lang)
        assert got is not None and got[0] == "2024-03-12"
        return sizes

    small, large = reading(30), reading(60)
    assert 1.8 <= sum(large) / sum(small) <= 2.2
    assert max(large) <= max(len(s) for s in PARAGRAPHS[lang].split("\n\n")) + 10
