import pytest

from readouts.text.sentences import split_sentences


def _split(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


def test_english_initials_abbreviations_and_quotes() -> None:
    text = ('President Donald J. Trump spoke with Mr. Xi on Thursday. "We agree," he said. '
            'The U.S. President then left. See No. 7 for details.')
    assert _split(text, "en") == [
        "President Donald J. Trump spoke with Mr. Xi on Thursday.",
        '"We agree," he said.',
        "The U.S. President then left.",
        "See No. 7 for details.",
    ]


def test_italian_numbered_item_and_spaced_period() -> None:
    text = "L'unità n. 7 è stata chiusa . Il presidente ha detto: «Siamo amici.» Poi è ripartito."
    assert _split(text, "it") == [
        "L'unità n. 7 è stata chiusa .",
        "Il presidente ha detto: «Siamo amici.»",
        "Poi è ripartito.",
    ]


def test_russian_initials_and_abbreviations() -> None:
    text = ("Президент России В.Путин провёл разговор. Обсуждены вопросы экономики, т.е. "
            "торговли. См. ст. 5.")
    assert _split(text, "ru") == [
        "Президент России В.Путин провёл разговор.",
        "Обсуждены вопросы экономики, т.е. торговли.",
        "См. ст. 5.",
    ]


def test_chinese_full_width_terminators() -> None:
    text = "习近平指出，中美关系很重要。拜登表示同意！双方同意保持沟通。“我们是朋友。”他说。"
    assert _split(text, "zh") == [
        "习近平指出，中美关系很重要。", "拜登表示同意！", "双方同意保持沟通。",
        "“我们是朋友。”", "他说。",
    ]


def test_hard_wrapped_lines_join_and_headings_stay_apart() -> None:
    text = ("Readout of the Call\n\nPresident Biden spoke with President Zelenskyy of Ukraine\n"
            "this evening to receive an update on the situation at the plant. He will be\n"
            "briefed regularly.\n\n\\###")
    out = _split(text, "en")
    assert out[0] == "Readout of the Call"
    assert out[1].startswith("President Biden") and out[1].endswith("the plant.")
    assert out[2].replace("\n", " ") == "He will be briefed regularly."
    assert len(out) == 3


def test_kremlin_cuts_and_section_breaks() -> None:
    text = "Thank you. * * * Vladimir Putin: Good afternoon! We met in May. <…> Next, trade."
    out = _split(text, "en")
    assert out == ["Thank you.", "Vladimir Putin: Good afternoon!", "We met in May.",
                   "Next, trade."]


@pytest.mark.parametrize(("text", "lang", "first"), [
    ("Il presidente ha detto: «Siamo pronti. Lavoreremo insieme». Poi ha aggiunto altro.", "it",
     "Il presidente ha detto: «Siamo pronti. Lavoreremo insieme»."),
    ("He said: “We agree. We will work together.” Then he left.", "en",
     "He said: “We agree. We will work together.”"),
    ("«Мы договорились. Всё хорошо», — сказал Путин. Далее.", "ru",
     "«Мы договорились. Всё хорошо», — сказал Путин."),
    ("习近平指出：“我们是朋友。我们要合作。”他说。", "zh",
     "习近平指出：“我们是朋友。我们要合作。”"),
])
def test_a_short_quotation_stays_with_its_speaker(text: str, lang: str, first: str) -> None:
    assert _split(text, lang)[0] == first


def test_a_long_quotation_is_still_split() -> None:
    passage = "Abbiamo discusso di molte questioni importanti per i nostri due Paesi. " * 6
    out = _split(f"Il presidente ha detto: «{passage.strip()}» Poi è partito.", "it")
    assert len(out) > 3


NUMBERED = [
    ("it", "I due leader hanno parlato a lungo:\n\n1. Il presidente ha ringraziato il premier "
           "per l'aiuto.\n\n2) I due hanno discusso di energia. Poi si sono salutati.",
     ["I due leader hanno parlato a lungo:", "Il presidente ha ringraziato il premier per "
      "l'aiuto.", "I due hanno discusso di energia.", "Poi si sono salutati."]),
    ("en", "The two leaders discussed:\n  1. Trade between the two countries.\n  b. The "
           "situation in the region.\n  IV. Climate.",
     ["The two leaders discussed:", "Trade between the two countries.",
      "The situation in the region.", "Climate."]),
    ("ru", "Стороны обсудили ряд вопросов. 1. Президент поблагодарил коллегу. 2. Лидеры "
           "договорились о встрече.",
     ["Стороны обсудили ряд вопросов.", "Президент поблагодарил коллегу.",
      "Лидеры договорились о встрече."]),
    ("zh", "双方就以下问题交换意见：\n1. 习近平指出，两国应加强合作。\n2. 两国元首同意保持联系。",
     ["双方就以下问题交换意见：", "习近平指出，两国应加强合作。", "两国元首同意保持联系。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NUMBERED)
def test_a_numbered_point_is_its_sentence_without_the_marker(
        lang: str, text: str, expected: list[str]) -> None:
    assert _split(text, lang) == expected


def test_numbers_that_open_a_sentence_stay() -> None:
    text = "Sono arrivati 2.000 soldati. 12 leader hanno firmato. Alle 18.35 è iniziato."
    assert _split(text, "it") == ["Sono arrivati 2.000 soldati.", "12 leader hanno firmato.",
                                  "Alle 18.35 è iniziato."]
