"""A guarded surname ("Си", "Sánchez", "Khan") names its person once the account named him in
full, in an earlier sentence or the title too, not only in the same sentence (the data says
"once the full name was used"); alone it names nobody."""

import pytest
from test_contacts import analyze_texts

LATER = {
    "ru": ("Председатель КНР Си Цзиньпин прибыл в Москву. Вечером Си провел переговоры с "
           "президентом России Владимиром Путиным.", {"xi-jinping", "vladimir-putin"}),
    "en": ("Spanish Prime Minister Pedro Sánchez arrived in Rome on Monday. In the evening "
           "Sánchez held talks with President Sergio Mattarella.",
           {"pedro-sanchez", "sergio-mattarella"}),
    "it": ("Il premier spagnolo Pedro Sánchez è arrivato lunedì a Roma. In serata Sánchez ha "
           "incontrato il presidente Sergio Mattarella.", {"pedro-sanchez", "sergio-mattarella"}),
    "zh": ("西班牙首相佩德罗·桑切斯周一抵达罗马。当晚桑切斯同意大利总统马塔雷拉举行会谈。",
           {"pedro-sanchez", "sergio-mattarella"}),
}


@pytest.mark.parametrize("lang", sorted(LATER))
def test_a_guarded_surname_after_the_full_name_names_him(lang: str) -> None:
    text, pair = LATER[lang]
    analysis = analyze_texts((text, "2024-07-08"), lang=lang)
    readout = analysis.documents[0].readouts[0]
    second = {m.actor for m in readout.mentions if m.sentence == 1}
    assert second == pair
    assert [set(e.participants) for e in analysis.events if e.reported_by] == [pair]


def test_a_guarded_surname_alone_names_nobody() -> None:
    text = "В понедельник Санчес провел переговоры с президентом России Владимиром Путиным."
    analysis = analyze_texts((text, "2024-07-08"), lang="ru")
    assert "pedro-sanchez" not in {m.actor for m in analysis.documents[0].readouts[0].mentions}
