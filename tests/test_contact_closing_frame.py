"""A closing clause that tells another contact of the subject ("ha incontrato Trump, dopo aver
visto a Parigi Macron"): the people and the place it names are not the sentence's contact's
(it/en/ru/zh). Two leaders who met at a summit of many met ("had met at the G20 summit")."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-03-14"


def _reported(text: str, lang: str) -> tuple[tuple[str, ...], str | None]:
    analysis = analyze_texts((text, PAGE), lang=lang)
    ids = [r.event for d in analysis.documents for r in d.readouts]
    event = next(e for e in analysis.events if e.id == ids[0])
    return tuple(sorted(event.participants)), event.location


@pytest.mark.parametrize(
    ("lang", "text", "parties", "place"),
    [
        ("it", "Meloni a Washington. Ieri la premier ha incontrato Trump alla Casa Bianca, dopo "
               "aver visto a Parigi il presidente Macron la settimana scorsa.",
         ("donald-trump", "giorgia-meloni"), "Washington"),
        ("en", "Prime Minister Keir Starmer met President Donald Trump at the White House on "
               "Thursday, days after meeting Chancellor Friedrich Merz in Berlin.",
         ("donald-trump", "keir-starmer"), "Washington"),
        ("ru", "Президент Турции Реджеп Тайип Эрдоган провёл переговоры с Владимиром Путиным в "
               "Москве, вскоре после встречи с Владимиром Зеленским в Стамбуле.",
         ("recep-tayyip-erdogan", "vladimir-putin"), "Moscow"),
        ("zh", "国家主席习近平在北京会见法国总统马克龙，此前曾在莫斯科会见俄罗斯总统普京。",
         ("emmanuel-macron", "xi-jinping"), "Beijing"),
    ],
)
def test_a_closing_clause_about_another_contact_lends_no_party_or_place(
        lang: str, text: str, parties: tuple[str, ...], place: str) -> None:
    assert _reported(text, lang) == (parties, place)


def test_two_who_met_at_a_summit_of_many_met_there() -> None:
    text = ("President Xi Jinping met Prime Minister Keir Starmer in Beijing on Friday. The two "
            "had met at the G20 summit in Rio de Janeiro in November.")
    events = analyze_texts((text, PAGE), lang="en").events
    assert {(e.type, tuple(sorted(e.participants)), e.date) for e in events} == {
        ("meeting", ("keir-starmer", "xi-jinping"), PAGE),
        ("meeting", ("keir-starmer", "xi-jinping"), "2024-11")}


def test_one_met_at_the_airport_by_officials_met_nobody() -> None:
    text = ("President Xi Jinping met Prime Minister Keir Starmer in Beijing on Friday. Starmer "
            "was met at the airport by Vice President Han Zheng.")
    events = analyze_texts((text, PAGE), lang="en").events
    assert [tuple(sorted(e.participants)) for e in events] == [("keir-starmer", "xi-jinping")]
