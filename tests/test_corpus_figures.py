"""Figures the real accounts in ../shared/corpus cite, checked by hand against the texts.

Each row is one figure as the account states it: value fully scaled, unit, qualifier,
the period it covers (resolved against the account's date) where the text gives one,
what it measures and who says it. ``ANY`` leaves a field unchecked where the account
itself is vague about it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from readouts.ingest import collect, prepare
from readouts.model import Figure
from readouts.pipeline import analyze_document

ANY = object()


@cache
def _figures(path: Path) -> tuple[Figure, ...]:
    raws = collect([str(path)])
    return tuple(
        figure
        for raw in raws
        for prepared in prepare(raw)
        for readout in analyze_document(prepared).document.readouts
        for figure in readout.figures
    )


# file, figure text, value, unit, qualifier, period (start, end), about, speaker
CITED = [
    # Putin opens the December 2021 video call with Xi (Kremlin transcript).
    ("2021-12-15_putin-xi__kremlin-en", "US$123 billion", 123e9, "USD", "exact",
     ("2021-01", "2021-11"), "trade", "vladimir-putin"),
    ("2021-12-15_putin-xi__kremlin-en", "31 percent", 31, "percent", "exact",
     ("2021-01", "2021-11"), "trade", "vladimir-putin"),
    ("2021-12-15_putin-xi__kremlin-en", "150 million doses", 150e6, "dose", "more_than",
     None, "vaccines", "vladimir-putin"),
    # Xi's answer, in the Kremlin's retranslation and in CCTV's own account.
    ("2021-12-15_putin-xi__kremlin-en", "US$100 billion", 100e9, "USD", "more_than",
     ("2021-01", "2021-09"), "trade", "xi-jinping"),
    ("2021-12-15_putin-xi__cctv-xwlb", "千亿美元", 100e9, "USD", "more_than",
     ("2021-01", "2021-09"), "trade", "xi-jinping"),
    ("2021-11-16_biden-xi__cctv-xwlb", "17亿剂疫苗", 1.7e9, "dose", "more_than", None,
     "vaccines", "xi-jinping"),
    # February 2022 in Beijing: last year's trade and the new gas contract.
    ("2022-02-04_putin-xi__kremlin-en", "US$140 billion", 140e9, "USD", "more_than",
     ("2021", "2021"), "trade", "xi-jinping"),
    ("2022-02-04_putin-xi__kremlin-en", "ten billion cubic metres of gas", 10e9,
     "cubic-metre", "exact", None, "gas", "vladimir-putin"),
    # The 2022 White House aid amounts to Ukraine, and Kyiv's account of them.
    ("2022-01-27_biden-zelenskyy__whitehouse", "half a billion dollars", 500e6, "USD",
     "more_than", ANY, "aid", "joe-biden"),
    ("2022-03-30_biden-zelenskyy__whitehouse", "$500 million", 500e6, "USD", "exact", None,
     "budget-support", "joe-biden"),
    ("2022-06-15_biden-zelenskyy__whitehouse", "$1 billion", 1e9, "USD", "exact", None,
     "military-aid", "joe-biden"),
    ("2022-06-15_biden-zelenskyy__whitehouse", "$225 million", 225e6, "USD", "exact", None,
     "humanitarian-aid", "joe-biden"),
    ("2022-06-15_biden-zelenskyy__president-ua-en", "USD 225 million", 225e6, "USD",
     "exact", None, "humanitarian-aid", "volodymyr-zelenskyy"),
    # Xi on China's economy in Busan, October 2025.
    ("2025-10-30_trump-xi__cctv-xwlb", "5.2%", 5.2, "percent", "exact",
     ("2025-01", "2025-09"), "economic-growth", "xi-jinping"),
    ("2025-10-30_trump-xi__cctv-xwlb", "4%", 4, "percent", "exact",
     ("2025-01", "2025-09"), "trade", "xi-jinping"),
    # The soybean purchases of the October 2025 fact sheet: "at least".
    ("2025-10-30_trump-xi__whitehouse-factsheet", "12 million metric tons", 12e6, "ton",
     "more_than", ANY, "agricultural-trade", None),
    ("2025-10-30_trump-xi__whitehouse-factsheet", "25 MMT", 25e6, "ton", "more_than", ANY,
     "agricultural-trade", None),
    # The prisoner exchange Putin announced in March 2025, and the wounded handed over.
    ("2025-03-18_putin-trump__kremlin-ru", "175 человек", 175, "person", "exact", None, ANY,
     "vladimir-putin"),
    ("2025-03-18_putin-trump__kremlin-ru", "23 тяжелораненых украинских военнослужащих", 23,
     "soldier", "exact", None, ANY, "vladimir-putin"),
]


@pytest.mark.parametrize(
    ("name", "text", "value", "unit", "qualifier", "period", "about", "speaker"), CITED
)
def test_cited_figure(
    corpus: Path,
    name: str,
    text: str,
    value: float,
    unit: str,
    qualifier: str,
    period: object,
    about: object,
    speaker: str | None,
) -> None:
    found = [f for f in _figures(corpus / f"{name}.txt") if f.text == text]
    assert found, f"{text!r} not found in {name}"
    figure = found[0]
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, qualifier)
    assert figure.speaker == speaker
    if about is not ANY:
        assert figure.about == about
    if period is not ANY:
        got = (figure.period.start, figure.period.end) if figure.period else None
        assert got == period


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("2021-12-15_putin-xi__kremlin-en", "20th anniversary"),
        ("2021-12-15_putin-xi__kremlin-en", "37th meeting"),
        ("2021-12-15_putin-xi__cctv-xwlb", "第三十七次"),
        ("2022-02-12_biden-putin__kremlin-en", "January 26"),
        ("2025-02-24_putin-xi__kremlin-ru", "80-летия"),
        ("2025-02-24_putin-xi__cctv-xwlb", "80周年"),
        ("2025-10-30_trump-xi__whitehouse-factsheet", "301"),
        ("2025-03-18_putin-trump__kremlin-ru", "30 дней"),
    ],
)
def test_anniversaries_ordinals_dates_and_identifiers_are_no_figures(
    corpus: Path, name: str, written: str
) -> None:
    assert (corpus / f"{name}.txt").read_text("utf-8").count(written), written
    assert not [f.text for f in _figures(corpus / f"{name}.txt") if written in f.text]
