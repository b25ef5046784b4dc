"""Roles as wires write them: in lower case ("the Japanese prime minister spoke by phone with
the U.S. president") and with a possessive country ("Japan's prime minister", "Russia's
President") name whoever held the office on the day; Japan's Chief Cabinet Secretary, who
tells of the prime minister's contacts ("…, Chief Cabinet Secretary Yoshimasa Hayashi said"),
is the government's spokesperson, never a party (the brief's open class of unseen English
items' principals)."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize("text", [
    "The Japanese prime minister spoke by phone with the U.S. president on Tuesday.",
    "Japan's prime minister spoke by phone with America's president on Tuesday.",
    "Japan's Prime Minister spoke by phone with the US President on Tuesday.",
])
def test_an_office_named_as_wires_write_it_is_its_holder(text: str) -> None:
    events = analyze_texts((text, "2024-01-16"), lang="en").events
    assert [set(e.participants) for e in events if e.reported_by] == [
        {"fumio-kishida", "joe-biden"}]


SPOKESPERSON = {
    "en": "TOKYO - The prime minister spoke by phone with President Joe Biden on Tuesday, "
          "Chief Cabinet Secretary Yoshimasa Hayashi said.",
    "it": "Il primo ministro ha avuto martedì una telefonata con il presidente Joe Biden, ha "
          "detto Yoshimasa Hayashi.",
    "ru": "Премьер-министр во вторник провел телефонный разговор с президентом США Джо "
          "Байденом, сообщил Ёсимаса Хаяси.",
    "zh": "首相16日同美国总统拜登通电话，林芳正说。",
}


@pytest.mark.parametrize("lang", sorted(SPOKESPERSON))
def test_the_chief_cabinet_secretary_tells_of_the_call(lang: str) -> None:
    # the prime minister left unnamed: the one telling of the call is still no party to it
    events = analyze_texts((SPOKESPERSON[lang], "2024-01-16"), lang=lang).events
    assert all("yoshimasa-hayashi" not in e.participants for e in events)
