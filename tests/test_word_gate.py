"""The word gate turns away only texts its regex cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.extract.contacts.bystanders import _patterns, bystander_spans
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.tags.tone import _rules, characterize
from readouts.extract.tags.topics import CueMatcher, _alternation
from readouts.segment.source_cues import cue_data
from readouts.text.word_gate import WordGate, fold

# Characters with a case: the only ones re.I may match to another character.
_CASED = "".join(c for c in map(chr, range(0x110000))
                 if c.lower() != c or c.upper() != c or c.casefold() != c)


def _gates() -> list[WordGate]:
    gates = [rules.gate for lang in ("it", "en", "ru", "zh") if (rules := _rules(lang))]
    gates.extend(gate for lang in ("it", "en", "ru", "zh")
                 for _, types in contact_cues(lang).types for gate in types.gates)
    gates.extend(gated.gate for lang in ("it", "en", "ru", "zh")
                 for gated in (*contact_cues(lang).initiator, *contact_cues(lang).attendees))
    for source in ("topics", "concepts", "pledges"):
        for lang in ("it", "en", "ru", "zh"):
            matcher = CueMatcher(lang, source)
            if matcher.raw is not None:
                gates.extend(matcher.raw.alternation.gates)
    return gates


def test_every_character_a_gate_letter_matches_ignoring_case_folds_to_it() -> None:
    letters = {c for gate in _gates() for word in gate.words or () for c in word}
    assert {"a", "я", "ё", "-"} <= letters
    for letter in letters:
        for char in re.findall(re.escape(letter), _CASED + letter, re.I):
            assert fold(char) == letter, (letter, char)


@pytest.mark.parametrize(("lang", "text", "tones"), [
    ("en", "A CANDID and constructive conversation.", ["candid", "constructive"]),
    ("it", "Un colloquio FRANCO e cordiale.", ["frank", "cordial"]),
    ("ru", "Разговор носил ОТКРОВЕННЫЙ и конструктивный характер.", ["frank", "constructive"]),
])
def test_tone_gate_passes_a_tone_in_any_case(lang: str, text: str, tones: list[str]) -> None:
    rules = _rules(lang)
    assert rules is not None and rules.gate.may_match(text)
    assert characterize(text, lang) == tones


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two presidents discussed trade, energy and the situation in the Middle East."),
    ("it", "I due presidenti hanno parlato di commercio e di energia."),
    ("ru", "Президенты обсудили вопросы торговли и энергетики."),
])
def test_tone_gate_stops_a_sentence_with_no_tone_word(lang: str, text: str) -> None:
    rules = _rules(lang)
    assert rules is not None and not rules.gate.may_match(text)
    assert characterize(text, lang) == []


def test_a_regex_with_no_selective_word_lets_everything_through() -> None:
    gate = WordGate(re.compile(r"\w+ (?:a|in) \d+", re.I))
    assert gate.words is None and gate.may_match("anything at all")


def test_a_pattern_with_no_word_beside_others_is_searched_itself() -> None:
    gate = WordGate(re.compile(r"(?:tele)?phone call", re.I), re.compile(r"\b\d+ \w+ ago\b"),
                    re.compile(r"(?:川|拜|普)习会"))
    assert gate.may_match("They held a PHONE CALL.") and gate.may_match("It was 3 days ago.")
    assert gate.may_match("拜习会在巴厘岛举行。")
    assert not gate.may_match("The leaders discussed trade.")
    assert not gate.may_match("双方举行会谈。")
    types = contact_cues("zh").types_gate
    assert types.may_match("拜习会在巴厘岛举行。") and not types.may_match("天气很好。")


def test_raw_cue_gate_folds_the_text() -> None:
    gate = WordGate(re.compile(r"(?:security|reliable) guarant(?:ee|y)s?", re.I))
    assert gate.may_match("SECURITY GUARANTEES were discussed")
    assert gate.may_match("ſecurity guarantees")  # the long s is an s to re.I
    assert not gate.may_match("They discussed energy security.")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "They agreed to MAINTAIN close contacts and to deepen practical cooperation."),
    ("it", "Hanno convenuto di mantenere stretti contatti e di rafforzare la cooperazione."),
    ("ru", "Условились продолжить личные контакты; подписан ряд документов."),
    ("zh", "双方同意保持密切沟通，深化务实合作，祝大会圆满成功。"),
])
def test_raw_cues_run_only_the_branches_a_text_can_match(lang: str, text: str) -> None:
    raw = CueMatcher(lang, "concepts").raw
    assert raw is not None
    full, owners = _alternation(raw.cues, lang, "concepts")
    expected = {m.start(): (m.end(), owners[m.lastindex - 1]) for m in full.finditer(text)}
    assert expected and raw.scan(text) == expected
    ran = list(raw.alternation._compiled)
    assert len(ran) == 1 and len(ran[0]) < len(raw.cues)


@pytest.mark.parametrize("text", ["İstanbul", "ıslak", "DİYARBAKIR ve ISPARTA", "Straße",
                                  "Ὀδυσσεύς", "КРЕМЛЬ", "习近平", ""])
def test_fold_is_the_casefold_of_the_text_with_turkish_i_as_plain_i(text: str) -> None:
    assert fold(text) == text.replace("İ", "i").replace("ı", "i").casefold()


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il colloquio si è svolto su richiesta della parte turca, SU INIZIATIVA di Ankara."),
    ("en", "The call was held AT THE REQUEST of the French side, initiated by Paris."),
    ("ru", "Разговор состоялся ПО ИНИЦИАТИВЕ турецкой стороны."),
    ("zh", "应美方要求，国家主席习近平同美国总统拜登通电话。"),
    ("it", "Le due parti hanno discusso di commercio e di energia."),
    ("it", "Al colloquio hanno partecipato anche i ministri degli Esteri Rossi e Bianchi."),
    ("en", "Foreign Minister John Smith and the national security adviser ALSO TOOK PART."),
    ("en", "During the call, which lasted an hour, the leaders discussed trade."),
    ("ru", "В разговоре также приняли участие министры иностранных дел."),
    ("zh", "两国外长等参加会谈。"),
])
def test_initiator_and_attendee_cues_find_what_their_regex_finds(lang: str, text: str) -> None:
    """Each cue runs only where its words stand, and finds there what its regex finds."""
    cues = contact_cues(lang)
    for gated in (*cues.initiator, *cues.attendees):
        first, whole = gated.search(text), gated.pattern.search(text)
        assert (first and first.span()) == (whole and whole.span()), gated.pattern.pattern
        assert [m.span() for m in gated.finditer(text)] == \
            [m.span() for m in gated.pattern.finditer(text)]
        if not gated.gate.may_match(text):
            assert whole is None


def test_attendee_cues_find_their_people_in_every_language() -> None:
    for lang, text, who in [
        ("it", "Al colloquio hanno partecipato anche i ministri degli Esteri.", "i ministri"),
        ("en", "Foreign Minister John Smith also took part.", "John Smith"),
        ("ru", "В разговоре также приняли участие министры.", "министры"),
        ("zh", "两国外长等参加会谈。", "外长"),
    ]:
        found = [m.group("who") for gated in contact_cues(lang).attendees
                 if (m := gated.search(text)) and "who" in gated.groupindex]
        assert any(who in w for w in found), (lang, found)


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("it", "La telefonata si è svolta SU RICHIESTA della parte italiana.", True),
    ("en", "The call was held at the REQUEST of the French side.", True),
    ("ru", "Разговор состоялся по инициативе российской стороны.", True),
    ("zh", "应美方要求，两国元首通电话。", True),
    ("it", "I due leader hanno discusso di commercio ed energia.", False),
    ("en", "The two leaders discussed trade and energy.", False),
    ("ru", "Лидеры обсудили торговлю и энергетику.", False),
])
def test_gated_cue_patterns_find_what_their_regex_finds(lang: str, text: str,
                                                        found: bool) -> None:
    cues = contact_cues(lang)
    for gated in (cues.initiator_gate, cues.attendees_gate):
        assert gated is not None
        first, whole = gated.search(text), gated.pattern.search(text)
        assert (first and first.span()) == (whole and whole.span())
        assert [m.span() for m in gated.finditer(text)] == \
            [m.span() for m in gated.pattern.finditer(text)]
    assert (cues.initiator_gate.search(text) is not None) == found


@pytest.mark.parametrize(("lang", "text", "mourned"), [
    ("it", "Ha espresso le condoglianze per la scomparsa di Silvio Berlusconi.", True),
    ("en", "He expressed condolences on the passing of former Premier Li Keqiang.", True),
    ("ru", "Он выразил соболезнования в связи с кончиной Михаила Горбачева.", True),
    ("zh", "习近平对李克强逝世表示哀悼。", True),
    ("en", "He congratulated the president on his election victory.", False),
])
def test_mourned_cues_skip_only_texts_they_cannot_match(lang: str, text: str,
                                                        mourned: bool) -> None:
    whole = [m.span("who") for gated in _patterns(lang) for m in gated.pattern.finditer(text)]
    assert bystander_spans(text, lang) == whole
    assert bool(whole) == mourned


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="abcdeflmnoprstuvАБВабвгдежзик年月日通话 -", max_size=60))
def test_the_gates_word_scan_is_a_search_for_any_of_their_words(text: str) -> None:
    gate = WordGate(re.compile(r"(?:telephone|phone|videocall|звонок|通话|call)s?", re.I))
    assert gate.words is not None
    for piece in ("", "phone", "Telephone", "ЗВОНОК", "通话", "call"):
        folded = fold(text + piece)
        assert gate.may_match(text + piece) == any(word in folded for word in gate.words)
    several = WordGate(*(re.compile(p, re.I) for p in (r"\bphone call", r"video(?:conference|call)",
                                                      r"通话")))
    for piece in ("", "PHONE CALL", "videocall", "通话", "video"):
        folded = fold(text + piece)
        assert several.may_match(text + piece) == any(word in folded for word in several.words)


@pytest.mark.parametrize("text", [
    "Il portavoce ha tenuto un briefing con la stampa dopo la telefonata.",
    "Transcript of the press conference held after the phone call.",
    "Стенограмма брифинга помощника президента после телефонного разговора.",
    "外交部发言人就两国元首通电话答记者问。",
    "The weather was mild in the capital on Tuesday.",
])
def test_account_kind_cues_find_what_their_regex_finds(text: str) -> None:
    for gated in cue_data().kinds.values():
        first, whole = gated.search(text), gated.pattern.search(text)
        assert (first and first.span()) == (whole and whole.span())
