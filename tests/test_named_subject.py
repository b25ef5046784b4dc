"""A mentioned contact whose subject is a named person who leads no country (a commissioner,
a minister, a secretary of state) is that person's, never the story's principal's with the
partner: the story's leader is not borrowed as its subject."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "2023-03-14",
     "Giorgia Meloni ed Emmanuel Macron hanno avuto un colloquio telefonico, ha reso noto "
     "Palazzo Chigi. Nel frattempo a Bruxelles Paolo Gentiloni, commissario europeo "
     "all'Economia, ha avuto un incontro con la presidente della Commissione Ursula von der "
     "Leyen.", {"giorgia-meloni", "emmanuel-macron"}, "ursula-von-der-leyen"),
    ("en", "2023-02-21",
     "Joe Biden spoke by phone with Olaf Scholz on Tuesday, the White House said. "
     "Separately, Antony Blinken, the Secretary of State, met Turkish President Recep "
     "Tayyip Erdogan in Ankara on Monday.", {"joe-biden", "olaf-scholz"},
     "recep-tayyip-erdogan"),
    ("ru", "2023-03-14",
     "Владимир Путин провёл телефонный разговор с Председателем КНР Си Цзиньпином. Тем "
     "временем Сергей Лавров, министр иностранных дел России, провёл переговоры с "
     "президентом Турции Реджепом Тайипом Эрдоганом.", {"vladimir-putin", "xi-jinping"},
     "recep-tayyip-erdogan"),
    ("zh", "2023-03-14",
     "国家主席习近平同俄罗斯总统普京通电话。另悉，外交部长王毅当天在北京会见了法国总统马克龙。",
     {"xi-jinping", "vladimir-putin"}, "emmanuel-macron"),
]


@pytest.mark.parametrize(("lang", "published", "text", "pair", "partner"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_non_leader_subject_lends_no_principal(lang: str, published: str, text: str,
                                                 pair: set[str], partner: str) -> None:
    analysis = analyze_texts((text, published), lang=lang)
    reported = [e for e in analysis.events if e.reported_by]
    assert [set(e.participants) for e in reported] == [pair]
    borrowed = [e.participants for e in analysis.events
                if partner in e.participants and set(e.participants) & pair]
    assert borrowed == []


def test_one_who_only_tells_of_the_contact_leaves_the_principal_its_subject() -> None:
    analysis = analyze_texts((
        "Vladimir Putin held a telephone conversation with President of China Xi Jinping. "
        "Sergei Lavrov said the President would hold talks with Recep Tayyip Erdogan next "
        "week.", "2023-03-14"), lang="en")
    planned = [e for e in analysis.events if e.status == "planned"]
    assert [set(e.participants) for e in planned] == [{"vladimir-putin", "recep-tayyip-erdogan"}]


def test_a_leader_as_subject_keeps_the_mention() -> None:
    analysis = analyze_texts((
        "Giorgia Meloni ed Emmanuel Macron hanno avuto un colloquio telefonico, ha reso noto "
        "Palazzo Chigi. Nel frattempo a Bruxelles il premier olandese Mark Rutte ha avuto "
        "un incontro con la presidente della Commissione Ursula von "
        "der Leyen.", "2023-03-14"), lang="it")
    mentioned = [set(e.participants) for e in analysis.events if not e.reported_by]
    assert mentioned == [{"mark-rutte", "ursula-von-der-leyen"}]
