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
