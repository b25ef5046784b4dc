"""Earlier contacts counted after an undated lead ("his third audience; the first was on 4
May 2019, followed by one on 9 March 2023 (a talk of an hour)"): their days are theirs, and
the reported contact keeps the page's day.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import hashlib

import pytest

from readouts.ingest import PreparedText
from readouts.pipeline import analyze_document


def reported_date(text: str, lang: str) -> str | None:
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = analyze_document(PreparedText("test", digest, text, {"date": "2024-07-02"}),
                           lang=lang)
    return next(r.facts["date"] for r in doc.document.readouts if r.facts)


COUNTED = [
    ("it", "Colloquio di un'ora tra Pedro Sánchez e Papa Francesco in Vaticano.\n\nSi tratta "
           "del terzo incontro tra i due. Il primo è stato il 4 maggio 2019, seguito da quello "
           "del 9 marzo 2023 (un colloquio di quaranta minuti)."),
    ("en", "Pedro Sánchez met Pope Francis at the Vatican for an hour.\n\nIt was "
           "their third audience. The first was on 4 May 2019, followed by one on 9 March 2023 "
           "(a meeting of forty minutes)."),
    ("ru", "Папа Римский Франциск принял в Ватикане Педро Санчеса.\n\nЭто их "
           "третья встреча. Первая состоялась 4 мая 2019 года, за ней последовала встреча 9 "
           "марта 2023 года (беседа длилась сорок минут)."),
    ("zh", "西班牙首相桑切斯在梵蒂冈会见教宗方济各，会谈持续一小时。\n\n"
           "这是两人第三次会面。第一次是在2019年5月4日，"
           "随后是2023年3月9日的会见（会谈持续四十分钟）。"),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED)
def test_a_counted_earlier_contact_keeps_its_day(lang: str, text: str) -> None:
    assert reported_date(text, lang) == "2024-07-02"
