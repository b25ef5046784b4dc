# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A sentence opening on unnamed media's reports ("另据俄媒体报道，俄罗斯外交部…说", found on a
real Chinese compilation; "According to Russian media reports, the Russian Foreign Ministry
said …", "Secondo i media russi, …", "По данным российских СМИ, …") is the writer relaying
news, no account of the source speaking in it, in it/en/ru/zh. A sentence crediting a named
agency ("据新华社报道") still gives that agency's words. Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

EN = """\
Trump and Putin spoke by phone on Friday for more than an hour.

According to a statement from the Kremlin, the two leaders discussed arms control and the situation in Venezuela. The Kremlin said in a statement that both sides were satisfied with the call and described it as businesslike.

According to Russian media reports, the Russian Foreign Ministry said on Friday that Lavrov and Pompeo would meet in Finland next week.
"""

IT = """\
Trump e Putin si sono sentiti al telefono venerdì per più di un'ora.

Secondo una nota del Cremlino, i due leader hanno discusso di controllo degli armamenti e della situazione in Venezuela. Si legge nel comunicato del Cremlino che entrambe le parti si sono dette soddisfatte della telefonata.

Secondo i media russi, il ministero degli Esteri russo ha detto venerdì che Lavrov e Pompeo si incontreranno in Finlandia la prossima settimana.
"""

RU = """\
Трамп и Путин в пятницу более часа говорили по телефону.

Согласно сообщению Кремля, лидеры обсудили контроль над вооружениями и ситуацию в Венесуэле. В сообщении Кремля также говорится, что обе стороны остались довольны разговором.

По данным российских СМИ, МИД России в пятницу сообщил, что Лавров и Помпео встретятся в Финляндии на следующей неделе.
"""

ZH = """\
特朗普与普京周五通电话超过一小时。

根据克里姆林宫的通稿，两国领导人讨论了军控和委内瑞拉局势。克里姆林宫文稿还称，双方对通话表示满意。

另据俄媒体报道，俄罗斯外交部发言人扎哈罗娃3号说，拉夫罗夫与蓬佩奥将于下周在芬兰会晤。
"""


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_news_relayed_from_unnamed_media_is_the_writer_s(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    assert [a.source for a in found] == ["unknown", "kremlin", "unknown"]


@pytest.mark.parametrize(("text", "source"), [
    ("另据塔斯社报道，拉夫罗夫与蓬佩奥将于下周在芬兰会晤。", "tass"),
    ("According to Xinhua, the two heads of state spoke by phone on Friday.", "xinhua"),
])
def test_a_named_agency_s_report_still_speaks(text: str, source: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.source is not None and said.source.id == source
