"""Who is present at the contact, told in a clause after it ('per poi dare il via
all'incontro bilaterale, presente il ministro degli Esteri Luigi Di Maio', 'alla presenza
del ministro', 'with Foreign Minister Di Maio present', 'в присутствии министра',
'在外长迪马约陪同下'), is an attendee, never a party of the contact nor of one of his own with
the host: found on a real Rai News item whose Foreign Minister came out meeting Mattarella
(it/en/ru/zh). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

RECEIVED = {
    "it": "Mercoledì il presidente Sergio Mattarella sarà ricevuto alla Casa Bianca dal "
          "presidente Donald Trump. ",
    "en": "On Wednesday President Sergio Mattarella will be received at the White House by "
          "President Donald Trump. ",
    "ru": "В среду президента Италии Серджо Маттареллу примет в Белом доме президент США "
          "Дональд Трамп. ",
    "zh": "周三，美国总统特朗普将在白宫接待意大利总统马塔雷拉。",
}


@pytest.mark.parametrize(("lang", "line"), [
    ("it", "Alle 16,15 ora italiana il capo dell'amministrazione Usa darà il benvenuto a "
           "Mattarella nello Studio Ovale, per poi dare il via all'incontro bilaterale, presente "
           "il ministro degli Esteri Luigi Di Maio."),
    ("it", "Alle 16,15 il capo dell'amministrazione Usa darà il benvenuto a Mattarella, per poi "
           "avviare l'incontro bilaterale alla presenza del ministro degli Esteri Luigi Di Maio."),
    ("en", "At 10.15 the head of the US administration will welcome Mattarella in the Oval "
           "Office and then start the bilateral meeting, with Foreign Minister Luigi Di Maio "
           "present."),
    ("ru", "Затем начнется двусторонняя встреча в присутствии министра иностранных дел Италии "
           "Луиджи Ди Майо."),
    ("zh", "美国政府首脑将在椭圆形办公室欢迎马塔雷拉，随后在意大利外长迪马约陪同下举行双边会晤。"),
])
def test_one_present_is_no_party(lang: str, line: str) -> None:
    events = analyze_texts((RECEIVED[lang] + line, "2019-10-14"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [["donald-trump", "sergio-mattarella"]]


def test_the_parties_before_the_clause_stay() -> None:
    # the clause sets aside its attendee alone: the two named before it meet
    events = analyze_texts(("Il ministro degli Esteri Luigi Di Maio ha incontrato ieri il "
                            "segretario di Stato Mike Pompeo, presente l'ambasciatore Lewis "
                            "Eisenberg.", "2019-10-14"), lang="it").events
    assert [sorted(e.participants) for e in events] == [["luigi-di-maio", "mike-pompeo"]]
