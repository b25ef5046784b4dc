# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""Other states' news agencies carry their government's account of a leader's call (the UAE's
WAM, Saudi Arabia's SPA, Qatar's QNA, Kuwait's KUNA, Iran's IRNA, Turkey's Anadolu, North
Korea's KCNA, Belarus's BelTA, Kazinform, VNA, Bernama, Antara, Azertac, Ukrinform): a page
that relays the White House's readout and then the other side's agency ("Meanwhile, the
UAE's official news agency Wam said …") holds both sides' accounts. The registry lacked
them, so the agency's sentences stayed the writer's and the page one account. Found on real
items (Al Arabiya relaying the White House and WAM, a Turkish English-language site relaying
a White House statement and QNA, The National crediting WAM). Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

EN = """\
President Joe Biden spoke by phone on Monday with Qatar's Emir Sheikh Tamim bin Hamad Al Thani, the White House said.

"The two leaders reviewed efforts to secure the release of the hostages and to increase humanitarian aid," the White House said. "They agreed to stay in close touch," it added.

{other}
"""
EN_OTHER = """Meanwhile, Qatar's state news agency QNA said the emir stressed the need for an immediate ceasefire during the call.

"The Emir and the President discussed the latest developments in the region and ways to strengthen the strategic partnership," QNA said."""

IT = """\
Il presidente Joe Biden ha avuto lunedì un colloquio telefonico con l'emiro del Qatar, lo sceicco Tamim bin Hamad Al Thani, ha reso noto la Casa Bianca.

"I due leader hanno esaminato gli sforzi per ottenere il rilascio degli ostaggi e aumentare gli aiuti umanitari", ha detto la Casa Bianca. "Hanno concordato di restare in stretto contatto", ha aggiunto.

{other}
"""
IT_OTHER = """Da parte sua, l'agenzia di stampa qatariota Qna ha riferito che l'emiro ha sottolineato la necessità di un cessate il fuoco immediato.

"L'emiro e il presidente hanno discusso degli ultimi sviluppi nella regione e dei modi per rafforzare il partenariato strategico", ha scritto la Qna."""

RU = """\
Президент США Джо Байден в понедельник провел телефонный разговор с эмиром Катара шейхом Тамимом бин Хамадом Аль Тани, сообщил Белый дом.

«Лидеры обсудили усилия по освобождению заложников и увеличению гуманитарной помощи», — заявили в Белом доме. «Они договорились поддерживать тесный контакт», — добавили там.

{other}
"""
RU_OTHER = """В свою очередь, Катарское информационное агентство сообщило, что эмир подчеркнул необходимость немедленного прекращения огня.

«Эмир и президент обсудили последние события в регионе и пути укрепления стратегического партнерства», — сообщило Катарское информационное агентство."""

ZH = """\
美国总统拜登周一与卡塔尔埃米尔塔米姆通电话，白宫称。

白宫称，两国领导人讨论了争取释放人质和增加人道主义援助的努力。白宫表示，双方同意保持密切沟通。

{other}
"""
ZH_OTHER = """另据卡塔尔通讯社报道，塔米姆在通话中强调有必要立即停火。

卡塔尔通讯社称：“埃米尔和总统讨论了地区最新局势以及加强战略伙伴关系的途径。”"""

CASES = [("en", EN, EN_OTHER), ("it", IT, IT_OTHER), ("ru", RU, RU_OTHER),
         ("zh", ZH, ZH_OTHER)]


@pytest.mark.parametrize(("lang", "page", "other"), CASES)
def test_the_other_sides_agency_is_its_account(lang: str, page: str, other: str) -> None:
    found = split_accounts(page.format(other=other), {}, lang)
    got = list(dict.fromkeys((d.source, d.side) for d in found))
    assert ("whitehouse", "USA") in got
    assert ("qna", "QAT") in got
    assert got.index(("qna", "QAT")) > got.index(("whitehouse", "USA"))


@pytest.mark.parametrize(("lang", "page"), [(lang, page) for lang, page, _ in CASES])
def test_one_sides_text_alone_keeps_the_page_whole(lang: str, page: str) -> None:
    found = split_accounts(page.format(other=""), {}, lang)
    assert all(d.source != "qna" for d in found)


@pytest.mark.parametrize(("sentence", "source", "side"), [
    ("Meanwhile, the UAE's official news agency Wam said the two leaders discussed regional security.", "wam", "ARE"),
    ("The Saudi Press Agency reported that the crown prince received a call from the president.", "spa", "SAU"),
    ("Secondo l'agenzia ufficiale iraniana Irna, i due presidenti hanno parlato del nucleare.", "irna", "IRN"),
    ("Как сообщило агентство Анадолу, президенты обсудили ситуацию в Сирии.", "anadolu", "TUR"),
    ("据朝中社报道，金正恩同普京举行了会谈。", "kcna", "PRK"),
    ("Как сообщает БелТА, президенты обсудили сотрудничество.", "belta", "BLR"),
])
def test_an_agency_named_speaks_for_its_side(sentence: str, source: str, side: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None
    assert (said.source.id, said.side) == (source, side)


@pytest.mark.parametrize("text", [
    "Il centro benessere con la spa ha riaperto a Sana'a e a Petra.",
    "The MENA region and the spa industry grew this year.",
])
def test_acronyms_that_are_words_name_no_agency(text: str) -> None:
    assert registry().named_all(text) == []
