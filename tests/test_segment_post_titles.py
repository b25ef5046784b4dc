# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A leader's post announced by a sentence that names him by his country and title ("Об
этом американский лидер написал в соцсети Truth Social", "Lo ha scritto il presidente
americano su Truth Social", "The US president wrote on Truth Social", "美国总统在社交平台
“真实社交”上发文"), then quoted at length, is that platform's post for his side: the title
speaks for the side as his name would (leader_titles in sources.yaml). A title alone in
the article's own sentences opens no text. Every text here is written for these tests
(found on a real Censor.NET item relaying a Truth Social post)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.sources import registry

RU = """\
Трамп рассказал о разговоре с Путиным

Президент США Дональд Трамп поделился подробностями телефонного разговора с президентом России.

Об этом американский лидер написал в соцсети Truth Social, сообщает наше издание.

"Президент Путин позвонил мне сегодня утром. Мы долго говорили о Ближнем Востоке, гораздо меньше об Украине, но это будет на следующей неделе. Мы договорились продолжить контакты", - написал Трамп.

По словам Трампа, разговор длился около часа.
"""

EN = """\
Trump tells of his call with Putin

President Donald Trump gave details of his phone call with the Russian president.

The US president wrote on Truth Social about the call, our correspondent reports.

"President Putin called me this morning. We spoke at length about the Middle East, much less about Ukraine, but that will come next week. We agreed to stay in touch," Trump wrote.

According to Trump, the call lasted about an hour.
"""

IT = """\
Trump racconta la telefonata con Putin

Il presidente Donald Trump ha raccontato i dettagli della telefonata con il presidente russo.

Lo ha scritto il presidente americano su Truth Social, riferisce il nostro corrispondente.

"Il presidente Putin mi ha chiamato stamattina. Abbiamo parlato a lungo del Medio Oriente, molto meno dell'Ucraina, ma ne parleremo la prossima settimana. Abbiamo concordato di restare in contatto", ha scritto Trump.

Secondo Trump, la telefonata è durata circa un'ora.
"""

ZH = """\
特朗普谈与普京通话

美国总统特朗普介绍了他与俄罗斯总统通电话的细节。

美国总统在社交平台“真实社交”上发文介绍了这次通话，本台记者报道。

“普京总统今天上午给我打来电话。我们长时间讨论了中东问题，关于乌克兰谈得少得多，但下周会谈。他正在推进计划中的大规模战俘交换，双方都有大量战俘将立即获释。我们同意保持联系，”特朗普写道。

特朗普说，通话持续了大约一个小时。
"""


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize(("text", "lang"), [(RU, "ru"), (EN, "en"), (IT, "it"), (ZH, "zh")])
def test_a_post_announced_with_its_author_by_title_is_the_platforms_post_for_his_side(
        text: str, lang: str) -> None:
    assert _accounts(text, lang) == [("unknown", None, "news"), ("truth-social", "USA", "post")]


@pytest.mark.parametrize(("title", "side"), [
    ("американский лидер", "USA"), ("the US president", "USA"), ("il presidente americano", "USA"),
    ("美国总统", "USA"), ("российский президент", "RUS"), ("the Russian president", "RUS"),
    ("il presidente russo", "RUS"), ("俄罗斯总统", "RUS"),
])
def test_a_leaders_country_and_title_speak_for_his_side(title: str, side: str) -> None:
    assert registry().voice_in(title) == side
    assert registry().name_in(title) is None  # a person, no publisher


@pytest.mark.parametrize(("text", "lang"), [
    ("Разговор Трампа и Путина\n\nАмериканский президент провёл разговор с российским лидером. Подробностей пока нет.\n", "ru"),
    ("Trump and Putin talk\n\nThe US president spoke with the Russian president on Friday. No details were given.\n", "en"),
    ("Trump e Putin al telefono\n\nIl presidente americano ha parlato con il presidente russo venerdì. Nessun dettaglio.\n", "it"),
    ("特朗普与普京通话\n\n美国总统周五与俄罗斯总统通电话。目前没有更多细节。\n", "zh"),
])
def test_titles_in_the_articles_own_sentences_open_no_text(text: str, lang: str) -> None:
    assert _accounts(text, lang) == [("unknown", None, "news")]
