"""A scene set by its time right before the lead ("È la mattina del 25 febbraio 2022 e le
truppe russe sono entrate in Ucraina. Quella che si sente è la telefonata che Zelensky fa a
Macron", "It is the morning of", "Утро 25 февраля", "那是2022年2月25日上午"): a documentary's or
a feature's way of giving the lead its day and part of day, whatever else the scene tells.
Found on a real Repubblica video item (the morning of the call was missed). A sentence of
another time that names someone, or that opens on no presentative, still dates nothing.
Texts written for these tests (it/en/ru/zh)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2022-09-08"
PAIR = ["emmanuel-macron", "volodymyr-zelenskyy"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "È la mattina del 25 febbraio 2022 e le truppe russe sono entrate in Ucraina da poche "
           "ore. Quella che si ascolta è la telefonata che il presidente ucraino Volodymyr "
           "Zelensky fa al presidente francese Emmanuel Macron per chiedergli aiuto."),
    ("it", "E' la sera del 25 febbraio 2022, a Kiev si sentono le sirene. Nel video si vede la "
           "telefonata tra il presidente ucraino Volodymyr Zelensky e il presidente francese "
           "Emmanuel Macron."),
    ("en", "It is the morning of February 25, 2022, and Russian troops have been in Ukraine for "
           "a few hours. What you hear is the phone call Ukrainian President Volodymyr Zelensky "
           "makes to French President Emmanuel Macron to ask for help."),
    ("ru", "Утро 25 февраля 2022 года, российские войска уже несколько часов находятся на "
           "Украине. На записи слышен телефонный разговор президента Украины Владимира "
           "Зеленского с президентом Франции Эммануэлем Макроном."),
    ("zh", "那是2022年2月25日上午，俄军进入乌克兰已有数小时。视频中是乌克兰总统泽连斯基"
           "与法国总统马克龙的通话。"),
])
def test_a_scene_set_by_its_time_dates_the_lead(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert [(e.date, e.part_of_day) for e in main] == [
        ("2022-02-25", "evening" if "sera" in text else "morning")], \
        [e.to_json() for e in events]


def test_a_scene_of_another_time_naming_someone_dates_nothing() -> None:
    text = ("Era la mattina del 25 febbraio 2022 quando Putin ordinò l'attacco. Mesi dopo, la "
            "telefonata tra il presidente ucraino Volodymyr Zelensky e il presidente francese "
            "Emmanuel Macron è stata mostrata in un documentario.")
    events = analyze_texts((text, PAGE), lang="it").events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert all(e.part_of_day is None for e in main), [e.to_json() for e in events]
