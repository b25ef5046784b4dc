"""Normalization at ingest: typographic variants folded once, offsets kept to the original,
and the stages downstream reading the folded text (it/en/ru/zh)."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readouts.extract.time.durations import find_duration
from readouts.ingest import RawInput, prepare
from readouts.ingest.normalize import normalize


def _prepare(text: str) -> str:
    return prepare(RawInput("t.txt", text.encode()))[0].body


@pytest.mark.parametrize(("raw", "clean"), [
    ("un\u2019ora e venticinque minuti", "un'ora e venticinque minuti"),
    ("l\u2018agenzia dell\u02bcAsia", "l'agenzia dell'Asia"),
    ("Xi\u00a0Jinping\u202fe\u2009Putin", "Xi Jinping e Putin"),
    ("video\u200bcall\u00ad", "videocall"),
    ("8:33\u201210:50, \u2015 Kyiv, \u22125%", "8:33\u201310:50, \u2014 Kyiv, -5%"),
    ("U\u2011S \u2010 Russia", "U-S - Russia"),
    ("\u301dвеликие державы\u301e", "\u201cвеликие державы\u201d"),
    ("两国贸易额达到２０２４亿美元，增长１２．５％。", "两国贸易额达到2024亿美元，增长12.5%。"),
    ("ＡＰＥＣ领导人非正式会议（北京）：", "APEC领导人非正式会议（北京）："),
    ("line one   \r\nline two\r\rend", "line one\nline two\n\nend"),
])
def test_variants_fold_to_the_forms_the_stages_know(raw: str, clean: str) -> None:
    assert normalize(raw).text == clean


def test_chinese_punctuation_is_kept() -> None:
    text = "习近平指出，中美关系很重要；双方应当（在平等基础上）加强对话：“合则两利”！"
    assert normalize(text).text == text


@given(st.text(alphabet=st.sampled_from(list(
    "ab \n\r\t\u00a0\u200b\u2019\u2014\u0301e\uff11\u00ad\x07\u3000\u201f"))))
def test_every_kept_character_maps_back_to_its_original(text: str) -> None:
    norm = normalize(text)
    for i, ch in enumerate(norm.text):
        orig = norm.original[norm.offsets.to_original(i)]
        assert ch == orig or ch == orig.translate({0x2019: "'", 0xA0: " ", 0x3000: " ",
                                                    0xFF11: "1", 0x201F: "\u201c", 0xD: "\n"}) \
            or unicodedata.normalize("NFD", ch)[0] == orig  # a base and its mark composed


def test_offsets_point_into_the_document_as_written() -> None:
    raw = "title: Telefonata\n\n\u200bIl colloquio \u00e8 durato un\u2019ora e mezza.\u00a0\n"
    prepared = prepare(RawInput("t.txt", raw.encode()))[0]
    start = prepared.body.index("un'ora")
    assert prepared.original_span(start, start + len("un'ora e mezza")) == "un\u2019ora e mezza"
    assert prepared.body.startswith("Il colloquio")


def test_html_offsets_point_into_the_extracted_text() -> None:
    page = ("<html><body><article><p>Il presidente Xi Jinping ha avuto un colloquio "
            "telefonico con il presidente Trump: \u00e8 durato un\u2019ora.</p><p>I due "
            "leader hanno parlato di commercio e di Taiwan, secondo la nota.</p>"
            "</article></body></html>")
    prepared = prepare(RawInput("p.html", page.encode(), "text/html"))[0]
    start = prepared.body.index("un'ora")
    assert prepared.original_span(start, start + 6) == "un\u2019ora"


@pytest.mark.parametrize(("lang", "text", "minutes"), [
    ("it", "Il colloquio \u00e8 durato un\u2019ora e venticinque minuti.", 85),
    ("en", "The leaders spoke for 90\u200b minutes.", 90),  # a zero-width space
    ("ru", "Разговор продолжался полто\u00adра часа.", 90),  # a web page's soft hyphen
    ("zh", "两国元首通话持续了85\u200b分钟。", 85),
])
def test_durations_read_the_normalized_text(lang: str, text: str, minutes: int) -> None:
    body = _prepare(text)
    found = find_duration(body, lang)
    assert found is not None and found.minutes == minutes


def test_same_bytes_same_digest_after_normalization() -> None:
    raw = "Xi e Putin: un\u2019ora di colloquio.".encode()
    assert prepare(RawInput("a", raw))[0].sha256 == hashlib.sha256(raw).hexdigest()


# Pinyin glossing characters ("總統(tǒng)"), and the same gloss mangled by a bad re-encoding
# into "?" plus the reading's tail: gone, so no stage reads a question mark there. A real
# question mark, and Latin words in brackets, stay.
@pytest.mark.parametrize(("raw", "clean"), [
    ("法國(guó)總統(tǒng)馬克龍", "法國總統馬克龍"),
    ("兩國元首舉行會(huì )談", "兩國元首舉行會談"),  # padded before its bracket
    ("當(dāng)?shù)貢r(shí)間3月19日", "當間3月19日"),
    ("上周,馬克龍?jiān)c德國總理會(huì)談", "上周,馬克龍德國總理會談"),
    ("外交部發言人對此有何評論?答:", "外交部發言人對此有何評論?答:"),
    ("习近平(Xi Jinping)会见Beijing (Běijīng)", "习近平(Xi Jinping)会见Beijing (Běijīng)"),
])
def test_pinyin_glosses_go(raw: str, clean: str) -> None:
    norm = normalize(raw)
    assert norm.text == clean
    assert norm.original_span(0, len(norm.text)) == raw


def test_a_glossed_chinese_report_reads_as_one_sentence() -> None:
    raw = ("中新網(wǎng)4月3日電 當(dāng)?shù)貢r(shí)間4月2日,德國(guó)總理朔爾茨在記者會(huì)上"
           "接到了法國(guó)總統(tǒng)馬克龍的電話。兩人討論了烏克蘭局勢(shì)。")
    body = _prepare(raw)
    assert "?" not in body and "(" not in body
    assert body.index("4月2日") < body.index("马克龙") < body.index("。")


@pytest.mark.parametrize(("raw", "clean"), [
    ("他將於 8 月 15 日在阿拉斯加同普丁舉行會談", "他將於 8月15日在阿拉斯加同普丁舉行會談"),
    ("2025 年 3 月 2 日下午 3 时", "2025年3月2日下午 3时"),
    ("据《央视》上周五（8 日）报导", "据《央视》上周五（8日）报导"),
    ("第 2 次会晤，共 15 位领导人", "第 2 次会晤，共 15 位领导人"),
    ("G 20 summit on 8 May", "G 20 summit on 8 May"),
])
def test_spaces_inside_a_chinese_date_go(raw: str, clean: str) -> None:
    assert normalize(raw).text == clean


def test_a_spaced_chinese_date_dates_the_planned_meeting() -> None:
    from readouts.pipeline import analyze_document, link_results
    raw = RawInput("t.txt", ("2025年8月13日 两国元首上周五通电话。当天稍晚，美国总统特朗普宣布，"
                             "他将于 8 月 15 日在阿拉斯加同普京举行会谈。").encode())
    events = link_results([analyze_document(prepare(raw)[0], lang="zh")]).events
    planned = [(e.type, e.date) for e in events if e.status == "planned"]
    assert planned == [("meeting", "2025-08-15")]


@pytest.mark.parametrize(("raw", "clean"), [
    ("M o s c a ,   2 8   d i c .   ( A d n k r o n o s )   -   I l   l e a d e r   r u s s o",
     "Mosca, 28 dic. (Adnkronos) - Il leader russo"),
    ("P r e s i d e n t   B i d e n   s p o k e   t o d a y   w i t h   X i",
     "President Biden spoke today with Xi"),
    ("П у т и н   п р о в ё л   р а з г о в о р   с   С и", "Путин провёл разговор с Си"),
    (" ".join("习近平同普京通电话。两国元首交换了意见"), "习近平同普京通电话。两国元首交换了意见"),
    ("A B C of diplomacy: a guide", "A B C of diplomacy: a guide"),
    ("Xi and Putin met in Moscow on 8 May.", "Xi and Putin met in Moscow on 8 May."),
])
def test_a_page_letter_spacing_is_undone(raw: str, clean: str) -> None:
    norm = normalize(raw)
    assert norm.text == clean
    assert norm.original_span(0, len(norm.text)) == raw


def test_a_letter_spaced_italian_item_is_read() -> None:
    from readouts.pipeline import analyze_document, link_results
    text = ("Mosca, 28 dic. (Adnkronos) - Il presidente russo Vladimir Putin e il presidente "
            "statunitense Donald Trump hanno avuto una telefonata amichevole.")
    raw = RawInput("t.txt", " ".join(text).encode())
    events = link_results([analyze_document(prepare(raw)[0], "2025-12-28")]).events
    assert [(e.type, e.date, sorted(e.participants)) for e in events] == [
        ("phone_call", "2025-12-28", ["donald-trump", "vladimir-putin"])]
