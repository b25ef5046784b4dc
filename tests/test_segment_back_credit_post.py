# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A sentence that hands the quotation before it to a leader's post by a manner word and
the platform, no verb ("Così su Twitter il presidente ucraino dopo la telefonata"), gives that
quotation to the post, of the leader's side, beside the other side's account. Found on a real
Italian item (a Zelensky tweet quoted, then "Così su Twitter il presidente ucraino …").
English and Russian say it with a verb ("So wrote Zelensky on X", "Так президент Украины
написал в соцсети X"), already read: their cases guard it. Chinese credits a post before its
words ("泽连斯基在X上写道："). One side's post alone stays the writer's report (`quoted`).
Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = """\
Il cancelliere tedesco Olaf Scholz ha sentito martedì il presidente ucraino Volodymyr Zelensky.

"Ho parlato con il cancelliere Scholz della difesa aerea e dell'inverno che ci aspetta. Grazie alla Germania per il sostegno costante al nostro popolo e per i nuovi sistemi Iris-T promessi". Così su Twitter il presidente ucraino Volodymyr Zelensky dopo la telefonata con Scholz. Berlino ha diffuso una propria nota sul colloquio.

Secondo una nota del governo tedesco, Scholz "ha assicurato che la Germania continuerà a sostenere l'Ucraina con sistemi di difesa aerea anche nei mesi invernali, insieme agli altri partner europei e nel quadro della Nato".
"""

EN = """\
German Chancellor Olaf Scholz spoke on Tuesday with Ukrainian President Volodymyr Zelensky.

"I spoke with Chancellor Scholz about air defence and the winter ahead of us. Thank you, Germany, for the steady support to our people and for the new IRIS-T systems you have promised." So wrote Zelensky on X after the call with Scholz. Berlin released a note of its own on the talks.

According to a statement from the German government, Scholz "assured the president that Germany will keep supporting Ukraine with air defence systems through the winter months, together with the other European partners and within NATO".
"""

RU = """\
Канцлер Германии Олаф Шольц во вторник поговорил с президентом Украины Владимиром Зеленским.

«Говорил с канцлером Шольцем о противовоздушной обороне и о предстоящей зиме. Спасибо Германии за постоянную поддержку нашего народа и за обещанные новые системы IRIS-T». Так президент Украины Владимир Зеленский написал в соцсети X после разговора с Шольцем. Берлин распространил собственное сообщение о беседе.

Как сообщило правительство Германии, Шольц «заверил, что Германия продолжит поддерживать Украину системами противовоздушной обороны и в зимние месяцы, вместе с другими европейскими партнёрами и в рамках НАТО».
"""


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (EN, "en"), (RU, "ru")])
def test_the_quotation_before_the_manner_credit_is_the_post(text: str, lang: str) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]
    assert got[0] == ("unknown", None, "news")
    assert [(source, side) for source, side, _ in got[1:] if source != "unknown"] == [
        ("x", "UKR"), ("bundesregierung", "DEU")], got
    assert got[1][2] == "post"
    post = split_accounts(text, {}, lang)[1].text
    assert post.lstrip().startswith(("\"", "«")) and ("Scholz" in post or "Шольц" in post)
