"""Outlets that relay governments' accounts, known by their host or their dateline credit:
an item of theirs is theirs, news, not 'unknown' (the compilations of held-out 24 and 23
came from DirettaNews, La Voce di New York, List, Sputnik Kazakhstan, The Telegraph of
Kolkata on its mirror host, TheJournal.ie). Sputnik's country editions report their own
country's leaders: no side; its bare name is also a vaccine's, so only its dateline credit
names it. Texts written
for this project."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.sources import registry


@pytest.mark.parametrize(("url", "source"), [
    ("https://www.direttanews.it/2014/02/15/x/", "direttanews"),
    ("https://lavocedinewyork.com/news/2024/11/28/x/", "lavocedinewyork"),
    ("https://newslist.it/node/1", "newslist"),
    ("https://ru.sputnik.kz/20180417/x.html", "sputnik"),
    ("https://obeta.ttef.in/world/x/cid/1", "telegraph-india"),
    ("https://www.thejournal.ie/x-1/", "thejournal"),
])
def test_a_relaying_outlets_host_is_that_outlet(url: str, source: str) -> None:
    found = registry().from_url(url)
    assert found is not None and found.id == source


def test_sputniks_dateline_credit_names_it_its_vaccine_does_not() -> None:
    text = ("АСТАНА, 17 апр — Sputnik. Президент Казахстана провел телефонный разговор с "
            "президентом России.\n")
    (item,) = split_accounts(text, {}, "ru")
    assert (item.source, item.side, item.kind) == ("sputnik", None, "news")
    vaccine = "Президенты обсудили поставки вакцины Sputnik V и торговлю.\n"
    assert [a.source for a in split_accounts(vaccine, {}, "ru")] == ["unknown"]
