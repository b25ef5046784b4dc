"""Speaker per sentence: reported speech, continuation, collectives, quotes, in it/en/ru/zh."""

from __future__ import annotations

import re
from pathlib import Path

from readouts.extract.speakers import attribute_speakers
from readouts.text.sentences import split_sentences

# A stand-in for the actor extractor: names as written -> actor ids.
NAMES = {
    "joe-biden": r"President Biden|Joseph Biden|Biden|拜登|Байден\w*",
    "xi-jinping": r"President Xi|Xi Jinping|Xi|国家主席习近平|习近平|Си Цзиньпин\w*",
    "vladimir-putin": r"Vladimir Putin|Putin|普京|Владимир\w* Путин\w*|Путин\w*|Президент России",
    "volodymyr-zelenskyy": r"Volodymyr Zelenskyy|Zelenskyy",
    "sergio-mattarella": r"Presidente Mattarella|Mattarella",
    "giorgia-meloni": r"Presidente Meloni|Meloni",
    "wang-yi": r"王毅",
}
_NAME = [(actor, re.compile(pattern)) for actor, pattern in NAMES.items()]


def mentions(sentence: str) -> list[tuple[str, int, int]]:
    found = sorted(
        ((actor, m.start(), m.end()) for actor, rx in _NAME for m in rx.finditer(sentence)),
        key=lambda m: (m[1], -m[2]),
    )
    kept: list[tuple[str, int, int]] = []
    for mention in found:
        if not kept or mention[1] >= kept[-1][2]:
            kept.append(mention)
    return kept


def speakers(sentences: list[str], lang: str) -> list[str | None]:
    return attribute_speakers(sentences, lang, [mentions(s) for s in sentences])


def test_english_reported_speech_and_continuation() -> None:
    assert speakers(
        [
            "President Biden underscored that the United States will stand up for its values.",
            "He also noted the need for guardrails.",
            "The two leaders discussed the climate crisis.",
            "They also exchanged views on Iran.",
            "On Taiwan, President Biden reiterated the one China policy.",
        ],
        "en",
    ) == ["joe-biden", "joe-biden", None, None, "joe-biden"]


def test_subject_not_object_of_the_verb() -> None:
    assert speakers(["Biden told Xi that the US does not seek conflict."], "en") == ["joe-biden"]
    assert speakers(["Xi told Biden that history is fair."], "en") == ["xi-jinping"]
    assert speakers(["President Biden raised concerns about Xinjiang."], "en") == ["joe-biden"]
    assert speakers(["Xi and Biden stressed the value of dialogue."], "en") == [None]


def test_pronoun_without_referent_and_no_verb() -> None:
    assert speakers(["He also noted the risks."], "en") == [None]
    assert speakers(["Biden met Xi in Lima.", "The meeting lasted two hours."], "en") == [
        None,
        None,
    ]


def test_quote_with_speaker_after_it() -> None:
    sentences = [
        "Volodymyr Zelenskyy stressed that Ukraine is ready.",
        '"We feel it.',
        'And we hope it will help," said Volodymyr Zelenskyy.',
        "The leaders discussed sanctions.",
        '"We are not a member of NATO yet.',
        'Therefore, only a strong army protects us," the President stressed.',
    ]
    assert speakers(sentences, "en") == ["volodymyr-zelenskyy"] * 3 + [None] + [None, None]


def test_according_to() -> None:
    assert speakers(["According to Putin, the talks were useful."], "en") == ["vladimir-putin"]


def test_turn_speakers_win() -> None:
    sentences = ["Thank you.", "Xi told Biden that history is fair."]
    assert attribute_speakers(
        sentences, "en", [mentions(s) for s in sentences], ["vladimir-putin", "joe-biden"]
    ) == ["vladimir-putin", "joe-biden"]


def test_italian_compound_verbs_and_dropped_subject() -> None:
    assert speakers(
        [
            "Il Presidente Mattarella ha sottolineato l'importanza del dialogo.",
            "Ha inoltre ricordato i legami tra i due Paesi.",
            "Il Presidente ha aggiunto che l'Italia sostiene la pace.",
            "I due presidenti hanno discusso della situazione in Ucraina.",
            "Meloni ha detto a Xi che i rapporti sono solidi.",
        ],
        "it",
    ) == [
        "sergio-mattarella",
        "sergio-mattarella",
        "sergio-mattarella",
        None,
        "giorgia-meloni",
    ]


def test_russian_singular_verbs_only() -> None:
    assert speakers(
        [
            "Владимир Путин проинформировал Председателя КНР о контактах с США.",
            "Он также подчеркнул важность диалога.",
            "Лидеры особо подчеркнули стабилизирующую роль связки.",
            "Путин и Байден затронули вопросы безопасности.",
            "Как отметил Владимир Путин, решение за Киевом.",
        ],
        "ru",
    ) == ["vladimir-putin", "vladimir-putin", None, None, "vladimir-putin"]


def test_chinese_reported_speech_runs_on_until_narration() -> None:
    assert speakers(
        [
            "国家主席习近平同美国总统拜登举行视频会晤。",
            "习近平指出，中美应该相互尊重。",
            "双方要做大合作“蛋糕”。",
            "希望美方把表态落到实处。",
            "拜登表示，美中关系是最重要的双边关系。",
            "我赞同习近平主席所讲，历史是公正的。",
            "双方还就阿富汗局势交换了意见。",
            "两国元首都认为，此次会晤是建设性的。",
            "王毅等参加会晤。",
        ],
        "zh",
    ) == [
        None,
        "xi-jinping",
        "xi-jinping",
        "xi-jinping",
        "joe-biden",
        "joe-biden",
        None,
        None,
        None,
    ]


def test_chinese_call_is_not_speech_and_object_is_not_subject() -> None:
    assert speakers(["习近平应约同拜登通电话。"], "zh") == [None]
    assert speakers(["普京对习近平表示感谢。"], "zh") == ["vladimir-putin"]
    assert speakers(["习近平还指出，要坚持合作。"], "zh") == ["xi-jinping"]


def test_corpus_cctv_2021_11_16(corpus: Path) -> None:
    head, body = (corpus / "2021-11-16_biden-xi__cctv-xwlb.txt").read_text("utf-8").split("\n\n", 1)
    sentences = [body[a:b] for a, b in split_sentences(body, "zh")]
    result = speakers(sentences, "zh")
    for sentence, speaker in zip(sentences, result, strict=True):
        if sentence.startswith("习近平指出") or sentence.startswith("习近平强调"):
            assert speaker == "xi-jinping", sentence
        if sentence.startswith("拜登表示"):
            assert speaker == "joe-biden", sentence
        if sentence.startswith("双方还就") or sentence.startswith("两国元首"):
            assert speaker is None, sentence
    assert result[0] is None


def test_corpus_whitehouse_2021_11_16(corpus: Path) -> None:
    body = (corpus / "2021-11-16_biden-xi__whitehouse.txt").read_text("utf-8").split("\n\n", 1)[1]
    sentences = [body[a:b] for a, b in split_sentences(body, "en")]
    result = speakers(sentences, "en")
    for sentence, speaker in zip(sentences, result, strict=True):
        if sentence.startswith(("President Biden", "He ", "On Taiwan")):
            assert speaker == "joe-biden", sentence
        if "the two leaders" in sentence.lower() or sentence.startswith("They"):
            assert speaker is None, sentence
