"""A welcome ceremony followed by talks: the talks are the contact, and the ceremony's own
length is not theirs. Official accounts of a state visit open on the welcome ("举行仪式，
欢迎…", "held a welcoming ceremony for", "состоялась церемония официальной встречи") and
tell the talks after it; the ceremony is the contact only where no talks are told, or only
ahead. Seen on real Chinese items (a state visit's welcome read as the contact, the
welcome's 16 minutes given to the talks) and the same shape in Russian (dev28/zhtype)."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

TALKS_AFTER = [
    ("zh", "国家主席习近平12日上午在人民大会堂东门外广场举行仪式，欢迎智利总统博里奇对我国进行"
           "国事访问。欢迎仪式约持续20分钟。仪式结束后，两国元首举行会谈，就双边关系深入交换意见。"),
    ("zh", "国家主席习近平12日上午在人民大会堂为智利总统博里奇举行欢迎仪式。整个欢迎仪式持续了"
           "近20分钟。随后，习近平同博里奇举行会谈。"),
    ("en", "Chinese President Xi Jinping held a welcoming ceremony for Chilean President Gabriel "
           "Boric in Beijing on Monday morning. The ceremony lasted about 20 minutes. After "
           "it, the two presidents held talks on trade and investment."),
    ("ru", "В понедельник утром в Пекине Си Цзиньпин провёл церемонию официальной встречи "
           "президента Чили Габриэля Борича. Церемония продлилась около 20 минут. Затем "
           "лидеры провели переговоры."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_AFTER, ids=[f"{t[0]}{i}" for i, t in
                                                            enumerate(TALKS_AFTER)])
def test_the_talks_after_the_welcome_are_the_contact(lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2025-05-13")
    assert (facts["type"], facts["status"], set(facts["participants"]),
            facts["duration_minutes"]) == (
        "meeting", "held", {"xi-jinping", "gabriel-boric"}, None)


AHEAD_OR_NONE = [
    ("zh", "国家主席习近平12日上午在人民大会堂举行仪式，欢迎智利总统博里奇对我国进行国事访问。"
           "欢迎仪式后，习近平将同博里奇举行会谈。"),
    ("zh", "国家主席习近平12日上午在人民大会堂举行仪式，欢迎智利总统博里奇对我国进行国事访问。"
           "博里奇在习近平陪同下检阅中国人民解放军仪仗队。"),
    ("en", "Chinese President Xi Jinping held a welcoming ceremony for Chilean President Gabriel "
           "Boric in Beijing on Monday morning. The two presidents will hold talks later."),
]


@pytest.mark.parametrize(("lang", "text"), AHEAD_OR_NONE, ids=[f"{t[0]}{i}" for i, t in
                                                              enumerate(AHEAD_OR_NONE)])
def test_a_welcome_with_talks_ahead_or_none_is_the_ceremony(lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2025-05-13")
    assert (facts["type"], facts["status"], set(facts["participants"])) == (
        "ceremony", "held", {"xi-jinping", "gabriel-boric"})
