"""Speaker turns of transcripts in it/en/ru/zh, inline Kremlin-style turns, and non-labels."""

from __future__ import annotations

import pytest

from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document
from readouts.segment.turns import find_turns, is_question


def labels(text: str) -> list[str]:
    return [t.label for t in find_turns(text)]


def test_english_line_turns_with_retranslated_mark() -> None:
    text = (
        "President of Russia Vladimir Putin: Mr Chairman, dear friend,\n"
        "I am glad to see you again. Our trade grew by a quarter this year.\n\n"
        "President of the People's Republic of China Xi Jinping (retranslated): Dear friend,\n"
        "we will keep supporting each other on matters of core interest.\n"
    )
    turns = find_turns(text)
    assert [t.label for t in turns] == [
        "President of Russia Vladimir Putin",
        "President of the People's Republic of China Xi Jinping",
    ]
    first, second = turns
    assert text[first.start:first.end].startswith("President of Russia Vladimir Putin:")
    assert text[first.speech_start:first.end].startswith("Mr Chairman, dear friend,")
    assert first.end <= second.start
    assert text[second.speech_start:].startswith("Dear friend,")


def test_inline_turns_on_one_line_as_kremlin_pages_run_them() -> None:
    text = (
        "Beginning of Russia-India talks President of Russia Vladimir Putin: Mr Prime Minister, "
        "friends, welcome to Moscow. Thank you. Prime Minister of India Narendra Modi"
        "(retranslated): Thank you for the warm welcome. * * * Aide to the President Yury "
        "Ushakov: Good evening! The talks lasted three hours. Question: Was Ukraine discussed? "
        "Yury Ushakov: Yes, in detail. But here are the facts: nothing was signed."
    )
    assert labels(text) == [
        "President of Russia Vladimir Putin",
        "Prime Minister of India Narendra Modi",
        "Aide to the President Yury Ushakov",
        "Question",
        "Yury Ushakov",
    ]
    assert is_question("Question") and not is_question("Yury Ushakov")


def test_italian_labels_with_lowercase_titles_and_space_before_colon() -> None:
    text = (
        "La presidente del Consiglio Giorgia Meloni : Caro Presidente, caro amico,\n"
        "è un piacere accoglierla a Roma.\n"
        "Xi Jinping (ritradotto): Cara Presidente, la ringrazio per l'invito.\n"
        "Domanda: La telefonata è durata a lungo?\n"
    )
    assert labels(text) == ["La presidente del Consiglio Giorgia Meloni", "Xi Jinping", "Domanda"]


def test_russian_labels_with_initials() -> None:
    text = (
        "Начало разговора\n"
        "Президент России В.Путин: Уважаемый господин Председатель! Дорогой друг!\n"
        "Рад вас видеть.\n"
        "Си Цзиньпин (в переводе): Уважаемый Президент Путин, мой старый друг!\n"
        "Вопрос: Обсуждалась ли Украина?\n"
    )
    assert labels(text) == ["Президент России В.Путин", "Си Цзиньпин", "Вопрос"]


def test_chinese_labels_at_line_start_but_not_speech_verbs() -> None:
    text = (
        "习近平：很高兴同你再次见面。\n"
        "普京（翻译）：亲爱的朋友，你好。\n"
        "习近平指出：中俄关系保持高水平运行。\n"
        "问：双方是否讨论了乌克兰问题？\n"
        "**普京：西方步步紧逼**\n"
    )
    assert labels(text) == ["习近平", "普京", "问"]


def test_colons_in_prose_and_headings_are_not_turns() -> None:
    text = (
        "The two leaders agreed on the following: more flights and more students.\n"
        "President Biden said: we will stand with our allies.\n"
        "**REBALANCING TRADE WITH CHINA:** The deal lowers tariffs.\n"
        "Source: Kremlin\n"
        "Fonte: ministero degli Esteri cinese\n"
        "Источник: сайт Кремля\n"
        "来源：新华社\n"
        "The agenda covered three items: Ukraine: the ceasefire; trade: tariffs.\n"
    )
    assert labels(text) == []


def test_salutation_inside_a_turn_is_not_a_new_turn() -> None:
    text = ("Vladimir Putin: Caro amico,\n\nsono lieto di vederla.\n\n"
            "Xi Jinping (ritradotto): Caro amico, grazie.")
    turns = find_turns(text)
    assert [t.label for t in turns] == ["Vladimir Putin", "Xi Jinping"]
    assert "sono lieto di vederla." in text[turns[0].start:turns[0].end]


def test_headlines_and_bylines_with_colons_are_not_turns() -> None:
    text = (
        "PM call with President Lula of Brazil: 12 March 2025\n"
        "Telefonata con il Presidente Lula: il resoconto\n"
        "Разговор с Президентом Бразилии: главное\n"
        "By Jane Doe\n"
        "Автор: Иван Петров\n"
        "Autore: Marco Bianchi\n"
        "作者：王明\n"
    )
    assert labels(text) == []


def test_kremlin_russian_interpreted_mark() -> None:
    text = ("В.Путин: Уважаемый господин Президент! Рад вас видеть.\n\n"
            "Президент Бразилии (как переведено): Благодарю вас за приглашение.\n")
    assert labels(text) == ["В.Путин", "Президент Бразилии"]


TRANSCRIPTS = {
    "en": ("Beginning of Russian-Brazilian talks\n\n"
           "President of Russia Vladimir Putin: Mr President, dear friends, I am glad to "
           "welcome you. Our trade grew by a quarter last year.\n\n"
           "President of the People's Republic of China Xi Jinping (retranslated): Dear "
           "President Putin, thank you. China is ready to work with Russia.\n",
           ["vladimir-putin", "xi-jinping"]),
    "it": ("Inizio del colloquio\n\n"
           "La presidente del Consiglio Giorgia Meloni : Caro Presidente, caro amico,\n\n"
           "è un piacere accoglierla a Roma. Le nostre imprese guardano alla Cina.\n\n"
           "Xi Jinping (ritradotto): Cara Presidente, la ringrazio. La Cina vuole importare "
           "più prodotti italiani.\n",
           ["giorgia-meloni", "xi-jinping"]),
    "ru": ("Начало российско-китайских переговоров\n\n"
           "Президент России В.Путин: Уважаемый Председатель! Дорогой друг! Рад приветствовать "
           "вас в Москве. <…>\n\n"
           "Си Цзиньпин (как переведено): Уважаемый Президент Путин! Благодарю вас за приём.\n",
           ["vladimir-putin", "xi-jinping"]),
    "zh": ("会谈伊始\n\n习近平：很高兴同你再次见面。中俄关系保持高水平运行。\n\n"
           "普京（翻译）：亲爱的朋友，你好。俄方愿同中方加强合作。\n",
           ["xi-jinping", "vladimir-putin"]),
}


@pytest.mark.parametrize("lang", sorted(TRANSCRIPTS))
def test_every_sentence_of_a_turn_carries_its_speaker(lang: str) -> None:
    text, speakers = TRANSCRIPTS[lang]
    raw = read_bytes(text.encode("utf-8"), f"transcript-{lang}.txt")
    document = analyze_document(prepare(raw)[0], lang=lang).document
    (readout,) = document.readouts
    assert readout.kind == "transcript"
    said = [s.speaker for s in readout.sentences]
    assert None not in said
    assert [sp for i, sp in enumerate(said) if i == 0 or said[i - 1] != sp] == speakers


def test_inline_turn_after_a_headline_naming_the_guest() -> None:
    text = ("Beginning of meeting with President of Brazil Luiz Inacio Lula da Silva President "
            "of Russia Vladimir Putin: Mr President, friends, welcome to Moscow. President of "
            "Brazil Luiz Inacio Lula da Silva (retranslated): Thank you for the invitation.")
    assert labels(text) == ["President of Russia Vladimir Putin",
                            "President of Brazil Luiz Inacio Lula da Silva"]
    assert labels("Telephone conversation with President of Brazil Lula: the talks went well.") \
        == []


def test_quote_headlines_are_not_turns() -> None:
    text = ("Meloni: «Con Xi un colloquio franco»\n"
            "Trump: \"A great call with Xi\"\n"
            "Путин: «Мы готовы к диалогу».\n"
            "Xi Jinping (ritradotto): Caro amico, grazie per la telefonata.\n")
    assert labels(text) == ["Xi Jinping"]


def test_a_headline_quoting_two_people_on_one_line_is_no_transcript() -> None:
    text = ("Salvini: «Il voto è una questione di coerenza». Tajani al premier: «Serve una "
            "verifica della maggioranza prima dell'estate»\n\n"
            "Un esame della situazione politica è stato al centro del colloquio di un'ora tra "
            "il presidente del Consiglio e il capo dello Stato.\n")
    assert labels(text) == []
    for line in ("Biden: “We are united”. Scholz to the press: “Europe stands with Kyiv today”\n",
                 "Путин: «Мы готовы к диалогу». Шольц журналистам: «Европа поддерживает Киев»\n",
                 "习近平：“中方愿同各方一道”。朔尔茨对记者说：“欧洲支持对话”\n"):
        assert labels(line + "Xi Jinping (ritradotto): Caro amico, grazie.\n") == ["Xi Jinping"]


@pytest.mark.parametrize("dateline", [
    "Islamabad: August 17, 2021", "Roma: 17 agosto 2021", "Москва: 17 августа 2021 года",
    "北京：2021年8月17日"])
def test_a_place_and_its_date_after_a_colon_is_no_turn(dateline: str) -> None:
    text = (f"PRIME MINISTER RECEIVES PHONE CALL\n{dateline}\n\nThe Prime Minister received a "
            "telephone call from his counterpart today. The two leaders exchanged views.\n")
    assert labels(text) == []


FOOTER_UNDER_A_READOUT = {
    "zh": ("新华社北京3月2日电 国家主席习近平2日应约同巴西总统卢拉通电话。\n"
           "习近平指出，中巴是全面战略伙伴。卢拉表示，巴方愿同中方加强合作。\n"
           "声明：本文由本站转载，如有侵权请联系删除。\n"),
    "en": ("President Joe Biden spoke today with Prime Minister Fumio Kishida of Japan.\n"
           "The leaders discussed the alliance and the situation in the Taiwan Strait.\n"
           "Disclaimer: This story was republished from a government website.\n"),
    "it": ("La presidente del Consiglio Giorgia Meloni ha avuto oggi un colloquio telefonico "
           "con il presidente francese Emmanuel Macron. I due leader hanno parlato di Ucraina.\n"
           "Avvertenza: il testo è ripreso dal sito del governo.\n"),
    "ru": ("Владимир Путин провёл телефонный разговор с Президентом Турции Реджепом Тайипом "
           "Эрдоганом. Обсуждалась ситуация в Сирии.\n"
           "Внимание: материал перепечатан с официального сайта.\n"),
}


@pytest.mark.parametrize("lang", sorted(FOOTER_UNDER_A_READOUT))
def test_a_footer_line_that_looks_like_a_label_does_not_make_a_transcript(lang: str) -> None:
    raw = read_bytes(FOOTER_UNDER_A_READOUT[lang].encode(), "readout.txt")
    (readout,) = analyze_document(prepare(raw)[0], lang=lang).document.readouts
    assert readout.kind != "transcript"


def test_a_lone_speaker_whose_words_fill_the_text_is_a_transcript() -> None:
    text = ("Vladimir Putin: Colleagues, good afternoon. Today we will discuss the harvest and "
            "the prices of fuel in the regions. I ask the Government to report on both.\n")
    raw = read_bytes(text.encode(), "statement.txt")
    (readout,) = analyze_document(prepare(raw)[0], lang="en").document.readouts
    assert readout.kind == "transcript"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "据央视新闻报道,外交部发言人毛宁表示,此次通话是美方发起的。两国元首就共同关心的问题"
           "进行沟通。\n关键词:外交部毛宁元首通话\n评论\n字号:小\n发表\n"),
    ("zh", "外交部:中俄、中美通话是根据领导人日程商定的安排\n国家主席习近平昨日先后同俄罗斯总统"
           "普京、美国总统特朗普通话。外交部发言人说,通话是双方商定的安排。\n"),
    ("en", "Keywords: Biden Xi call\nPresident Biden spoke with President Xi Jinping today. "
           "They discussed trade.\nFont size: large\n"),
    ("it", "Parole chiave: Meloni Macron telefonata\nLa presidente Meloni ha sentito oggi Macron. "
           "Hanno parlato di Ucraina.\n"),
])
def test_keyword_setting_and_headline_labels_make_no_transcript(lang: str, text: str) -> None:
    raw = read_bytes(text.encode(), "page.txt")
    for readout in analyze_document(prepare(raw)[0], lang=lang).document.readouts:
        assert readout.kind != "transcript"
