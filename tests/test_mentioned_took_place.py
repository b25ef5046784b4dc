"""(ru) 'Переговоры прошли в дружеской атмосфере' (the talks took place) tells the reported
contact again: the verb 'прошли' is no 'прошлые' (earlier) talks; 'прошлые переговоры' still
name an earlier contact. Texts written for these tests."""

from test_contacts import analyze_texts

PAGE = "2025-08-16"
LEAD = "Встреча Путина и Трампа на Аляске продлилась около трёх часов. "


def _events(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.type, sorted(e.participants), e.date)
            for e in analyze_texts((text, PAGE), lang="ru").events]


def test_talks_that_took_place_are_the_reported_ones() -> None:
    assert _events(LEAD + "Переговоры прошли в дружеской атмосфере.") == [
        ("meeting", ["donald-trump", "vladimir-putin"], PAGE)]


def test_earlier_talks_are_another_contact() -> None:
    events = _events(LEAD + "Прошлые переговоры лидеров состоялись в Хельсинки в 2018 году.")
    assert ("meeting", ["donald-trump", "vladimir-putin"], "2018") in events
