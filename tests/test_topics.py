"""Topic cues per sentence in it/en/ru/zh, their precision traps, and the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts.extract.tags.topics import TopicEmbedder, cue_pattern, tag_topics, topic_ids
from readouts.text.sentences import split_sentences

REQUIRED = {
    "taiwan", "ukraine", "iran", "venezuela", "cuba", "japan", "korean-peninsula",
    "afghanistan", "middle-east", "arms-control", "nuclear-energy", "trade", "energy",
    "agriculture", "finance", "technology", "ai", "space", "education", "culture", "visas",
    "health", "military", "wwii-memory", "multilateral", "us-relations", "sports",
}  # fmt: skip


def one(sentence: str, lang: str) -> list[str]:
    return tag_topics([sentence], lang)[0]


def test_every_contract_topic_is_defined() -> None:
    assert REQUIRED <= set(topic_ids())


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "On Taiwan, the President reaffirmed the one-China policy.", {"taiwan"}),
        ("en", "They discussed tariffs and soybean purchases.", {"trade", "agriculture"}),
        ("en", "The leaders addressed the Iranian nuclear programme.", {"iran"}),
        ("en", "He raised the ransomware attacks on hospitals.", {"cybersecurity"}),
        ("en", "Both sides noted the talks on strategic stability.", {"arms-control"}),
        ("en", "She welcomed progress on fentanyl precursor chemicals.", {"drugs"}),
        ("it", "Il Presidente ha ribadito il sostegno all'Ucraina.", {"ukraine"}),
        ("it", "Si è parlato di intelligenza artificiale e di chip.", {"ai", "technology"}),
        ("it", "I due leader hanno discusso della penisola coreana.", {"korean-peninsula"}),
        ("it", "Hanno evocato la crisi in Medio Oriente e a Gaza.", {"middle-east"}),
        ("ru", "Обсуждалась ситуация вокруг Украины.", {"ukraine"}),
        ("ru", "Затронута тема поставок российского газа и нефти.", {"energy"}),
        ("ru", "Условлено провести хоккейные матчи.", {"sports"}),
        ("ru", "Стороны обсудили стратегическую стабильность.", {"arms-control"}),
        ("zh", "习近平阐述了中方在台湾问题上的原则立场。", {"taiwan"}),
        ("zh", "双方就阿富汗局势交换了意见。", {"afghanistan"}),
        ("zh", "双方同意加强人工智能领域合作。", {"ai"}),
        ("zh", "中方愿扩大农产品进口。", {"agriculture", "trade"}),
        ("en", "The leaders also discussed the situation in North Africa and the Sahel.",
         {"africa"}),
        ("it", "Meloni ha illustrato il Piano Mattei e la situazione in Libia.", {"africa"}),
        ("ru", "Лидеры обсудили положение дел в Ливии и в Сахеле.", {"africa"}),
        ("zh", "双方就苏丹局势和非洲和平安全问题交换意见。", {"africa"}),
    ],
)
def test_cues_in_four_languages(lang: str, sentence: str, expected: set[str]) -> None:
    assert set(one(sentence, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "absent"),
    [
        # titles name a person; they do not make the sentence about the country
        ("en", "The President of Ukraine thanked his counterpart.", "ukraine"),
        ("ru", "Президент США поблагодарил собеседника.", "us-relations"),
        ("zh", "国家主席习近平同美国总统拜登通电话。", "us-relations"),
        # idioms and words that only contain a cue
        ("en", "Every policy involves a trade-off.", "trade"),
        ("en", "They exchanged greetings for the Lunar New Year.", "space"),
        ("en", "A healthy relationship needs guardrails.", "health"),
        ("zh", "为中美关系注入更多正能量。", "energy"),
        ("zh", "推动建立健康稳定的中美关系。", "health"),
        ("zh", "新平台海外仓库已投入使用。", "taiwan"),
        ("zh", "面对台风，当地已出台独立的应急预案。", "taiwan"),
        ("zh", "他在中南海会见了外宾。", "south-china-sea"),
        ("zh", "团结合作是战胜疫情最有力武器。", "military"),
        ("ru", "Стороны подтвердили долгосрочный характер партнёрства.", "finance"),
        ("ru", "Президент прочитал газету.", "energy"),
        ("ru", "Председатель КНР поздравил с визитом.", "visas"),
        ("it", "Il Presidente valuta positivamente il dialogo.", "finance"),
        ("it", "Il colloquio si è svolto in un clima cordiale.", "climate"),
        ("it", "È nato un nuovo formato di dialogo.", "nato"),
    ],
)
def test_precision_traps(lang: str, sentence: str, absent: str) -> None:
    assert absent not in one(sentence, lang)


def test_longest_cue_consumes_the_shorter_one() -> None:
    assert one("Они вспомнили о победе над Японией.", "ru") == ["wwii-memory"]
    assert one("Celebrating the victory over Japan in 1945.", "en") == ["wwii-memory"]
    assert one("They spoke about Japan.", "en") == ["japan"]


def test_implied_topic_and_acronym_case() -> None:
    assert one("Vaccines against COVID-19 were discussed.", "en") == ["covid", "health"]
    assert "us-relations" not in one("Let us move forward.", "en")
    assert "us-relations" in one("The US delegation arrived.", "en")


def test_result_is_sorted_unique_per_sentence() -> None:
    tags = tag_topics(["Ukraine, Ukraine and Iran.", "Nothing here."], "en")
    assert tags == [["iran", "ukraine"], []]


def test_unknown_language_falls_back_to_english_cues() -> None:
    assert tag_topics(["Taiwan"], "fr") == [["taiwan"]]


def test_raw_cue_must_not_capture() -> None:
    assert cue_pattern("re:(?:a|b)", "en") == "(?:a|b)"
    assert cue_pattern("Украин*", "ru").endswith(r"\w*")


def _sentences(path: Path) -> tuple[str, list[str]]:
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    lang = next(line.split(": ", 1)[1] for line in head.splitlines() if line.startswith("language"))
    return lang, [body[a:b] for a, b in split_sentences(body, lang)]


def test_corpus_cctv_biden_xi_taiwan_sentences(corpus: Path) -> None:
    files = sorted(corpus.glob("*_biden-xi__cctv-xwlb.txt"))
    assert files
    checked = 0
    for path in files:
        lang, sentences = _sentences(path)
        for sentence, topics in zip(sentences, tag_topics(sentences, lang), strict=True):
            if "台湾" in sentence:
                assert "taiwan" in topics, sentence
                checked += 1
    assert checked >= 5


def test_corpus_whitehouse_2021_11_16_tags_taiwan(corpus: Path) -> None:
    lang, sentences = _sentences(corpus / "2021-11-16_biden-xi__whitehouse.txt")
    tags = tag_topics(sentences, lang)
    assert any("taiwan" in topics for topics in tags)
    opening = next(i for i, s in enumerate(sentences) if s.startswith("President Joseph R. Biden"))
    assert tags[opening] == []  # the meeting itself is no topic


def test_embedder_fills_only_untagged_sentences() -> None:
    sentences = ["中国终将统一，也必然统一。", "双方就乌克兰问题交换意见。", "谢谢。"]
    existing = tag_topics(sentences, "zh")
    from readouts.compare.embed import embed

    tagged = TopicEmbedder(encode=embed).tag(sentences, existing)
    assert tagged[0] == ["taiwan"]
    assert tagged[1] == existing[1] == ["ukraine"]
    assert tagged[2] == []


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # A sum in dollars or yuan is a figure: the sentence is about trade, not about the
        # United States or finance.
        ("en", "Our mutual trade has grown by 31 percent to US$123 billion.", ["trade"]),
        ("en", "Bilateral trade reached 140 billion US dollars last year.", ["trade"]),
        ("it", "L'interscambio ha raggiunto 87,4 miliardi di dollari USA.", ["trade"]),
        ("ru", "Товарооборот превысил 200 млрд долларов США.", ["trade"]),
        ("zh", "双边贸易额达到1230亿美元。", ["trade"]),
        # ... while settling accounts in one's own currency is finance.
        ("ru", "Расчёты всё больше ведутся в рублях и юанях.", ["finance"]),
        ("en", "Payments in rubles and yuan keep growing.", ["finance"]),
        ("zh", "双方扩大本币结算。", ["finance"]),
        ("it", "Cresce l'uso dei pagamenti in rubli e in yuan.", ["finance"]),
        # A wish of good health is no health topic; physical education is sport.
        ("en", "I wish you and your family good health and happiness.", []),
        ("it", "Ha augurato al Presidente buona salute.", []),
        ("ru", "Пожелал крепкого здоровья и благополучия.", []),
        ("en", "2022 will be the year of cooperation in physical education and sports.",
         ["sports"]),
        ("it", "Un anno dedicato all'educazione fisica.", ["sports"]),
        ("ru", "Годы сотрудничества в области физической культуры и спорта.", ["sports"]),
    ],
)
def test_currencies_wishes_and_sport_traps(lang: str, sentence: str, expected: list[str]) -> None:
    assert one(sentence, lang) == expected


def test_embedder_shares_the_callers_encoder_and_skips_pervasive_topics() -> None:
    calls: list[int] = []

    def encode(texts: list[str]):  # noqa: ANN202 - a stand-in with the encoder's shape
        from readouts.compare.embed import embed

        calls.append(len(texts))
        return embed(texts)

    sentences = [
        "The President underscored his support for a diplomatic resolution to the crisis.",
        "两国元首同意，双方外交团队保持战略沟通。",
        "中国终将统一，也必然统一。",
    ]
    tagged = TopicEmbedder(encode=encode).tag(sentences, [[], [], []])
    assert calls  # the caller's encoder did the work
    assert tagged[0] == tagged[1] == []  # "diplomatic" is in every readout: no topic
    assert tagged[2] == ["taiwan"]


def test_embedding_topics_fill_readouts_of_a_compared_analysis() -> None:
    import hashlib

    from readouts.compare import compare_all
    from readouts.ingest import PreparedText
    from readouts.pipeline import analyze_document, link_results

    # The second signal runs on the accounts a comparison embeds anyway: both sides' here.
    text = ("新华社北京11月15日电 国家主席习近平同美国总统拜登通电话。"
            "习近平指出，台湾问题是中美关系中最重要的问题。中国终将统一，也必然统一。")
    other = ("Readout of President Joseph R. Biden, Jr.'s Call with President Xi Jinping\n\n"
             "President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the "
             "People's Republic of China. The leaders discussed trade.")

    def prepared(body: str, name: str) -> PreparedText:
        return PreparedText(name, hashlib.sha256(body.encode()).hexdigest(), body, {})

    def analyses(comparer):  # noqa: ANN001, ANN202
        return link_results([analyze_document(prepared(text, "zh.txt"), "2023-11-15"),
                             analyze_document(prepared(other, "en.txt"), "2023-11-15")],
                            comparer)

    plain, compared = analyses(None), analyses(compare_all)
    assert compared.comparisons  # the two sides' accounts of one call are compared
    last = [r.sentences[-1].topics for r in plain.documents[0].readouts]
    assert last == [[]]
    last = [r.sentences[-1].topics for r in compared.documents[0].readouts]
    assert last == [["taiwan"]]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "I due presidenti hanno parlato della futura stazione di ricerca sulla Luna."),
        ("it", "Si è discusso anche della base scientifica lunare da costruire insieme."),
        ("en", "They also reviewed plans for the joint ILRS research base."),
        ("ru", "Лидеры затронули строительство совместной научной станции на Луне."),
        ("zh", "两国元首还谈到共建月球科研站的进展。"),
    ],
)
def test_a_joint_lunar_station_is_space(lang: str, sentence: str) -> None:
    assert "space" in one(sentence, lang)


@pytest.mark.parametrize(("sentence", "expected"), [
    # Germany is no germanium, in any case form
    ("Путин провёл телефонный разговор с канцлером Германии.", []),
    ("Канцлер Германии прибыл в Москву.", []),
    ("Китай ограничил экспорт германиевой продукции и графита.", ["critical-minerals", "trade"]),
    ("Поставки лития и галлия выросли.", ["critical-minerals"]),
])
def test_element_names_are_not_country_names(sentence: str, expected: list[str]) -> None:
    assert one(sentence, "ru") == expected
