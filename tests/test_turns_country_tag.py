"""A headline opening on a country and a colon ("Ucraina: telefonata Draghi-Zelensky, …",
"Ukraine: …", "Украина: …", "乌克兰：…") tags its topic, as Italian and agency headlines do:
the country is no speaker, and the article under it is news, not a transcript."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Ucraina: telefonata Draghi-Zelensky, da Italia “pieno sostegno” a Kiev e "
           "“disponibilità a contribuire a una soluzione duratura della crisi”\n\nIl presidente "
           "del Consiglio Mario Draghi ha avuto oggi pomeriggio una nuova conversazione "
           "telefonica con il presidente ucraino Volodymyr Zelensky. Draghi ha ribadito il "
           "pieno sostegno del governo italiano alle autorità di Kiev.\n",
     {"mario-draghi", "volodymyr-zelenskyy"}),
    ("en", "Ukraine: Scholz and Zelensky discuss air defence in phone call, promise “unwavering "
           "support” for Kyiv in the months ahead of the winter\n\nGerman Chancellor Olaf "
           "Scholz spoke by phone with Ukrainian President Volodymyr Zelensky on Tuesday "
           "afternoon. Scholz reaffirmed Germany’s support for Ukraine.\n",
     {"olaf-scholz", "volodymyr-zelenskyy"}),
    ("ru", "Украина: Шольц и Зеленский обсудили по телефону поставки систем ПВО и пообещали "
           "«неизменную поддержку» Киеву в предстоящие месяцы зимы\n\nКанцлер Германии Олаф "
           "Шольц во вторник днём провёл телефонный разговор с президентом Украины Владимиром "
           "Зеленским. Шольц подтвердил поддержку Украины со стороны Германии.\n",
     {"olaf-scholz", "volodymyr-zelenskyy"}),
    ("zh", "乌克兰：朔尔茨与泽连斯基通电话讨论防空系统问题，"
           "承诺在冬季来临前的数月里继续“坚定支持”基辅。\n\n"
           "德国总理朔尔茨周二下午同乌克兰总统泽连斯基通电话。朔尔茨重申德国对乌克兰的支持。\n",
     {"olaf-scholz", "volodymyr-zelenskyy"}),
]


@pytest.mark.parametrize(("lang", "text", "pair"), CASES, ids=[c[0] for c in CASES])
def test_a_country_tag_opening_a_headline_is_no_speaker(lang: str, text: str,
                                                        pair: set[str]) -> None:
    analysis = analyze_texts((text, "2022-11-15"), lang=lang)
    readouts = analysis.documents[0].readouts
    assert [r.kind for r in readouts] == ["news"]
    events = {e.id: e for e in analysis.events}
    assert set(events[readouts[0].event].participants) == pair


def test_a_leaders_speaker_lines_stay_a_transcript() -> None:
    text = ("Vladimir Putin: Mr President, friends, I am glad to welcome you to Moscow. We have "
            "a great deal to discuss today, from trade to energy.\n\nXi Jinping: Thank you, "
            "Mr President. I am glad to be here again and to continue our talks.\n")
    analysis = analyze_texts((text, "2023-03-21"), lang="en")
    assert [r.kind for r in analysis.documents[0].readouts] == ["transcript"]
