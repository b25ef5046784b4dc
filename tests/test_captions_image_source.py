"""A line naming an image's source ("Источник изображения: …", "Image source: …", "Fonte
immagine: …") is a credit, and the line above it is that image's caption even when it ends
with a full stop: the old meeting a caption shows is not the story's contact."""

import pytest

from readouts.ingest import RawInput, prepare

PAGES = {
    "ru": ("Путин и Сиси во время встречи в Ново-Огарево, 13 февраля 2014 года.\n"
           "Источник изображения: Иван Петров / ИТАР-ТАСС\n"
           "Москва. 8 июня. По инициативе египетской стороны состоялся телефонный разговор "
           "Владимира Путина с президентом Египта.\n"),
    "en": ("Putin and Sisi during their meeting at Novo-Ogaryovo, February 13, 2014.\n"
           "Image source: John Smith / Reuters\n"
           "MOSCOW, June 8. Vladimir Putin held a telephone conversation with the President "
           "of Egypt at the Egyptian side's request.\n"),
    "it": ("Putin e al-Sisi durante l'incontro a Novo-Ogaryovo, 13 febbraio 2014.\n"
           "Fonte immagine: Mario Rossi / Ansa\n"
           "MOSCA, 8 GIU - Vladimir Putin ha avuto una conversazione telefonica con il "
           "presidente egiziano su iniziativa della parte egiziana.\n"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_caption_over_an_image_source_is_dropped(lang: str) -> None:
    body = prepare(RawInput("page.txt", ("Titolo\n\n" + PAGES[lang]).encode()))[0].body
    assert "2014" not in body and "ИТАР" not in body and "Reuters" not in body
    assert "8" in body
