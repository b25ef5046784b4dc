"""A headline naming, beside the lead's two, a leader of another contact it announces
("Albanese speaks with Chinese premier in precursor to possible Xi meeting") gives the
lead's contact no third party: no call of Albanese with Xi is split off it (found on a real
WAtoday item); tests en/it/ru/zh."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

CASES = [
    ("Albanese speaks with Chinese premier in precursor to possible Xi meeting\n\n"
     "Australian Prime Minister Anthony Albanese has met Chinese Premier Li Keqiang at a gala "
     "dinner in Phnom Penh, their first encounter.\n"),
    ("Albanese parla con il premier cinese in vista di un possibile incontro con Xi\n\n"
     "Il premier australiano Anthony Albanese ha incontrato il premier cinese Li Keqiang a una "
     "cena di gala a Phnom Penh, il loro primo incontro.\n"),
    ("Албанезе поговорил с премьером Китая в преддверии возможной встречи с Си\n\n"
     "Премьер-министр Австралии Энтони Албанезе встретился с премьером Госсовета КНР Ли "
     "Кэцяном на торжественном ужине в Пномпене, это их первая встреча.\n"),
    ("阿尔巴尼斯与中国总理交谈 或为与习近平会晤铺路\n\n"
     "澳大利亚总理阿尔巴尼斯在金边的晚宴上会见了中国国务院总理李克强，这是两人首次会面。\n"),
]


@pytest.mark.parametrize("text", CASES)
def test_the_headlines_other_contact_adds_no_party(text: str) -> None:
    raw = RawInput("page.txt", text.encode())
    analysis = link_results([analyze_document(prepare(raw)[0], "2022-11-13")])
    reported = [set(e.participants) for e in analysis.events if e.reported_by]
    assert reported == [{"anthony-albanese", "li-keqiang"}], reported
