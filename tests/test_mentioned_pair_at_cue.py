"""A mentioned contact whose two parties are named as one pair right at its words, after
them ("после разговора российского и американского президентов Владимира Путина и Джо
Байдена") or right before them ("美俄总统18日通话"): the pair are its parties, not a third
leader named nearer the words (the spokesman's own president, the one the subject just
called). Found on real Strana and Huanqiu items (held-out 4 and 7)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("ru", "2021-12-30",
     "Путин и Байден начали телефонный разговор\n\n"
     "Телефонный разговор Владимира Путина и Джо Байдена начался в 15:35 по вашингтонскому "
     "времени. Пресс-секретарь президента Украины Владимира Зеленского заявил, что ожидает, "
     "что после телефонного разговора российского и американского президентов Владимира "
     "Путина и Джо Байдена Вашингтон проинформирует Киев.",
     {"vladimir-putin", "joe-biden"}),
    ("en", "2025-03-17",
     "Macron calls Zelensky\n\n"
     "French President Emmanuel Macron held a phone call with Ukrainian President Volodymyr "
     "Zelensky on Monday. Zelensky said he had coordinated positions with Macron ahead of the "
     "phone call between US President Donald Trump and Russian President Vladimir Putin "
     "planned for Tuesday.",
     {"donald-trump", "vladimir-putin"}),
    ("it", "2025-03-17",
     "Macron sente Zelensky\n\n"
     "Il presidente francese Emmanuel Macron ha avuto oggi una telefonata con il presidente "
     "ucraino Volodymyr Zelensky. Zelensky ha detto di aver coordinato le posizioni con Macron "
     "in vista del colloquio telefonico tra il presidente americano Donald Trump e il "
     "presidente russo Vladimir Putin previsto per domani.",
     {"donald-trump", "vladimir-putin"}),
    ("zh", None,
     "马克龙致电泽连斯基\n\n"
     "3月19日,法国总统马克龙致电乌克兰总统泽连斯基。本月17日晚,泽连斯基在视频讲话中表示,他"
     "当天与马克龙进行了电话交谈,就美俄总统18日通话以及欧洲即将召开的防务会议提前协调了立场。",
     {"donald-trump", "vladimir-putin"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "pair"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_pair_at_the_words_are_the_mentioned_contacts_parties(
        lang: str, published: str | None, text: str, pair: set[str]) -> None:
    analysis = analyze_texts((text, published), lang=lang)
    mentioned = [set(e.participants) for e in analysis.events if not e.reported_by]
    reported = [set(e.participants) for e in analysis.events if e.reported_by]
    # no contact of the third leader; the pair's own is there unless it is the reported one
    found = [e.to_json() for e in analysis.events]
    assert all(p == pair or p in reported for p in mentioned), found
    assert pair in mentioned or pair in reported, found


def test_a_pair_after_with_is_the_subjects_partners() -> None:
    """"莫迪上一次与习近平和普京会面": the pair after "与" are Modi's partners, not a pair of
    their own."""
    text = ("莫迪与普京举行会谈\n\n9月1日,印度总理莫迪与俄罗斯总统普京在天津举行会谈。"
            "莫迪上一次与习近平和普京会面是在2024年10月于俄罗斯举行的金砖国家峰会期间。")
    analysis = analyze_texts((text, "2025-09-01"), lang="zh")
    pairs = [set(e.participants) for e in analysis.events if not e.reported_by]
    assert {"xi-jinping", "vladimir-putin"} not in pairs, pairs


JOINED = [
    ("en", "Trump speaks with Zelensky\n\nUS President Donald Trump held a phone call with "
           "Ukrainian President Volodymyr Zelensky on Saturday. The phone call later included "
           "French President Emmanuel Macron and German Chancellor Friedrich Merz."),
    ("it", "Trump sente Zelensky\n\nIl presidente americano Donald Trump ha avuto sabato una "
           "telefonata con il presidente ucraino Volodymyr Zelensky. Alla telefonata si sono poi "
           "uniti il presidente francese Emmanuel Macron e il cancelliere Friedrich Merz."),
    ("ru", "Трамп поговорил с Зеленским\n\nПрезидент США Дональд Трамп в субботу провёл "
           "телефонный разговор с Владимиром Зеленским. К телефонному разговору затем "
           "присоединились президент Франции Эммануэль Макрон и канцлер Германии Фридрих Мерц."),
]


@pytest.mark.parametrize(("lang", "text"), JOINED, ids=[c[0] for c in JOINED])
def test_two_leaders_who_joined_a_call_are_no_pair_of_their_own(lang: str, text: str) -> None:
    """Leaders listed after a contact's words with no "between" or plural title before them
    are those who joined it, not a contact of the two."""
    analysis = analyze_texts((text, "2025-08-16"), lang=lang)
    pairs = [set(e.participants) for e in analysis.events]
    assert {"emmanuel-macron", "friedrich-merz"} not in pairs, pairs
