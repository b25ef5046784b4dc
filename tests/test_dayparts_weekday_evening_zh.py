"""A part of day written right after a weekday ("周四晚", "星期五晚", "週三晚"): the bare 晚
after a weekday is the evening, as it is after a day of the month ("4日晚"). Chinese only:
the other languages write the part of day as its own word ("giovedì sera", "Thursday
evening", "в четверг вечером"), which they already read; they are guards here."""

import pytest
from test_contacts import analyze_texts

EVENING = {
    "zh": [
        "印度总理莫迪周四晚在新德里会见到访的俄罗斯总统普京，双方就双边关系举行了会谈。",
        "据报道，俄罗斯总统普京星期五晚在克里姆林宫会见了印度总理莫迪。",
        "俄罗斯总统普京周三晚在莫斯科克里姆林宫会见了来访的印度总理莫迪。",
    ],
    "it": ["Il premier indiano Modi ha incontrato giovedì sera a Nuova Delhi il presidente russo "
           "Vladimir Putin."],
    "en": ["Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in New Delhi "
           "on Thursday evening."],
    "ru": ["Премьер-министр Индии Нарендра Моди в четверг вечером встретился в Нью-Дели с "
           "президентом России Владимиром Путиным."],
}
CASES = [(lang, text) for lang, texts in sorted(EVENING.items()) for text in texts]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_weekday_evening(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2018-10-06"))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, set(e.participants), e.part_of_day) for e in reported] == [
        ("meeting", {"narendra-modi", "vladimir-putin"}, "evening")]

