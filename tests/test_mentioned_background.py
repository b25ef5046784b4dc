"""Background clauses that name no other contact (it/en/ru/zh): "the call, the first since
1979" is the reported contact told again; a date in a clause a "since" opens belongs to that
clause's event; a multilateral gathering is no contact of two leaders; habitual contacts
("they speak often", "the calls last an hour and a half") are no contact at all. Earlier
contacts named in those clauses are still found, with their own dates."""

from __future__ import annotations

import pytest
from test_contacts import mentioned_facts

from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document, link_results

REF = "2024-06-12"
SIDES = {"it": "ITA", "en": "USA", "ru": "RUS", "zh": "CHN"}
REPORTED = {
    "it": ("phone_call", ["giorgia-meloni", "joe-biden"]),
    "en": ("phone_call", ["joe-biden", "xi-jinping"]),
    "ru": ("phone_call", ["vladimir-putin", "recep-tayyip-erdogan"]),
    "zh": ("phone_call", ["xi-jinping", "vladimir-putin"]),
}


def mentioned(lang: str, *lines: str, kind: str = "phone_call"
              ) -> list[tuple[str, str, frozenset[str], str | None]]:
    """(type, status, parties, date) of every contact the lines mention, after a lead that
    reports the language's contact of the day (a call, unless ``kind`` says otherwise)."""
    return [(f.type, f.status, frozenset(f.participants), f.date)
            for f in mentioned_facts(lang, REF, SIDES[lang], (kind, REPORTED[lang][1]), *lines)]


@pytest.mark.parametrize(
    ("lang", "kind", "line"),
    [
        ("it", "phone_call", "Meloni e Biden hanno parlato dei dazi nella telefonata, la prima "
                             "dal 2019 quando fu firmato l'accordo commerciale."),
        ("it", "meeting", "Biden, in visita a Roma per la prima volta da quando la Russia ha "
                          "invaso l'Ucraina nel febbraio 2022, ha elogiato l'accoglienza."),
        ("en", "phone_call", "Biden raised trade with Xi in the call, the first since 2019 when "
                             "the tariffs were raised."),
        ("en", "meeting", "Biden, who visited Beijing for the first time since the pandemic "
                          "began in March 2020, also saw Chinese students."),
        ("ru", "phone_call", "Путин и Эрдоган обсудили газ в ходе разговора, первого с 2019 "
                             "года, когда был открыт газопровод."),
        ("ru", "meeting", "Эрдоган, посетивший Сочи впервые с начала конфликта в феврале 2022 "
                          "года, поблагодарил хозяев."),
        ("zh", "phone_call", "习近平同普京通电话，这是两国元首自2019年以来的首次通话。"),
        ("en", "phone_call", "It was Biden and Xi's first phone call since the Chinese balloon "
                             "crossed the United States in February 2023."),
        ("en", "phone_call", "It was the two leaders' second call this year."),
        ("it", "phone_call", "È stata la seconda telefonata di Meloni e Biden da gennaio."),
        ("ru", "phone_call", "Это первый телефонный разговор Путина и Эрдогана с марта."),
        ("zh", "phone_call", "这是今年以来中俄两国元首第二次通电话。"),
    ],
)
def test_the_first_contact_since_is_the_reported_one(lang: str, kind: str, line: str) -> None:
    assert mentioned(lang, line, kind=kind) == []


@pytest.mark.parametrize(
    ("lang", "line", "parties", "date"),
    [
        ("it", "La telefonata, la prima dall'incontro tra Meloni e Biden a Washington nel "
               "marzo 2024, è durata un'ora.", {"giorgia-meloni", "joe-biden"}, "2024-03"),
        ("en", "The call was the first since their meeting in San Francisco in November 2023.",
         {"joe-biden", "xi-jinping"}, "2023-11"),
        ("ru", "Разговор стал первым после встречи Путина и Эрдогана в Сочи в сентябре 2023 "
               "года.", {"vladimir-putin", "recep-tayyip-erdogan"}, "2023-09"),
    ],
)
def test_a_contact_named_after_since_is_still_found(lang: str, line: str, parties: set[str],
                                                    date: str) -> None:
    assert mentioned(lang, line) == [("meeting", "held", frozenset(parties), date)]


@pytest.mark.parametrize(
    ("lang", "line", "parties"),
    [
        ("it", "Macron e Meloni si sono incontrati a Roma, nella prima visita del presidente "
               "francese da quando Meloni è entrata in carica nell'ottobre 2022.",
         {"emmanuel-macron", "giorgia-meloni"}),
        ("en", "Macron and Biden met in Paris, on the French leader's first visit since Biden "
               "took office in January 2021.", {"emmanuel-macron", "joe-biden"}),
        ("ru", "Макрон и Путин встретились в Брегансоне, впервые с тех пор, как Макрон "
               "вступил в должность в мае 2017 года.", {"emmanuel-macron", "vladimir-putin"}),
        ("zh", "马克龙与普京在巴黎会晤，这是自2017年5月马克龙就职以来两人首次会晤。",
         {"emmanuel-macron", "vladimir-putin"}),
    ],
)
def test_a_date_in_a_since_clause_dates_no_contact(lang: str, line: str,
                                                    parties: set[str]) -> None:
    """The meeting is found; the day its "since" clause names is another event's."""
    assert mentioned(lang, line) == [("meeting", "held", frozenset(parties), None)]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Meloni e Biden hanno discusso dei risultati dell'incontro internazionale di "
               "Astana del 14 settembre."),
        ("en", "Biden and Xi discussed the outcome of the international meeting on Syria in "
               "Astana on September 14."),
        ("ru", "Лидеры обсудили сирийскую проблематику в свете итогов шестой международной "
               "встречи в Астане 14-15 сентября."),
        ("zh", "两国元首讨论了9月在阿斯塔纳举行的多边会谈的成果。"),
        ("en", "Biden told Xi he looked forward to the G-20 meeting in September."),
        ("en", "Biden told Xi he would attend the G20 meeting in New Delhi in September."),
    ],
)
def test_a_multilateral_gathering_is_no_contact_of_two_leaders(lang: str, line: str) -> None:
    assert mentioned(lang, line) == []


@pytest.mark.parametrize("line", [
    "Biden met Xi on the sidelines of the G20 summit in Bali in November 2022.",
    "Biden and Xi held a meeting at the G-20 in Bali in November 2022.",
])
def test_a_meeting_at_a_forum_is_still_two_leaders_contact(line: str) -> None:
    assert mentioned("en", line) == [
        ("meeting", "held", frozenset({"joe-biden", "xi-jinping"}), "2022-11")]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Meloni e Biden si sentono spesso al telefono, ha detto il portavoce."),
        ("it", "Meloni ha parlato dei colloqui telefonici che intrattiene con Biden."),
        ("en", "Biden said he and Xi frequently hold phone calls."),
        ("ru", "Путин и Эрдоган часто проводят телефонные разговоры."),
        ("zh", "习近平说，他同普京经常通电话。"),
    ],
)
def test_a_habitual_contact_is_no_contact(lang: str, line: str) -> None:
    assert mentioned(lang, line) == []


def analyse(text: str, published: str) -> list[tuple[str, frozenset[str]]]:
    raw = read_bytes(text.encode(), "article.txt")
    analysis = link_results([analyze_document(p, published) for p in prepare(raw)])
    return [(e.type, frozenset(e.participants)) for e in analysis.events]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Il primo ministro spagnolo Pedro Sánchez ha raccontato ai giornalisti i colloqui "
         "telefonici che intrattiene con il presidente francese Emmanuel Macron dall'inizio "
         "della crisi. In un'intervista rilasciata ieri a Madrid ha spiegato che le "
         "conversazioni durano quasi un'ora. Ha aggiunto che parlano di solito in inglese.\n",
         "2024-05-08"),
        ("Spanish Prime Minister Pedro Sánchez described to reporters the phone calls he "
         "often holds with French President Emmanuel Macron. He said that the calls last "
         "almost an hour, and that they usually speak English.\n", "2024-05-08"),
        ("Премьер-министр Испании Педро Санчес рассказал журналистам, что часто проводит "
         "телефонные разговоры с президентом Франции Эммануэлем Макроном. По его словам, "
         "разговоры длятся почти час.\n", "2024-05-08"),
    ],
)
def test_an_account_of_habitual_calls_reports_no_contact(text: str, published: str) -> None:
    assert analyse(text, published) == []


@pytest.mark.parametrize(
    ("lang", "line", "day_said"),
    [
        ("it", "Il 10 giugno Meloni ha evocato la possibilità di una telefonata con Macron.",
         "2024-06-10"),
        ("en", "On June 10, Biden raised the possibility of a phone call with Macron.",
         "2024-06-10"),
        ("ru", "10 июня Путин допустил возможность телефонного разговора с Макроном.",
         "2024-06-10"),
        ("zh", "6月10日，习近平表示不排除同马克龙通电话的可能性。", None),
    ],
)
def test_a_possible_contact_is_planned_and_not_dated_by_the_day_it_was_raised(
        lang: str, line: str, day_said: str | None) -> None:
    """"On June 10 Putin allowed the possibility of a call with Macron": no call was held
    on June 10; a planned one, of no date."""
    found = mentioned(lang, line)
    assert [status for _, status, _, _ in found] == ["planned"]
    if day_said:
        assert [date for _, _, _, date in found] == [None]


@pytest.mark.parametrize(
    ("lang", "line", "pair"),
    [
        ("it", "Meloni ha annunciato l'avvio della preparazione di un incontro con Macron.",
         {"giorgia-meloni", "emmanuel-macron"}),
        ("en", "Biden announced the start of preparations for a meeting with Macron.",
         {"joe-biden", "emmanuel-macron"}),
        ("ru", "Путин заявил о начале подготовки встречи с Макроном.",
         {"vladimir-putin", "emmanuel-macron"}),
        ("zh", "习近平表示，双方正在筹备同马克龙的会晤。", {"xi-jinping", "emmanuel-macron"}),
    ],
)
def test_a_contact_in_preparation_is_planned(lang: str, line: str, pair: set[str]) -> None:
    assert mentioned(lang, line) == [("meeting", "planned", frozenset(pair), None)]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Meloni e Biden hanno concordato di risentirsi al telefono dopo l'incontro tra "
               "Biden e Macron."),
        ("en", "Biden and Xi agreed to speak by phone again after the meeting between Biden "
               "and Macron."),
        ("ru", "Путин и Эрдоган договорились провести телефонный разговор после встречи "
               "Эрдогана с Макроном."),
    ],
)
def test_a_contact_after_a_planned_one_is_planned_too(lang: str, line: str) -> None:
    """"They agreed to talk again after the meeting between Biden and Macron": that
    meeting is ahead as well."""
    meetings = [(status, p) for kind, status, p, _ in mentioned(lang, line) if kind == "meeting"]
    assert len(meetings) == 1 and meetings[0][0] == "planned"
    assert "emmanuel-macron" in meetings[0][1]



@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "I due leader hanno giudicato la loro telefonata franca e hanno concordato di "
               "restare in contatto."),
        ("en", "The two leaders called their phone call candid and agreed to stay in touch."),
        ("ru", "Лидеры оценили свой телефонный разговор как откровенный и договорились "
               "поддерживать контакты."),
        ("zh", "两国元首认为他们的通话坦诚深入，同意保持沟通。"),
        ("zh", "两人通话前夕，外界预料台湾问题将是焦点之一。"),
    ],
)
def test_their_own_contact_is_the_reported_one(lang: str, line: str) -> None:
    """"They called their call candid and agreed to stay in touch": no call ahead."""
    assert mentioned(lang, line) == []


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "I due leader hanno ricordato la loro precedente telefonata."),
        ("en", "The two leaders recalled their previous phone call."),
        ("ru", "Лидеры вспомнили свой предыдущий телефонный разговор."),
    ],
)
def test_their_previous_contact_is_still_found(lang: str, line: str) -> None:
    assert [(kind, status) for kind, status, _, _ in mentioned(lang, line)] == [
        ("phone_call", "held")]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "La telefonata cade nel terzo anniversario della guerra che è iniziata nel "
               "febbraio 2022."),
        ("en", "The timing of the phone call coincides with the third anniversary of the war "
               "which began in February 2022."),
        ("ru", "Телефонный разговор совпал с третьей годовщиной вооружённого конфликта на "
               "Украине, который начался в феврале 2022 года."),
    ],
)
def test_a_date_in_a_relative_clause_of_another_event_dates_no_contact(lang: str,
                                                                        line: str) -> None:
    """The war began in February 2022; no call did."""
    assert all(date != "2022-02" for _, _, _, date in mentioned(lang, line))


@pytest.mark.parametrize(
    ("lang", "line", "pair", "date"),
    [
        ("it", "Meloni ha ricordato l'incontro con Biden che si è svolto a Washington nel marzo "
               "2024.", {"giorgia-meloni", "joe-biden"}, "2024-03"),
        ("en", "Biden recalled the meeting with Xi that took place in Bali in November 2022.",
         {"joe-biden", "xi-jinping"}, "2022-11"),
    ],
)
def test_a_contact_keeps_the_date_of_its_own_relative_clause(lang: str, line: str,
                                                             pair: set[str], date: str) -> None:
    assert mentioned(lang, line) == [("meeting", "held", frozenset(pair), date)]


def test_talks_between_diplomats_are_no_contact_of_the_leaders() -> None:
    assert mentioned("en", "Biden and Xi spoke after US and Chinese diplomats held talks in "
                           "Geneva last week.") == []


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "La Russia e gli Stati Uniti terranno colloqui a Riad la prossima settimana."),
        ("en", "Russia and the US will hold talks in Riyadh next week."),
        ("ru", "Россия и США проведут переговоры в Эр-Рияде на следующей неделе."),
        ("zh", "俄罗斯和美国将于下周在利雅得举行会谈。"),
    ],
)
def test_talks_between_countries_are_no_contact_of_the_leaders(lang: str, line: str) -> None:
    """A sentence naming two countries and no person: their governments talk, not the
    reported contact's principals."""
    assert mentioned(lang, line) == []


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "I leader di Russia e Stati Uniti hanno avuto un colloquio telefonico a marzo."),
        ("en", "The Russian and US leaders held a phone call in March."),
    ],
)
def test_leaders_of_two_countries_are_still_the_principals(lang: str, line: str) -> None:
    assert [(kind, date) for kind, _, _, date in mentioned(lang, line)] == [
        ("phone_call", "2024-03")]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "L'incontro, spiega Palazzo Chigi, ha confermato la crescita dei rapporti nel "
               "contesto del Partenariato Strategico avviato nel 2023."),
        ("en", "The meeting, officials said, confirmed the growth of ties within the Strategic "
               "Partnership launched in 2023."),
        ("ru", "Телефонный разговор, по словам Кремля, подтвердил рост связей в рамках "
               "стратегического партнёрства, начатого в 2023 году."),
        ("zh", "这是习近平去年重返莫斯科以来，两位领导人的首次通话。"),
    ],
)
def test_a_date_of_a_partnership_or_a_return_dates_no_contact(lang: str, line: str) -> None:
    """"The partnership launched in 2023", "since his return last year": the contact
    told is the reported one; 2023 is no earlier contact."""
    assert mentioned(lang, line) == []


def test_a_likely_contact_is_planned() -> None:
    found = mentioned("en", "Before the state visit, the two leaders are likely to meet in "
                            "Germany in July.")
    assert [(kind, status, date) for kind, status, _, date in found] == [
        ("meeting", "planned", "2024-07")]


@pytest.mark.parametrize(("line", "date"), [
    ("Biden and Xi met last week in Bali.", "2024-06"),
    ("Biden and Xi met last month in Bali.", "2024-05"),
])
def test_two_leaders_who_met_at_a_time_in_a_place(line: str, date: str) -> None:
    assert mentioned("en", line, kind="visit") == [
        ("meeting", "held", frozenset({"joe-biden", "xi-jinping"}), date)]
