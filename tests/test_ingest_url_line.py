"""A page saved with its address on the first line and the story straight under it, with
no blank line between ("url: https://…" then the text): a line that is only an address is
never the story's, so it is the header. Without this the address was read as the story's
first sentence, its slug ("trump-gentiloni-telefonata") as a held call. Found on our own
saved real pages (held-out 12). Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.ingest.header import split_header

BODIES = [
    "Trump parlerà al telefono con Gentiloni alle 16.15 americane.",
    "Vladimir Putin had a telephone conversation with President Tokayev.",
    "Владимир Путин провёл телефонный разговор с Касым-Жомартом Токаевым.",
    "国家主席习近平同托卡耶夫通电话。",
]


@pytest.mark.parametrize("body", BODIES)
def test_an_address_line_right_above_the_story_is_the_header(body: str) -> None:
    meta, text = split_header(f"url: https://example.org/news/a-call\n{body}\nMore.")
    assert meta == {"url": "https://example.org/news/a-call"}
    assert text == f"{body}\nMore."


def test_known_keys_above_the_address_line_are_the_header_too() -> None:
    meta, text = split_header("date: 2024-11-16\nurl: https://example.org/x\nIl testo.")
    assert meta == {"date": "2024-11-16", "url": "https://example.org/x"}
    assert text == "Il testo."


@pytest.mark.parametrize("text", [
    "Fonte: Xinhua\nIl presidente Xi ha detto.",  # a source line, not a header
    "url: not an address\nIl testo.",
    "Il presidente ha telefonato.\nurl: https://example.org/x",  # not at the top
])
def test_other_opening_lines_stay_in_the_story(text: str) -> None:
    meta, body = split_header(text)
    assert meta == {} and body == text
