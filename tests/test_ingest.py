import codecs
from pathlib import Path

import pytest

from readouts.errors import InputError
from readouts.ingest import RawInput, collect, prepare
from readouts.ingest.header import split_header
from readouts.ingest.normalize import normalize


def _prepare(data: bytes, origin: str = "x.txt", content_type: str | None = None):
    return prepare(RawInput(origin, data, content_type))


def test_key_value_header_and_body() -> None:
    text = ("source: kremlin\ndate: 2022-02-12T22:00:00Z\ntitle: Telephone conversation\n\n"
            "Body here.")
    meta, body = split_header(text)
    assert meta == {"source": "kremlin", "date": "2022-02-12T22:00:00Z",
                    "title": "Telephone conversation"}
    assert body == "Body here."


def test_yaml_front_matter_with_synonyms() -> None:
    meta, body = split_header("---\ntitle: Readout\npublished_time: 2024-11-16\n---\nText.")
    assert meta["date"] == "2024-11-16" and body == "Text."


def test_cue_line_is_not_a_header() -> None:
    meta, body = split_header("Fonte: Xinhua\n\nIl presidente Xi ha detto.")
    assert meta == {} and body.startswith("Fonte")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-le"])
def test_unicode_encodings(encoding: str) -> None:
    text = "Il presidente ha parlato con Си Цзиньпин e 习近平."
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    assert _prepare(data)[0].body == text


CHINESE_CALL = ("2026年3月4日晚，国家主席习近平应约同法国总统马克龙通电话。两国元首就双边关系和"
                "共同关心的国际问题交换了意见。习近平指出，中法关系保持稳定发展势头。马克龙表示，"
                "法方愿同中方加强沟通，推动合作取得更多成果。")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CHINESE_CALL, CHINESE_CALL.replace("2026年3月4日", "三月四日")])
def test_chinese_utf16_without_a_mark(encoding: str, text: str) -> None:
    # With digits some bytes are NUL; without them none are: neither is binary.
    assert _prepare(text.encode(encoding))[0].body == text


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_chinese_legacy_encodings_are_not_taken_for_utf16(encoding: str) -> None:
    text = CHINESE_CALL if encoding == "gb18030" else "國家主席習近平同法國總統馬克龍通電話。" * 4
    prepared = _prepare(text.encode(encoding))[0]
    assert prepared.original == text  # decoded as written; Traditional is read as Simplified
    assert prepared.body == (text if encoding == "gb18030" else
                             "国家主席习近平同法国总统马克龙通电话。" * 4)


def test_italian_in_cp1252_is_not_taken_for_utf16() -> None:
    text = ("Il presidente della Repubblica è intervenuto ieri; la telefonata è durata un'ora. "
            "Perché la città più vicina non ha risposto? Già: però è così.")
    assert _prepare(text.encode("cp1252"))[0].body == text


@pytest.mark.parametrize(("text", "encoding"), [
    # one short line: the detector ties cp1252 with cp1250 ("č stato", "cittŕ")
    ("Il presidente Mattarella ha sentito Macron: è stato un colloquio cordiale, perché la "
     "città è pronta.\n", "latin_1"),
    ("Le président Macron a parlé avec Mme Meloni: l'échange a été très cordial.\n", "cp1252"),
    ("Путин и Эрдоган обсудили ситуацию в Сирии.\n", "cp1251"),
])
def test_a_short_legacy_text_reads_in_its_languages_code_page(text: str, encoding: str) -> None:
    assert _prepare(text.encode(encoding))[0].body == text.strip()


@pytest.mark.parametrize(("text", "encoding"), [
    # one short line in KOI8-R: the detector reads it as Shift-JIS half-width katakana
    ("Путин провел телефонный разговор с Макроном.\n", "koi8_r"),
    ("Лукашенко встретился с Токаевым в Минске.\n", "koi8_r"),
    ("Путин и Эрдоган обсудили ситуацию в Сирии.\n", "cp1251"),
])
def test_a_short_cyrillic_line_is_not_read_as_japanese(text: str, encoding: str) -> None:
    assert _prepare(text.encode(encoding))[0].body == text.strip()


def test_japanese_in_shift_jis_is_still_japanese() -> None:
    text = ("安倍総理大臣は、プーチン大統領と電話で会談しました。"
            "両首脳は平和条約について話し合いました。")
    assert _prepare(text.encode("shift_jis"))[0].original == text


def test_text_taken_for_utf16_by_a_stray_mark_is_refused() -> None:
    # An Italian note whose bytes begin with a UTF-16 mark: read as UTF-16 it would be a
    # run of ideographs, which the pipeline would take for Chinese.
    data = codecs.BOM_UTF16_LE + "Il presidente ha parlato con il premier.".encode("cp1252")
    with pytest.raises(InputError, match="wrong encoding"):
        _prepare(data)


def test_legacy_cyrillic_encoding() -> None:
    text = "Владимир Путин провёл телефонный разговор с Председателем КНР Си Цзиньпином. " * 3
    assert "Путин" in _prepare(text.encode("cp1251"))[0].body


def test_normalization() -> None:
    assert normalize("a\u00a0b\r\nc\u200b d  \n").text == "a b\nc d"
    assert normalize("e\u0301").text == "é"


def test_html_boilerplate_removed() -> None:
    page = ("<html><head><title>Readout</title></head><body><nav>Home | Menu | Login</nav>"
            "<article><h1>Readout of the call</h1><p>President Biden spoke today with President "
            "Xi Jinping of the People's Republic of China about trade and climate.</p>"
            "<p>The leaders agreed to keep lines of communication open in the months ahead.</p>"
            "</article><footer>Copyright 2024 All rights reserved</footer></body></html>")
    doc = _prepare(page.encode(), "page.html")[0]
    assert "spoke today with President" in doc.body
    assert "Login" not in doc.body and "Copyright" not in doc.body


def test_feed_entries_become_documents() -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
    <item><title>Call one</title><link>https://example.org/1</link>
    <pubDate>Tue, 20 Oct 2026 10:00:00 GMT</pubDate>
    <description>Vladimir Putin held talks with Xi Jinping via videoconference.</description></item>
    <item><title>Call two</title><link>https://example.org/2</link>
    <description>President Trump spoke with President Xi this morning.</description></item>
    </channel></rss>"""
    docs = _prepare(feed.encode(), "feed.xml")
    assert [d.meta["title"] for d in docs] == ["Call one", "Call two"]
    assert docs[0].meta["date"] == "2026-10-20"
    assert docs[0].sha256 != docs[1].sha256


@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
    '"http://my.netscape.com/publish/formats/rss-0.91.dtd">',
    '<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n<!doctype rss>',
    '<!-- feed -->\n<!DOCTYPE rss [\n<!ENTITY agency "Agenzia">\n]>',
])
def test_feed_with_a_doctype_is_read_as_a_feed(prolog: str) -> None:
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
{prolog}
<rss version="0.91"><channel><title>Comunicati</title>
<item><title>Colloquio telefonico</title><link>https://example.org/c/1</link>
<description>Il presidente Mattarella ha avuto un colloquio telefonico con il presidente
Macron.</description></item></channel></rss>"""
    [doc] = _prepare(feed.encode(), "feed.xml")
    assert doc.meta["title"] == "Colloquio telefonico"
    assert doc.body.startswith("Il presidente Mattarella") and "<" not in doc.body


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
])
def test_bad_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        _prepare(data)


def test_missing_path_and_empty_folder(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        collect([str(tmp_path / "nope.txt")])
    with pytest.raises(InputError, match="no documents"):
        collect([str(tmp_path)])


def test_folder_notes_are_skipped_unless_named(tmp_path) -> None:
    (tmp_path / "SOURCES.md").write_text("Where each text comes from.")
    (tmp_path / "README.txt").write_text("About this folder.")
    nested = tmp_path / "2025"
    nested.mkdir()
    (nested / "call.txt").write_text("Il presidente ha avuto un colloquio telefonico.")
    assert [Path(r.origin).name for r in collect([str(tmp_path)])] == ["call.txt"]
    assert [Path(r.origin).name for r in collect([str(tmp_path / "SOURCES.md")])] == [
        "SOURCES.md"]


def test_private_urls_refused() -> None:
    with pytest.raises(InputError, match="private or loopback"):
        collect(["http://127.0.0.1:9/readout"])
    with pytest.raises(InputError, match="only http"):
        collect(["https://"])


def test_size_cap(tmp_path, monkeypatch) -> None:
    import readouts.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="larger than"):
        collect([str(big)])


def test_control_characters_from_entities_leave_titles_and_text() -> None:
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>MFA</title><item>'
            "<title>Colloquio &#27;]8;;file:///etc/passwd&#27;\\ telefonico</title>"
            "<link>https://example.org/a</link><description>Il presidente Mattarella ha "
            "sentito il presidente Macron &#27;[31m al telefono.</description></item>"
            "</channel></rss>")
    [prepared] = prepare(RawInput("feed.xml", feed.encode()))
    assert prepared.meta["title"] == "Colloquio ]8;;file:///etc/passwd\\ telefonico"
    assert prepared.body == "Il presidente Mattarella ha sentito il presidente Macron [31m al " \
        "telefono."


def test_feed_entities_never_read_files() -> None:
    feed = ('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
            '<rss version="2.0"><channel><title>MFA</title><item><title>Colloquio</title>'
            "<description>Il presidente Mattarella ha sentito il presidente Macron al telefono."
            " &x;</description></item></channel></rss>")
    [doc] = _prepare(feed.encode(), "feed.xml")
    assert doc.body.startswith("Il presidente") and "root:" not in doc.body


@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    page = ("<html><head><title>Colloquio &amp; telefonata</title><script>var s = '<p>no</p>';"
            "</script></head><body><p>Il Quirinale ha diffuso una nota nel pomeriggio.</p>"
            + "<div>" * depth + "<p>Il presidente Mattarella ha avuto un <b>colloquio</b> "
            "telefonico con il presidente Macron.</p>" + "</div>" * depth + "</body></html>")
    [doc] = _prepare(page.encode(), "deep.html")
    assert doc.body == ("Il Quirinale ha diffuso una nota nel pomeriggio.\n\nIl presidente "
                        "Mattarella ha avuto un colloquio telefonico con il presidente Macron.")
    assert doc.meta["title"] == "Colloquio & telefonata"


def test_text_past_the_analysis_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import readouts.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_CHARS", 500, raising=False)
    sentence = "Il presidente Mattarella ha avuto un colloquio telefonico con Macron. "
    assert _prepare((sentence * 7).encode())[0].body == (sentence * 7).strip()
    with pytest.raises(InputError, match="more than the 500 one document may hold"):
        _prepare((sentence * 8).encode())
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>MFA</title>'
            f"<item><title>Uno</title><description>{sentence * 8}</description></item>"
            "</channel></rss>")
    with pytest.raises(InputError, match="more than the 500"):
        _prepare(feed.encode(), "feed.xml")


def test_feed_with_a_reference_to_no_character_and_an_invisible_entry() -> None:
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>MFA</title>'
            "<item><title>Vuoto</title><description>&#8203;&#173;</description></item>"
            "<item><title>Colloquio &#1114112; &#xD800;</title><description>Il presidente "
            "Mattarella ha sentito il presidente Macron.</description></item></channel></rss>")
    [doc] = _prepare(feed.encode(), "feed.xml")
    assert doc.meta["title"] == "Colloquio \ufffd \ufffd"
    assert doc.body == "Il presidente Mattarella ha sentito il presidente Macron."


def test_feed_entry_whose_fields_a_broken_cdata_swallowed() -> None:
    feed = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
            "<entry><title><![CDATA[ </title><content type='html'><![CDATA[]]></content>"
            "</entry><entry><title>Colloquio</title><content>Il presidente Mattarella ha "
            "sentito il presidente Macron.</content></entry></feed>")
    docs = _prepare(feed.encode(), "feed.xml")
    assert docs[-1].body == "Il presidente Mattarella ha sentito il presidente Macron."


def test_html_fragment_rooted_in_svg_is_read() -> None:
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>F</title><item><title>"
            "Colloquio</title><description><![CDATA[<svg><title>logo</title><p>Il presidente "
            "Mattarella ha sentito il presidente Macron.</p></svg>]]></description></item>"
            "</channel></rss>")
    [doc] = _prepare(feed.encode(), "feed.xml")
    assert doc.body.endswith("Il presidente Mattarella ha sentito il presidente Macron.")


def test_front_matter_with_an_impossible_date_is_no_header() -> None:
    meta, body = split_header("---\ntitle: 0000-00-00\n---\nIl presidente ha telefonato.")
    assert meta == {} and body.startswith("---")


def test_an_address_line_right_over_the_text_is_a_header() -> None:
    """A page saved with "url: …" on its first line and the headline right under it, no blank
    line between: the address is the header, the headline the text's first line (its words,
    "xi-incontra-…-visita", are no sentence of the story)."""
    meta, body = split_header("url: https://example.org/2025/08/26/xi-incontra-putin\n"
                              "Xi incontra Putin\n\nIl presidente Xi ha incontrato Putin.")
    assert meta == {"url": "https://example.org/2025/08/26/xi-incontra-putin"}
    assert body.startswith("Xi incontra Putin\n\nIl presidente")


@pytest.mark.parametrize("text", [
    "Source: Xinhua\nXi Jinping held talks with Putin.",
    "url: non è un indirizzo\nIl presidente ha telefonato.",
])
def test_a_key_line_over_the_text_that_is_no_address_is_no_header(text: str) -> None:
    meta, body = split_header(text)
    assert meta == {} and body == text
