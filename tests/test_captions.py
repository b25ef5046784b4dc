"""Photo captions and credits on news pages are no account's text (it/en/ru/zh): a caption
naming two leaders and a date is no contact, and a photo agency's credit is no source cue."""

from __future__ import annotations

import hashlib

import pytest

from readouts.ingest import PreparedText, RawInput, prepare
from readouts.ingest.captions import caption_spans
from readouts.pipeline import analyze_document, link_results


def dropped(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in caption_spans(text)]


@pytest.mark.parametrize(("text", "captions"), [
    ("Путин провёл разговор с Моди\n\nВладимир Путин и Нарендра Моди в Казани, 22 октября…\n"
     "Ivan Petrov/Pool/Reuters\n\nПрезидент России провёл телефонный разговор.\n",
     ["Владимир Путин и Нарендра Моди в Казани, 22 октября…", "Ivan Petrov/Pool/Reuters"]),
    ("Заголовок\n\nТекст статьи о встрече.\nФото: пресс-служба президента РФ\n",
     ["Фото: пресс-служба президента РФ"]),
    ("Meloni e Macron a Parigi (foto Ansa)\n\nLa premier ha incontrato il presidente.\n",
     ["Meloni e Macron a Parigi (foto Ansa)"]),
    ("Biden (left) and Kishida at the White House (Photo: AP)\nThe leaders met today.\n",
     ["Biden (left) and Kishida at the White House (Photo: AP)"]),
    ("标题\n\n习近平2024年5月16日在北京同普京会谈（Reuters）\n\n两国元首通电话。\n",
     ["习近平2024年5月16日在北京同普京会谈（Reuters）"]),
    ("2025年7月25日，俄罗斯莫斯科，普京主持会议。（路透）\n正文。\n",
     ["2025年7月25日，俄罗斯莫斯科，普京主持会议。（路透）"]),
])
def test_captions_and_credits_are_found(text: str, captions: list[str]) -> None:
    assert dropped(text) == captions


_NOTICE = ("Leader A greets Leader B at the palace in Rome, 4 May 2018. ANSA/PRESS OFFICE +++ "
           "HANDOUT PHOTO TO BE USED SOLELY TO ILLUSTRATE NEWS REPORTING; NO ARCHIVING; NO "
           "LICENSING +++")


@pytest.mark.parametrize("body", [
    "Il presidente è arrivato a Pechino. Venerdì vedrà il presidente cinese.",
    "The president arrived in Beijing. On Friday he will see the Chinese president.",
    "Президент прибыл в Пекин. В пятницу он встретится с председателем КНР.",
    "总统抵达北京。他将于周五会见中国国家主席。",
])
def test_a_handout_photos_use_notice_closes_a_caption(body: str) -> None:
    """However long, the line ending in an agency's use notice is a caption, not the
    page's text: its date ("4 May 2018") dates neither the page nor its contact."""
    assert dropped(f"Headline\n\n{_NOTICE}\n\n{body}\n") == [_NOTICE]


@pytest.mark.parametrize("text", [
    "ROMA, 12 MAR - Meloni ha sentito Macron al telefono (ANSA)\n",  # the item's own wire
    "WASHINGTON (Reuters) - President Biden spoke with Prime Minister Kishida.\n",
    "中国国家主席习近平8日同俄罗斯总统普京通电话。（新华社）\n",
    "Russia/Ukraine talks: what we know\n\nThe talks resumed today.\n",
    "Путин провёл телефонный разговор с Моди\nАлександр Казаков/POOL/РИА Новости\n",  # a headline
    "Путин и Лукашенко © Алексей Никольский/ POOL/ ТАСС\n",  # no bare credit line: kept
])
def test_text_lines_that_look_like_captions_are_kept(text: str) -> None:
    kept = [c for c in dropped(text) if "POOL" not in c and "ТАСС" not in c]
    assert kept == []


def _events(text: str, published: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    raw = RawInput("page.txt", text.encode())
    analysis = link_results([analyze_document(prepare(raw)[0], published)])
    return [(e.type, e.status, e.date, tuple(sorted(e.participants))) for e in analysis.events]


def test_a_caption_under_a_russian_headline_gives_no_meeting_and_no_reuters_account() -> None:
    text = ("Си Цзиньпин и Путин провели телефонный разговор\n\n"
            "Председатель КНР Си Цзиньпин и президент России Владимир Путин во время встречи "
            "в Кремле, 5 июня…\nIvan Petrov/Pool/Reuters\n\n"
            "Председатель КНР Си Цзиньпин и президент России Владимир Путин провели телефонный "
            "разговор. Беседа состоялась вечером в четверг, 16 апреля.\n")
    raw = RawInput("page.txt", text.encode())
    document = analyze_document(prepare(raw)[0], "2026-04-17").document
    assert [r.source for r in document.readouts] == ["unknown"]
    assert _events(text, "2026-04-17") == [
        ("phone_call", "held", "2026-04-16", ("vladimir-putin", "xi-jinping"))]


def test_a_chinese_caption_between_paragraphs_is_no_video_call() -> None:
    text = ("央视新闻报道，国家主席习近平8月8日应约同俄罗斯总统普京通电话。\n\n"
            "2025年7月25日，俄罗斯莫斯科，俄罗斯总统普京通过视频连线主持会议。（Reuters）\n\n"
            "习近平阐述中方原则立场。\n")
    assert _events(text, "2025-08-08") == [
        ("phone_call", "held", "2025-08-08", ("vladimir-putin", "xi-jinping"))]


def test_captions_leave_the_offsets_pointing_at_the_original() -> None:
    text = "Titolo\n\nMeloni e Macron (foto Ansa)\n\nLa premier ha visto Macron.\n"
    (prepared,) = prepare(RawInput("p.txt", text.encode()))
    assert isinstance(prepared, PreparedText)
    assert "foto" not in prepared.body
    at = prepared.body.index("La premier")
    assert text[prepared.offsets.to_original(at):].startswith("La premier")
    assert prepared.sha256 == hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("ru", "Прослушать новость\nОстановить прослушивание\nclose\nПутин провёл телефонный "
           "разговор с Токаевым. Обсуждались вопросы торговли.\n", "Путин провёл"),
    ("it", "Ascolta l'articolo\nTempo di lettura\nMeloni ha sentito al telefono Macron. "
           "I due hanno parlato di Ucraina.\n", "Meloni ha sentito"),
    ("en", "Listen to this article\nReading time\nPresident Biden spoke today with Prime "
           "Minister Kishida. They discussed trade.\n", "President Biden"),
    ("zh", "收听本文\n字体大小：\n国家主席习近平8日同俄罗斯总统普京通电话。两国元首交换了意见。\n",
     "国家主席习近平"),
])
def test_a_page_audio_player_and_reading_aids_are_no_text(lang: str, text: str,
                                                          first: str) -> None:
    raw = RawInput("page.txt", text.encode())
    (readout,) = analyze_document(prepare(raw)[0], lang=lang).document.readouts
    assert readout.text.startswith(first)
