"""A page's tag cloud printed as a line of its own (keywords, no sentence, a block of them
repeated) is dropped at ingest, so the headline below it is the title (it/en/ru/zh); a
headline or a list of names is kept. Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.ingest.tag_lines import tag_line_spans

CLOUDS = [
    "Giorgia Meloni Palazzo Chigi Esteri politica Giorgia Meloni Palazzo Chigi Esteri",
    "Joe Biden White House China politics world Joe Biden White House China",
    "Владимир Путин Кремль Франция в мире политика Владимир Путин Кремль Франция",
    "习近平 普京 中俄关系 外交 时政 习近平 普京 中俄关系",
]


@pytest.mark.parametrize("cloud", CLOUDS)
def test_a_repeated_keyword_line_is_a_tag_cloud(cloud: str) -> None:
    text = f"{cloud}\n\nHeadline of the story\n\nThe story itself.\n"
    assert tag_line_spans(text) == [(0, len(cloud) + 1)]


@pytest.mark.parametrize("line", [
    "Meloni sente Macron: telefonata di un'ora su Ucraina e Medio Oriente",
    "Putin, Xi, Modi, Lula, Ramaphosa, Putin and Xi again at the BRICS summit.",
    "Biden Harris Biden Harris",  # too short to tell
    "Путин провёл телефонный разговор с президентом Франции Макроном",
])
def test_a_headline_or_a_sentence_is_kept(line: str) -> None:
    assert tag_line_spans(f"{line}\nText.\n") == []


def test_the_headline_under_a_cloud_is_the_title() -> None:
    text = (f"{CLOUDS[2]}\n\nПутин провёл телефонный разговор с президентом Франции Макроном\n\n"
            "Главной темой беседы стала ситуация на Украине.\n").encode()
    prepared = prepare(RawInput("news.txt", text))[0]
    assert prepared.body.startswith("Путин провёл телефонный разговор")


@pytest.mark.parametrize("line", [
    "Putin and Xi spoke by phone today",
    "Meloni e Macron si sono sentiti oggi",
    "Путин и Си Цзиньпин поговорили сегодня по телефону",
])
def test_a_text_that_is_all_furniture_is_kept_whole(line: str) -> None:
    """Broken HTML repeating one line (no page around it) is the user's text, not a tag
    cloud to drop: dropping it all would report an empty input."""
    html = f"<html><body><p>{line} <b>oggi" * 3
    prepared = prepare(RawInput("broken.html", html.encode()))[0]
    assert prepared.body.count(line) == 3
