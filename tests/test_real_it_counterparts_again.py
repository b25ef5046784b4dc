"""Counterparts each led to by their own word ("tornerà a parlare al telefono con il capo del
Cremlino e poi a Berlino farà il punto con il presidente polacco"), with the subject unnamed
in the sentence, are each the subject's counterpart, never each other's: no call of Putin
with Duda (found on a real San Marino RTV item; the same build in a RaiNews item on Lula's
visit, "a colloquio con Papa Francesco ... e con il presidente Mattarella")."""

from __future__ import annotations

from test_contacts import analyze_texts

AGAIN = [
    ("it", "Il presidente francese Emmanuel Macron ha incontrato oggi al Cremlino il presidente "
           "russo Vladimir Putin. Domani tornerà a parlare al telefono con il capo del Cremlino "
           "e poi a Berlino farà il punto con il presidente polacco Andrzej Duda - il cui Paese "
           "guida l'Osce - e con il cancelliere Olaf Scholz."),
    ("en", "French President Emmanuel Macron met Russian President Vladimir Putin at the "
           "Kremlin today. Tomorrow he will speak again by phone with the Kremlin leader and "
           "then in Berlin will take stock with Polish President Andrzej Duda and with "
           "Chancellor Olaf Scholz."),
    ("ru", "Президент Франции Эммануэль Макрон провёл сегодня в Кремле переговоры с "
           "президентом России Владимиром Путиным. Завтра он снова поговорит по телефону с "
           "Путиным, а затем в Берлине встретится с президентом Польши Анджеем Дудой и с "
           "канцлером Олафом Шольцем."),
]


def test_counterparts_led_to_again_are_not_each_others() -> None:
    for lang, text in AGAIN:
        analysis = analyze_texts((text, "2022-02-07"), lang=lang)
        pairs = [set(e.participants) for e in analysis.events]
        assert {"emmanuel-macron", "vladimir-putin"} in pairs, (lang, pairs)
        assert all("emmanuel-macron" in p for p in pairs), (lang, pairs)
