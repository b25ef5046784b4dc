"""A caption that runs into the story's dateline with no line end ("… on June 7, 2023. File
photoPARIS, Jan 15 (Reuters) - …", "Foto d'archivioROMA, 15 gen (ANSA) -", "Архивное
фотоМОСКВА, 15 января. /ТАСС/"), as pages lose the caption's break, is dropped up to the
dateline: the photo's old meeting is no contact, and the dateline opens the story and names
its agency (the brief's open class; Chinese has no capitals to tell the glue by)."""

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document

PAGES = {
    "en": ("Macron and Meloni at the Elysee Palace on June 7, 2023. File photoPARIS, Jan 15 "
           "(Reuters) - French President Emmanuel Macron spoke by phone with Italian Prime "
           "Minister Giorgia Meloni on Monday, the Elysee said.\n", "PARIS, Jan 15"),
    "it": ("Macron e Meloni all'Eliseo il 7 giugno 2023. Foto d'archivioROMA, 15 GEN - La "
           "premier Giorgia Meloni ha avuto oggi una telefonata con il presidente francese "
           "Emmanuel Macron.\n", "ROMA, 15 GEN"),
    "ru": ("Макрон и Мелони в Елисейском дворце 7 июня 2023 года. Архивное фотоМОСКВА, 15 "
           "января. /ТАСС/. Президент России Владимир Путин провел телефонный разговор с "
           "президентом Франции Эмманюэлем Макроном.\n", "МОСКВА, 15 января"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_caption_glued_to_the_dateline_is_dropped(lang: str) -> None:
    page, dateline = PAGES[lang]
    body = prepare(RawInput("page.txt", ("Headline\n\n" + page).encode()))[0].body
    assert "2023" not in body
    assert dateline in body


def test_the_dateline_after_a_glued_caption_names_the_wire() -> None:
    page, _ = PAGES["en"]
    prepared = prepare(RawInput("page.txt", page.encode()))[0]
    analysis = analyze_document(prepared, lang="en")
    assert [r.source for r in analysis.document.readouts] == ["reuters"]


def test_a_word_before_a_dateline_with_no_photo_word_stays() -> None:
    page = "He said it was doneROMA, 15 GEN - La premier ha parlato con Macron.\n"
    body = prepare(RawInput("page.txt", ("Titolo\n\n" + page).encode()))[0].body
    assert "He said it was done" in body
