"""A news item whose headline tells the contact and whose text is at once an official note it
quotes ("Meloni ha avuto … un incontro con Scholz" over "«…», riferisce Palazzo Chigi in una
nota"): the headline is the article's own account and keeps the contact; it is not lost
with the empty text before the quotation."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "La premier Giorgia Meloni ha avuto, a margine del Consiglio europeo, un incontro con "
           "il cancelliere tedesco Olaf Scholz\n\n“Al centro del colloquio la gestione dei flussi "
           "migratori e la sicurezza energetica”, riferisce Palazzo Chigi in una nota. “I due "
           "leader hanno passato in rassegna i temi del Consiglio e si sono dati appuntamento al "
           "prossimo vertice intergovernativo”, aggiunge Palazzo Chigi.\n",
     {"giorgia-meloni", "olaf-scholz"}, "palazzo-chigi"),
    ("en", "President Joe Biden met Prime Minister Narendra Modi on the sidelines of the G20 "
           "summit in New Delhi\n\n“The leaders reaffirmed the strength of the partnership "
           "between the two countries,” the White House said in a statement. “They discussed "
           "clean energy and critical technologies and agreed to meet again soon,” the White "
           "House added.\n",
     {"joe-biden", "narendra-modi"}, "whitehouse"),
    ("zh", "国家主席习近平在北京会见俄罗斯总统普京\n\n"
           "“双方就双边关系和共同关心的国际问题深入交换意见。”外交部在声明中说。“两国元首同意保持密切沟通。”外交部补充说。\n",
     {"xi-jinping", "vladimir-putin"}, "china-mfa"),
]


@pytest.mark.parametrize(("lang", "text", "pair", "quoted"), CASES, ids=[c[0] for c in CASES])
def test_the_headline_is_the_articles_account(lang: str, text: str, pair: set[str],
                                              quoted: str) -> None:
    analysis = analyze_texts((text, "2024-07-11"), lang=lang)
    readouts = analysis.documents[0].readouts
    assert [(r.source, r.kind) for r in readouts][0] == ("unknown", "news")
    assert readouts[1].source == quoted
    events = {e.id: e for e in analysis.events}
    assert set(events[readouts[0].event].participants) == pair


def test_a_headline_in_the_kremlin_style_keeps_its_contact() -> None:
    text = ("Владимир Путин провёл переговоры с президентом Турции Реджепом Тайипом Эрдоганом в "
            "Сочи\n\n«Стороны подробно обсудили двусторонние отношения», — говорится в "
            "сообщении пресс-службы Кремля. «Лидеры договорились продолжить контакты», — "
            "добавили в Кремле.\n")
    analysis = analyze_texts((text, "2024-07-11"), lang="ru")
    readouts = analysis.documents[0].readouts
    events = {e.id: e for e in analysis.events}
    assert set(events[readouts[0].event].participants) == {"vladimir-putin",
                                                           "recep-tayyip-erdogan"}
