"""Russian openings found on real items (heldout9 h9ru-007, h9ru-008):

- talks named without their medium, the medium said in the next sentence ("Переговоры …
  завершились. Они осуществлялись по закрытой видеосвязи"): a video call, as "Si è tenuto il
  colloquio … La telefonata" is a call in Italian;
- a "с" that governs no name ("С рукопожатия начали президенты России и Франции …
  переговоры"): the names after it, in the subject's case, are the pair, not one leader's
  counterparts;
- "До этого они только общались по телефону": an earlier contact, never the story's.
"""

from __future__ import annotations

from test_contacts import analyze_texts, only_event

DAY = "2019-12-09"


def test_talks_whose_medium_the_next_sentence_says_ru() -> None:
    text = ("Переговоры президентов России и Франции Владимира Путина и Эмманюэля Макрона "
            "завершились. Они осуществлялись по закрытой видеосвязи. Беседа продлилась час.")
    event = only_event(analyze_texts((text, DAY), lang="ru"))
    assert event.type == "video_call"
    assert set(event.participants) == {"vladimir-putin", "emmanuel-macron"}


def test_talks_in_the_kremlin_stay_a_meeting_ru() -> None:
    text = ("Переговоры президентов России и Франции Владимира Путина и Эмманюэля Макрона "
            "прошли в Кремле. Ранее лидеры не раз говорили по телефону.")
    assert only_event(analyze_texts((text, DAY), lang="ru")).type == "meeting"


def test_the_talks_medium_said_next_it() -> None:
    text = ("Si è concluso il colloquio tra Vladimir Putin ed Emmanuel Macron. "
            "La videoconferenza è durata un'ora.")
    assert only_event(analyze_texts((text, DAY), lang="it")).type == "video_call"


def test_names_in_the_subjects_case_after_a_circumstance_ru() -> None:
    text = ("С рукопожатия начали президенты России и Франции Владимир Путин и Эмманюэль "
            "Макрон переговоры в Елисейском дворце. Об этом рассказал Дмитрий Песков.")
    event = only_event(analyze_texts((text, DAY), lang="ru"))
    assert event.type == "meeting"
    assert set(event.participants) == {"vladimir-putin", "emmanuel-macron"}


def test_names_a_with_governs_stay_counterparts_ru() -> None:
    text = "Сегодня с президентом Франции Эмманюэлем Макроном провёл переговоры Владимир Путин."
    event = only_event(analyze_texts((text, DAY), lang="ru"))
    assert set(event.participants) == {"vladimir-putin", "emmanuel-macron"}


def test_before_that_is_an_earlier_contact_ru() -> None:
    text = ("Владимир Путин и Владимир Зеленский провели переговоры в Париже. Это первая "
            "личная встреча глав двух государств. До этого Зеленский и Путин только общались "
            "по телефону.")
    analysis = analyze_texts((text, DAY), lang="ru")
    event = only_event(analysis)
    assert event.type == "meeting"
    calls = [e for e in analysis.events if e.type == "phone_call"]
    assert calls and all(not e.reported_by and e.date is None for e in calls)


def test_a_call_the_day_before_is_no_medium_of_the_talks() -> None:
    ru = ("Владимир Путин в среду провёл переговоры с Реджепом Тайипом Эрдоганом в Анкаре. "
          "Накануне Путин провёл телефонный разговор с Нарендрой Моди.")
    it = ("Si è tenuto oggi a Roma il colloquio tra Giorgia Meloni ed Emmanuel Macron. "
          "Il giorno prima Meloni aveva sentito al telefono Olaf Scholz.")
    for text, lang in ((ru, "ru"), (it, "it")):
        events = analyze_texts((text, "2026-03-11"), lang=lang).events
        assert [e.type for e in events if e.reported_by] == ["meeting"], events
