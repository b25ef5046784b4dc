"""(ru) An opening 'В преддверии переговоров с Путиным' without its comma, like 'Перед
встречей с Путиным', names another contact: Putin is no party of the call the sentence
reports (as 'Ahead of his meeting with Putin,' and 'In vista del vertice con Putin,').
Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В преддверии переговоров с Путиным на Аляске Трамп поговорил по телефону с "
           "Зеленским."),
    ("ru", "Перед предстоящей встречей с Путиным Трамп провёл телефонный разговор с Зеленским."),
    ("en", "Ahead of his upcoming meeting with Putin, Trump held a phone call with Zelensky."),
    ("it", "In vista del vertice con Putin in Alaska, Trump ha avuto una telefonata con "
           "Zelensky."),
])
def test_the_contact_ahead_lends_no_party(lang: str, text: str) -> None:
    events = analyze_texts((text, "2025-08-14"), lang=lang).events
    assert [(e.type, sorted(e.participants)) for e in events] == [
        ("phone_call", ["donald-trump", "volodymyr-zelenskyy"])]
