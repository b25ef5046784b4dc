"""A leader received by the Pope or a king "in audience" met him ("nella prima udienza
ufficiale", "принял на аудиенции", "接见"); the Pope's Wednesday general audience is no
meeting. A year of history named in an undated text ("un'immagine del 1600") is not the
year it was written: roles then resolve as of today, not in 1600."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.published import infer_published

AUDIENCES = {
    "it": "«Molto piacere». Il Papa ha accolto con queste parole la presidente del Consiglio "
          "Giorgia Meloni nella prima udienza ufficiale in Vaticano. Tra gli argomenti, la pace.",
    "en": "Pope Leo XIV received Prime Minister Giorgia Meloni in a private audience at the "
          "Vatican on Saturday. They spoke about Ukraine.",
    "ru": "Папа Римский Лев XIV принял на аудиенции председателя Совета министров Италии "
          "Джорджу Мелони. Стороны обсудили ситуацию на Украине.",
    "zh": "教皇利奥十四世在梵蒂冈接见意大利总理梅洛尼。双方就乌克兰局势交换了意见。",
}


@pytest.mark.parametrize("lang", sorted(AUDIENCES))
def test_an_audience_is_a_meeting(lang: str) -> None:
    analysis = analyze_texts((AUDIENCES[lang], "2025-07-05"))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, set(e.participants)) for e in reported] == [
        ("meeting", {"leo-xiv", "giorgia-meloni"})]


def test_the_general_audience_is_no_meeting() -> None:
    text = ("Durante l'udienza generale del mercoledì il Papa ha salutato i fedeli e ha "
            "ricordato la premier Giorgia Meloni.")
    assert analyze_texts((text, "2025-07-05")).events == []


def test_an_undated_text_naming_only_a_year_of_history_has_no_date() -> None:
    text = ("Al momento dello scambio dei doni, la premier ha omaggiato il Papa con "
            "un'immagine del 1600 dell'istituto dove ha studiato.")
    assert infer_published(text, "it") is None


def test_an_undated_audience_resolves_the_pope_of_today() -> None:
    text = AUDIENCES["it"] + " Meloni ha omaggiato il Pontefice con un'immagine del 1600."
    analysis = analyze_texts((text, None))
    reported = [e for e in analysis.events if e.reported_by]
    assert [set(e.participants) for e in reported] == [{"leo-xiv", "giorgia-meloni"}]
