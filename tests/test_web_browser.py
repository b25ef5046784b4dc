"""The web app in real headless Chromium: filter, open a contact, timeline, search, upload.

Runs Debian's chromium through Playwright against uvicorn on a free loopback port.
Skipped where chromium or Playwright is missing, unless CI is set (then it must run).
Screenshots of every page go to ./screenshots/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import copy_db
from test_store import CALL, COUNTRIES, KAZAN, sample_analysis
from test_web_api import conflicting_trade

from readouts.store import relink

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _need(condition: bool, why: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{why} (required in CI)")
        pytest.skip(why)


@contextmanager
def _serve(app: object) -> Iterator[str]:
    """The app under uvicorn on a free loopback port, for as long as the block runs."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from readouts.web.app import create_app

    patch = pytest.MonkeyPatch()
    patch.setattr(relink, "country_of", COUNTRIES.get)
    db = tmp_path_factory.mktemp("browser") / "sample.db"
    app = create_app(f"sqlite:///{db}")
    sample = sample_analysis()
    app.state.store.save(sample)
    app.state.store.save_comparisons(sample.comparisons)  # the page's fixed comparison
    app.state.store.save(conflicting_trade())
    with _serve(app) as url:
        yield url
    patch.undo()


@pytest.fixture(scope="module")
def demo_server(demo_run: tuple[Path, str],
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The database `readouts demo` builds from the bundled examples, served."""
    from readouts.web.app import create_app

    db = copy_db(demo_run[0], tmp_path_factory.mktemp("demo") / "demo.db")
    with _serve(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _need(Path(CHROMIUM).exists() or shutil.which("chromium") is not None,
          "chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "playwright is not installed")
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server: str):  # noqa: ANN001, ANN201 - Playwright types load lazily
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def test_filter_contacts(page) -> None:  # noqa: ANN001
    page.goto("/contacts")
    assert page.locator("#contacts tbody tr").count() == 3
    page.fill("input[name=a]", "CHN")
    page.fill("input[name=b]", "USA")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**/contacts?*")
    assert page.locator("#contacts tbody tr").count() == 1
    assert "Donald Trump" in page.inner_text("#contacts")
    page.screenshot(path=SHOTS / "contacts.png", full_page=True)


def test_open_contact_aligned_and_one_sided(page) -> None:  # noqa: ANN001
    page.goto("/contacts?type=video_call")
    page.click(f"a[href='/contacts/{CALL}']")
    page.wait_for_url(f"**/contacts/{CALL}")
    zh, ru = page.locator("#s-dzh000000001-r1-1"), page.locator("#s-dru000000001-r1-1")
    assert zh.is_visible() and ru.is_visible()
    zh_box, ru_box = zh.bounding_box(), ru.bounding_box()
    assert abs(zh_box["y"] - ru_box["y"]) < 2 and ru_box["x"] > zh_box["x"]  # one row
    one_sided = page.locator("#s-dzh000000001-r1-3")
    assert "one-sided" in one_sided.get_attribute("class")
    colour = one_sided.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("#discrepancies").inner_text().count("trade volume") == 1
    page.screenshot(path=SHOTS / "contact.png", full_page=True)
    page.click("#only-one-sided")
    assert not zh.is_visible() and one_sided.is_visible()


def test_timeline_click_through(page) -> None:  # noqa: ANN001
    page.goto("/timeline?a=CHN&b=RUS")
    assert page.locator("svg.timeline a.dot").count() == 2
    page.screenshot(path=SHOTS / "timeline.png", full_page=True)
    page.locator(f"svg.timeline a[href='/contacts/{KAZAN}'] circle").click()
    page.wait_for_url(f"**/contacts/{KAZAN}")
    assert "Kazan" in page.inner_text("main")


def test_figures_page(page) -> None:  # noqa: ANN001
    page.goto("/figures?about=trade")
    assert page.locator("svg.figures circle.conflict").count() == 3
    assert page.locator("svg.figures line.conflict").count() == 1
    page.screenshot(path=SHOTS / "figures.png", full_page=True)
    # a point leads to its sentence, which the page then marks
    page.locator(f"svg.figures a[href='/contacts/{CALL}#s-dru000000001-r1-2'] circle").click()
    page.wait_for_url(f"**/contacts/{CALL}#s-dru000000001-r1-2")
    target = page.locator("#s-dru000000001-r1-2")
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    assert "Товарооборот" in target.inner_text() and target.is_visible()


def test_search(page) -> None:  # noqa: ANN001
    page.goto("/search")
    page.fill("input[name=q]", "товарооборот")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    # the word is found as typed, and its topic (trade) in the other languages too
    assert int(page.inner_text("#hit-count")) >= 2
    assert "Товарооборот" in page.locator("mark").all_inner_texts()
    page.screenshot(path=SHOTS / "search.png", full_page=True)


def test_phone_width_has_no_sideways_scroll(browser, server: str) -> None:  # noqa: ANN001
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844},
                                  is_mobile=True)
    tab = context.new_page()
    for path, name in ((f"/contacts/{CALL}", "phone-contact"), ("/contacts", "phone-contacts"),
                       ("/search?q=Xi", "phone-search")):
        tab.goto(path)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
        if name == "phone-contact":  # each side's sources, speakers and tone stay readable
            head = tab.locator(".sides .cell.head[data-side=CHN]")
            assert head.is_visible() and "xinhua" in head.inner_text()
            fact = tab.locator(".facts-table tr").first.bounding_box()
            assert fact["width"] <= 390
        tab.screenshot(path=SHOTS / f"{name}.png", full_page=True)
    context.close()


def test_upload_document(page, tmp_path: Path) -> None:  # noqa: ANN001
    text = ("Вечером 4 марта 2025 года Владимир Путин провёл телефонный разговор с "
            "Председателем КНР Си Цзиньпином. Лидеры обсудили торговлю и энергетику. "
            "Си Цзиньпин сказал, что отношения двух стран находятся на высоком уровне.")
    upload = tmp_path / "razgovor.txt"
    upload.write_text(text, encoding="utf-8")
    page.goto("/add")
    page.screenshot(path=SHOTS / "add.png", full_page=True)
    page.set_input_files("input[name=files]", str(upload))
    page.fill("input[name=published]", "2025-03-04")
    page.click("form.add button[type=submit]")
    page.wait_for_selector("#summary", timeout=60_000)
    assert "1 document stored" in page.inner_text("#summary")
    assert "razgovor.txt" in page.inner_text("main")
    found = page.inner_text("#found-events")
    assert "phone call" in found and "Vladimir Putin" in found and "2025-03-04" in found
    page.click("#found-events a")
    page.wait_for_url("**/contacts/2025-03-04*")
    assert page.locator(".sides .sent").count() == 3
    page.screenshot(path=SHOTS / "added.png", full_page=True)


def test_demo_database_compared_contact(browser, demo_server: str) -> None:  # noqa: ANN001
    """The demo's examples as the pipeline reads them: a contact both sides reported, its
    aligned sentences level across the columns, the one-sided ones highlighted."""
    for width, name in ((1280, "demo-contact"), (390, "phone-demo-contact")):
        context = browser.new_context(base_url=demo_server,
                                      viewport={"width": width, "height": 900})
        tab = context.new_page()
        tab.goto("/contacts?compared=1")
        assert tab.locator("#contacts tbody tr").count() >= 1
        if width == 1280:
            tab.screenshot(path=SHOTS / "demo-contacts.png", full_page=True)
        tab.locator("#contacts tbody tr a[href^='/contacts/']").first.click()
        tab.wait_for_selector(".sides")
        assert len(tab.locator(".sides .cell.head").all()) >= 2
        one_sided = tab.locator(".sent.one-sided").first
        assert one_sided.is_visible()
        colour = one_sided.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
        if width == 1280:  # an aligned row: sentences of two sides start on one line
            tops = tab.evaluate("""() => [...document.querySelectorAll('.sides .row.aligned')]
                .map(r => [...r.querySelectorAll('.cell')].filter(c => c.querySelector(
                    '.sent.aligned')).map(c => c.getBoundingClientRect().top))
                .find(t => t.length >= 2)""")
            assert tops and max(tops) - min(tops) < 2
        else:
            assert tab.evaluate("document.documentElement.scrollWidth") <= width
        tab.screenshot(path=SHOTS / f"{name}.png", full_page=True)
        context.close()


def test_correct_a_fact_then_analyse_again(page) -> None:  # noqa: ANN001
    """An analyst fixes the duration on the contact page; analysing the document again
    keeps the correction, shown as corrected on the page and in the JSON."""
    page.goto("/add")
    page.fill("textarea[name=text]",
              "On the evening of 6 March 2025 Vladimir Putin had a telephone conversation "
              "with President of China Xi Jinping. The conversation lasted an hour. The "
              "leaders discussed trade and energy cooperation.")
    page.fill("input[name=published]", "2025-03-06")
    page.click("form.add button[type=submit]")
    page.wait_for_selector("#summary", timeout=60_000)
    page.click("#found-events a")
    page.wait_for_url("**/contacts/2025-03-06*")
    contact = page.url.split("#")[0]
    page.click("details#correct summary")
    page.select_option("form.correct select[name=field]", "duration_minutes")
    page.fill("form.correct input[name=value]", "75")
    page.fill("form.correct input[name=by]", "A. Rossi")
    page.fill("form.correct input[name=why]", "Xinhua's account says 75 minutes")
    page.click("form.correct button[type=submit]")
    page.wait_for_url("**#facts")
    row = page.locator("tr.corrected[data-field=duration_minutes]")
    assert "75 minutes" in row.inner_text() and "A. Rossi" in row.inner_text()
    page.goto("/documents")
    assert "/tmp" not in page.inner_text("#documents")
    page.locator("#documents tr", has_text="pasted text").locator(
        "form.reanalyze button").click()
    page.wait_for_selector("#reanalyzed", timeout=60_000)
    assert "Analysed 1 document again" in page.inner_text("#reanalyzed")
    page.goto(contact)
    row = page.locator("tr.corrected[data-field=duration_minutes]")
    assert "75 minutes" in row.inner_text()
    assert row.locator(".tag.corrected").is_visible()
    page.screenshot(path=SHOTS / "corrected.png", full_page=True)
    event = page.request.get(contact.replace("/contacts/", "/api/events/")).json()["events"][0]
    assert event["duration_minutes"] == 75 and event["corrected"] == ["duration_minutes"]
    assert event["corrections"][0]["was"] == 60


def test_api_docs_are_interactive_and_offline(page, server: str) -> None:  # noqa: ANN001
    """/docs: Swagger UI from the installed package, every request to this server."""
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto("/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    assert page.locator(".opblock-summary-path", has_text="/api/events/{event_id}/corrections") \
        .count() == 2
    page.screenshot(path=SHOTS / "docs.png", full_page=True)
    assert asked and all(u.startswith(server) or u.startswith("data:") for u in asked), asked
    assert not [e for e in errors if "Content Security Policy" in e], errors
