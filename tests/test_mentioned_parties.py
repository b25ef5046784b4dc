"""Contacts mentioned in passing (it/en/ru/zh): parties from the mention's own clause,
failures and habits that are no contact, wishes that are planned, a meeting by video link,
messages, one contact per cue, and aides who are never parties."""

from __future__ import annotations

import pytest
from test_contacts import mentioned_facts

REF = "2024-06-12"
SIDES = {"it": "ITA", "en": "USA", "ru": "RUS", "zh": "CHN"}


def mentioned(lang: str, reported: tuple[str, list[str]], *lines: str,
              ref: str = REF) -> list[tuple[str, str, frozenset[str], str | None]]:
    """(type, status, parties, date) of every contact the lines mention, after a first
    sentence that reports ``reported``."""
    return [(f.type, f.status, frozenset(f.participants), f.date)
            for f in mentioned_facts(lang, ref, SIDES[lang], reported, *lines)]


ITA = ("phone_call", ["giorgia-meloni", "joe-biden"])
USA = ("phone_call", ["joe-biden", "xi-jinping"])
RUS = ("phone_call", ["vladimir-putin", "xi-jinping"])
CHN = ("phone_call", ["xi-jinping", "vladimir-putin"])
REPORTED = {"it": ITA, "en": USA, "ru": RUS, "zh": CHN}


@pytest.mark.parametrize(
    ("lang", "line", "parties"),
    [
        ("it", "Prima della telefonata Meloni aveva avuto un incontro con il presidente francese "
               "Emmanuel Macron.", {"giorgia-meloni", "emmanuel-macron"}),
        ("en", "Biden told Xi about his recent meeting with President Emmanuel Macron.",
         {"joe-biden", "emmanuel-macron"}),
        ("ru", "Путин рассказал Си Цзиньпину о своей недавней встрече с Эммануэлем Макроном.",
         {"vladimir-putin", "emmanuel-macron"}),
        ("zh", "习近平介绍了此前同法国总统马克龙会晤的情况。", {"xi-jinping", "emmanuel-macron"}),
    ],
)
def test_a_meeting_with_a_third_person_is_not_the_principals(lang: str, line: str,
                                                             parties: set[str]) -> None:
    found = mentioned(lang, REPORTED[lang], line)
    assert [p for _, _, p, _ in found] == [frozenset(parties)]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Meloni e Biden hanno parlato a lungo prima dell'incontro di Biden con Emmanuel "
               "Macron e si sentiranno di nuovo."),
        ("en", "Biden and Xi talked at length ahead of Biden's meeting with Emmanuel Macron "
               "last week."),
        ("ru", "Путин и Си Цзиньпин беседовали после встречи Путина с Эммануэлем Макроном."),
    ],
)
def test_each_cue_takes_the_people_of_its_own_clause(lang: str, line: str) -> None:
    found = mentioned(lang, REPORTED[lang], line)
    meetings = [p for kind, _, p, _ in found if kind == "meeting"]
    assert meetings and all("emmanuel-macron" in p for p in meetings)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Nel 2020 il vertice tra Meloni e Biden non si è potuto tenere."),
        ("it", "In passato Meloni si era rifiutata di tenere un incontro con Biden."),
        ("it", "Meloni e Biden si incontrano ogni anno a margine dell'Assemblea."),
        ("en", "Biden and Xi have had no talks since 2022."),
        ("en", "The 2020 summit between Biden and Xi could not be held."),
        ("ru", "В 2020 году встреча Путина и Си Цзиньпина не состоялась."),
        ("ru", "Путин и Си Цзиньпин ежегодно встречаются."),
        ("zh", "2020年习近平同普京的会晤未能举行。"),
    ],
)
def test_failures_refusals_and_habits_are_no_contact(lang: str, line: str) -> None:
    assert mentioned(lang, REPORTED[lang], line) == []


@pytest.mark.parametrize(
    ("lang", "line", "kind"),
    [
        ("it", "I due leader hanno espresso l'auspicio di un incontro a Roma.", "meeting"),
        ("en", "Both leaders hoped for an early meeting in Washington.", "meeting"),
        ("ru", "Лидеры выразили надежду на скорую встречу в Москве.", "meeting"),
        ("zh", "两国元首希望早日会晤。", "meeting"),
    ],
)
def test_a_wished_for_contact_is_planned(lang: str, line: str, kind: str) -> None:
    assert [(k, s) for k, s, _, _ in mentioned(lang, REPORTED[lang], line)] == \
        [(kind, "planned")]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "A dicembre Meloni e Biden si erano incontrati tramite collegamento video."),
        ("en", "In December Biden and Xi met via videoconference."),
        ("ru", "В декабре Путин и Си Цзиньпин встретились в режиме видеоконференции."),
    ],
)
def test_a_meeting_by_video_link_is_a_video_call(lang: str, line: str) -> None:
    assert [k for k, _, _, _ in mentioned(lang, REPORTED[lang], line)] == ["video_call"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Il mese scorso Meloni aveva inviato a Biden un messaggio di congratulazioni."),
        ("en", "Last month Biden sent Xi a message of condolences."),
        ("ru", "В прошлом месяце Путин направил Си Цзиньпину поздравительное послание."),
        ("zh", "上个月习近平向普京致贺电。"),
    ],
)
def test_condolences_and_congratulations_are_messages(lang: str, line: str) -> None:
    found = mentioned(lang, REPORTED[lang], line)
    assert [(k, s, d) for k, s, _, d in found] == [("message", "held", "2024-05")]


@pytest.mark.parametrize(
    ("lang", "line", "held", "planned"),
    [
        ("it", "Meloni e Biden si sono incontrati a marzo e si rivedranno a luglio.",
         "2024-03", "2024-07"),
        ("en", "Biden and Xi met in March and will meet again in July.", "2024-03", "2024-07"),
    ],
)
def test_each_contact_of_a_sentence_has_its_own_status(lang: str, line: str, held: str,
                                                       planned: str) -> None:
    found = {(s, d) for _, s, _, d in mentioned(lang, REPORTED[lang], line)}
    assert found == {("held", held), ("planned", planned)}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "A Shanghai Meloni ha incontrato Biden, eletto a marzo, presso la banca fondata "
               "nel 2014."),
        ("en", "In Shanghai Biden held a meeting with Xi, elected in March, at a bank founded "
               "in 2014."),
    ],
)
def test_one_cue_is_one_contact_however_many_dates_stand_near(lang: str, line: str) -> None:
    assert len(mentioned(lang, REPORTED[lang], line)) == 1


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ru", "Ранее пресс-секретарь Дмитрий Песков заявлял, что у Владимира Путина "
               "запланирован телефонный разговор, но не уточнил, с кем."),
        ("en", "Earlier, spokesperson Dmitry Peskov said Vladimir Putin had a phone call "
               "planned for the evening."),
        ("it", "In precedenza il portavoce Dmitry Peskov aveva detto che Vladimir Putin "
               "avrebbe avuto una telefonata in serata."),
    ],
)
def test_a_spokesperson_is_never_a_party(lang: str, line: str) -> None:
    found = mentioned(lang, RUS, line, ref="2025-10-16")
    assert all("dmitry-peskov" not in p for _, _, p, _ in found)
    assert all(len(p) >= 2 for k, _, p, _ in found if k == "phone_call")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Trump said he would then hold talks with NATO members."),
        ("ru", "Трамп также сообщил, что затем проведет переговоры с членами НАТО."),
        ("it", "Trump ha detto che poi terrà colloqui a Bruxelles con i membri della NATO."),
    ],
)
def test_one_leader_with_a_group_is_no_contact_of_the_principals(lang: str, line: str) -> None:
    reported = ("phone_call", ["vladimir-putin", "donald-trump"])
    assert mentioned(lang, reported, line, ref="2025-05-19") == []


def test_their_meeting_takes_the_parties_of_the_sentence_before() -> None:
    found = mentioned("en", USA, "Emmanuel Macron welcomed Olaf Scholz to Paris.",
                      "Their meeting last month went well.")
    assert [p for _, _, p, _ in found] == [frozenset({"emmanuel-macron", "olaf-scholz"})]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Trump urged Putin to hold talks with Zelensky."),
        ("it", "Trump ha esortato Putin a tenere un incontro con Zelensky."),
        ("ru", "Трамп призвал Путина провести встречу с Зеленским."),
        ("zh", "特朗普敦促普京同泽连斯基会晤。"),
    ],
)
def test_urging_a_leader_to_meet_another_is_no_contact_of_the_speaker(lang: str,
                                                                     line: str) -> None:
    reported = ("phone_call", ["donald-trump", "vladimir-putin"])
    found = mentioned(lang, reported, line, ref="2025-05-19")
    assert [(s, p) for _, s, p, _ in found] == \
        [("planned", frozenset({"vladimir-putin", "volodymyr-zelenskyy"}))]


def test_a_contact_told_of_during_the_call_is_the_third_persons_meeting() -> None:
    reported = ("phone_call", ["donald-trump", "vladimir-putin"])
    found = mentioned("zh", reported,
                      "特朗普在通话中向普京介绍了前一日在海湖庄园与泽连斯基会晤的情况。",
                      ref="2025-12-29")
    assert [(k, p) for k, _, p, _ in found] == \
        [("meeting", frozenset({"donald-trump", "volodymyr-zelenskyy"}))]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Meloni è negli Stati Uniti dallo scorso 3 giugno per un incontro con Biden."),
        ("en", "Biden has been in Asia since June 3 for a meeting with Xi."),
    ],
)
def test_the_start_of_a_stay_is_no_contacts_date(lang: str, line: str) -> None:
    assert all(d is None for _, _, _, d in mentioned(lang, REPORTED[lang], line))


def test_a_date_beyond_a_comma_after_the_cue_is_another_clauses() -> None:
    found = mentioned("zh", CHN, "两人会晤前夕，传出另一位官员将于8月访问日本。")
    assert all(d is None for _, _, _, d in found)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ru", "\"Условлено продолжить обмен мнениями в ходе рабочей встречи в Анкаре 28 "
               "сентября\", - сказали в Кремле."),
        ("it", "Le parti hanno concordato di proseguire il dialogo nel corso di un incontro a "
               "Roma il 28 settembre, hanno detto fonti del governo."),
    ],
)
def test_an_agreed_contact_keeps_its_future_date(lang: str, line: str) -> None:
    found = mentioned(lang, REPORTED[lang], line, ref="2017-09-25")
    assert [(s, d) for _, s, _, d in found] == [("planned", "2017-09-28")]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Dopo la cena con Emmanuel Macron, Biden ha avuto un colloquio con Olaf Scholz."),
        ("en", "After a dinner with Emmanuel Macron, Biden held talks with Olaf Scholz."),
        ("ru", "После беседы с Эммануэлем Макроном Байден провёл переговоры с Олафом Шольцем."),
        ("zh", "在与马克龙共进晚餐后，拜登同朔尔茨举行了会谈。"),
    ],
)
def test_a_name_after_with_is_another_talks_partner_not_the_subject(lang: str,
                                                                      line: str) -> None:
    """"After a dinner with Macron, Biden held talks with Scholz": Biden's talks (the dinner,
    where a meal is a contact, Biden's with Macron; never one of Macron with Scholz)."""
    found = [p for _, _, p, _ in mentioned(lang, REPORTED[lang], line)]
    assert frozenset({"joe-biden", "olaf-scholz"}) in found
    assert all(p <= {"joe-biden", "olaf-scholz"} or p <= {"joe-biden", "emmanuel-macron"}
               for p in found), found


@pytest.mark.parametrize(
    ("lang", "lines", "pair"),
    [
        ("it", ("Meloni ha poi sentito il presidente francese Emmanuel Macron.",
                "I due leader avevano avuto un colloquio telefonico a marzo, ha ricordato Meloni."),
         {"giorgia-meloni", "emmanuel-macron"}),
        ("en", ("Biden also spoke with French President Emmanuel Macron.",
                "The two leaders last spoke by phone in March, Biden said."),
         {"joe-biden", "emmanuel-macron"}),
        ("ru", ("Путин также поговорил по телефону с президентом Франции Эммануэлем Макроном.",
                "Предыдущий телефонный разговор двух лидеров состоялся в марте, напомнил Путин."),
         {"vladimir-putin", "emmanuel-macron"}),
        ("zh", ("习近平还同法国总统马克龙通电话。",
                "两人上次通话是今年3月，当时习近平指出，我们要保持沟通。"),
         {"xi-jinping", "emmanuel-macron"}),
    ],
)
def test_the_two_are_the_pair_just_told_that_holds_the_one_named(
        lang: str, lines: tuple[str, str], pair: set[str]) -> None:
    """"The two leaders last spoke in March, Biden said", after Biden's call with Macron:
    Biden and Macron, not the reported contact's other principal."""
    found = mentioned(lang, REPORTED[lang], *lines)
    earlier = [(p, d) for _, status, p, d in found if status == "held" and d == "2024-03"]
    assert earlier == [(frozenset(pair), "2024-03")]
