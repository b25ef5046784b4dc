"""Web app through the ASGI test client: every page and API route, bad input, security."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import copy_db
from fastapi import FastAPI
from starlette.testclient import TestClient
from store_writers import fresh_postgres
from test_store import (
    CALL,
    COUNTRIES,
    KAZAN,
    TRUMP_CALL,
    _document,
    _readout,
    sample_analysis,
)

from readouts.model import Analysis, Comparison, Discrepancy, Event, Figure, Period
from readouts.schema import validate
from readouts.store import Store, relink
from readouts.web.app import create_app
from readouts.web.context import PAGE_SIZE
from readouts.web.pages import fact_value, source_chips
from readouts.web.views import contact_view

LOCAL = ("127.0.0.1", 50000)
BASE = "http://127.0.0.1:8000"
XSS = "<script>alert('xss')</script>"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample analysis stored once (migrated, linked, with the page's fixed comparison);
    every test's app opens a copy of it."""
    path = tmp_path_factory.mktemp("web") / "sample.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(relink, "country_of", COUNTRIES.get)
        store = Store(f"sqlite:///{path}")
        sample = sample_analysis()
        store.save(sample)
        store.save_comparisons(sample.comparisons)
        store.close()
    return path


def _app(sample_db: Path, tmp_path: Path, token: str | None = None,
         **kwargs: object) -> FastAPI:
    return create_app(copy_db(sample_db, tmp_path / "web.db"), token=token, **kwargs)


@pytest.fixture(autouse=True)
def _countries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)


@pytest.fixture
def client(sample_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(_app(sample_db, tmp_path), client=LOCAL, base_url=BASE) as c:
        yield c


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# ---- pages

def test_contacts_list_newest_first_with_counts(client: TestClient) -> None:
    page = client.get("/contacts")
    assert page.status_code == 200
    ids = re.findall(r'href="/contacts/([^"#]+)"', page.text)
    assert ids == [CALL, TRUMP_CALL, KAZAN]
    assert '<strong id="total">3</strong>' in page.text
    assert "xinhua" in page.text and 'class="src mentioned"' in page.text
    assert client.get("/", follow_redirects=False).headers["location"] == "/contacts"


def test_contacts_list_marks_compared_contacts_and_counts_accounts(client: TestClient) -> None:
    rows = re.findall(r'<tr class="status-[a-z]+">(.*?)</tr>', client.get("/contacts").text,
                      re.S)
    call, trump, kazan = rows
    assert "CHN ⇄ RUS" in call and "ansa" in call  # media accounts are listed, not a side
    assert "⇄" not in trump and "⇄" not in kazan
    assert 'class="src mentioned" title="1 account mentioning it in passing">ansa' in kazan
    chips = source_chips([("kremlin", "RUS", "mentioned"), ("kremlin", "RUS", "reported"),
                          ("xinhua", "CHN", "reported"), ("kremlin", "RUS", "reported")])
    assert [(c.source, c.relation, c.count) for c in chips] == [
        ("kremlin", "reported", 2), ("xinhua", "reported", 1), ("kremlin", "mentioned", 1)]


@pytest.mark.parametrize(("query", "expected"), [
    ("a=CHN&b=USA", [TRUMP_CALL]),
    ("a=rus&b=chn", [CALL, KAZAN]),
    ("person=donald-trump", [TRUMP_CALL]),
    ("type=meeting", [KAZAN]),
    ("since=2025-01-18", [CALL]),
    ("until=2024", [KAZAN]),
    ("source=kremlin", [CALL]),
    ("since=yesterday&type=bogus&a=CHINA", [CALL, TRUMP_CALL, KAZAN]),  # bad values dropped
    ("person=Путин", [CALL, KAZAN]),  # names in any of the four languages
    ("person=习近平&type=phone_call", [TRUMP_CALL]),
    ("person=donald trump", [TRUMP_CALL]),
    ("person=Presidente Putin", [CALL, KAZAN]),
    ("compared=1", [CALL]),  # Chinese and Russian accounts; Trump's call has the US one only
    ("compared=1&person=donald-trump", []),
])
def test_contacts_filters(client: TestClient, query: str, expected: list[str]) -> None:
    page = client.get(f"/contacts?{query}")
    assert page.status_code == 200
    assert re.findall(r'href="/contacts/([^"#]+)"', page.text) == expected


def test_contacts_paginate(sample_db: Path, tmp_path: Path) -> None:
    app = _app(sample_db, tmp_path)
    docs, events = [], []
    for n in range(PAGE_SIZE + 5):
        day = (date(2023, 1, 1) + timedelta(days=3 * n)).isoformat()  # apart: no merging
        r = _readout(f"dm{n:03d}-r1", "china-mfa", "CHN", "readout", "zh", "王毅同外长通电话",
                     [(f"{day}，王毅同外长通电话。", None, [])], f"{day}_wang-yi")
        docs.append(_document(f"dm{n:03d}", "zh", [r], day))
        events.append(Event(id=f"{day}_wang-yi", type="phone_call", participants=["wang-yi"],
                            date=day, date_precision="day", reported_by=[r.id]))
    app.state.store.save(Analysis(documents=docs, events=events))
    with TestClient(app, client=LOCAL) as c:
        first = c.get("/contacts?person=wang-yi")
        assert len(re.findall(r'href="/contacts/2023', first.text)) == PAGE_SIZE
        assert "page 1 of 2" in first.text and 'rel="next"' in first.text
        second = c.get("/contacts?person=wang-yi&page=2")
        assert len(re.findall(r'href="/contacts/2023', second.text)) == 5
        assert c.get("/contacts?page=0").status_code == 422
        bad = c.get("/documents?page=abc")  # a page answers a page, the API JSON
        assert bad.status_code == 422 and 'role="alert">page:' in bad.text
        assert c.get("/api/documents?limit=x").json()["detail"][0]["loc"] == ["query", "limit"]
        # documents page too: PAGE_SIZE + 5 added to the 4 sample documents, newest first
        docs = c.get("/documents?page=2").text
        assert docs.count('class="delete"') == 9 and "page 2 of 2" in docs
        assert re.findall(r'<td class="date">([^<]+)', docs)[-1] == "2023-01-01"
        api = c.get("/api/documents", params={"limit": 2, "offset": 3}).json()
        assert api["total"] == PAGE_SIZE + 9
        assert [d["id"] for d in api["documents"]] == ["den000000001", f"dm{PAGE_SIZE + 4:03d}"]
        assert c.get("/api/documents", params={"limit": 0}).status_code == 422


def test_contact_page_sides_aligned_and_one_sided(client: TestClient) -> None:
    page = client.get(f"/contacts/{CALL}")
    assert page.status_code == 200
    html = page.text
    # the aligned pair shares a row; the Taiwan and Ukraine sentences are one-sided
    row = re.search(r'<div class="row aligned">(.*?)</div>\s*</div>\s*<div class="row',
                    html, re.S).group(1)
    assert "s-dzh000000001-r1-1" in row and "s-dru000000001-r1-1" in row
    assert re.search(r'id="s-dzh000000001-r1-3" class="sent one-sided" lang="zh">'
                     r"习近平强调，台湾问题", html)
    assert 'id="s-dru000000001-r1-3" class="sent one-sided" lang="ru"' in html
    assert 'class="chip only" title="only CHN">taiwan' in html
    assert 'class="chip shared">trade' in html
    text = _text(html)
    assert "trade volume stated differently" in text  # discrepancies panel
    assert "Speakers: Xi Jinping" in text and "friendly" in text
    assert "<h3>Also reported by (not a side)</h3>" in html  # the Italian agency's column
    # facts come with their evidence sentence
    assert re.search(r"<th>type</th><td>video call</td>\s*<td class=\"evidence\"><q>"
                     r"Владимир Путин провёл переговоры", html)
    assert "中文" in text and "русский" in text and "italiano" in text  # languages, natively
    assert "2450亿美元" in text and "245B USD" in text  # figures


def test_contact_page_links_evidence_and_mentioned_contacts(client: TestClient) -> None:
    html = client.get(f"/contacts/{CALL}").text
    # the date's evidence is the Chinese first sentence: linked to it, with its account
    assert re.search(r'<q>1月21日下午.*?</q> <a class="source-link" href="#s-dzh000000001-r1-0">'
                     r"xinhua \(CHN, zh\)</a>", html)
    # the Italian account recalls the Kazan meeting; that page names who referred to it
    mentions = re.search(r'<section class="mentions".*?</section>', html, re.S).group(0)
    assert f'href="/contacts/{KAZAN}"' in mentions and "Kazan" in mentions
    kazan = client.get(f"/contacts/{KAZAN}").text
    assert re.search(r'Referred to in passing by <a href="/readouts/dit000000001-r1">ansa, '
                     r"2025-01-22</a>", kazan)
    assert 'class="mentions"' not in client.get(f"/contacts/{TRUMP_CALL}").text


def test_counterpart_links_name_the_account_when_a_side_has_several() -> None:
    analysis = sample_analysis()
    zh, ru = analysis.documents[0].readouts[0], analysis.documents[1].readouts[0]
    briefing = _readout("dru000000002-r1", "kremlin", "RUS", "briefing", "ru", "Брифинг", [
        ("Юрий Ушаков рассказал о переговорах.", "yuri-ushakov", []),
    ], CALL)
    comparison = Comparison(event=CALL, sides={"CHN": [zh.id], "RUS": [ru.id, briefing.id]},
                            aligned=[{"a": [zh.id, 1], "b": [ru.id, 1], "score": 0.8},
                                     {"a": [zh.id, 3], "b": [ru.id, 1], "score": 0.6}])
    view = contact_view(analysis.events[0], [zh, ru, briefing], comparison)
    taiwan = next(c for row in view.rows for c in row.cells.get("CHN", [])
                  if c.sentence.i == 3)
    assert taiwan.elsewhere == [("s-dru000000001-r1-1", "RUS kremlin readout, sentence 2")]


def test_evidence_in_a_mentioning_account_links_to_that_account(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}")
    analysis = sample_analysis()
    kazan = next(e for e in analysis.events if e.id == KAZAN)
    kazan.evidence = {"location": "si erano incontrati a Kazan in ottobre"}
    app.state.store.save(analysis)
    with TestClient(app, client=LOCAL) as c:
        html = c.get(f"/contacts/{KAZAN}").text
    assert re.search(r'<th>location</th><td>Kazan</td>\s*<td class="evidence"><q>si erano '
                     r'incontrati a Kazan in ottobre</q> <a class="source-link" '
                     r'href="/readouts/dit000000001-r1#s-dit000000001-r1-1">ansa \(—, it\)</a>',
                     html)


def test_one_sentence_matching_two_links_across_rows(sample_db: Path, tmp_path: Path) -> None:
    """A Russian sentence that sums up two Chinese ones shares a row with the first; the
    second Chinese sentence links to it instead of standing alone, green and unexplained."""
    app = _app(sample_db, tmp_path)
    analysis = sample_analysis()
    comparison = analysis.comparisons[0]
    comparison.aligned.append({"a": ["dzh000000001-r1", 3], "b": ["dru000000001-r1", 2],
                               "score": 0.6})
    comparison.unmatched["CHN"] = []
    app.state.store.save_comparisons([comparison])
    with TestClient(app, client=LOCAL) as c:
        html = c.get(f"/contacts/{CALL}").text
    taiwan = re.search(r'<p id="s-dzh000000001-r1-3" class="sent aligned".*?</p>', html, re.S)
    assert taiwan and '<a class="partner" href="#s-dru000000001-r1-2"' in taiwan.group(0)
    assert "≈ RUS sentence 3" in taiwan.group(0)
    same_row = re.search(r'<p id="s-dzh000000001-r1-1" class="sent aligned".*?</p>', html, re.S)
    assert 'class="partner"' not in same_row.group(0)


@pytest.mark.parametrize(("value", "field", "shown"), [
    (["sergei-lavrov", "yury-ushakov"], "attendees", "Sergei Lavrov, Yury Ushakov"),
    ([], "participants", "none"),
    ("video_call", "type", "video call"),
    (120, "duration_minutes", "120 minutes"),
    (None, "date", "not stated"),
    ("2450亿美元", "figures", "2450亿美元"),
])
def test_discrepancy_values_read_as_words(value: object, field: str, shown: str) -> None:
    assert fact_value(value, field) == shown


def test_discrepancy_panel_shows_names_not_ids(sample_db: Path, tmp_path: Path) -> None:
    app = _app(sample_db, tmp_path)
    comparison = sample_analysis().comparisons[0]
    comparison.discrepancies.append(Discrepancy(
        "attendees", {"dzh000000001-r1": ["wang-yi"], "dru000000001-r1": ["yuri-ushakov"]}))
    app.state.store.save_comparisons([comparison])
    with TestClient(app, client=LOCAL) as c:
        panel = _text(re.search(r'<section class="discrepancies".*?</section>',
                                c.get(f"/contacts/{CALL}").text, re.S).group(0))
    assert "xinhua (CHN, zh): Wang Yi" in panel and "kremlin (RUS, ru): Yuri Ushakov" in panel
    assert "['" not in panel


def test_contact_page_without_comparison_degrades(client: TestClient) -> None:
    page = client.get(f"/contacts/{TRUMP_CALL}")
    assert page.status_code == 200
    assert "No comparison stored for this contact" in page.text
    assert 'id="s-den000000001-r1-2" class="sent plain"' in page.text
    # one side's account alone: its topics are listed, none is called one-sided
    topics = re.search(r'<section class="topics".*?</section>', page.text, re.S).group(0)
    assert '<span class="chip">trade</span>' in topics and "only USA" not in topics
    mentioned_only = client.get(f"/contacts/{KAZAN}")
    assert mentioned_only.status_code == 200 and "Kazan" in mentioned_only.text
    assert 'id="no-accounts"' in mentioned_only.text
    assert "Accounts side by side" not in mentioned_only.text


def test_timeline_shows_gaps_and_links(client: TestClient) -> None:
    page = client.get("/timeline?a=CHN&b=RUS")
    assert page.status_code == 200
    svg = re.search(r'<svg class="chart timeline".*?</svg>', page.text, re.S).group(0)
    assert f'href="/contacts/{CALL}"' in svg and f'href="/contacts/{KAZAN}"' in svg
    assert TRUMP_CALL not in svg
    page = client.get("/timeline?person=xi-jinping")
    assert page.text.count('class="dot"') == 3
    assert "2024" in page.text and "2025" in page.text
    # Kazan is known only from the Italian account's passing mention: drawn hollow
    kazan = re.search(rf'<a href="/contacts/{KAZAN}" class="dot"><circle class="([^"]+)"',
                      page.text).group(1)
    call = re.search(rf'<a href="/contacts/{CALL}" class="dot"><circle class="([^"]+)"',
                     page.text).group(1)
    assert "mentioned" in kazan.split() and "mentioned" not in call.split()
    # each year lists its contacts, keeping the timeline's filter
    year = re.search(r'<a href="([^"]+)" class="year"><text class="year"[^>]*>2024<',
                     page.text).group(1)
    listed = client.get(year.replace("&amp;", "&")).text
    assert re.findall(r'href="/contacts/([^"#]+)"', listed) == [KAZAN]


def test_timeline_gap_years_are_shaded(sample_db: Path, tmp_path: Path) -> None:
    app = _app(sample_db, tmp_path)
    r = _readout("dold-r1", "kremlin", "RUS", "readout", "ru", "Телефонный разговор",
                 [("Состоялся телефонный разговор Владимира Путина с Си Цзиньпином.", None, [])],
                 "2019-06-01_vladimir-putin_xi-jinping")
    app.state.store.save(Analysis(documents=[_document("dold", "ru", [r], "2019-06-01")], events=[
        Event(id="2019-06-01_vladimir-putin_xi-jinping", type="phone_call",
              participants=["vladimir-putin", "xi-jinping"], date="2019-06-01",
              date_precision="day", reported_by=[r.id])]))
    with TestClient(app, client=LOCAL) as c:
        page = c.get("/timeline?person=vladimir-putin").text
    # the four empty years are one narrow shaded band: the width goes to years with contacts
    gaps = re.findall(r'<rect class="gap"[^>]*width="([\d.]+)"[^>]*><title>([^<]+): no contacts',
                      page)
    assert [g[1] for g in gaps] == ["2020–2023"]
    years = [float(x) for x in re.findall(r'<line class="grid" x1="([\d.]+)"', page)]
    assert float(gaps[0][0]) < (years[1] - years[0]) / 2  # narrower than half of 2019


def conflicting_trade() -> Analysis:
    """A news account whose 2024 trade figure contradicts both governments' figures."""
    r = _readout("dtass0000001-r1", "tass", None, "news", "en", "Trade with China", [
        ("Trade between Russia and China came to $228 billion in 2024, customs data show.",
         None, ["trade"]),
    ], None)
    r.figures = [Figure("$228 billion", 228e9, "USD", "exact", Period("2024", "2024"),
                        "trade", 0)]
    return Analysis(documents=[_document("dtass0000001", "en", [r], "2025-01-25")])


def test_figures_page_links_points_and_flags_conflict(client: TestClient) -> None:
    page = client.get("/figures?about=trade")
    assert page.status_code == 200
    assert f'href="/contacts/{CALL}#s-dzh000000001-r1-2"' in page.text
    assert f'href="/contacts/{CALL}#s-dru000000001-r1-2"' in page.text
    assert "Товарооборот" in page.text
    # 245 billion and "more than 240 billion" for 2024 agree
    assert 'class="point conflict"' not in page.text and "<tr class=\"conflict\">" not in page.text
    client.app.state.store.save(conflicting_trade())
    page = client.get("/figures?about=trade")
    assert page.text.count('class="point conflict"') == 3
    assert page.text.count('<tr class="conflict">') == 3
    assert 'href="/readouts/dtass0000001-r1#s-dtass0000001-r1-0"' in page.text  # no contact
    empty = client.get("/figures?about=doses")
    assert empty.status_code == 200 and "No figures stored" in empty.text


def us_china_trade() -> Analysis:
    """A US account of the Trump–Xi call citing US–China trade for 2024, with a target and a
    second, different figure for the same year in the same account (goods and services)."""
    r = _readout("den000000002-r1", "whitehouse", "USA", "readout", "en", "Trade with China", [
        ("Trade between the United States and China reached $582 billion in 2024.", None,
         ["trade"]),
        ("Goods trade alone came to $530 billion in 2024.", None, ["trade"]),
        ("The leaders aim to lift two-way trade to $700 billion.", None, ["trade"]),
    ], TRUMP_CALL)
    r.figures = [
        Figure("$582 billion", 582e9, "USD", "exact", Period("2024", "2024"), "trade", 0),
        Figure("$530 billion", 530e9, "USD", "exact", Period("2024", "2024"), "trade", 1),
        Figure("$700 billion", 700e9, "USD", "exact", None, "trade", 2),
    ]
    return Analysis(documents=[_document("den000000002", "en", [r], "2025-01-17")])


def test_figures_of_one_pair_of_countries(client: TestClient) -> None:
    client.app.state.store.save(us_china_trade())
    everything = client.get("/figures?about=trade").text
    assert "$582 billion" in everything and "Товарооборот" in everything
    # without a pair filter, 582B and 530B contradict 245B (not "more than 240B")
    assert everything.count('<tr class="conflict">') == 3
    pair = client.get("/figures", params={"about": "trade", "a": "CHN", "b": "RUS"}).text
    assert "Товарооборот" in pair and "582 billion" not in pair
    assert 'class="point conflict"' not in pair and "CHN–RUS contacts" in pair
    us = client.get("/figures", params={"about": "trade", "a": "usa"}).text
    assert "582 billion" in us and "2450亿美元" not in us
    # one account's two figures for 2024 do not contradict each other; the target has no
    # period, so it contradicts nothing
    assert 'class="point conflict"' not in us and "700 billion" in us
    api = client.get("/api/figures", params={"about": "trade", "person": "vladimir-putin"})
    assert [f["source"] for f in api.json()["figures"]] == ["xinhua", "kremlin"]
    assert client.get("/api/figures", params={"a": "CHINA"}).status_code == 422


def test_bound_claims_are_drawn_as_arrows(client: TestClient) -> None:
    svg = re.search(r'<svg class="chart figures".*?</svg>',
                    client.get("/figures?about=trade").text, re.S).group(0)
    assert svg.count('class="bound more_than"') == 1  # "превысил 240 миллиардов"
    assert svg.count("<circle class=\"point") == 2


def test_search_page_highlights(client: TestClient) -> None:
    page = client.get("/search", params={"q": "贸易"})
    assert page.status_code == 200
    assert "<mark>贸易</mark>" in page.text
    assert f'href="/contacts/{CALL}#s-dzh000000001-r1-2"' in page.text
    assert client.get("/search", params={"q": "nulla di simile"}).text.count("<li>") == 0
    assert client.get("/search").status_code == 200


@pytest.mark.parametrize(("query", "expected"), [
    ({"topic": "trade"}, ["dzh000000001-r1", "dru000000001-r1", "den000000001-r1"]),
    ({"topic": "trade", "side": "rus"}, ["dru000000001-r1"]),
    ({"topic": "taiwan", "lang": "zh"}, ["dzh000000001-r1"]),
    ({"topic": "taiwan", "lang": "ru"}, []),
    ({"q": "Xi", "lang": "it"}, ["dit000000001-r1"]),
    ({"q": "Xi", "source": "whitehouse"}, ["den000000001-r1"]),
    ({"q": "贸易", "topic": "energy"}, ["dzh000000001-r1"]),
    ({"topic": "%"}, []),  # no wildcard: a topic id is matched as written
])
def test_search_by_topic_language_side_source(client: TestClient, query: dict,
                                              expected: list[str]) -> None:
    hits = client.get("/api/search", params=query).json()["hits"]
    assert [h["readout_id"] for h in hits] == expected
    page = client.get("/search", params=query).text
    assert f'<strong id="hit-count">{len(expected)}</strong>' in page


def test_search_on_postgresql() -> None:
    """PostgreSQL full text, with Chinese words (one token a sentence long to its parser)
    found by a scan, and the same filters as on SQLite."""
    app = create_app(fresh_postgres())
    app.state.store.save(sample_analysis())
    with TestClient(app, client=LOCAL) as c:
        def ids(**query: str) -> list[str]:
            return [h["readout_id"] for h in c.get("/api/search", params=query).json()["hits"]]

        # A quoted word is searched as typed; unquoted, a topic word is searched in every
        # language, in the same order as on SQLite.
        assert ids(q='"товарооборот"') == ["dru000000001-r1"]
        assert ids(q="товарооборот") == ["dru000000001-r1", "den000000001-r1",
                                         "dzh000000001-r1"]
        hits = c.get("/api/search", params={"q": "台湾问题"}).json()["hits"]
        assert [h["readout_id"] for h in hits] == ["dzh000000001-r1"]
        assert "<mark>台湾问题</mark>" in hits[0]["highlighted"]
        assert ids(q="Xi", lang="it") == ["dit000000001-r1"]
        assert ids(topic="trade", side="RUS") == ["dru000000001-r1"]
        assert "<mark>Товарооборот</mark>" in c.get("/search", params={"q": "товарооборот"}).text
    app.state.store.close()


def test_search_needs_words_or_a_topic(client: TestClient) -> None:
    assert client.get("/api/search", params={"lang": "zh"}).status_code == 422
    assert client.get("/api/search", params={"q": "Xi", "lang": "chinese"}).status_code == 422
    assert 'id="hit-count"' not in client.get("/search", params={"side": "CHN"}).text
    one = client.get("/api/search", params={"topic": "trade", "limit": 1, "offset": 1}).json()
    assert [h["readout_id"] for h in one["hits"]] == ["dru000000001-r1"]


def test_readout_and_documents_pages(client: TestClient) -> None:
    page = client.get("/readouts/dit000000001-r1")
    assert page.status_code == 200 and 'lang="it"' in page.text and "Kazan" in page.text
    ru = client.get("/readouts/dru000000001-r1").text
    figures = _text(re.search(r'<table class="list" id="readout-figures">.*?</table>', ru,
                              re.S).group(0))
    assert "240 миллиардов долларов more than 240B USD trade 2024 Vladimir Putin" in figures
    assert '<a class="chip" href="/contacts?person=vladimir-putin">Vladimir Putin</a>' in ru
    docs = client.get("/documents")
    assert docs.status_code == 200 and docs.text.count('class="delete"') == 4
    assert client.get("/add").status_code == 200


@pytest.mark.parametrize("path", ["/contacts/no-such-contact", "/readouts/no-such-account",
                                  "/api/events/no-such-contact",
                                  f"/api/events/{TRUMP_CALL}/comparison",
                                  "/api/readouts/no-such-account"])
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    if path.startswith("/api/"):
        assert response.json()["detail"].startswith("no ")


# ---- API

def test_api_events_filters_and_paging(client: TestClient) -> None:
    data = client.get("/api/events").json()
    assert data["total"] == 3 and [e["id"] for e in data["events"]] == [CALL, TRUMP_CALL, KAZAN]
    data = client.get("/api/events", params={"a": "CHN", "b": "RUS", "limit": 1}).json()
    assert data["total"] == 2 and [e["id"] for e in data["events"]] == [CALL]
    data = client.get("/api/events", params={"person": "xi-jinping", "offset": 2}).json()
    assert [e["id"] for e in data["events"]] == [KAZAN]
    assert client.get("/api/events", params={"source": "whitehouse"}).json()["total"] == 1
    by_name = client.get("/api/events", params={"person": "Си Цзиньпин"}).json()
    assert by_name["total"] == 3
    compared = client.get("/api/events", params={"compared": "true"}).json()
    assert compared["total"] == 1 and [e["id"] for e in compared["events"]] == [CALL]


def test_api_timeline_counts_years_with_gaps(sample_db: Path, tmp_path: Path) -> None:
    app = _app(sample_db, tmp_path)
    r = _readout("dold-r1", "kremlin", "RUS", "readout", "ru", "Телефонный разговор",
                 [("Состоялся телефонный разговор Владимира Путина с Си Цзиньпином.", None, [])],
                 "2022-06-15_vladimir-putin_xi-jinping")
    app.state.store.save(Analysis(documents=[_document("dold", "ru", [r], "2022-06-15")], events=[
        Event(id="2022-06-15_vladimir-putin_xi-jinping", type="phone_call",
              participants=["vladimir-putin", "xi-jinping"], date="2022-06-15",
              date_precision="day", reported_by=[r.id])]))
    with TestClient(app, client=LOCAL) as c:
        data = c.get("/api/timeline", params={"a": "CHN", "b": "RUS"}).json()
        assert [(y["year"], y["total"]) for y in data["years"]] == [
            (2022, 1), (2023, 0), (2024, 1), (2025, 1)]
        assert data["years"][-1]["by_type"] == {"video_call": 1}
        assert data["years"][2]["events"] == [KAZAN] and data["undated"] == 0
        assert c.get("/api/timeline", params={"person": "nobody-at-all"}).json() == {
            "years": [], "undated": 0}
        assert c.get("/api/timeline", params={"a": "CHINA"}).status_code == 422


@pytest.mark.parametrize("query", ["since=yesterday", "until=2025-1", "limit=0", "limit=5000",
                                   "offset=-1", "a=CHINA"])
def test_api_events_refuses_bad_parameters(client: TestClient, query: str) -> None:
    assert client.get(f"/api/events?{query}").status_code == 422


def test_api_event_is_valid_readouts_1(client: TestClient) -> None:
    data = client.get(f"/api/events/{CALL}").json()
    assert validate(data) == []
    assert data["schema"] == "readouts/1"
    assert [e["id"] for e in data["events"]] == [CALL]
    assert len(data["comparisons"]) == 1
    comparison = client.get(f"/api/events/{CALL}/comparison").json()
    assert comparison["unmatched"]["CHN"] == [["dzh000000001-r1", 3]]
    readout = client.get("/api/readouts/dru000000001-r1").json()
    assert readout["document"] == "dru000000001" and readout["figures"][0]["value"] == 240e9


def test_api_search_figures_facets_documents(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": '"Товарооборот"'}).json()["hits"]
    assert len(hits) == 1 and "<mark>Товарооборот</mark>" in hits[0]["highlighted"]
    across = client.get("/api/search", params={"q": "Товарооборот"}).json()["hits"]
    assert {"ru", "zh"} <= {hit["language"] for hit in across}  # its topic, every language
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": "x" * 501}).status_code == 422
    figures = client.get("/api/figures", params={"about": "trade"}).json()["figures"]
    assert [f["source"] for f in figures] == ["xinhua", "kremlin"]
    facets = client.get("/api/facets").json()
    assert {"value": "CHN", "count": 3} in facets["countries"]
    documents = client.get("/api/documents").json()["documents"]
    assert len(documents) == 4 and "text" not in documents[0]["readouts"][0]


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/events/{event_id}/comparison",
            "/api/search", "/api/figures", "/api/documents", "/api/timeline",
            "/api/documents/{doc_id}"} <= set(spec["paths"])
    assert "delete" in spec["paths"]["/api/documents/{doc_id}"]

    def params(path: str) -> set[str]:
        return {p["name"] for p in spec["paths"][path]["get"]["parameters"]}

    assert {"person", "a", "b", "type", "since", "until", "source", "compared", "limit",
            "offset"} <= params("/api/events")
    assert {"q", "topic", "lang", "side", "source", "limit", "offset"} <= params("/api/search")
    assert {"about", "unit", "person", "a", "b"} <= params("/api/figures")
    assert {"limit", "offset"} <= params("/api/documents")
    docs = client.get("/docs")  # Swagger UI from the installed package, nothing from a CDN
    assert docs.status_code == 200 and "/docs/assets/swagger-ui-bundle.js" in docs.text
    assert not re.search(r'(src|href)="https?://', docs.text)
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs/openapi.json").json()["paths"] == spec["paths"]


# ---- writes and security

def test_writes_need_the_token(sample_db: Path, tmp_path: Path) -> None:
    with TestClient(_app(sample_db, tmp_path, token="s3cret"), client=("203.0.113.7", 1)) as c:
        missing = c.post("/api/documents", data={"text": "Testo"})
        assert missing.status_code == 401 and "token" in missing.json()["detail"]
        assert c.post("/api/documents", data={"text": "Testo"},
                      headers={"Authorization": "Bearer nope"}).status_code == 403
        assert c.delete("/api/documents/dzh000000001").status_code == 401
        assert c.post("/add", data={"text": "Testo", "token": "nope"}).status_code == 403
        assert c.post("/documents/dzh000000001/delete").status_code == 401
        assert c.delete("/api/documents/missing",
                        headers={"X-Readouts-Token": "s3cret"}).status_code == 404
        assert c.delete("/api/documents/den000000001",
                        headers={"Authorization": "Bearer s3cret"}).status_code == 204
        assert c.get(f"/api/events/{TRUMP_CALL}").status_code == 404
        gone = c.post("/documents/dzh000000001/delete", data={"token": "s3cret"},
                      follow_redirects=False)
        assert gone.status_code == 303 and gone.headers["location"] == "/documents"
        assert "token" in c.get("/add").text


def test_without_token_only_loopback_may_write(sample_db: Path, tmp_path: Path) -> None:
    app = _app(sample_db, tmp_path)
    with TestClient(app, client=("198.51.100.4", 1)) as remote:
        refused = remote.delete("/api/documents/dzh000000001")
        assert refused.status_code == 403 and "READOUTS_TOKEN" in refused.json()["detail"]
    with TestClient(app, client=LOCAL, base_url="http://rebound.example.com") as rebound:
        refused = rebound.delete("/api/documents/dzh000000001")
        assert refused.status_code == 403 and "localhost" in refused.json()["detail"]
    with TestClient(app, client=LOCAL, base_url="http://localhost:8000") as local:
        assert local.delete("/api/documents/dzh000000001").status_code == 204


def test_cross_site_form_posts_are_refused(client: TestClient) -> None:
    response = client.post("/documents/dru000000001/delete",
                           headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert client.get("/api/events/" + CALL).status_code == 200


def test_origin_must_match_scheme_host_and_port(client: TestClient) -> None:
    for origin in ("https://127.0.0.1:8000", "http://127.0.0.1:8001", "http://127.0.0.2:8000",
                   "http://127.0.0.1:notaport"):
        response = client.post("/documents/dru000000001/delete", headers={"Origin": origin})
        assert response.status_code == 403, origin
    assert client.get("/api/events/" + CALL).status_code == 200
    same = client.post("/documents/dru000000001/delete", headers={"Origin": BASE},
                       follow_redirects=False)
    assert same.status_code == 303


def test_every_response_forbids_framing_sniffing_and_foreign_scripts(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}", max_upload_bytes=1000)
    with TestClient(app, client=LOCAL, base_url=BASE) as c:
        responses = [c.get(path) for path in ("/contacts", "/add", "/documents", "/timeline",
                                              "/search?q=x", "/api/events", "/static/style.css",
                                              "/static/app.js", "/contacts/nothing-here",
                                              "/api/openapi.json")]
        responses.append(c.post("/api/documents", files={"files": ("a.txt", b"a" * 2000)}))
        responses.append(c.post("/add", data={"text": ""}))
    for response in responses:
        headers = response.headers
        csp = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, response.url
        assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
    assert {r.status_code for r in responses} >= {200, 400, 404, 413}


def test_default_upload_cap_is_what_analyses_in_thirty_seconds(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}")
    with TestClient(app, client=LOCAL, base_url=BASE) as c:
        big = c.post("/api/documents", files={"files": ("big.bin", b"\x00\xff" * 1_300_000)})
        assert big.status_code == 413


def test_huge_upload_is_refused(sample_db: Path, tmp_path: Path) -> None:
    with TestClient(_app(sample_db, tmp_path, max_upload_bytes=10_000), client=LOCAL,
                    base_url=BASE) as c:
        big = c.post("/api/documents", files={"files": ("big.txt", b"a" * 20_000)})
        assert big.status_code == 413

        def chunked() -> Iterator[bytes]:
            for _ in range(30):
                yield b"x" * 1000

        streamed = c.post("/api/documents", content=chunked(),
                          headers={"Content-Type": "application/octet-stream"})
        assert streamed.status_code == 413


def test_empty_submission_is_a_400(client: TestClient) -> None:
    response = client.post("/api/documents", data={"text": "   "})
    assert response.status_code == 400 and "nothing to add" in response.json()["detail"]
    page = client.post("/add", data={"text": ""})
    assert page.status_code == 400 and "nothing to add" in page.text


def test_private_url_is_refused(client: TestClient) -> None:
    response = client.post("/api/documents", data={"url": "http://127.0.0.1:9/readout"})
    assert response.status_code == 400
    assert "private or loopback" in response.json()["detail"]
    page = client.post("/add", data={"url": "http://10.0.0.8/x"})
    assert page.status_code == 400 and "private or loopback" in page.text
    bad = client.post("/api/documents", data={"url": "file:///etc/passwd"})
    assert bad.status_code == 400 and "only http and https" in bad.json()["detail"]


def test_binary_upload_is_a_400(client: TestClient) -> None:
    blob = bytes(range(256)) * 40
    response = client.post("/api/documents", files={"files": ("photo.jpg", blob, "image/jpeg")})
    assert response.status_code == 400
    assert "binary" in response.json()["detail"]


def test_upload_analyses_and_stores(client: TestClient) -> None:
    text = ("Il 3 marzo 2025 il presidente Xi Jinping ha avuto un colloquio telefonico con il "
            "presidente russo Vladimir Putin. I due leader hanno discusso di commercio e di "
            "energia. Xi ha detto che le relazioni tra Cina e Russia sono solide.")
    response = client.post("/api/documents", data={"text": text, "published": "2025-03-03"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["summary"]["documents_added"] == 1
    assert validate(body["analysis"]) == []
    doc_id = body["analysis"]["documents"][0]["id"]
    assert any(d["id"] == doc_id for d in client.get("/api/documents").json()["documents"])
    again = client.post("/add", files={"files": ("colloquio.txt", text.encode())},
                        data={"published": "2025-03-03"})
    assert again.status_code == 200
    assert "What was found" in again.text and "1 already stored" in _text(again.text)
    found = _text(re.search(r'<table class="list" id="found-events">.*?</table>', again.text,
                            re.S).group(0))
    assert "2025-03-03" in found and "phone call" in found and "Vladimir Putin" in found
    assert '<span class="chip topic">energy</span>' in again.text  # topics per account


# ---- escaping

def _xss_analysis() -> Analysis:
    r = _readout("dxss00000001-r1", "unknown", None, "news", "en", f"Title {XSS}", [
        (f"The leaders met {XSS} in Geneva.", f"evil{XSS}", [f"topic{XSS}"]),
    ], "2025-02-02_donald-trump_vladimir-putin")
    doc = _document("dxss00000001", "en", [r], "2025-02-02", origin=f"https://x.example/{XSS}")
    event = Event(id="2025-02-02_donald-trump_vladimir-putin", type="meeting",
                  participants=["donald-trump", "vladimir-putin"], date="2025-02-02",
                  date_precision="day", location=f"Geneva{XSS}", reported_by=[r.id],
                  evidence={"location": f"The leaders met {XSS} in Geneva."})
    return Analysis(documents=[doc], events=[event])


def test_document_text_is_escaped_everywhere(client: TestClient) -> None:
    client.app.state.store.save(_xss_analysis())
    event = "2025-02-02_donald-trump_vladimir-putin"
    for path in ("/contacts", f"/contacts/{event}", "/readouts/dxss00000001-r1", "/documents",
                 "/search?q=Geneva", "/timeline?person=donald-trump",
                 f"/search?q={XSS}", f"/contacts?person={XSS}", f"/search?topic={XSS}",
                 f"/search?q=Geneva&source={XSS}", f"/figures?person={XSS}&about={XSS}",
                 f"/timeline?person={XSS}", f"/contacts?source={XSS}"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "<script>alert" not in page.text, path
    assert "&lt;script&gt;alert" in client.get(f"/contacts/{event}").text
    assert "&lt;script&gt;" in client.get("/search?q=Geneva").text
