"""A line ending in a colon that names a side's own text, its publisher unnamed ("Earlier,
China's readout said:", "Il resoconto cinese della telefonata:", "Китайская версия
разговора:", "中方新闻稿："), opens that side's account, in it/en/ru/zh; where the line
names another source first, in a clause of contrast ("Unlike the White House readout, the
Chinese report …:"), the text is the side's it names last. Where the article names that
side's publisher elsewhere, the text is that publisher's. The guard: a sentence speaking
of a side's text with no colon is the writer's. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ANNOUNCED = {
    "en": ("Biden and Xi spoke for two hours on Thursday, and the two capitals told the call "
           "very differently.\n\nEarlier, China's readout said:\n\n"
           "“The two heads of state had an in-depth exchange of views on relations and on "
           "issues of common concern. President Xi stressed that the two countries should "
           "respect each other and manage their differences with prudence.”\n"),
    "it": ("Biden e Xi si sono sentiti per due ore giovedì, e le due capitali raccontano la "
           "telefonata in modo molto diverso.\n\nIl resoconto cinese della telefonata:\n\n"
           "«I due capi di Stato hanno avuto un approfondito scambio di opinioni sulle "
           "relazioni e sulle questioni di interesse comune. Il presidente Xi ha sottolineato "
           "che i due Paesi devono rispettarsi e gestire con prudenza le divergenze.»\n"),
    "ru": ("Байден и Си в четверг провели телефонный разговор, и столицы описали беседу "
           "очень по-разному.\n\nКитайская версия разговора:\n\n"
           "«Главы двух государств провели углубленный обмен мнениями об отношениях и о "
           "вопросах, представляющих общий интерес. Председатель Си подчеркнул, что две страны "
           "должны уважать друг друга и осмотрительно регулировать разногласия.»\n"),
    "zh": ("拜登和习近平周四通话两个小时，两国首都对通话的描述大不相同。\n\n中方新闻稿：\n\n"
           "“两国元首就双边关系和共同关心的问题深入交换了意见。习近平强调，两国应当相互尊重，"
           "审慎管控分歧，推动关系稳定发展。”\n"),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_a_colon_line_naming_a_side_s_text_opens_its_account(lang: str) -> None:
    drafts = split_accounts(ANNOUNCED[lang], {}, lang)
    assert [(d.source, d.side, d.kind) for d in drafts] == [
        ("unknown", None, "news"), ("unknown", "CHN", "readout")]
    assert any(w in drafts[1].text for w in ("Xi", "Си", "习近平"))


def test_the_side_named_last_before_the_colon_gives_the_text() -> None:
    text = ("The two presidents spoke on Wednesday.\n\n"
            "Unlike the White House readout, the Chinese report is centered on an overall "
            "evaluation: “The two heads of state had a candid and in-depth exchange of views "
            "on strategic issues critical to the direction of the relationship and on major "
            "issues affecting world peace and development.”\n")
    drafts = split_accounts(text, {}, "en")
    assert [(d.source, d.side) for d in drafts] == [("unknown", None), ("unknown", "CHN")]


def test_a_side_s_text_goes_to_its_one_named_publisher() -> None:
    text = ("Putin and Biden spoke on Tuesday; the Kremlin published its account first.\n\n"
            "The Kremlin's terse interpretation stresses the global role of Russia:\n\n"
            "“Vladimir Putin congratulated Joseph Biden on the start of his term. He noted "
            "that the normalization of relations would meet the interests of both countries "
            "and of the entire international community.”\n")
    drafts = split_accounts(text, {}, "en")
    assert [(d.source, d.side) for d in drafts] == [("unknown", None), ("kremlin", "RUS")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Biden and Xi spoke on Thursday. China's readout did not mention Taiwan, and the White "
     "House gave few details.\n", "en"),
    ("Biden e Xi si sono sentiti giovedì. Il resoconto cinese non cita Taiwan.\n", "it"),
    ("Байден и Си поговорили в четверг. Китайская версия разговора не упоминает Тайвань.\n",
     "ru"),
    ("拜登和习近平周四通话。中方新闻稿没有提到台湾问题。\n", "zh"),
])
def test_a_side_s_text_spoken_of_with_no_colon_is_the_writer_s(text: str, lang: str) -> None:
    assert [(d.source, d.side) for d in split_accounts(text, {}, lang)] == [("unknown", None)]
