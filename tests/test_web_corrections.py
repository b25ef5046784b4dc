"""Corrections, re-analysis and the documents list in the web app, through the ASGI client:
the contact page's form, the API, same-origin protection, messages in the web's words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from test_store import CALL, COUNTRIES, sample_analysis

from readouts.schema import validate
from readouts.store import relink
from readouts.store import store as store_module
from readouts.web.app import create_app, web_message

LOCAL = ("127.0.0.1", 50000)
BASE = "http://127.0.0.1:8000"
FORM = {"field": "duration_minutes", "value": "85", "by": "A. Rossi",
        "why": "the Kremlin's transcript says 85"}


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}")
    analysis = sample_analysis()
    analysis.documents[0].origin = "/home/analyst/private/xinhua-call.html"
    app.state.store.save(analysis)
    with TestClient(app, client=LOCAL, base_url=BASE) as c:
        yield c


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_contact_page_form_corrects_a_fact_and_shows_it(client: TestClient) -> None:
    page = client.get(f"/contacts/{CALL}")
    assert f'action="/contacts/{CALL}/corrections"' in page.text
    done = client.post(f"/contacts/{CALL}/corrections", data=FORM, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("#facts")
    page = _text(client.get(f"/contacts/{CALL}").text)
    assert "85 minutes corrected" in page
    assert "Corrected by A. Rossi" in page and "the analysis said not stated" in page
    event = client.get(f"/api/events/{CALL}").json()
    assert validate(event) == []
    assert event["events"][0]["duration_minutes"] == 85
    assert event["events"][0]["corrected"] == ["duration_minutes"]


def test_speaker_and_measure_need_the_item(client: TestClient) -> None:
    missing = client.post(f"/contacts/{CALL}/corrections",
                          data={**FORM, "field": "speaker", "value": "xi-jinping"})
    assert missing.status_code == 400 and "say which sentence" in missing.text
    done = client.post(f"/contacts/{CALL}/corrections", data={
        **FORM, "field": "speaker", "value": "Путин", "item": "dzh000000001-r1:3"})
    assert done.status_code == 200  # followed to the page
    assert 'class="speaker corrected"' in done.text
    client.post(f"/contacts/{CALL}/corrections", data={
        **FORM, "field": "about", "value": "energy", "item": "dzh000000001-r1:0"})
    figure = client.get("/api/readouts/dzh000000001-r1").json()["figures"][0]
    assert figure["about"] == "energy" and figure["corrected"] == ["about"]
    history = client.get(f"/api/events/{CALL}/corrections").json()["corrections"]
    assert [(c["target"], c["field"], c["item"]) for c in history] == [
        ("sentence", "speaker", "dzh000000001-r1:3"), ("figure", "about", "dzh000000001-r1:0")]


def test_bad_values_are_explained_without_command_line_flags(client: TestClient) -> None:
    for data, needle in (({**FORM, "value": "long"}, "whole number of minutes"),
                         ({**FORM, "field": "initiated_by", "value": "Nobody Atall"},
                          "no such person"),
                         ({**FORM, "field": "colour"}, "use one of type, status")):
        page = client.post(f"/contacts/{CALL}/corrections", data=data)
        assert page.status_code == 400 and needle in page.text
        assert not re.search(r"--[a-z]|readouts actors", page.text), page.text
    assert client.get(f"/api/events/{CALL}").json()["events"][0]["corrected"] == []
    assert web_message("x: refusing a private or loopback address (10.0.0.1); pass "
                       "--allow-private to read it") == \
        "x: refusing a private or loopback address (10.0.0.1) (this server does not read them)"
    assert web_message("--published '2025-13': use YYYY-MM-DD") == \
        "publication date '2025-13': use YYYY-MM-DD"


def test_cross_site_correction_is_refused(client: TestClient) -> None:
    refused = client.post(f"/contacts/{CALL}/corrections", data=FORM,
                          headers={"Origin": "http://evil.example"})
    assert refused.status_code == 403
    api = client.post(f"/api/events/{CALL}/corrections", json=FORM,
                      headers={"Origin": "http://evil.example"})
    assert api.status_code == 403
    assert client.get(f"/api/events/{CALL}").json()["events"][0]["corrected"] == []


def test_api_corrects_and_reanalyses(client: TestClient) -> None:
    made = client.post(f"/api/events/{CALL}/corrections",
                       json={**FORM, "field": "type", "value": "phone_call"})
    assert made.status_code == 201 and made.json()["was"] == "video_call"
    assert client.post(f"/api/events/{CALL}/corrections", json={**FORM, "by": ""}) \
        .status_code == 422
    assert client.post("/api/events/nope/corrections", json=FORM).status_code == 404
    # documents stored without their text (here, built by hand) cannot be analysed again
    again = client.post("/api/documents/reanalyze", json={"documents": ["dzh000000001"]})
    assert again.status_code == 200 and again.json()["missing"] == ["dzh000000001"]
    assert client.post("/api/documents/reanalyze", json={"documents": ["dnope"]}) \
        .status_code == 404
    assert client.get(f"/api/events/{CALL}").json()["events"][0]["type"] == "phone_call"


def test_a_correction_failing_half_way_stores_nothing(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """The correction and the comparison it recomputes are one write: when the second
    fails, the first is not kept, and the contact reads as the machine left it."""
    def broken(conn, event_ids):  # noqa: ANN001, ANN202
        raise RuntimeError("the disk is full")

    with monkeypatch.context() as patched, TestClient(
            client.app, client=LOCAL, base_url=BASE, raise_server_exceptions=False) as failing:
        patched.setattr(store_module, "recompare", broken)
        done = failing.post(f"/api/events/{CALL}/corrections",
                            json={**FORM, "field": "participants", "value": "xi-jinping"})
    assert done.status_code == 500
    assert client.get(f"/api/events/{CALL}/corrections").json() == {"corrections": []}
    event = client.get(f"/api/events/{CALL}").json()["events"][0]
    assert event["corrected"] == [] and len(event["participants"]) == 2
    assert client.get(f"/api/events/{CALL}/comparison").status_code == 200


def test_documents_page_shows_no_server_paths(client: TestClient) -> None:
    page = client.get("/documents").text
    assert "xinhua-call.html" in page and "/home/analyst" not in page
    assert 'action="/documents/dzh000000001/reanalyze"' in page
    assert "/home/analyst" not in client.get("/readouts/dzh000000001-r1").text
    done = client.post("/documents/dzh000000001/reanalyze", follow_redirects=False)
    assert done.headers["location"] == "/documents?reanalyzed=0&missing=1"
    assert "could not be" in client.get(done.headers["location"]).text


def test_filtered_contacts_download_as_tables(client: TestClient) -> None:
    import csv
    import io

    import pyarrow.parquet as pq

    page = client.get("/contacts?a=CHN&b=RUS").text
    assert 'href="/api/export/figures?a=CHN&amp;b=RUS&amp;format=parquet"' in page
    client.post(f"/contacts/{CALL}/corrections", data=FORM)
    got = client.get("/api/export/contacts?a=CHN&b=RUS&format=csv")
    assert got.status_code == 200
    assert got.headers["content-disposition"] == 'attachment; filename="contacts.csv"'
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert {r["id"] for r in rows} == {CALL, "2024-10_vladimir-putin_xi-jinping"}
    call = next(r for r in rows if r["id"] == CALL)
    assert call["duration_minutes"] == "85" and call["cameo_code"] == "041"  # as corrected
    table = pq.read_table(io.BytesIO(client.get("/api/export/figures?a=CHN&b=RUS"
                                                "&format=parquet").content))
    assert table.num_rows == 2 and "about" in table.column_names
    lines = client.get("/api/export/accounts?format=jsonl&person=Дональд Трамп").text
    assert [line.count('"source": "whitehouse"') for line in lines.splitlines()] == [1]
    assert client.get("/api/export/people?format=csv").status_code == 404
    assert client.get("/api/export/contacts?format=xlsx").status_code == 422


def test_figures_page_groups_pairs_and_lists_targets_apart(client: TestClient) -> None:
    from dataclasses import replace

    from readouts.store.figures import FigureRow
    from readouts.web.pages import figures_chart

    page = client.get("/figures?about=trade&a=CHN&b=RUS").text
    assert 'href="/figures?about=trade&amp;a=CHN&amp;b=RUS"' in page
    assert re.search(r"CHN–RUS · trade \(2\)", _text(page))
    actual = FigureRow("dzh000000001-r1", "2450亿美元", 245e9, "USD", "exact", "2024", "2024",
                       "trade", 2, "去年两国贸易额达到2450亿美元。", "xi-jinping", "xinhua",
                       "CHN", "zh", "dzh000000001", "2025-01-21", CALL)
    goal = replace(actual, text="3000亿美元", value=300e9, period_start="2030",
                   period_end="2030", target=True)
    unit, chart, table, targets = figures_chart([actual, goal], None)
    assert unit == "USD" and [r for r, _ in table] == [actual] and targets == [goal]
    assert "300B" not in chart and "245B" in chart


def test_an_outlier_does_not_flatten_the_figures_chart() -> None:
    from readouts.web.charts import Point, figures_svg

    def point(when: str, value: float) -> Point:
        return Point(when, value, f"{value}", "CHN", "/", None)

    flat = figures_svg([point("2023", 240e9), point("2024", 245e9)], "USD")
    assert "logarithmic" not in flat
    spread = figures_svg([point("2023", 2e9), point("2024", 3e9), point("2025", 2.4e12)], "USD")
    assert "logarithmic scale" in spread
    ys = [float(y) for y in re.findall(r'<circle class="point" cx="[\d.]+" cy="([\d.]+)"', spread)]
    assert ys[0] - ys[1] > 10  # 2 and 3 billion stay apart beside 2.4 trillion
