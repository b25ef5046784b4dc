"""How accounts characterize the talks, in it/en/ru/zh, and where tone words do not count."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts.extract.tags.tone import _head, characterize


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The two presidents held a candid and constructive discussion on trade.",
         ["candid", "constructive"]),
        ("en", "Overall, the conversation was business-like.", ["business-like"]),
        ("en", "The call took place in a frank and useful atmosphere.", ["frank", "useful"]),
        ("en", "The leaders spoke candidly about their priorities.", ["candid"]),
        ("en", "The tone was rather balanced and substantive.", ["balanced", "substantive"]),
        ("it", "Il colloquio cordiale e costruttivo è durato un'ora.", ["cordial", "constructive"]),
        ("it", "Si è svolto un lungo e franco colloquio telefonico.", ["frank"]),
        ("it", "L'incontro si è svolto in un clima di grande cordialità.", ["cordial"]),
        ("ru", "Разговор носил тёплый и дружеский характер.", ["warm", "friendly"]),
        ("ru", "Состоялся углублённый обмен мнениями по Украине.", ["in-depth"]),
        ("ru", "Беседа прошла в деловой и доверительной атмосфере.", ["business-like", "trusting"]),
        ("zh", "两国元首坦诚深入交换了意见。", ["candid", "in-depth"]),
        ("zh", "双方认为，此次通话是建设性的。", ["constructive"]),
        ("zh", "会谈在热烈友好的气氛中进行。", ["warm", "friendly"]),
    ],
)  # fmt: skip
def test_characterization_in_four_languages(lang: str, text: str, expected: list[str]) -> None:
    assert characterize(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the same adjectives describing something other than the talks
        ("en", "The US did not pursue a constructive policy towards Russia."),
        ("en", "They welcomed constructive proposals on trade."),
        ("en", "The Treaty on Good-Neighbourliness and Friendly Cooperation was extended."),
        ("en", "The leaders discussed the dialogue and kept it open."),
        # a wish or a plan, not how the talks went
        ("en", "Both sides expressed readiness for a constructive dialogue."),
        ("en", "They hoped the talks in Vienna will be constructive."),
        ("it", "Le parti si sono dette pronte a un dialogo costruttivo."),
        ("it", "È stato adottato un approccio costruttivo sulla questione."),
        ("ru", "Стороны готовы к конструктивному диалогу."),
        ("ru", "Россия проводит конструктивную политику."),
        ("zh", "以建设性方式管控分歧。"),
        ("zh", "美方愿同中方开展坦诚和建设性对话。"),
        ("zh", "要深入推进金融领域改革。"),
        ("zh", "双方同意继续就重要问题深入沟通。"),
    ],
)
def test_tone_words_elsewhere_do_not_count(lang: str, text: str) -> None:
    assert characterize(text, lang) == []


def test_unique_in_order_of_appearance() -> None:
    text = (
        "The leaders had a frank exchange of views. The conversation was constructive. "
        "Overall, the call was frank and constructive."
    )
    assert characterize(text, "en") == ["frank", "constructive"]


def test_language_without_tone_data() -> None:
    assert characterize("Une conversation franche.", "fr") == []


def test_corpus_kremlin_2025_02_24_warm_and_friendly(corpus: Path) -> None:
    body = (corpus / "2025-02-24_putin-xi__kremlin-ru.txt").read_text(encoding="utf-8")
    tone = characterize(body.split("\n\n", 1)[1], "ru")
    assert {"warm", "friendly"} <= set(tone)


def test_corpus_cctv_2021_11_16_heads_of_state_view(corpus: Path) -> None:
    body = (corpus / "2021-11-16_biden-xi__cctv-xwlb.txt").read_text(encoding="utf-8")
    tone = characterize(body.split("\n\n", 1)[1], "zh")
    assert {"frank", "constructive", "substantive", "productive"} <= set(tone)
    assert "candid" not in tone  # "坦率对话" there is what Biden hopes for, not the meeting


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a tone adverb before the verb that reports the talks
        ("en", "The leaders thoroughly discussed the state of food security.", ["thorough"]),
        ("en", "The presidents candidly talked about the risks.", ["candid"]),
        ("ru", "Лидеры подробно обсудили ситуацию на Ближнем Востоке.", ["detailed"]),
        ("ru", "Президенты откровенно побеседовали о двусторонних делах.", ["frank"]),
        ("it", "I due presidenti hanno discusso approfonditamente della crisi.", ["in-depth"]),
        ("zh", "双方深入讨论了经贸合作。", ["in-depth"]),
        # ... not in a wish or a plan
        ("en", "They hoped the ministers would candidly discuss the issue.", []),
        ("ru", "Стороны надеются, что министры подробно обсудили все детали.", []),
        ("it", "Le parti sperano che i ministri abbiano discusso approfonditamente.", []),
        ("zh", "双方愿深入讨论了合作。", []),
    ],
)  # fmt: skip
def test_tone_adverb_before_or_after_the_verb(lang: str, text: str, expected: list[str]) -> None:
    assert characterize(text, lang) == expected


@pytest.mark.parametrize(("form", "head"), [
    ("candid*", "can"), ("in-depth", "in-"), ("in depth", "in"), ("l'atmosfera", "l"),
    ("a", "a"), ("откровенн*", "отк"),
])
def test_scan_checks_the_first_letters_every_match_of_a_form_starts_with(
        form: str, head: str) -> None:
    assert _head(form) == head


@pytest.mark.parametrize(("lang", "text", "tones"), [
    ("en", "In-depth and CANDID talks; Frankly Speaking, they held a Productive Meeting.",
     ["in-depth", "candid", "frank", "productive"]),
    ("it", "Un colloquio Approfondito e FRANCO.", ["in-depth", "frank"]),
    ("ru", "Переговоры прошли в ДРУЖЕСКОЙ и Конструктивной атмосфере.",
     ["friendly", "constructive"]),
])
def test_tones_in_any_case_pass_the_first_letters_check(lang: str, text: str,
                                                       tones: list[str]) -> None:
    assert characterize(text, lang) == tones
