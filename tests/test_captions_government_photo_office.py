"""A caption closed by a government photo office's credit ("(Kobi Gideon/GPO)", Israel's
Government Press Office) is page furniture: the old meeting it dates is not the page's date,
nor the story's contact. Found on a real Times of Israel item (an undated page dated 2016 by
its photo of a meeting at Trump Tower)."""

from __future__ import annotations

from readouts.ingest import RawInput, prepare
from readouts.ingest.captions import caption_spans
from readouts.pipeline import analyze_document, link_results

EN = ("In first call, Trump invites Netanyahu to Washington\n\n"
      "Prime Minister Benjamin Netanyahu and Donald Trump at a meeting in New York, September 25, "
      "2016. (Haim Zach/GPO)\n\n"
      "US President Donald Trump spoke on the phone with Prime Minister Benjamin Netanyahu on "
      "Sunday evening, the Prime Minister's Office said.\n")

RU = ("Трамп пригласил Нетаньяху в Вашингтон\n\n"
      "Биньямин Нетаньяху и Дональд Трамп на встрече в Нью-Йорке, 25 сентября 2016 года. "
      "(Хаим Цах/GPO)\n\n"
      "Президент США Дональд Трамп в воскресенье вечером провел телефонный разговор с "
      "премьер-министром Израиля Биньямином Нетаньяху, сообщила канцелярия премьера.\n")


def _dropped(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in caption_spans(text)]


def _published(text: str, lang: str) -> str | None:
    docs = [analyze_document(p, None, lang=lang)
            for p in prepare(RawInput("page.txt", text.encode()))]
    analysis = link_results(docs)
    return analysis.documents[0].published


def test_english_gpo_credit_closes_a_caption() -> None:
    assert _dropped(EN) == [EN.split("\n\n")[1]]
    assert _published(EN, "en") is None


def test_russian_gpo_credit_closes_a_caption() -> None:
    assert _dropped(RU) == [RU.split("\n\n")[1]]
    assert _published(RU, "ru") is None


def test_a_sentence_naming_the_gpo_is_no_caption() -> None:
    text = "The GPO released the photo on Sunday, the office said in New York."
    assert _dropped(text) == []
