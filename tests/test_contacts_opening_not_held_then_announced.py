"""An opening that tells only a contact that did not happen ("la telefonata tra Conte e Macron
non c'è ancora stata", "has not taken place yet", "так и не состоялся", "至今未能举行") gives way
to the contact the story announces after it, past the usual lead ("L'Eliseo conferma: un
colloquio telefonico tra Macron e Mattarella è previsto entro venerdì"): the story reports
that planned call, and the call that did not happen is no held one."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "it": (
        "PARIGI - La crisi diplomatica tra Francia e Italia, la più grave da decenni, "
        "passa ormai dal Quirinale e dai suoi uffici. Più volte annunciata nei giorni "
        "scorsi, la telefonata tra Giuseppe Conte ed Emmanuel Macron non c'è ancora "
        "stata. Il silenzio si fa pesante a cinque giorni dal richiamo dell'ambasciatore "
        "deciso dall'Eliseo, e nessuno a Roma sa dire quando finirà. Da Parigi è arrivata"
        " la richiesta di un gesto formale del Colle per disinnescare la crisi nei "
        "prossimi giorni. L'Eliseo conferma: un colloquio telefonico tra Macron e "
        "Mattarella è previsto entro venerdì."),
    "en": (
        "PARIS - The diplomatic crisis between France and Italy, the worst in decades, "
        "now runs through the Quirinale and its offices. Announced several times in "
        "recent days, the Conte-Macron phone call has not taken place yet. The silence "
        "weighs heavier five days after the ambassador was recalled by the Elysee, and "
        "nobody in Rome can say when it will end. Paris has asked for a formal gesture by"
        " the Italian head of state to defuse the crisis in the coming days. The Elysee "
        "confirms: a phone call between Macron and Mattarella is expected by Friday."),
    "ru": (
        "ПАРИЖ - Дипломатический кризис между Францией и Италией, самый тяжёлый за "
        "десятилетия, теперь решается через Квиринальский дворец. Не раз объявленный "
        "разговор Конте и Макрона так и не состоялся. Молчание становится всё тяжелее "
        "через пять дней после отзыва посла по решению Елисейского дворца, и никто в Риме"
        " не знает, когда оно закончится. Париж попросил итальянского главу государства о"
        " формальном жесте, чтобы разрядить кризис в ближайшие дни. В Елисейском дворце "
        "подтверждают: телефонный разговор Макрона и Маттареллы состоится до пятницы."),
    "zh": (
        "巴黎消息，法意两国之间数十年来最严重的外交危机，如今要靠意大利总统府来化解。此前"
        "多次宣布的孔特与马克龙之间的通话至今未能举行。法国召回驻意大使已经五天，沉默越来"
        "越沉重，罗马没有人能说清何时结束。巴黎方面要求意大利国家元首在未来几天作出正式姿"
        "态，以化解危机。爱丽舍宫证实，马克龙将于周五前同马塔雷拉通电话。"),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_an_opening_of_a_contact_not_held_gives_way_to_the_one_announced(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2019-02-12"), lang=lang)
    reported = [e for e in analysis.events if e.reported_by]
    assert reported, (lang, [e.to_json() for e in analysis.events])
    assert (reported[0].type, reported[0].status) == ("phone_call", "planned"), \
        (lang, reported[0].to_json())
    assert set(reported[0].participants) == {"emmanuel-macron", "sergio-mattarella"}, \
        (lang, reported[0].participants)
    assert not any(e.status == "held" for e in analysis.events), \
        (lang, [e.to_json() for e in analysis.events])
