# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A news item that gives two sides' governments or state media in their own sentences, an
aide named by his role and name ("Kremlin aide Yuri Ushakov told Reuters", "克里姆林宫助手
尤里乌沙科夫告诉路透", "il consigliere del Cremlino Yuri Ushakov ha detto alla Reuters",
"пресс-секретарь Кремля Дмитрий Песков сообщил Reuters") in two sentences and the other
side's agency report ("Xinhua reported that …", "新华社报导，…"), sets the sides' accounts
side by side: each is cut out (a briefing, a readout), though no text is named or quoted at
length; one side's sources alone leave the item whole. Every text here is written for these
tests (found on a real World Journal item on the Xi-Putin video call)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Xi and Putin hold video call

Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday afternoon, ahead of the Spring Festival.

Kremlin aide Yuri Ushakov told Reuters the call lasted one hour and 25 minutes and that Putin had accepted an invitation to visit China in the first half of the year. Kremlin spokesman Dmitry Peskov said relations with China were a priority of Russian foreign policy.

{other}

The two leaders last met in Beijing in the autumn.
"""
XINHUA_EN = "Xinhua reported that Xi recalled the two meetings of the past year and said that both countries should seize the historic opportunity, keep up close exchanges at the top and deepen practical cooperation in every field."
IT = """\
Xi e Putin in videoconferenza

Il presidente cinese Xi Jinping ha tenuto mercoledì pomeriggio una videoconferenza con il presidente russo Vladimir Putin, alla vigilia della Festa di primavera.

Il consigliere del Cremlino Yuri Ushakov ha detto alla Reuters che il colloquio è durato un'ora e 25 minuti e che Putin ha accettato l'invito a visitare la Cina nella prima metà dell'anno. Il portavoce del Cremlino Dmitry Peskov ha detto che i rapporti con la Cina sono una priorità della politica estera russa.

{other}

I due leader si erano visti l'ultima volta a Pechino in autunno.
"""
XINHUA_IT = "L'agenzia Xinhua ha riferito che Xi ha ricordato i due incontri dell'anno passato e ha detto che i due Paesi devono cogliere l'occasione storica, mantenere stretti scambi al vertice e approfondire la cooperazione pratica in ogni campo."
RU = """\
Си Цзиньпин и Путин провели видеоконференцию

Председатель КНР Си Цзиньпин в среду днём провёл видеоконференцию с президентом России Владимиром Путиным накануне праздника Весны.

Пресс-секретарь Кремля Дмитрий Песков сообщил Reuters, что разговор продлился час и 25 минут и что Путин принял приглашение посетить Китай в первой половине года. Пресс-секретарь Кремля также заявил, что отношения с Китаем являются приоритетом российской внешней политики.

{other}

В последний раз лидеры встречались в Пекине осенью.
"""
XINHUA_RU = "Агентство Синьхуа сообщило, что Си Цзиньпин напомнил о двух встречах прошлого года и заявил, что обеим странам следует воспользоваться историческим шансом, поддерживать тесные контакты на высшем уровне и углублять практическое сотрудничество во всех областях."
ZH = """\
习近平同普京举行视频会晤

中国国家主席习近平昨日下午在春节将至之际，与俄罗斯总统普京举行视频会晤。

克里姆林宫助手尤里乌沙科夫告诉路透，普京和习近平通话1小时25分钟，普京已接受邀请，将于今年上半年访问中国。克里姆林宫发言人佩斯科夫则称，发展与中国的关系是俄罗斯外交政策优先事项。

{other}

两国元首去年秋天在北京举行了会晤。
"""
XINHUA_ZH = "新华社报导，习近平提到，过去一年他和普京两度会晤，双方要把握历史契机，密切高层交往，加强各领域务实合作。"
CASES = {"en": (EN, XINHUA_EN), "it": (IT, XINHUA_IT), "ru": (RU, XINHUA_RU), "zh": (ZH, XINHUA_ZH)}


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_two_sides_heard_in_their_own_sentences_are_set_side_by_side(lang: str) -> None:
    text, other = CASES[lang]
    assert _accounts(text.format(other=other), lang) == [
        ("unknown", None, "news"), ("kremlin", "RUS", "briefing"), ("xinhua", "CHN", "readout")]


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_one_sides_sources_alone_leave_the_item_whole(lang: str) -> None:
    text, _ = CASES[lang]
    assert _accounts(text.format(other=""), lang) == [("unknown", None, "news")]
