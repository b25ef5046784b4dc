"""Fuzzing with Hypothesis: whatever comes in, the answer is a result or a clean refusal.

Inputs: bytes, text in the four languages with hostile fragments, HTML, feeds, metadata
headers, URLs, dates, command lines and web requests. Properties: no exception but
InputError, no CLI exit code but 0 or 2, no server error, no page showing outside text
unescaped. Nothing touches the network: name lookups and connections are stubbed.

Two Hypothesis profiles, chosen by READOUTS_FUZZ: ``ci`` (default: few examples per
test, derandomized, the whole file in well under a minute) and ``long`` (over 10,000
inputs in all, random, failures kept in .hypothesis/ for replay):

    READOUTS_FUZZ=long .venv/bin/pytest tests/test_fuzz.py
"""

from __future__ import annotations

import errno
import json
import os
import re
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import cli_console
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.provisional import urls
from starlette.testclient import TestClient

from readouts.errors import InputError
from readouts.ingest import RawInput, prepare
from readouts.ingest.fetch import fetch_url
from readouts.ingest.header import split_header
from readouts.pipeline import analyze_inputs, parse_published
from readouts.web.app import create_app

PROFILE = os.environ.get("READOUTS_FUZZ", "ci")
settings.register_profile("ci", deadline=None, derandomize=True, database=None,
                          print_blob=True, suppress_health_check=list(HealthCheck))
settings.register_profile("long", deadline=None, print_blob=True,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(PROFILE)


def examples(ci: int, long: int) -> settings:
    """How many inputs a test tries under the current profile."""
    return settings(max_examples=ci if PROFILE == "ci" else long)


EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "readouts" / "examples"
MARK = "<x-fuzz"  # a tag no page has: seen raw in a page, outside text went unescaped
HOSTILE = [
    "[/red]", "[link=file:///etc/passwd]qui[/link]", "[bold", "\\", "<x-fuzz>", '"><x-fuzz a=1>',
    "'><x-fuzz>", "<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "%s%n", "' OR 1=1 --",
    "\x1b]8;;file:///etc/passwd\x1b\\", "\x1b[31m", "\u202e", "\ufeff", "\x00", "\x9b", "&amp;",
    "&#27;", "]]>", "<![CDATA[", "-->", "\r\n", "\t", "𝔛", "\U0001f600", "e\u0301",
]
FRAGMENTS = [
    # it
    "Il presidente Mattarella", "ha avuto un colloquio telefonico con", "il presidente Xi "
    "Jinping", "ieri sera", "il 3 marzo 2025", "per oltre un'ora", "su richiesta della parte "
    "cinese", "Fonte: Xinhua", "Il Cremlino:", "180 miliardi di dollari", "in videoconferenza",
    "a Roma", "La premier Meloni ha telefonato a Macron", "lunedì mattina",
    # en
    "President Trump spoke by phone with President Xi Jinping", "on Tuesday morning",
    "The call lasted 90 minutes", "Readout of the call", "trade grew by 5 percent to $12 "
    "billion", "Putin: Thank you.", "at the request of the Chinese side", "March 4, 2026",
    "The two leaders will meet in April", "The White House said",
    # ru
    "Владимир Путин провёл телефонный разговор с Си Цзиньпином", "вечером 5 мая",
    "по инициативе китайской стороны", "Беседа продолжалась час", "товарооборот превысил 240 "
    "миллиардов долларов", "В.Путин:", "Кремль",
    # zh
    "国家主席习近平应约同美国总统特朗普通电话", "9月17日晚", "通话持续一个半小时",
    "新华社北京9月17日电",
    "双边贸易额增长5%", "习近平指出：", "两国元首同意", "2025年",
]
SEPARATORS = [" ", ". ", "\n", "\n\n", "。", "，", ": ", " — ", "\n---\n", "\n\n* * *\n\n"]


def _join(parts: list[str], seps: list[str]) -> str:
    return "".join(p + s for p, s in zip(parts, seps, strict=False))


def texts(max_parts: int = 24) -> st.SearchStrategy[str]:
    """Text built from contact sentences in it/en/ru/zh, hostile fragments and noise."""
    part = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS),
                     st.sampled_from(HOSTILE), st.text(max_size=20))
    return st.builds(_join, st.lists(part, max_size=max_parts),
                     st.lists(st.sampled_from(SEPARATORS), min_size=max_parts,
                              max_size=max_parts))


def _element(tag: str, attrs: str, children: list[str]) -> str:
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


TAGS = ["p", "div", "span", "b", "a", "h1", "br", "article", "nav", "table", "tr", "td",
        "script", "style", "noscript", "template", "title", "svg", "iframe", "li", "pre"]
ATTRS = st.sampled_from(["", ' class="x"', ' href="javascript:alert(1)"', ' onclick="x()"',
                         ' style="display:none"', " hidden", ' id="<x-fuzz>"', " data-x='\"'"])
HTML_BODY = st.recursive(
    st.one_of(texts(6), st.sampled_from(["&amp;", "&lt;x-fuzz&gt;", "&#0;", "&#x1b;",
                                         "&#1114112;", "&nbsp;", "<!-- c -->", "<p>", "</div>"])),
    lambda kids: st.builds(_element, st.sampled_from(TAGS), ATTRS, st.lists(kids, max_size=4)),
    max_leaves=25)


@st.composite
def pages(draw: st.DrawFn) -> str:
    depth = draw(st.sampled_from([0, 0, 0, 5, 257, 600]))
    title = draw(texts(3))
    body = draw(HTML_BODY)
    head = draw(st.sampled_from(["<!DOCTYPE html>", "", "<?xml version='1.0'?>"]))
    return (f"{head}<html><head><title>{title}</title><meta charset='utf-8'></head><body>"
            + "<div>" * depth + body + "</div>" * depth + "</body></html>")


@st.composite
def feeds(draw: st.DrawFn) -> str:
    prolog = draw(st.sampled_from([
        "", '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">',
        '<?xml-stylesheet href="a.xsl"?>', '<!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        "<!-- feed -->"]))
    atom = draw(st.booleans())
    items = []
    for _ in range(draw(st.integers(0, 3))):
        title, body = draw(texts(4)), draw(st.one_of(texts(10), HTML_BODY))
        wrap = draw(st.sampled_from(["cdata", "raw", "escaped"]))
        if wrap == "cdata":
            body = f"<![CDATA[{body}]]>"
        elif wrap == "escaped":
            body = body.replace("&", "&amp;").replace("<", "&lt;")
        date = draw(st.one_of(st.sampled_from(["Tue, 20 Oct 2026 10:00:00 GMT",
                                               "2026-10-20T10:00:00Z", "yesterday", ""]),
                              st.text(max_size=12)))
        if atom:
            items.append(f"<entry><title>{title}</title><updated>{date}</updated>"
                         f"<content type='html'>{body}</content><link href='{title}'/></entry>")
        else:
            items.append(f"<item><title>{title}</title><pubDate>{date}</pubDate>"
                         f"<description>{body}</description><link>{title}</link></item>")
    if atom:
        return (f"<?xml version='1.0'?>{prolog}<feed xmlns='http://www.w3.org/2005/Atom'>"
                f"<title>F</title>{''.join(items)}</feed>")
    return (f"<?xml version='1.0'?>{prolog}<rss version='2.0'><channel><title>F</title>"
            f"{''.join(items)}</channel></rss>")


HEADER_KEYS = ["title", "date", "published", "source", "url", "language", "lang", "author",
               "tags", "Fonte", "x", "description"]


@st.composite
def headed(draw: st.DrawFn) -> str:
    """A document with a metadata header: key lines or YAML front matter, good or broken."""
    value = st.one_of(texts(3), st.text(max_size=15), st.sampled_from(
        ["2026-09-17", "2026-13-45", "[a, b]", "{x: 1}", "!!python/object:os.system", "|",
         "- 1", "'", "null", "2026-09-17T21:00:00+08:00", "*ref", "&anchor x"]))
    lines = [f"{draw(st.sampled_from(HEADER_KEYS))}: {draw(value)}"
             for _ in range(draw(st.integers(0, 5)))]
    body = draw(texts(8))
    if draw(st.booleans()):
        return "---\n" + "\n".join(lines) + "\n---\n" + body
    return "\n".join(lines) + "\n\n" + body


def encoded(text: str, encoding: str, cut: int) -> bytes:
    data = text.encode(encoding, errors="replace")
    return data[:cut] if cut else data


BYTES = st.one_of(
    st.binary(max_size=3000),
    st.builds(encoded, texts(12), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be",
                                                   "utf-32", "gb18030", "big5", "cp1251",
                                                   "cp1252", "koi8-r", "shift_jis"]),
              st.integers(0, 400)),
)


def check_prepared(raw: RawInput) -> list:
    try:
        prepared = prepare(raw)
    except InputError as exc:
        assert str(exc).strip()
        return []
    for p in prepared:
        assert isinstance(p.body, str) and p.body.strip()
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", p.body)
        assert all(isinstance(v, str) for v in p.meta.values())
        assert not any(re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", v) for v in p.meta.values())
    return prepared


# ---- ingest ---------------------------------------------------------------------------

@examples(ci=150, long=3000)
@given(BYTES)
def test_any_bytes_are_read_or_refused(data: bytes) -> None:
    check_prepared(RawInput("fuzz.txt", data))


@examples(ci=40, long=1200)
@given(pages(), st.sampled_from([None, "text/html", "text/html; charset=utf-8"]))
def test_any_html_is_read_or_refused(page: str, content_type: str | None) -> None:
    check_prepared(RawInput("fuzz.html", page.encode("utf-8", "surrogatepass"), content_type))


@examples(ci=40, long=1000)
@given(feeds(), st.sampled_from([None, "application/rss+xml", "application/atom+xml"]))
def test_any_feed_is_read_or_refused(feed: str, content_type: str | None) -> None:
    from lxml import etree

    data = feed.encode("utf-8", "surrogatepass")
    try:  # well-formed (a broken CDATA section makes the rest of a feed text)
        etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        well_formed = True
    except etree.XMLSyntaxError:
        well_formed = False
    for p in check_prepared(RawInput("fuzz.xml", data, content_type)):
        if well_formed:  # read as a feed, not stored as raw XML
            assert "<rss" not in p.body and "<item" not in p.body, p.body


@examples(ci=100, long=1000)
@given(headed())
def test_any_header_splits_into_strings_and_a_tail(text: str) -> None:
    meta, body = split_header(text)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items())
    assert text.endswith(body)


@examples(ci=100, long=1000)
@given(st.one_of(st.text(max_size=30), st.dates().map(str), st.from_regex(
    r"\A\d{4}(-\d{1,2}(-\d{1,2})?)?([T ]\d\d:\d\d(:\d\d)?)?(Z|[+-]\d\d:\d\d)?\Z")))
def test_any_published_value_is_a_date_or_nothing(value: str) -> None:
    parsed, precision = parse_published(value)
    if parsed is None:
        assert precision is None
    else:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", parsed)
        assert precision == {4: "year", 7: "month", 10: "day"}[len(parsed)]


# ---- URLs -------------------------------------------------------------------------------

ADDRESSES = ["93.184.215.14", "2606:2800:220:1::1", "127.0.0.1", "10.0.0.1", "169.254.169.254",
             "::1", "::ffff:10.0.0.1", "0.0.0.0", "192.168.1.1", "fe80::1%eth0"]


@contextmanager
def stubbed_network(answers: list[list[str] | None]) -> Iterator[list[str]]:
    """Every lookup answers the next entry of ``answers`` (None: the name does not
    resolve); every connection is recorded and fails. Yields the addresses connected to."""
    connected: list[str] = []
    queue = iter(answers)

    def getaddrinfo(host: str, port: object, *args: object, **kwargs: object) -> list:
        found = next(queue, None)
        if found is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, 80)) for a in found]

    def create_connection(address: tuple, *args: object, **kwargs: object) -> socket.socket:
        connected.append(address[0])
        raise OSError(errno.ENETUNREACH, "no network in tests")

    with mock.patch.object(socket, "getaddrinfo", getaddrinfo), \
            mock.patch.object(socket, "create_connection", create_connection):
        yield connected


URLS = st.one_of(urls(), st.text(max_size=40), st.builds(
    lambda scheme, host, rest: f"{scheme}://{host}{rest}",
    st.sampled_from(["http", "https", "HTTP", "ftp", "file", "javascript", ""]),
    st.one_of(st.sampled_from(["example.org", "127.0.0.1", "[::1]", "0x7f.1", "2130706433",
                               "localhost", "xn--bcher-kva.example", "bücher.example", "",
                               "a..b", "[::ffff:127.0.0.1]", "example.org:99999",
                               "user:pw@example.org", "example.org:-1"]),
              st.text(max_size=12)),
    st.text(max_size=20)))


@examples(ci=150, long=1500)
@given(URLS, st.lists(st.one_of(st.none(), st.lists(st.sampled_from(ADDRESSES), min_size=1,
                                                    max_size=3)), max_size=3))
def test_any_url_is_refused_cleanly_and_never_reaches_a_private_address(
        url: str, answers: list[list[str] | None]) -> None:
    import ipaddress

    from readouts.ingest.fetch import _embedded_v4

    with stubbed_network(answers) as connected, pytest.raises(InputError):
        fetch_url(url, 10_000)
    for address in connected:
        assert _embedded_v4(ipaddress.ip_address(address.split("%")[0])).is_global, address


# ---- analysis ---------------------------------------------------------------------------

@examples(ci=25, long=600)
@given(st.lists(st.one_of(texts(), headed()), min_size=1, max_size=3),
       st.one_of(st.none(), st.sampled_from(["2026-09-17", "2025", "2026-02"])),
       st.sampled_from([None, None, "it", "en", "ru", "zh"]))
def test_any_text_analyses_or_is_refused(docs: list[str], published: str | None,
                                         lang: str | None) -> None:
    raws = [RawInput(f"fuzz-{n}.txt", d.encode("utf-8", "surrogatepass"))
            for n, d in enumerate(docs)]
    try:
        analysis = analyze_inputs(raws, published, lang)
    except InputError as exc:
        assert str(exc).strip()
        return
    json.dumps(analysis.to_json())


# ---- the command line ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def workspace() -> Iterator[dict[str, object]]:
    """Files of every kind to name on a command line, and a database with one compared
    contact (the Trump-Xi call from both sides, hostile text added)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        en = (EXAMPLES / "en-whitehouse-trump-xi-call.md").read_text(encoding="utf-8")
        files = {
            "en": root / "[bold]white house.md", "zh": root / "xinhua [red].txt",
            "empty": root / "empty.txt", "binary": root / "blob.bin", "html": root / "p.html",
            "dir": root / "folder",
        }
        files["en"].write_text(en + "\nThe notes [/bold] say <x-fuzz> and \\\n",
                               encoding="utf-8")
        files["zh"].write_text((EXAMPLES / "zh-xinhua-xi-trump-call.txt")
                               .read_text(encoding="utf-8"), encoding="utf-8")
        files["empty"].write_bytes(b"")
        files["binary"].write_bytes(bytes(range(256)) * 4)
        files["html"].write_text("<html><head><title>[/x] <x-fuzz></title></head><body><p>"
                                 "Il presidente Mattarella ha sentito Macron.</p></body></html>")
        files["dir"].mkdir()
        (files["dir"] / "note.txt").write_text("Putin spoke with Xi by phone on Monday.")
        db = f"sqlite:///{root / 'fuzz.db'}"
        code, _, err = run_cli(["ingest", str(files["en"]), str(files["zh"]), "--db", db], b"")
        assert code == 0, err
        code, out, _ = run_cli(["events", "--db", db, "--json"], b"")
        events = [e["id"] for e in json.loads(out)]
        yield {"files": [str(p) for p in files.values()], "db": db, "events": events,
               "root": root}


def run_cli(argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    """(exit code, terminal output, stderr) of ``readouts argv`` run in this process, with
    the network stubbed and a colour terminal's console."""
    with stubbed_network([]):
        return cli_console.run_cli(*argv, stdin=stdin, width=100, terminal=True)


OPTION_VALUES = st.one_of(st.sampled_from(["2026-09-17", "2026-13-45", "xx", "", "-", "zh", "it",
                                           "klingon", "pdf", "json", "markdown", "html",
                                           "terminal", "xi-jinping", "phone_call", "0", "-1",
                                           "[/red]", "sqlite:///", "nosuchdb://x",
                                           "mysql://a/b", "sqlite:////proc/none/x.db"]),
                          st.text(alphabet=st.characters(exclude_characters="\x00"),
                                  max_size=12))


VALID = {
    "--published": ["2026-09-17", "2026-09", "2026"], "--lang": ["it", "en", "ru", "zh"],
    "--format": ["terminal", "html", "markdown", "json", "csv", "jsonl"], "--actor": ["xi-jinping",
    "donald-trump", "vladimir-putin"], "--since": ["2020-01-01", "2026-09"], "--until":
    ["2027-12-31", "2026"], "--type": ["phone_call", "meeting", "video_call"], "--workers": ["1"],
    "--limit": ["1", "5"],
}
FLAGS = ["--json", "--allow-private"]
COMMAND_OPTIONS = {
    "analyze": ["--json", "--published", "--lang"],
    "compare": ["--format", "-o", "--published", "--lang"],
    "ingest": ["--published", "--lang"],
    "events": ["--actor", "--since", "--until", "--type", "--json"],
    "show": [],
    "search": ["--lang", "--limit", "--json"],
    "actors": [],
    "export": ["--format", "--actor", "--since"],
}


@st.composite
def command_lines(draw: st.DrawFn, space: dict[str, object]) -> list[str]:
    """Mostly well-formed command lines over good and bad files; one in three is garbled
    (unknown commands and options, bad values, missing files, stdin)."""
    garbled = draw(st.integers(0, 2)) == 0
    command = draw(st.sampled_from([*COMMAND_OPTIONS, "compare", "analyze"]))
    good_files = [f for f in space["files"] if not f.endswith(("empty.txt", "blob.bin"))]
    argv = [command]
    if command in ("analyze", "compare", "ingest"):
        pool = space["files"] + ["-", "/no/such/file.txt"] if garbled else good_files
        argv += draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3, unique=True))
    if command == "show":
        argv.append(draw(st.sampled_from(space["events"])))
    if command in ("search", "actors"):
        argv.append(draw(st.one_of(st.sampled_from(["Xi", "特朗普", "trade", "Си", '"phone call"',
                                                    "<x-fuzz>", "[/red]", "*", "%"]), texts(2))))
    if command == "export":
        argv += ["--out", str(Path(space["root"]) / draw(st.sampled_from(["t", "t[/x]"])))]
    options = COMMAND_OPTIONS[command]
    for option in draw(st.lists(st.sampled_from(options), max_size=3, unique=True)) if options \
            else []:
        argv.append(option)
        if option == "-o":
            argv.append(str(Path(space["root"]) / draw(st.sampled_from(["o.md", "o[x].html"]))))
        elif option not in FLAGS:
            argv.append(draw(st.sampled_from(VALID[option])))
    if command in ("events", "show", "ingest", "search", "export"):
        argv += ["--db", str(space["db"])]  # never the user's own database
    if garbled:
        for _ in range(draw(st.integers(1, 2))):
            junk = draw(st.one_of(OPTION_VALUES, st.sampled_from(
                ["--bogus", "--db", "--format", "--published", "--lang", "--event", "--workers",
                 "--json", "--help", "bogus", "-o", "--since", "--type"])))
            argv.insert(draw(st.integers(0, len(argv))), junk)
    return argv


@examples(ci=30, long=700)
@given(st.data(), st.one_of(st.just(b""), st.builds(str.encode, texts(8))))
def test_any_command_line_exits_0_or_2_without_a_traceback(
        workspace: dict[str, object], data: st.DataObject, stdin: bytes) -> None:
    argv = data.draw(command_lines(workspace))
    code, out, err = run_cli(argv, stdin)
    event(f"{next((a for a in argv if a in COMMAND_OPTIONS), '?')} exit {code}")
    assert code in (0, 2), (argv, code, err)
    assert "Traceback" not in err and "unexpected error" not in err, (argv, err)
    assert "\x1b]8;" not in out  # no terminal hyperlink from outside text


# ---- the web app --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def web(workspace: dict[str, object]) -> Iterator[TestClient]:
    app = create_app(str(workspace["db"]), max_upload_bytes=200_000)
    with TestClient(app, client=("127.0.0.1", 50000), base_url="http://127.0.0.1:8000") as c:
        yield c


def assert_escaped(response: object) -> None:
    if response.headers.get("content-type", "").startswith("text/html"):
        assert MARK not in response.text, response.url


def _sendable(value: str) -> bool:
    """A lone surrogate cannot be put in a URL: no client can send it, no server receives it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


QUERY = st.one_of(OPTION_VALUES, texts(3), st.sampled_from(["<x-fuzz>", "x-fuzz", "1", "99999",
                                                            "CHN", "usa", "true", "trade"])
                  ).filter(_sendable)
PAGES = ["/contacts", "/timeline", "/figures", "/search", "/documents", "/add", "/api/events",
         "/api/search", "/api/figures", "/api/timeline", "/api/facets", "/api/documents"]
PARAMS = ["person", "a", "b", "type", "since", "until", "source", "compared", "page", "q",
          "lang", "side", "topic", "about", "unit", "limit", "offset"]


@examples(ci=60, long=1500)
@given(st.sampled_from(PAGES), st.dictionaries(st.sampled_from(PARAMS), QUERY, max_size=4))
def test_any_page_query_is_answered_and_escaped(web: TestClient, path: str,
                                                params: dict[str, str]) -> None:
    response = web.get(path, params=params)
    event(f"GET {response.status_code}")
    assert response.status_code in (200, 303, 400, 404, 422), (path, params, response.text)
    assert_escaped(response)
    if path.startswith("/api/"):
        json.loads(response.text)


@examples(ci=40, long=800)
@given(st.sampled_from(["/contacts/", "/readouts/", "/api/events/", "/api/readouts/",
                        "/api/events/{}/comparison"]), st.one_of(QUERY, st.just("")))
def test_any_id_in_a_path_is_answered_and_escaped(web: TestClient, workspace: dict[str, object],
                                                  prefix: str, ident: str) -> None:
    from urllib.parse import quote

    ident = quote(ident, safe="")
    path = prefix.format(ident) if "{}" in prefix else prefix + ident
    response = web.get(path)
    assert response.status_code in (200, 307, 404, 405, 422), (path, response.status_code)
    assert_escaped(response)


HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=30)


@examples(ci=25, long=500)
@given(form=st.one_of(
           st.fixed_dictionaries({"text": texts(12)}),
           st.fixed_dictionaries({"text": texts(12)}, optional={
               "published": st.one_of(OPTION_VALUES, st.sampled_from(VALID["--published"])),
               "lang": st.one_of(OPTION_VALUES, st.sampled_from(VALID["--lang"])),
               "url": URLS, "token": HEADER_TEXT})),
       files=st.lists(st.tuples(st.one_of(st.text(max_size=12), st.just("<x-fuzz>.txt")),
                                st.one_of(BYTES, st.builds(str.encode, texts(12)))),
                      max_size=2),
       headers=st.one_of(st.just({}), st.dictionaries(
           st.sampled_from(["Origin", "Authorization", "X-Readouts-Token"]), HEADER_TEXT,
           max_size=2)),
       route=st.sampled_from(["/api/documents", "/add"]))
def test_any_submission_is_stored_or_refused_and_escaped(
        web: TestClient, form: dict[str, str], files: list[tuple[str, bytes]],
        headers: dict[str, str], route: str) -> None:
    upload = [("files", (name, data)) for name, data in files] or None
    body = {k: v.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            for k, v in form.items()}
    with stubbed_network([]):
        response = web.post(route, data=body, files=upload, headers=headers)
    event(f"POST {route} {response.status_code}")
    assert response.status_code in (200, 201, 303, 400, 401, 403, 413, 422), \
        (route, form, response.status_code, response.text[:300])
    assert_escaped(response)
    for page in ("/documents", "/contacts", "/search?q=x-fuzz"):
        assert_escaped(web.get(page))
