"""A lead telling two contacts of one leader, one clause each ("下午与普京视频会晤，晚间又与特朗普
通电话", "held a video call with Putin and later spoke by phone with Trump", "провёл переговоры
по видеосвязи с Си Цзиньпином, а затем поговорил по телефону с Трампом", "ha avuto un colloquio
in videocollegamento con Putin e in serata ha sentito Trump"): both are held, the same day,
each with its own type and part of day; the two counterparts never talked."""

from __future__ import annotations

from test_contacts import analyze_texts, held

TWO_IN_ONE = [
    ("zh", "新华社北京3月10日电 国家主席习近平10日下午在北京同俄罗斯总统普京举行视频会晤，"
           "晚间又同美国总统特朗普通电话。两国元首就共同关心的问题交换了看法。",
     "xi-jinping", "vladimir-putin", "donald-trump", ("video_call", "afternoon"),
     ("phone_call", "evening")),
    ("en", "Chinese President Xi Jinping held a video meeting with Russian President Vladimir "
           "Putin on Tuesday afternoon and then talked by phone with U.S. President Donald "
           "Trump. Both sides exchanged views on regional issues.",
     "xi-jinping", "vladimir-putin", "donald-trump", ("video_call", "afternoon"),
     ("phone_call", None)),
    ("ru", "Президент России Владимир Путин во вторник провёл переговоры по видеосвязи с "
           "Председателем КНР Си Цзиньпином, а затем поговорил по телефону с Президентом США "
           "Дональдом Трампом. Обсуждались вопросы энергетики.",
     "vladimir-putin", "xi-jinping", "donald-trump", ("video_call", None),
     ("phone_call", None)),
    ("it", "Il presidente cinese Xi Jinping ha tenuto martedì un colloquio in videocollegamento "
           "con il presidente russo Vladimir Putin e in serata ha sentito il presidente "
           "americano Donald Trump. Al centro dei colloqui l'energia.",
     "xi-jinping", "vladimir-putin", "donald-trump", ("video_call", None),
     ("phone_call", "evening")),
]


def test_a_second_contact_in_the_lead_is_its_own() -> None:
    for lang, text, subject, first, second, (kind1, part1), (kind2, part2) in TWO_IN_ONE:
        analysis = analyze_texts((text, "2026-03-10"), lang=lang)
        found = {frozenset(e.participants): e for e in held(analysis)}
        assert set(found) == {frozenset({subject, first}), frozenset({subject, second})}, (
            lang, [e.to_json() for e in analysis.events])
        one, two = found[frozenset({subject, first})], found[frozenset({subject, second})]
        assert (one.type, one.part_of_day) == (kind1, part1), (lang, one.to_json())
        assert (two.type, two.part_of_day) == (kind2, part2), (lang, two.to_json())
        assert one.date == two.date == "2026-03-10", (lang, one.date, two.date)
        main = analysis.documents[0].readouts[0].event
        assert main is not None and first in main, (lang, main)


def test_a_planned_second_clause_is_no_held_contact() -> None:
    text = ("Chinese President Xi Jinping held a video meeting with Russian President Vladimir "
            "Putin on Tuesday and will later speak by phone with U.S. President Donald Trump.")
    events = held(analyze_texts((text, "2026-03-10"), lang="en"))
    assert [set(e.participants) for e in events] == [{"xi-jinping", "vladimir-putin"}], events

