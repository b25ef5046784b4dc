"""A sentence adding another contact after the story's ("The call with Trump also came hours
after Xi spoke with Putin via video link") takes for the newcomer's counterpart the principal
named nearest before him, not the story's first-named (found on a real NewsX item, where
Xi's video call with Putin came out as Trump's)."""

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "en": "Chinese President Xi Jinping held a phone conversation with US President Donald "
          "Trump on Wednesday. The call with Trump also came hours after Xi spoke with Russian "
          "President Vladimir Putin via video link.",
    "it": "Il presidente cinese Xi Jinping ha avuto mercoledì una telefonata con il presidente "
          "americano Donald Trump. La telefonata con Trump è arrivata anche poche ore dopo che "
          "Xi ha parlato con il presidente russo Vladimir Putin in videocollegamento.",
    "ru": "Председатель КНР Си Цзиньпин в среду провел телефонный разговор с президентом США "
          "Дональдом Трампом. Разговор с Трампом также состоялся через несколько часов после "
          "того, как Си поговорил с президентом России Владимиром Путиным по видеосвязи.",
    "zh": "国家主席习近平周三同美国总统特朗普通电话。在与特朗普通话前几个小时，习近平还同俄罗斯"
          "总统普京举行视频会晤。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_newcomers_counterpart_is_the_one_named_before_him(lang: str) -> None:
    events = analyze_texts((TEXTS[lang], "2026-02-04"), lang=lang).events
    assert sorted((e.type, tuple(sorted(e.participants))) for e in events) == [
        ("phone_call", ("donald-trump", "xi-jinping")),
        ("video_call", ("vladimir-putin", "xi-jinping"))]


def test_a_newcomer_named_first_still_meets_the_one_the_sentence_names() -> None:
    text = ("Russian President Vladimir Putin held talks with Indian Prime Minister Narendra "
            "Modi on Monday. US President Joe Biden also spoke with Modi by phone.")
    events = analyze_texts((text, "2024-07-08"), lang="en").events
    assert ("joe-biden", "narendra-modi") in {tuple(sorted(e.participants)) for e in events}
