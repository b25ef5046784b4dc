"""An undated document's later stretch reads its titles on the day its earlier stretch did:
a government's statement quoted after an agency's lead ("Il Quirinale ha fatto sapere che …
il capo dello Stato ha ricevuto la telefonata di Wulff") names too few people to date itself,
and its bare roles are then the holders the lead's people served with, not today's (found
on a real Il Giornale item on Napolitano and Wulff, heldout10 h10it-029, where the statement
gave a phantom Mattarella-Wulff call)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "it": ("Il presidente della Repubblica Giorgio Napolitano chiede di fare presto e lo ha "
           "ripetuto nella telefonata con il presidente tedesco Christian Wulff.\n\n"
           "Il comunicato del Quirinale\n\n"
           "Oggi pomeriggio il capo dello Stato ha ricevuto la cordiale telefonata del "
           "presidente della Repubblica federale di Germania."),
    "en": ("Russian President Dmitry Medvedev urged quick action and said so in his phone "
           "call with German President Christian Wulff.\n\n"
           "The Kremlin's readout\n\n"
           "This afternoon the President of Russia had a telephone conversation with the "
           "President of Germany."),
    "ru": ("Президент России Дмитрий Медведев призвал действовать быстро и сказал об этом в "
           "телефонном разговоре с президентом Германии Кристианом Вульфом.\n\n"
           "Сообщение пресс-службы Кремля\n\n"
           "Сегодня днем Президент России провел телефонный разговор с Президентом Германии."),
    "zh": ("国家主席胡锦涛呼吁迅速行动，并在同德国总统武尔夫通电话时这样表示。\n\n"
           "新华社消息\n\n"
           "今天下午，国家主席同德国总统通电话。"),
}

PARTIES = {"it": {"giorgio-napolitano", "christian-wulff"},
           "en": {"dmitry-medvedev", "christian-wulff"},
           "ru": {"dmitry-medvedev", "christian-wulff"},
           "zh": {"hu-jintao", "christian-wulff"}}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_later_stretch_reads_roles_on_the_stories_day(lang: str) -> None:
    events = analyze_texts((TEXTS[lang], None), lang=lang).events
    assert [set(e.participants) for e in events] == [PARTIES[lang]], \
        [e.to_json() for e in events]
    assert events[0].part_of_day == "afternoon", events[0].to_json()
