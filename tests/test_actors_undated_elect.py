"""An undated story is read when the people it names held office together, and a
president-elect's weeks are no term in office: a story naming Putin, Trump and Assad is set
in Trump's first term (Assad fell before Trump's second began), so "the American leader" is
Trump, not Biden, who held the office while Trump was president-elect. Texts written for
these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Владимир Путин и Дональд Трамп провели телефонный разговор. Американский лидер "
           "назвал беседу замечательной. Путин рассказал об итогах встречи с Башаром Асадом."),
    ("en", "Vladimir Putin and Donald Trump held a phone call. The American leader called the "
           "conversation wonderful. Putin told him about his meeting with Bashar al-Assad."),
    ("it", "Vladimir Putin e Donald Trump hanno avuto un colloquio telefonico. Il leader "
           "americano ha definito la conversazione splendida. Putin ha riferito dell'incontro "
           "con Bashar al-Assad."),
])
def test_the_american_leader_is_the_president_the_story_names(lang: str, text: str) -> None:
    analysis = analyze_texts((text, None), lang=lang)
    named = {m.actor for d in analysis.documents for r in d.readouts for m in r.mentions}
    assert "donald-trump" in named and "joe-biden" not in named
