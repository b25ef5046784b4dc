"""A year inside a clause "since" opens or closes ("il primo leader del G7 a visitare Pechino
dall'inizio della pandemia nel 2020", "since the start of the pandemic in 2020", "с начала
пандемии в 2020 году", "自2020年新冠疫情以来") starts a span: it never dates the reported
contact, which keeps the page's day (found on a real ANSA item); a contact's own year stays."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-11-04"
PAIR = {"olaf-scholz", "xi-jinping"}

SINCE = [
    ("it", "Il cancelliere tedesco Olaf Scholz ha incontrato il presidente cinese Xi Jinping; è "
           "il primo leader del G7 a visitare Pechino dall'inizio della pandemia di Covid-19 "
           "nel 2020."),
    ("en", "German Chancellor Olaf Scholz met Chinese President Xi Jinping; he is the first G7 "
           "leader to visit Beijing since the start of the Covid-19 pandemic in 2020."),
    ("ru", "Канцлер Германии Олаф Шольц встретился с председателем КНР Си Цзиньпином; он первый "
           "лидер G7, посетивший Пекин с начала пандемии в 2020 году."),
    ("zh", "德国总理朔尔茨会见了中国国家主席习近平，"
           "他是自2020年新冠疫情以来首位访华的七国集团领导人。"),
]


@pytest.mark.parametrize(("lang", "text"), SINCE)
def test_a_year_since_which_is_not_the_contacts_day(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert [(set(e.participants), e.date) for e in events] == [(PAIR, PAGE)], (
        lang, [e.to_json() for e in events])


def test_the_contacts_own_year_stays() -> None:
    text = "Olaf Scholz e Xi Jinping si sono incontrati a Bali nel novembre 2022."
    events = [e for e in analyze_texts((text, "2023-03-01"), lang="it").events if e.reported_by]
    assert [e.date for e in events] == ["2022-11"], [e.to_json() for e in events]
