"""Speaker per sentence: reported speech, continuation, collectives, quotes, in it/en/ru/zh."""

from __future__ import annotations

import re
from pathlib import Path

from readouts.extract.people.speakers import attribute_speakers, statement_author
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


# Mentions as the actor extractor gives them: the name without the title before it.
BARE = {
    "joe-biden": r"Joe Biden|Biden|拜登|Байден\w*",
    "xi-jinping": r"Xi Jinping|Xi|习近平|Си Цзиньпин\w*",
    "vladimir-putin": r"Vladimir Putin|Putin|普京|Владимир\w* Путин\w*",
    "donald-trump": r"Donald Trump|Trump|Дональд\w* Трамп\w*",
    "volodymyr-zelenskyy": r"Volodymyr Zelenskyy|Zelenskyy",
    "sergio-mattarella": r"Sergio Mattarella|Mattarella",
    "olaf-scholz": r"Olaf Scholz|Scholz|Олаф\w* Шольц\w*",
}


def bare_mentions(sentence: str) -> list[tuple[str, int, int]]:
    found = [(a, m.start(), m.end()) for a, rx in BARE.items() for m in re.finditer(rx, sentence)]
    kept: list[tuple[str, int, int]] = []
    for mention in sorted(found, key=lambda m: (m[1], -m[2])):
        if not kept or mention[1] >= kept[-1][2]:
            kept.append(mention)
    return kept


def bare(sentences: list[str], lang: str, author: str | None = None) -> list[str | None]:
    return attribute_speakers(
        sentences, lang, [bare_mentions(s) for s in sentences], None, author
    )


def test_two_titled_subjects_have_no_single_speaker() -> None:
    assert bare(["President Biden and President Xi reiterated that a nuclear war must "
                 "never be fought."], "en") == [None]
    assert bare(["Il Presidente Mattarella e il Presidente Xi hanno ribadito l'amicizia."],
                "it") == [None]
    assert bare(["Президент Владимир Путин и Председатель КНР Си Цзиньпин подтвердили "
                 "курс."], "ru") == [None]
    assert bare(["国家主席习近平和普京总统表示，要加强合作。"], "zh") == [None]
    assert bare(["President Biden told President Xi that the US does not seek conflict."],
                "en") == ["joe-biden"]


def test_speaking_with_someone_is_the_contact_not_speech() -> None:
    assert bare(["President Joseph R. Biden, Jr. spoke today with President Xi of China."],
                "en") == [None]
    assert bare(["Biden spoke by phone with President Zelenskyy."], "en") == [None]
    assert bare(["Putin spoke about the need for security guarantees."], "en") == [
        "vladimir-putin"
    ]


def test_he_after_a_quote_is_the_quoted_speaker_not_a_name_inside_it() -> None:
    assert bare(
        [
            "Volodymyr Zelenskyy thanked the United States for its support.",
            '"We now see the real role of President Biden in ending this war," he said.',
        ],
        "en",
    ) == ["volodymyr-zelenskyy", "volodymyr-zelenskyy"]
    # Outside a quote a pronoun still points to the name before it in the sentence.
    assert bare(["Putin noted that Scholz was right, and he added that talks go on."], "en") == [
        "vladimir-putin"
    ]


def test_a_connective_opening_continues_the_last_speaker() -> None:
    assert bare(
        [
            "Владимир Путин проинформировал, что 19 марта состоится обмен пленными.",
            "Кроме того, будут переданы 23 тяжелораненых военнослужащих.",
            "Кроме того, стороны обсудили ситуацию на Ближнем Востоке.",
        ],
        "ru",
    ) == ["vladimir-putin", "vladimir-putin", None]
    assert bare(
        [
            "President Trump announced a deal on soybeans.",
            "Moreover, tariffs on chips will fall by ten points.",
            "Moreover, the two leaders agreed to meet again.",
        ],
        "en",
    ) == ["donald-trump", "donald-trump", None]
    assert bare(
        ["Il Presidente Mattarella ha ricordato i legami tra i due Paesi.",
         "Inoltre, l'Italia sosterrà la ricostruzione.",
         "La visita si è conclusa con una cena."],
        "it",
    ) == ["sergio-mattarella", "sergio-mattarella", None]


def test_a_statement_speaks_in_its_author_voice() -> None:
    title = "Statement by President Joe Biden on Support for Ukraine"
    author = statement_author(title, bare_mentions(title), "en")
    assert author == "joe-biden"
    sentences = [
        "This morning, I spoke with President Zelenskyy.",
        "I informed President Zelenskyy that we are providing another $1 billion.",
        "The bravery of the Ukrainian people inspires the world.",
    ]
    assert bare(sentences, "en", author) == ["joe-biden", "joe-biden", None]
    assert bare(sentences, "en") == [None, None, None]
    # A press secretary's statement about the President's call: its author is the
    # secretary, and it has no first-person sentence for her.
    assert statement_author("Statement by Press Secretary on President Biden's call",
                            bare_mentions("Statement by Press Secretary on President Biden's "
                                          "call"), "en") is None
    assert statement_author("Readout of President Biden's Call", [("joe-biden", 25, 30)],
                            "en") is None
    it_title = "Dichiarazione del Presidente Sergio Mattarella sull'Ucraina"
    assert statement_author(it_title, bare_mentions(it_title), "it") == "sergio-mattarella"
    assert bare(["Ho espresso al Presidente Zelenskyy la vicinanza dell'Italia, io stesso."],
                "it", "sergio-mattarella") == ["sergio-mattarella"]


def test_a_topic_or_a_setting_between_speaker_and_verb() -> None:
    assert bare(["习近平就台湾、南海、乌克兰危机等问题阐明中方立场。"], "zh") == ["xi-jinping"]
    assert bare(["普京在会谈中表示，俄方愿同中方加强合作。"], "zh") == ["vladimir-putin"]
    assert bare(["习近平同拜登就中美关系交换了意见。"], "zh") == [None]
    assert bare(["普京就冬奥会圆满成功向中国人民表示祝贺。", "双方重点就乌克兰局势交换意见。"],
                "zh") == ["vladimir-putin", None]
    # the wish at the end of a call is speech too
    assert bare(["Il Presidente Mattarella ha augurato al popolo cinese pace e prosperità."],
                "it") == ["sergio-mattarella"]
    assert bare(["Putin wished Xi Jinping good health."], "en") == ["vladimir-putin"]
    assert bare(["Владимир Путин пожелал Си Цзиньпину крепкого здоровья."], "ru") == [
        "vladimir-putin"
    ]


def test_object_phrases_adverbs_and_fronted_names() -> None:
    # the name after a preposition is an object: the subject is the name before it
    sentences = ["习近平首先就飓风“艾达”造成的损失向拜登和美国人民表示慰问。", "拜登对此表示感谢。"]
    assert bare(sentences, "zh") == ["xi-jinping", "joe-biden"]
    assert bare(["At the request of Olaf Scholz, Vladimir Putin informed him of the talks."],
                "en") == ["vladimir-putin"]
    # an adverb between the speaker and the verb
    assert bare(["Biden forcefully condemned the strikes."], "en") == ["joe-biden"]
    assert bare(["Владимир Путин положительно откликнулся на эту инициативу."], "ru") == [
        "vladimir-putin"
    ]
    assert bare(["Il Presidente Mattarella ha calorosamente ringraziato il Cancelliere."],
                "it") == ["sergio-mattarella"]
    # a later clause's dropped subject is the person the sentence opens with ...
    assert bare(["拜登向中国人民拜年，祝愿中国人民春节快乐。"], "zh") == ["joe-biden"]
    # ... unless two people share the opening clause
    assert bare(["拜登总统和习近平主席通电话，希望加强合作。"], "zh") == [None]


def test_an_account_given_attention_paid_and_a_reason_drawn_are_the_speakers() -> None:
    sentences = [
        "Vladimir Putin gave his principled assessment of the negotiating process.",
        "That is why Russia insists on legally binding guarantees.",
        "The leaders discussed food security.",
        "Volodymyr Zelenskyy paid special attention to the energy security of Ukraine.",
        "The two presidents agreed to stay in touch.",
    ]
    assert speakers(sentences, "en") == [
        "vladimir-putin", "vladimir-putin", None, "volodymyr-zelenskyy", None]


def test_russian_passive_and_reason_continue_the_speaker() -> None:
    sentences = [
        "Владимир Путин пообещал продолжить поставки зерна.",
        "Именно поэтому российская сторона настаивает на снятии ограничений.",
        "Лидеры договорились о новых контактах.",
    ]
    assert speakers(sentences, "ru") == ["vladimir-putin", "vladimir-putin", None]


def test_italian_ha_parlato_con_is_the_contact_not_speech() -> None:
    sentences = [
        "Il presidente Biden ha parlato oggi al telefono con il presidente Xi Jinping.",
        "Il presidente Biden ha parlato di commercio e di sicurezza.",
    ]
    assert speakers(sentences, "it") == [None, "joe-biden"]


def test_russian_pogovoril_is_the_contact_not_speech() -> None:
    sentences = ["Владимир Путин поговорил по телефону с Си Цзиньпином.",
                 "Владимир Путин говорил о торговле."]
    assert speakers(sentences, "ru") == [None, "vladimir-putin"]
