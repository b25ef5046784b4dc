"""Two leaders who 'had last seen each other' met: the reciprocal verb of seeing is a
meeting in every language ('si erano visti', 'встречался', 'виделись', '见面'), never the
idiom of finding oneself forced ('si sono visti costretti')."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-06-05"


def _contacts(text: str, lang: str) -> set[tuple[str, str, tuple[str, ...], str | None]]:
    events = analyze_texts((text, PAGE), lang=lang).events
    return {(e.type, e.status, tuple(sorted(e.participants)), e.date) for e in events}


@pytest.mark.parametrize(
    ("lang", "text", "earlier"),
    [
        ("it", "Il ministro degli Esteri Antonio Tajani ha ricevuto oggi alla Farnesina il "
               "segretario di Stato Antony Blinken. I due si erano visti l'ultima volta a "
               "Washington nel 2023.", ("antonio-tajani", "antony-blinken")),
        ("en", "Secretary of State Antony Blinken met Foreign Minister Antonio Tajani in Rome "
               "today. The two had last seen each other in Washington in 2023.",
         ("antonio-tajani", "antony-blinken")),
        ("ru", "Владимир Путин провёл переговоры с Председателем КНР Си Цзиньпином. Лидеры в "
               "последний раз виделись в Пекине в 2023 году.", ("vladimir-putin", "xi-jinping")),
        ("ru", "Владимир Путин провёл телефонный разговор с Президентом Турции Реджепом Тайипом "
               "Эрдоганом. В 2023 году Эрдоган встречался в Стамбуле с Зеленским.",
         ("recep-tayyip-erdogan", "volodymyr-zelenskyy")),
        ("zh", "习近平同俄罗斯总统普京举行会谈。两国元首上次见面是在2023年的北京。",
         ("vladimir-putin", "xi-jinping")),
    ],
)
def test_two_who_had_last_seen_each_other_met(lang: str, text: str,
                                              earlier: tuple[str, ...]) -> None:
    assert ("meeting", "held", earlier, "2023") in _contacts(text, lang)


def test_finding_oneself_forced_is_no_meeting() -> None:
    text = ("Il ministro degli Esteri Antonio Tajani ha incontrato oggi a Mosca il collega "
            "russo Sergej Lavrov. I due ministri si sono visti costretti a rinviare la "
            "conferenza stampa.")
    assert _contacts(text, "it") == {
        ("meeting", "held", ("antonio-tajani", "sergei-lavrov"), PAGE)}


@pytest.mark.parametrize("guest", ["il segretario di Stato Antony Blinken",
                                   "il collega statunitense Antony Blinken"])
def test_a_minister_receiving_a_secretary_of_state_or_colleague_met_him(guest: str) -> None:
    text = f"Il ministro degli Esteri Antonio Tajani ha ricevuto oggi alla Farnesina {guest}."
    assert _contacts(text, "it") == {
        ("meeting", "held", ("antonio-tajani", "antony-blinken"), PAGE)}
