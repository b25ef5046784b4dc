"""A headline with its byline on the next line and no blank line between ("di Askanews",
"By Jane Roe", "Автор: Иван Петров", "记者：王小明") is the account's title: the byline is
page furniture, never glued to the headline into the story's first sentence. Found on a real
Tiscali item carrying askanews (h15it-008): its headline "Sanchez sente Meloni" named the
call the body only calls "parlato con", next to a summit she would miss."""

import pytest
from test_contacts import analyze_texts, only_event

HEADED = {
    "it": ("Meloni sente Macron, sintonia sul sostegno all'Ucraina\ndi Askanews\n\n"
           "Roma, 12 mar. (askanews) - \"Ho appena parlato con il presidente francese "
           "Emmanuel Macron, che non potrà essere oggi con noi al vertice Med9 di Alicante\". "
           "Lo scrive la premier Giorgia Meloni.",
           "Meloni sente Macron, sintonia sul sostegno all'Ucraina", "di Askanews"),
    "en": ("Scholz calls Erdogan as grain talks stall\nBy Jane Roe and John Doe\n\n"
           "German Chancellor Olaf Scholz and Turkish President Recep Tayyip Erdogan "
           "discussed the grain corridor on Tuesday, Berlin said.",
           "Scholz calls Erdogan as grain talks stall", "By Jane Roe"),
    "ru": ("Путин провел телефонный разговор с Эрдоганом\nАвтор: Иван Петров\n\n"
           "Президент России Владимир Путин во вторник обсудил с президентом Турции "
           "Реджепом Тайипом Эрдоганом зерновую сделку.",
           "Путин провел телефонный разговор с Эрдоганом", "Автор"),
    "zh": ("习近平同法国总统马克龙通电话\n记者：王小明\n\n"
           "国家主席习近平12日同法国总统马克龙通电话。两国元首就中法关系交换了意见。",
           "习近平同法国总统马克龙通电话", "记者"),
}


@pytest.mark.parametrize("lang", sorted(HEADED))
def test_a_headline_over_its_byline_is_the_title(lang: str) -> None:
    text, title, byline = HEADED[lang]
    analysis = analyze_texts((text, "2024-03-12"), lang=lang)
    readout = analysis.documents[0].readouts[0]
    assert readout.title == title
    assert not any(byline in s.text for s in readout.sentences)


def test_the_headlines_calling_verb_types_the_call() -> None:
    text, _, _ = HEADED["it"]
    event = only_event(analyze_texts((text, "2024-03-12"), lang="it"))
    assert (event.type, set(event.participants)) == (
        "phone_call", {"giorgia-meloni", "emmanuel-macron"})


def test_a_line_running_on_in_lowercase_is_no_byline() -> None:
    text = ("Meloni ha incontrato Macron a Roma\ndi nuovo per parlare dell'Ucraina.\n\n"
            "La premier ha ricevuto il presidente francese a Palazzo Chigi.")
    readout = analyze_texts((text, "2024-03-12"), lang="it").documents[0].readouts[0]
    assert readout.title is None


# The byline's word without its colon, as a page's layout leaves it ("Автор Мария Иванова",
# "记者 王小明", "Autore Mario Bianchi", "Written by Jane Roe"): still the page's furniture, and
# the mark of a newspaper's article. Found on a stranger item (a Russian parliamentary
# newspaper's report of a Putin–Mirziyoyev call), headed the way kremlin.ru heads a readout, which
# was credited to the Kremlin.
UNCOLONED = {
    "ru": ("Владимир Путин провел телефонный разговор с президентом Казахстана\n"
           "Автор Мария Иванова\n\nПрезиденты обсудили торгово-экономическое сотрудничество "
           "и договорились о встрече.", "Автор"),
    "it": ("Meloni ha avuto un colloquio telefonico con Erdogan\nAutore Mario Bianchi\n\n"
           "La presidente del Consiglio Giorgia Meloni ha avuto oggi un colloquio telefonico "
           "con il presidente turco Recep Tayyip Erdogan.", "Autore"),
    "en": ("Prime Minister Modi spoke with President Ruto\nWritten by Jane Roe\n\n"
           "Prime Minister Narendra Modi spoke with President William Ruto of Kenya today.",
           "Written by"),
    "zh": ("习近平同法国总统马克龙通电话\n记者 王小明\n\n"
           "国家主席习近平12日同法国总统马克龙通电话。两国元首就中法关系交换了意见。", "记者"),
}


@pytest.mark.parametrize("lang", sorted(UNCOLONED))
def test_a_byline_without_its_colon_marks_a_newspapers_article(lang: str) -> None:
    text, byline = UNCOLONED[lang]
    readout = analyze_texts((text, "2024-03-12"), lang=lang).documents[0].readouts[0]
    assert (readout.source, readout.side, readout.kind) == ("unknown", None, "news")
    assert readout.title == text.partition("\n")[0]
    assert not any(byline in s.text for s in readout.sentences)


def test_a_headline_in_the_kremlins_style_with_no_byline_stays_the_kremlins() -> None:
    text = ("Владимир Путин провел телефонный разговор с президентом Казахстана\n\n"
            "Президенты обсудили торгово-экономическое сотрудничество и договорились о встрече.")
    readout = analyze_texts((text, "2024-03-12"), lang="ru").documents[0].readouts[0]
    assert (readout.source, readout.kind) == ("kremlin", "readout")


def test_a_correspondents_sentence_is_no_byline() -> None:
    text = ("Владимир Путин провел телефонный разговор с президентом Казахстана\n"
            "Корреспондент ТАСС сообщил, что президенты обсудили торговлю.\n\n"
            "Президенты договорились о встрече.")
    readout = analyze_texts((text, "2024-03-12"), lang="ru").documents[0].readouts[0]
    assert any("Корреспондент ТАСС" in s.text for s in readout.sentences)
