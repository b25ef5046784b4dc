"""A contact whose clause counts its leaders ("dopo il colloquio telefonico tra i tre leader",
"after the phone call between the three leaders", "после разговора трёх лидеров", "三国领导人
通话后") is of all the leaders the sentence names, when it names that many: the three-way
call told again, not a call of the two named nearest the words. Found on a real Tag43 item
(h7it-009) whose Putin-Macron-Scholz call came back as a Macron-Scholz call. Texts written
for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-03-19"
THREE = ["emmanuel-macron", "olaf-scholz", "vladimir-putin"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Emmanuel Macron e il cancelliere Olaf Scholz hanno avuto oggi una "
           "telefonata con il presidente russo Vladimir Putin. Putin, Macron e Scholz «hanno "
           "concordato di continuare i loro contatti», ha riferito Mosca, dopo il colloquio "
           "telefonico tra i tre leader."),
    ("en", "French President Emmanuel Macron and German Chancellor Olaf Scholz held a phone call "
           "with Russian President Vladimir Putin today. Putin, Macron and Scholz «agreed to "
           "keep in touch», Moscow said after the phone call between the three leaders."),
    ("ru", "Президент Франции Эмманюэль Макрон и канцлер Германии Олаф Шольц сегодня провели "
           "телефонный разговор с президентом России Владимиром Путиным. Путин, Макрон и Шольц "
           "«договорились продолжить контакты», сообщили в Москве после разговора трёх "
           "лидеров."),
    ("zh", "法国总统马克龙、德国总理朔尔茨和俄罗斯总统普京今天通电话。三国领导人通话后，"
           "普京、马克龙和朔尔茨同意保持联系。"),
])
def test_the_leaders_counted_are_all_parties(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(bool(e.reported_by), sorted(e.participants)) for e in events] == [(True, THREE)]


def test_a_count_that_does_not_match_the_names_takes_none() -> None:
    # four leaders counted, three named: the count says nothing of who they are
    text = ("Il presidente Emmanuel Macron ha avuto oggi una telefonata con il presidente "
            "ucraino Volodymyr Zelensky. Putin, Macron e Scholz erano intervenuti ieri al "
            "vertice tra i quattro leader.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert all(len(e.participants) <= 2 for e in events)
