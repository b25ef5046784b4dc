import pytest

from readouts.text.langid import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("Il presidente Xi ha affermato che la cooperazione tra i due Paesi è importante.", "it"),
    ("President Biden spoke with President Xi about trade and climate change.", "en"),
    ("Владимир Путин провёл телефонный разговор с Председателем КНР.", "ru"),
    ("习近平同美国总统拜登通电话。", "zh"),
    ("Le président Macron s'est entretenu avec le président chinois ce matin.", "fr"),
    ("習近平主席は電話会談を行いました。", "ja"),
])
def test_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_script_beats_lingua_on_names() -> None:
    # A lone Chinese or Russian name is decided by its script.
    assert detect_language("习近平") == "zh"
    assert detect_language("Путин") == "ru"


def test_no_letters() -> None:
    assert detect_language("12345 ---") is None


@pytest.mark.parametrize("text", ["Broken html", "Ok", "Xi Biden"])
def test_too_few_latin_words_cannot_be_told(text: str) -> None:
    # Two words of Latin script fit several languages: say so instead of guessing Dutch.
    assert detect_language(text) is None


def test_short_but_real_sentences_are_told() -> None:
    assert detect_language("Telefonata tra Meloni e Macron ieri sera.") == "it"
    assert detect_language("Biden called Xi this evening.") == "en"


def test_function_words_tell_italian_from_english_without_the_model() -> None:
    from readouts.text.langid import function_word_language

    assert function_word_language("Il presidente ha detto che la cooperazione con la Cina "
                                  "è importante per il Paese e per l'Europa.") == "it"
    assert function_word_language("The President said that the cooperation with China is "
                                  "important for the country and for Europe.") == "en"
    assert function_word_language("Xi Jinping, Vladimir Putin, Donald Trump") is None


@pytest.mark.parametrize(("quoted", "expected"), [
    ("首相は大統領と電話で会談し、協力を確認しました。", "en"),
    ("Премьер-министр провёл телефонный разговор с президентом.", "en"),
    ("首相同总统通电话，双方确认合作。", "en"),
])
def test_one_foreign_line_does_not_make_an_english_story_foreign(quoted: str,
                                                                 expected: str) -> None:
    # A wire story quoting one line of the broadcaster's own language is still English;
    # a Japanese page remains Japanese (above).
    story = ("The prime minister and the president spoke by phone on Monday about the recent "
             "missile launches. He later told reporters that the two leaders agreed to keep "
             "working closely together and to meet in person soon.")
    assert detect_language(f"{story}\n{quoted}\n{story}") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент України провів телефонну розмову з прем'єр-міністром Італії. Сторони "
     "обговорили ситуацію на фронті та підтримку Києва.", "uk"),
    ("Председник Србије је разговарао са председником Француске о односима две земље и "
     "о ситуацији у региону.", "sr"),
    ("Президент Рэспублікі Беларусь правёў тэлефонную размову з Прэзідэнтам Расіі. Бакі "
     "абмеркавалі ўзаемадзеянне і супрацоўніцтва.", "be"),
    # a Russian text naming a Ukrainian place in its own spelling stays Russian
    ("Президент России провёл телефонный разговор с президентом Франции. Обсуждалась "
     "ситуация вокруг Києва и переговоры в Стамбуле.", "ru"),
])
def test_other_cyrillic_languages_are_not_russian(text: str, expected: str) -> None:
    """Ukrainian, Belarusian and Serbian write letters Russian does not (і, ў, ј): read as
    Russian they gave accounts of nothing; now they are refused as unsupported."""
    assert detect_language(text) == expected
