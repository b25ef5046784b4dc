# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A leader's office speaking ("“…,” Xi's office declared", "l'ufficio di Xi ha fatto
sapere", "офис Си Цзиньпина сообщил", "习近平办公室称"; leader_office in quoting.yaml) is
his side's text, its publisher unnamed, set beside the other side's account; an office
of no known leader is no side's. Every text here is written for these tests (found on a
real MENAFN item quoting the Chinese readout as "Xi's office")."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Putin briefs Xi

Russian President Vladimir Putin spoke with Chinese leader Xi Jinping by phone on Friday, Chinese media reported.

“The leaders of the two countries highly appreciated the high level of political trust and strategic coordination between them and agreed to jointly push bilateral relations to a higher level,” {office} declared.

Analysts expect the two leaders to meet again later this year.
"""
IT = """\
Putin aggiorna Xi

Il presidente russo Vladimir Putin ha parlato venerdì al telefono con il leader cinese Xi Jinping, secondo i media cinesi.

«I leader dei due Paesi hanno apprezzato l'alto livello di fiducia politica e di coordinamento strategico e hanno concordato di portare insieme le relazioni a un livello più alto», l'ufficio di {office} ha fatto sapere.

Gli analisti si attendono un nuovo incontro entro l'anno.
"""
RU = """\
Путин проинформировал Си Цзиньпина

Президент России Владимир Путин в пятницу провёл телефонный разговор с председателем КНР Си Цзиньпином, сообщили китайские СМИ.

«Лидеры двух стран высоко оценили высокий уровень политического доверия и стратегического взаимодействия и договорились вместе вывести отношения на более высокий уровень», – офис {office} сообщил.

Аналитики ожидают новой встречи лидеров в этом году.
"""
ZH = """\
普京向习近平通报情况

俄罗斯总统普京周五同中国国家主席习近平通电话，中国媒体报道。

“两国元首高度评价中俄高水平政治互信和战略协作，一致同意共同推动两国关系取得更大发展，双方将继续保持密切沟通，筹备好今年的各项高层交往，推动各领域务实合作不断取得新的成果，”{office}办公室称。

分析人士预计两国元首今年晚些时候将再次会面。
"""
TEXTS = {"en": (EN, "Xi's office"), "it": (IT, "Xi"), "ru": (RU, "Си Цзиньпина"), "zh": (ZH, "习近平")}
NOBODY = {"en": "Smith's office", "it": "Rossi", "ru": "Иванова", "zh": "张三"}


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_a_leaders_office_speaking_is_his_sides_text(lang: str) -> None:
    text, office = TEXTS[lang]
    assert _accounts(text.format(office=office), lang) == [
        ("unknown", None, "news"), ("unknown", "CHN", "readout")]


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_an_office_of_no_known_leader_is_no_sides(lang: str) -> None:
    text, _ = TEXTS[lang]
    assert all(side is None for _, side, _ in _accounts(text.format(office=NOBODY[lang]), lang))


# a leader whose side's office is registered: his office is that office ("Macron's office" is
# the Elysee: found on a real Reuters story carried by 7NEWS, and a PA story on
# BreakingNews.ie); an official of another of his side's sources speaks for that one
OFFICES = {"en": ("Macron's office", "elysee", "FRA"), "it": ("Meloni", "palazzo-chigi", "ITA"),
           "ru": ("Зеленского", "president-ua", "UKR"), "zh": ("马克龙", "elysee", "FRA")}


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_a_leaders_office_is_his_sides_registered_office(lang: str) -> None:
    text, _ = TEXTS[lang]
    office, source, side = OFFICES[lang]
    assert _accounts(text.format(office=office), lang) == [
        ("unknown", None, "news"), (source, side, "readout")]


def test_the_office_of_a_president_with_his_own_source_is_that_source() -> None:
    assert _accounts(IT.format(office="Mattarella"), "it") == [
        ("unknown", None, "news"), ("quirinale", "ITA", "readout")]
