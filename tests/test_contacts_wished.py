"""A wish to meet is no meeting: leaders "in favour of meeting on the sidelines of the
summit", who "expressed readiness to meet", "hope to meet" or are "keen to meet"; (it) "si
sono detti favorevoli a un incontro", "hanno espresso la disponibilità a incontrarsi",
"vogliono incontrarsi"; (ru) «высказались за встречу», «выразили готовность встретиться»;
(zh) "表示愿意…会晤", "希望…会晤", "赞成…会晤": the contact is planned, and a story of a
call that ends on such a wish still reports the call. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.contacts.status import contact_status

WISHES = [
    ("en", 'Macron and Scholz are "in favour" of meeting on the sidelines of the summit in '
           "June, the Elysee said."),
    ("en", "The two presidents spoke in favor of meeting in person at the forum in Vienna."),
    ("en", "The leaders expressed readiness to meet in Geneva."),
    ("en", "Both leaders hope to meet in the autumn."),
    ("en", "The chancellor is keen to meet the new president soon."),
    ("it", "Macron e Scholz si sono detti favorevoli a un incontro a margine del vertice."),
    ("it", "I due leader hanno espresso la disponibilità a incontrarsi a Ginevra."),
    ("it", "Macron e Scholz vogliono incontrarsi a giugno."),
    # the wish in the infinitive or the first person (found on a real la Repubblica item:
    # "ha ribadito di voler incontrare il suo omologo" came out as a meeting held)
    ("it", "Il vicepremier ha ribadito di voler incontrare il suo omologo francese."),
    ("it", "«Vorrei parlare con Putin il prima possibile», ha detto il cancelliere."),
    ("en", "Trump said he would like to meet Putin in the coming weeks."),
    ("en", '"I’d like to meet him soon," the president told reporters.'),
    ("ru", "«Хочу встретиться с президентом Трампом», — заявил Путин."),
    ("ru", "Макрон и Шольц высказались за встречу на полях саммита."),
    ("ru", "Лидеры выразили готовность встретиться в Женеве."),
    ("zh", "两国元首表示愿意在峰会期间会晤。"),
    ("zh", "双方希望在秋天会晤。"),
    ("zh", "两国领导人赞成在日内瓦会晤。"),
]


@pytest.mark.parametrize(("lang", "sentence"), WISHES)
def test_a_wish_to_meet_is_planned(lang: str, sentence: str) -> None:
    assert contact_status(sentence, lang) == "planned"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Macron met Scholz in Paris on Friday."),
    ("it", "Macron ha incontrato Scholz a Parigi venerdì."),
    ("ru", "Макрон встретился с Шольцем в Париже в пятницу."),
    ("zh", "马克龙同朔尔茨在巴黎会晤。"),
])
def test_a_meeting_held_stays_held(lang: str, sentence: str) -> None:
    assert contact_status(sentence, lang) == "held"


def test_a_call_ending_on_a_wish_to_meet_reports_the_call() -> None:
    text = ("Macron and Scholz want to meet at the summit\n\n"
            "French President Emmanuel Macron and German Chancellor Olaf Scholz held a "
            "telephone conversation, the Elysee said. They discussed energy prices. Macron and "
            "Scholz spoke in favor of meeting in person at the summit, which will be held on "
            "June 20 in Vienna.")
    analysis = analyze_texts((text, "2023-05-03"), lang="en")
    reported = [e for e in analysis.events if e.reported_by]
    assert reported and (reported[0].type, reported[0].status) == ("phone_call", "held")
    assert not [e for e in analysis.events if e.type == "meeting" and e.status == "held"]


def test_a_meaningful_call_is_no_wish() -> None:
    assert contact_status("泽连斯基说，他今天与习近平进行了长时间且有意义的通话。", "zh") == "held"
    assert contact_status("我希望在日内瓦会晤基础上取得新成果。", "zh") == "held"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "La proposta del nostro presidente per un incontro tra i leader di Russia e Ucraina "
           "resta la più concreta."),
    ("en", "The proposal of our president for a meeting between the leaders of Russia and "
           "Ukraine remains the most concrete one."),
])
def test_a_proposal_for_a_meeting_is_planned(lang: str, sentence: str) -> None:
    """Found on a real Agenzia Nova item (a Turkish spokesman on Erdogan's proposal)."""
    assert contact_status(sentence, lang) == "planned"


READY = [
    ("it", "Il presidente russo si è detto pronto a incontrare il presidente americano in "
           "qualsiasi momento."),
    ("it", "Il cancelliere ha dichiarato di essere disposto a incontrare il suo omologo."),
    ("it", "Il presidente è «pronto a un incontro» con il suo omologo, ha detto il ministro."),
    ("it", "Il presidente si dice sempre pronto a parlare o a incontrare il suo omologo."),
    ("it", "Il presidente ha dichiarato di essere pronto a tenere colloqui con il suo omologo."),
    ("it", "Il leader ha detto di essere sempre stato aperto a un incontro con il rivale."),
    ("en", "The Russian president said he was ready to meet the American president at any "
           "time."),
]

CONDITIONAL = [
    ("it", "Il presidente vedrà il rivale, a condizione che l'incontro sia ben preparato."),
    ("it", "Ha aggiunto che resta da vedere se un simile incontro avrebbe senso."),
    ("en", "He will see his rival, provided the meeting is well prepared."),
]


@pytest.mark.parametrize(("lang", "sentence"), READY + CONDITIONAL)
def test_a_readiness_or_a_condition_to_meet_is_planned(lang: str, sentence: str) -> None:
    """Found on real Italian items (Epoch Times Italia, Libero, Diario del Web, informazione.it,
    Veritas Liberabit Vos: Putin 'pronto'/'disposto' to meet Trump or Zelensky came out as a
    meeting held)."""
    assert contact_status(sentence, lang) == "planned"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente russo Vladimir Putin si è detto pronto a incontrare Donald Trump in "
           "qualsiasi momento."),
    ("it", "Vladimir Putin ha dichiarato di essere disposto a incontrare Volodymyr Zelensky, a "
           "condizione che l'incontro sia ben preparato."),
    ("en", "Russian President Vladimir Putin said he was ready to meet Donald Trump at any time."),
    ("ru", "Президент России Владимир Путин заявил, что готов встретиться с Дональдом Трампом "
           "в любое время."),
    ("zh", "俄罗斯总统普京表示，他准备好随时与特朗普会晤。"),
])
def test_a_leader_ready_to_meet_reports_no_meeting_held(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2024-12-19"), lang=lang)
    assert not [e for e in analysis.events if e.status == "held"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "Il presidente, pronto a partire, ha incontrato il suo omologo a Parigi."),
    ("it", "Si è detto pronto a collaborare dopo aver incontrato il cancelliere a Berlino."),
    ("it", "Il premier ha incontrato il presidente, che si è detto disposto a cooperare."),
])
def test_a_readiness_for_something_else_leaves_the_meeting_held(lang: str,
                                                                  sentence: str) -> None:
    assert contact_status(sentence, lang) == "held"
