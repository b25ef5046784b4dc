"""readouts watch against local servers only: feeds on 127.0.0.1 (http.server in a thread),
an SMTP sink (aiosmtpd), a clock the test moves. The accounts are the project's own
invented texts about an invented call (a Xinhua-style zh item, a White House-style en page).
"""

from __future__ import annotations

import json
import socket
import threading
from datetime import datetime, timedelta
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError

from readouts.store import Store
from readouts.store.models import DocumentRow
from readouts.store.reanalysis import reanalyze
from readouts.watch.config import load_config, parse_config
from readouts.watch.polite import PoliteFetcher
from readouts.watch.poll import Watcher
from readouts.watch.state import Followed, WatchState

ZH_ITEM = """<p>新华社北京11月20日电 11月20日上午，国家主席习近平应约同美国总统特朗普通电话。</p>
<p>习近平指出，中美两国保持沟通十分必要。双方应当妥善处理分歧，拓展农业、能源等领域务实合作，
为两国人民带来更多实惠。</p>
<p>习近平强调，台湾问题是中美关系中最重要、最敏感的问题，美方应当慎重处理。</p>
<p>特朗普表示，美方重视对华关系，愿同中方加强沟通，推动两国关系稳定发展。</p>
<p>两国元首同意保持经常性联系。（完）</p>"""

EN_PAGE = """<html><head>
<title>Readout of President Trump's Call with President Xi Jinping of China</title>
<meta property="article:published_time" content="2026-11-20T15:00:00-05:00"></head>
<body><article><h1>Readout of President Trump's Call with President Xi Jinping of China</h1>
<p>President Donald J. Trump spoke this morning with President Xi Jinping of the People's
Republic of China.</p>
<p>The two leaders discussed purchases of American farm goods, energy trade, and joint work
against the flow of fentanyl into the United States.</p>
<p>President Trump underscored the importance of peace and stability across the Taiwan
Strait.</p>
<p>The leaders agreed to stay in regular contact.</p><p>###</p></article></body></html>"""


def atom(base: str, entries: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<entry><id>{base}{path}</id><title>{title}</title><link href='{base}{path}'/>"
        f"<updated>2026-11-20T08:00:00Z</updated><content type='html'><![CDATA[{html}]]>"
        "</content></entry>" for path, title, html in entries)
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>News</title><id>{base}/feed</id><updated>2026-11-20T08:00:00Z</updated>"
            f"{body}</feed>")


def rss(base: str, entries: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><description>{teaser}"
        "</description><pubDate>Fri, 20 Nov 2026 20:00:00 GMT</pubDate></item>"
        for path, title, teaser in entries)
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Briefing room</title>"
            f"<link>{base}/</link><description>Statements</description>{items}</channel></rss>")


class Site:
    """An HTTP server on 127.0.0.1 serving what the test puts in ``pages``, answering
    If-None-Match with 304 and keeping a log of the requests."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, str]] = {}  # path -> (content type, body)
        self.log: list[tuple[str, str, str | None]] = []  # method, path, If-None-Match
        self.posted: list[dict] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.log.append(("GET", self.path, self.headers.get("If-None-Match")))
                if self.path not in site.pages:
                    self.send_error(404)
                    return
                ctype, body = site.pages[self.path]
                etag = f'"{abs(hash(body))}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", 0))
                site.posted.append(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.02,),  # shut down at once
                         daemon=True).start()

    def gets(self, path: str) -> int:
        return sum(1 for method, p, _ in self.log if method == "GET" and p == path)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def sites():
    made = [Site(), Site()]
    yield made
    for site in made:
        site.close()


@pytest.fixture
def smtp_sink():
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")

    class Sink:
        messages: list[bytes] = []

        async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802
            self.messages.append(envelope.content)
            return "250 OK"

    handler = Sink()
    handler.messages = []
    controller = aiosmtpd.Controller(handler, hostname="127.0.0.1", port=_closed_port())
    controller.start()
    yield controller.port, handler.messages
    controller.stop()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_watch_two_sides_missing_alert_comparison_and_restart(sites, smtp_sink, tmp_path: Path,
                                                              caplog):
    xinhua, whitehouse = sites
    smtp_port, mails = smtp_sink
    xinhua.pages["/robots.txt"] = ("text/plain", "User-agent: *\nDisallow: /private/\n")
    xinhua.pages["/feed"] = ("application/atom+xml", atom(xinhua.base, [
        ("/politics/2026-11/20/c_1.htm", "习近平同美国总统特朗普通电话", ZH_ITEM)]))
    whitehouse.pages["/feed/"] = ("application/rss+xml", rss(whitehouse.base, []))
    whitehouse.pages["/broken.xml"] = ("application/rss+xml", "this is {not} a feed <")
    jsonl = tmp_path / "alerts.jsonl"
    config = parse_config({
        "pairs": [["CHN", "USA"]], "missing_after": "60s", "interval": "10s",
        "host_interval": 0, "allow_private": True,
        "sources": [
            {"url": xinhua.base + "/feed", "name": "xinhua"},
            {"url": f"http://127.0.0.1:{_closed_port()}/feed", "name": "down"},
            {"url": whitehouse.base + "/broken.xml", "name": "broken"},
            {"url": whitehouse.base + "/feed/", "name": "whitehouse"},
        ],
        "alerts": {"jsonl": str(jsonl), "webhook": whitehouse.base + "/hook",
                   "email": {"host": "127.0.0.1", "port": smtp_port, "from": "watch@localhost",
                             "to": ["analyst@localhost"]}},
    })
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    clock = Clock()
    shown: list[str] = []
    watcher = Watcher(config, Store(db), clock=clock, terminal=shown.append,
                      fetcher=PoliteFetcher(True, 0))

    # The Chinese account comes first: a new contact of the watched pair.
    report = watcher.poll_once()
    assert (report.stored, report.failed) == (1, 2)  # the down and the broken feed logged
    assert "down: " in caplog.text and "cannot be read" in caplog.text
    assert "broken: " in caplog.text and "not a readable feed" in caplog.text
    kinds = [json.loads(line)["kind"] for line in jsonl.read_text().splitlines()]
    assert kinds == ["new"]
    new = json.loads(jsonl.read_text())
    assert new["sides"] == ["CHN"] and new["pair"] == ["CHN", "USA"]
    assert set(new["participants"]) == {"xi-jinping", "donald-trump"}
    assert len(shown) == 1 and "new contact" in shown[0]
    assert [p["kind"] for p in whitehouse.posted] == ["new"]
    assert len(mails) == 1 and "new contact" in message_from_bytes(mails[0])["Subject"]
    event_id = new["event"]

    # Before the delay: the feed is unchanged (304 on a conditional request), no alert.
    clock.advance(30)
    watcher.poll_once()
    assert xinhua.log[-1][:2] == ("GET", "/feed") and xinhua.log[-1][2] is not None
    assert len(jsonl.read_text().splitlines()) == 1

    # Past the delay, the American account is still missing.
    clock.advance(40)
    watcher.poll_once()
    missing = json.loads(jsonl.read_text().splitlines()[-1])
    assert missing["kind"] == "missing" and missing["missing"] == "USA"
    assert missing["event"] == event_id and missing["waited_s"] >= 60
    assert "still no account from USA" in shown[-1]

    # The White House readout arrives (a teaser in the feed: the page is read).
    whitehouse.pages["/feed/"] = ("application/rss+xml", rss(whitehouse.base, [
        ("/briefings/readout-call-xi", "Readout of President Trump's Call with President Xi",
         "President Trump spoke with President Xi.")]))
    whitehouse.pages["/briefings/readout-call-xi"] = ("text/html", EN_PAGE)
    clock.advance(20)
    report = watcher.poll_once()
    assert report.stored == 1
    both = json.loads(jsonl.read_text().splitlines()[-1])
    assert both["kind"] == "both" and both["sides"] == ["CHN", "USA"]
    assert both["event"] == event_id
    assert both["comparison"] is not None and both["comparison"]["aligned"] >= 1
    assert watcher.store.comparison(event_id) is not None
    assert len(mails) == 3 and len(whitehouse.posted) == 3 and len(shown) == 3

    # The broken feed, fixed, is picked up on its next (backed-off) try; the down one is
    # still retried.
    whitehouse.pages["/broken.xml"] = ("application/rss+xml", rss(whitehouse.base, []))
    clock.advance(3600)
    report = watcher.poll_once()
    assert report.failed == 1
    assert watcher.state.source(config.sources[1].url).failures == 4  # at 0, 30, 70, 3690 s
    assert watcher.state.source(config.sources[2].url).failures == 0

    # A restart polls again (every source, now) without storing or alerting anything twice.
    pages_read = whitehouse.gets("/briefings/readout-call-xi")
    watcher.store.close()
    restarted = Watcher(load_config_again(config, tmp_path), Store(db), clock=clock,
                        terminal=shown.append, fetcher=PoliteFetcher(True, 0))
    clock.advance(10)
    report = restarted.poll_once(force=True)
    assert report.stored == 0 and report.alerts_sent == 0
    assert whitehouse.gets("/briefings/readout-call-xi") == pages_read
    assert len(jsonl.read_text().splitlines()) == 3 and len(mails) == 3 and len(shown) == 3
    with restarted.store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(DocumentRow)).scalar() == 2
    clock.advance(3600)
    restarted.poll_once()
    assert len(jsonl.read_text().splitlines()) == 3
    # Both documents kept their text: analysed again (nothing to read from a file), the
    # contact and its comparison stay.
    again = reanalyze(restarted.store)
    assert len(again.documents) == 2 and again.missing == []
    assert restarted.store.comparison(event_id) is not None
    restarted.store.close()


def test_a_watch_record_failing_half_way_leaves_nothing(tmp_path: Path) -> None:
    """A contact's sides and the alerts they raise are one transaction: an alert that cannot
    be written takes the contact's record back with it, and the next try starts clean."""
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    state = WatchState(store.engine)
    now = datetime(2026, 11, 20, 8)
    item = Followed("2026-11-20_donald-trump_xi-jinping", ("CHN", "USA"), ["CHN"], now)
    good = ("new:2026-11-20_donald-trump_xi-jinping", "new", {"sides": ["CHN"]})
    unwritable = ("missing:2026-11-20_donald-trump_xi-jinping:USA", "missing",
                  {"waited": timedelta(hours=2)})  # no JSON for a timedelta
    with pytest.raises(StatementError):
        state.follow(item, [good, unwritable], now)
    assert state.followed() == [] and state.alert_keys() == set()
    state.follow(item, [good], now)
    assert [f.sides for f in state.followed()] == [["CHN"]]
    assert state.alert_keys() == {good[0]}
    store.close()


def load_config_again(config, tmp_path: Path):  # noqa: ANN001, ANN201
    """The same watch as a TOML file, read back (a restarted process reads its config)."""
    lines = ['missing_after = "60s"', "host_interval = 0", "allow_private = true",
             'pairs = [["CHN", "USA"]]', "[alerts]",
             f'jsonl = "{config.alerts.jsonl}"', f'webhook = "{config.alerts.webhook}"',
             "[alerts.email]", f'host = "{config.alerts.email.host}"',
             f"port = {config.alerts.email.port}", f'from = "{config.alerts.email.sender}"',
             f'to = {json.dumps(config.alerts.email.to)}']
    for source in config.sources:
        lines += ["[[sources]]", f'url = "{source.url}"', 'interval = "10s"']
    path = tmp_path / "watch.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_config(path)
    assert [s.url for s in loaded.sources] == [s.url for s in config.sources]
    return loaded


SHORT_PAGE = "<html><body><p>Ok.</p></body></html>"  # too little text to analyse: skipped


def test_index_and_sitemap_follow_their_links_and_robots_txt(sites, tmp_path: Path):
    site = sites[0]
    site.pages["/robots.txt"] = ("text/plain", "User-agent: *\nDisallow: /private/\n")
    site.pages["/news/"] = ("text/html", (
        "<html><body><a href='/news/2026/call-1'>call</a> <a href='/about'>about</a>"
        "<a href='/news/2026/call-1#top'>again</a> <a href='/private/news/2026/x'>x</a>"
        "</body></html>"))
    site.pages["/sitemap.xml"] = ("application/xml", (
        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{site.base}/news/2026/call-2</loc><lastmod>2026-11-21</lastmod></url>"
        f"<url><loc>{site.base}/tags/x</loc></url></urlset>"))
    site.pages["/news/2026/call-1"] = ("text/html", SHORT_PAGE)
    site.pages["/news/2026/call-2"] = ("text/html", SHORT_PAGE)
    config = parse_config({"allow_private": True, "host_interval": 0, "sources": [
        {"url": site.base + "/news/", "kind": "index", "link_pattern": r"/news/\d{4}/"},
        {"url": site.base + "/sitemap.xml", "kind": "sitemap", "link_pattern": "/news/"}],
        "alerts": {"terminal": False}})
    watcher = Watcher(config, Store(f"sqlite:///{tmp_path / 'w.db'}"), clock=Clock(),
                      fetcher=PoliteFetcher(True, 0))
    report = watcher.poll_once()
    assert (report.polled, report.failed, report.stored) == (2, 0, 0)
    assert site.gets("/news/2026/call-1") == 1 and site.gets("/news/2026/call-2") == 1
    assert site.gets("/about") == 0 and site.gets("/tags/x") == 0
    assert site.gets("/private/news/2026/x") == 0  # robots.txt says no
    assert site.gets("/robots.txt") == 1  # asked once per host
    assert watcher.state.count_items() == 3  # two skipped as unreadable, one refused
    watcher.poll_once(force=True)
    assert site.gets("/news/2026/call-1") == 1  # skipped for good: not fetched again
    watcher.store.close()


def test_per_host_interval_waits_between_requests(sites):
    site = sites[0]
    site.pages["/a"] = ("text/plain", "a")
    slept: list[float] = []
    ticks = iter([0.0, 0.0, 0.5, 0.5, 0.5, 0.5])
    fetcher = PoliteFetcher(True, 2.0, monotonic=lambda: next(ticks), sleep=slept.append)
    fetcher.get(site.base + "/a")  # robots.txt (404: all allowed), then /a
    assert slept == [1.5]  # half a second had passed since robots.txt: /a waits the rest
    assert site.gets("/robots.txt") == 1 and site.gets("/a") == 1


def test_long_running_mode_sleeps_until_the_next_source_is_due(sites, tmp_path: Path):
    site = sites[0]
    site.pages["/feed"] = ("application/rss+xml", rss(site.base, []))
    config = parse_config({"allow_private": True, "host_interval": 0, "interval": "10m",
                           "sources": [{"url": site.base + "/feed", "interval": "45s"},
                                       {"url": site.base + "/slow"}]})
    clock = Clock()
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    watcher = Watcher(config, Store(f"sqlite:///{tmp_path / 'w.db'}"), clock=clock,
                      fetcher=PoliteFetcher(True, 0), terminal=lambda _line: None)
    watcher.run(sleep, cycles=3)
    # /slow fails (404): retried after 2 x 10 min; the feed is due every 45 s.
    assert slept == [45.0, 45.0]
    assert site.gets("/feed") == 3 and site.gets("/slow") == 1
    watcher.store.close()


@pytest.mark.parametrize(("data", "needle"), [
    ({"sources": []}, "at least one source"),
    ({"sources": [{"url": "http://x", "kind": "index"}]}, "link_pattern"),
    ({"sources": [{"url": "http://x", "kind": "atom"}]}, "use one of feed, sitemap, index"),
    ({"sources": [{"url": "http://x"}], "missing_after": "soon"}, "not a duration"),
    ({"sources": [{"url": "http://x"}], "pairs": [["CN", "US"]]}, "alpha-3"),
    ({"sources": [{"url": "http://x"}], "alerts": {"email": {"host": "h"}}}, "'to'"),
    ({"sources": [{"url": "http://x"}], "color": "red"}, "unknown setting 'color'"),
])
def test_bad_config_is_one_clear_error(data: dict, needle: str):
    from readouts.errors import InputError

    with pytest.raises(InputError, match=needle):
        parse_config(data)


def test_cli_init_writes_the_starter_and_once_polls(sites, tmp_path: Path, monkeypatch):
    from cli_console import run_cli

    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> tuple[int, str, str]:
        return run_cli("watch", *args)

    code, _out, err = run("--init", "watch.yaml")
    assert code == 0, err
    starter = load_config(tmp_path / "watch.yaml")
    assert {"http://en.kremlin.ru/events/president/news/feed",
            "https://www.whitehouse.gov/feed/"} <= {s.url for s in starter.sources}
    assert run("--init", "watch.yaml")[0] == 2  # never over an existing file
    site = sites[0]
    site.pages["/feed"] = ("application/rss+xml", rss(site.base, []))
    (tmp_path / "w.toml").write_text(
        f'allow_private = true\nhost_interval = 0\n[[sources]]\nurl = "{site.base}/feed"\n',
        encoding="utf-8")  # robots.txt, then the feed at once: the wait is tested above
    code, out, err = run("w.toml", "--once", "--db", f"sqlite:///{tmp_path / 'w.db'}")
    assert code == 0, err
    assert "polled 1 source(s), 0 failed" in " ".join(out.split())
    (tmp_path / "bad.toml").write_text("sources = [", encoding="utf-8")
    code, _out, err = run("bad.toml", "--once")
    assert code == 2 and err.count("\n") == 1 and "not valid toml" in err
