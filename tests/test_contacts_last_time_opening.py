"""A story opening on the last time the two met ("L'ultima volta che si sono incontrati è stato
sulla Piazza Rossa …") gives its background first: the news (a meeting announced some
sentences later) is the story's contact, the last meeting one it mentions. A story that tells
nothing else keeps its one contact. Texts written for these tests (it/en/ru/zh)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2023-05-22"  # a Monday
PAIR = ["alexander-lukashenko", "vladimir-putin"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "L'ultima volta che si sono incontrati è stato sulla Piazza Rossa, per la parata "
           "del 9 maggio. Poi il presidente bielorusso era tornato in fretta in patria. Da "
           "allora le voci sulla sua salute si sono moltiplicate. Ma ora Alexander Lukashenko "
           "ha dichiarato che mercoledì sarà a Mosca per incontrare Vladimir Putin."),
    ("en", "The last time they met was on Red Square, at the parade on May 9. The Belarusian "
           "president then flew home in a hurry. Rumours about his health have spread since. "
           "Now Alexander Lukashenko has said he will be in Moscow on Wednesday to meet "
           "Vladimir Putin."),
    ("ru", "В последний раз они встречались на Красной площади, на параде 9 мая. Затем "
           "белорусский лидер спешно вернулся домой. С тех пор слухи о его здоровье множатся. "
           "Теперь Александр Лукашенко заявил, что в среду будет в Москве, чтобы встретиться с "
           "Владимиром Путиным."),
    ("zh", "两人上一次会面是在5月9日红场阅兵式上。随后白俄罗斯总统匆匆回国。此后关于他健康状况的"
           "传言不断。卢卡申科日前表示，他将于本周三前往莫斯科同普京会晤。"),
])
def test_the_news_after_a_last_time_opening_is_the_contact(lang: str, text: str) -> None:
    analysis = analyze_texts((text, PAGE), lang=lang)
    assert [(sorted(e.participants), e.status, e.date) for e in analysis.events
            if e.reported_by] == [(PAIR, "planned", "2023-05-24")]


def test_a_story_telling_only_the_last_time_keeps_it() -> None:
    analysis = analyze_texts(("L'ultima volta che Lukashenko e Putin si sono incontrati è stato "
                              "sulla Piazza Rossa, il 9 maggio.", PAGE), lang="it")
    assert [(sorted(e.participants), e.status, e.date) for e in analysis.events] == [
        (PAIR, "held", "2023-05-09")]
