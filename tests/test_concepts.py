"""Concept cues (knowledge/concepts.yaml): the genre's fixed vocabulary in en/zh/ru/it."""

from __future__ import annotations

import re

import pytest

from readouts import knowledge
from readouts.extract.tags.concepts import tag_concepts

LANGS = ("en", "zh", "ru", "it")


def concepts_of(sentence: str, lang: str) -> frozenset[str]:
    return tag_concepts([sentence], lang)[0]


def test_every_concept_has_cues_in_the_four_languages() -> None:
    concepts = knowledge.load("concepts")["concepts"]
    assert 70 <= len(concepts) <= 120
    for concept, spec in concepts.items():
        assert re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", concept), concept
        for lang in LANGS:
            assert spec["cues"].get(lang), f"{concept} has no {lang} cues"


def test_one_list_per_sentence() -> None:
    tags = tag_concepts(["The leaders had a candid exchange.", "", "They met."], "en")
    assert len(tags) == 3
    assert tags[0] == frozenset({"candid"})
    assert tags[1] == frozenset()


# (sentence, concepts it must get, concepts it must not get)
CASES = {
    "en": [
        ("The two leaders held a frank and constructive discussion and agreed to stay in touch.",
         {"candid", "constructive", "discussed", "consensus", "stay-in-touch"}, set()),
        ("The President congratulated the Prime Minister and thanked him for the invitation "
         "to visit Rome.",
         {"congratulate", "thanks", "invitation", "visit"}, set()),
        ("Both sides called for an immediate ceasefire and a political settlement of the crisis.",
         {"ceasefire", "peace-settlement", "crisis"}, {"peace"}),
        ("They directed their teams to follow up and to keep open lines of communication.",
         {"teams-follow-up", "stay-in-touch"}, set()),
        ("The United States does not seek a new Cold War or to contain China's development.",
         {"intentions", "cold-war", "containment"}, {"conflict"}),
        ("The leaders warned against any escalation that would undermine regional stability.",
         {"warning", "escalation", "stability"}, {"de-escalation"}),
        # traps: word boundaries and look-alike words
        ("A Frankfurt bank launched a stablecoin after the committee met.",
         set(), {"candid", "stability", "commitment"}),
        ("Veterans of the Great Patriotic War gathered on the Pacific coast.",
         set(), {"air-defense", "peace"}),
        ("He briefed the National Security Council on the talks.",
         {"briefing"}, {"national-security"}),
        ("Both sides urged restraint and called to de-escalate.",
         {"de-escalation"}, {"escalation"}),
    ],
    "zh": [
        ("双方就共同关心的问题进行了坦诚、深入、建设性的交流，同意保持密切沟通。",
         {"candid", "in-depth", "constructive", "consensus", "stay-in-touch", "common-interests"},
         set()),
        ("两国元首责成双方工作团队及时跟进，落实好会晤共识。",
         {"teams-follow-up", "implement", "consensus"}, set()),
        ("中方愿同俄方一道，坚定支持彼此维护主权和领土完整。",
         {"readiness", "joint-efforts", "support", "sovereignty", "territorial-integrity"}, set()),
        ("美方不寻求新冷战，无意同中国发生冲突。",
         {"intentions", "cold-war", "conflict"}, set()),
        ("习近平祝贺他再次当选，并致以新春祝福。",
         {"congratulate", "election", "festival-greetings", "good-wishes"}, set()),
        # traps: 愿 inside 心愿/愿景 is no readiness; 分裂 is no decoupling
        ("这份愿景寄托着两国人民的美好心愿。",
         {"direction", "peoples-benefit"}, {"readiness"}),
        ("反对任何分裂国家的图谋。",
         {"opposition"}, {"decoupling"}),
    ],
    "ru": [
        ("Состоялся откровенный и конструктивный обмен мнениями, "
         "лидеры договорились поддерживать контакты.",
         {"candid", "constructive", "discussed", "consensus", "stay-in-touch"}, set()),
        ("Президент поблагодарил коллегу за поздравления с 80-летием Победы.",
         {"thanks", "congratulate", "anniversary"}, set()),
        ("Стороны подтвердили приверженность мирному урегулированию "
         "и устранению первопричин кризиса.",
         {"reaffirm", "commitment", "peace-settlement", "root-causes", "crisis"}, set()),
        ("Обсуждены пути расширения взаимовыгодного сотрудничества "
         "и подготовка визита на высшем уровне.",
         {"discussed", "cooperation-deepen", "win-win", "visit", "high-level"}, set()),
        ("Выражена готовность к диалогу и переговорам о прекращении огня.",
         {"readiness", "dialogue", "negotiations", "ceasefire"}, set()),
        # traps: "согласно" is no agreement, "друг друга" is no friendship
        ("Согласно договорённости, стороны хорошо знают друг друга.",
         {"consensus"}, {"friendship"}),
        ("Мирные жители пострадали при обстреле.",
         {"attacks"}, {"peace"}),
    ],
    "it": [
        ("I due presidenti hanno avuto un colloquio franco e costruttivo "
         "e hanno concordato di mantenere i contatti.",
         {"candid", "constructive", "consensus", "stay-in-touch"}, set()),
        ("La Presidente del Consiglio ha ringraziato il presidente "
         "per l'invito a una visita a Pechino.",
         {"thanks", "invitation", "visit"}, set()),
        ("Le parti hanno ribadito il sostegno a una soluzione politica e al cessate il fuoco.",
         {"reaffirm", "support", "peace-settlement", "ceasefire"}, set()),
        ("I leader hanno auspicato un rafforzamento della cooperazione nel rispetto reciproco.",
         {"hope", "cooperation-deepen", "mutual-respect"}, set()),
        # traps: Francia is not franco, sostenibile is not sostegno, Pacifico is no peace
        ("La Francia investe nello sviluppo sostenibile del Pacifico e dell'Oceano Pacifico.",
         set(), {"candid", "support", "peace"}),
        ("Grande attenzione al testo della dichiarazione congiunta.",
         {"joint-statement"}, {"hope", "escalation"}),
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence", "wanted", "unwanted"),
    [(lang, s, w, u) for lang, cases in CASES.items() for s, w, u in cases],
)
def test_concepts_in_sentences(lang: str, sentence: str, wanted: set[str],
                               unwanted: set[str]) -> None:
    found = concepts_of(sentence, lang)
    assert wanted <= found, f"missing {wanted - found} in {sorted(found)}"
    assert not unwanted & found, f"unexpected {unwanted & found}"


# The same notion in the four languages, as the sides' readouts word it.
SAME_NOTION = {
    "candid": {
        "en": "The leaders had a candid conversation.",
        "zh": "两国元首进行了坦诚的交流。",
        "ru": "Разговор носил откровенный характер.",
        "it": "Il colloquio è stato franco.",
    },
    "stay-in-touch": {
        "en": "They agreed to keep in touch.",
        "zh": "双方同意保持联系。",
        "ru": "Президенты условились оставаться в контакте.",
        "it": "Hanno deciso di restare in contatto.",
    },
    "congratulate": {
        "en": "He congratulated the President on his victory.",
        "zh": "他祝贺总统胜选。",
        "ru": "Он поздравил президента с победой.",
        "it": "Si è congratulato con il presidente per la vittoria.",
    },
    "mutual-respect": {
        "en": "Relations must rest on mutual respect.",
        "zh": "两国关系应当建立在相互尊重的基础上。",
        "ru": "Отношения строятся на взаимном уважении.",
        "it": "I rapporti si fondano sul rispetto reciproco.",
    },
    "non-interference": {
        "en": "He rejected interference in China's internal affairs.",
        "zh": "中方反对干涉中国内政。",
        "ru": "Он отверг вмешательство во внутренние дела Китая.",
        "it": "Ha respinto ogni ingerenza negli affari interni della Cina.",
    },
    "misunderstanding": {
        "en": "Communication helps avoid miscalculation.",
        "zh": "加强沟通有助于避免误判。",
        "ru": "Контакты помогают избежать просчётов.",
        "it": "Il dialogo aiuta a evitare errori di calcolo.",
    },
    "working-group": {
        "en": "A working group will be set up.",
        "zh": "双方将成立工作组。",
        "ru": "Будет создана рабочая группа.",
        "it": "Sarà istituito un gruppo di lavoro.",
    },
}


@pytest.mark.parametrize("concept", sorted(SAME_NOTION))
def test_same_notion_same_concept_in_every_language(concept: str) -> None:
    for lang, sentence in SAME_NOTION[concept].items():
        assert concept in concepts_of(sentence, lang), (lang, sentence)


def test_language_without_cues_gets_nothing() -> None:
    assert tag_concepts(["Der Dialog war offen."], "de") == [frozenset()]


# Variants of the genre's wording (recall pass): inflections, passives, words between the
# parts of a phrase, a translator's synonyms. (sentence, concepts it must get, must not get)
VARIANTS = {
    "en": [
        ("The two presidents have always been in touch and maintained close contacts.",
         {"stay-in-touch"}, set()),
        ("The leaders agreed to continue regular contacts at all levels.",
         {"stay-in-touch", "consensus"}, set()),
        ("A joint Russia-China statement was issued after the talks.",
         {"joint-statement"}, set()),
        ("A package of documents has been adopted during the visit.",
         {"signing", "visit"}, set()),
        ("Several intergovernmental documents were signed in the presence of the leaders.",
         {"signing"}, set()),
        ("They had a lengthy conversation and went into great detail on trade.",
         {"in-depth"}, set()),
        ("The presidents also touched upon energy and talked about the summit.",
         {"discussed", "high-level"}, set()),
        ("He instructed his representatives to prepare the consultations.",
         {"teams-follow-up", "consultations"}, set()),
        ("Both sides will further advance practical cooperation in energy.",
         {"cooperation-deepen", "practical-cooperation"}, set()),
        ("Our two countries have joined forces and will act jointly at the UN.",
         {"joint-efforts"}, set()),
        ("He suggested that this would be a grave mistake.",
         set(), {"proposal-initiative"}),
        ("The talks were of benefit to both parties and helped bring relations back to normal.",
         {"win-win", "improvement"}, set()),
        ("The leaders stressed the importance of preventing any conflict and of resolving the "
         "crisis peacefully.",
         {"conflict-avoidance", "peace-settlement", "crisis"}, set()),
        ("The countries treat each other with respect.", {"mutual-respect"}, set()),
        ("It was confirmed that the next round of talks would take place in Geneva.",
         {"reaffirm", "negotiations"}, set()),
        # traps: acting together with one's allies is no joint effort of the two sides;
        # a document adopted by one side is no signing
        ("The United States, together with its allies, will respond to any attack.",
         {"attacks"}, {"joint-efforts"}),
        ("The policy adopted by the administration five years ago failed.",
         set(), {"signing"}),
    ],
    "zh": [
        ("两国元首通过各种方式保持密切交流。", {"stay-in-touch"}, set()),
        ("双方同意继续保持经常性联络，密切沟通。", {"stay-in-touch", "consensus"}, set()),
        ("双方团队保持战略沟通，保持高层交往。",
         {"stay-in-touch", "strategic", "high-level"}, set()),
        ("两国元首就双边关系进行了坦率、深入的沟通和交流。",
         {"discussed", "candid", "in-depth"}, set()),
        ("我愿同你深入交流治国理政经验。", {"in-depth", "discussed", "readiness"}, set()),
        ("访问期间，双方通过了一系列合作文件。", {"signing", "visit"}, set()),
        ("双方在重大国际问题上立场高度一致。", {"consensus", "position"}, set()),
        ("中方支持通过对话谈判解决危机。",
         {"peace-settlement", "negotiations", "support", "crisis"}, set()),
        ("两国要共同维护地区和平，提升经贸合作水平。",
         {"joint-efforts", "peace", "cooperation-deepen"}, set()),
        ("祝两国人民新春愉快、阖家幸福，预祝会议圆满成功。",
         {"good-wishes", "festival-greetings"}, {"congratulate"}),
        ("双方应当尊重对方核心利益，避免误判和对抗。",
         {"mutual-respect", "core-interests", "conflict-avoidance", "misunderstanding"}, set()),
        ("我提出了“四点主张”，并再次确认中方的立场。",
         {"proposal-initiative", "reaffirm", "position"}, set()),
        ("两国关系止跌企稳，期待重返正轨。", {"improvement", "hope"}, set()),
        # traps: 祝贺 is congratulation, not wishes; 解决方案 alone is no proposal
        ("习近平祝贺他当选。", {"congratulate", "election"}, {"good-wishes"}),
        ("这一解决方案在技术上可行。", set(), {"proposal-initiative", "peace-settlement"}),
    ],
    "ru": [
        ("Лидеры договорились о продолжении личных контактов.", {"stay-in-touch", "consensus"},
         set()),
        ("Президенты поддерживают тесные рабочие контакты.", {"stay-in-touch"}, set()),
        ("Принято совместное российско-китайское заявление.", {"joint-statement"}, set()),
        ("По итогам визита подписан пакет документов.", {"signing", "visit"}, set()),
        ("Документы о сотрудничестве были приняты в ходе встречи.", {"signing"}, set()),
        ("Были затронуты темы энергетики и рассмотрены вопросы торговли.", {"discussed"},
         set()),
        ("Состоялся продолжительный разговор.", {"in-depth"}, set()),
        ("Стороны выразили намерение развивать взаимовыгодное сотрудничество.",
         {"intentions", "cooperation-deepen", "win-win"}, set()),
        ("Наши страны будут работать вместе и предпринимать совместные шаги.",
         {"joint-efforts"}, set()),
        ("Президент вновь подчеркнул важность урегулировать конфликт дипломатическим путём.",
         {"reaffirm", "peace-settlement", "conflict"}, set()),
        ("Важно не допустить дальнейшего конфликта и прямого столкновения.",
         {"conflict-avoidance"}, set()),
        ("Он пожелал коллеге успехов и надеялся на скорую встречу.",
         {"good-wishes", "hope"}, set()),
        # trap: "в связи с" is no channel of communication
        ("В связи с праздником президент направил поздравление.",
         {"festival-greetings", "congratulate"}, {"stay-in-touch"}),
    ],
    "it": [
        ("I due leader hanno mantenuto stretti contatti e continueranno a restare in contatto.",
         {"stay-in-touch"}, set()),
        ("È stata adottata una dichiarazione politica congiunta.", {"joint-statement"}, set()),
        ("Sono stati firmati diversi documenti e adottato un pacchetto di documenti.",
         {"signing"}, set()),
        ("Nel lungo colloquio sono stati affrontati i temi energetici.",
         {"in-depth", "discussed"}, set()),
        ("Le parti intendono sviluppare ulteriormente la collaborazione economica.",
         {"intentions", "cooperation-deepen"}, set()),
        ("I due paesi lavoreranno fianco a fianco e uniranno gli sforzi.",
         {"joint-efforts"}, set()),
        ("Il presidente ha riconfermato l'impegno a porre fine alla guerra.",
         {"reaffirm", "commitment", "peace-settlement"}, set()),
        ("È importante evitare un nuovo conflitto armato.", {"conflict-avoidance"}, set()),
        ("I rapporti devono basarsi sul rispetto reciproco e sul vantaggio di entrambi.",
         {"mutual-respect", "win-win"}, set()),
        ("La premier ha illustrato la posizione italiana.", {"briefing", "position"}, set()),
        # trap: the "rispettive" delegations are no mutual respect
        ("Le rispettive delegazioni si sono incontrate.", set(), {"mutual-respect"}),
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence", "wanted", "unwanted"),
    [(lang, s, w, u) for lang, cases in VARIANTS.items() for s, w, u in cases],
)
def test_concept_variants(lang: str, sentence: str, wanted: set[str],
                          unwanted: set[str]) -> None:
    found = concepts_of(sentence, lang)
    assert wanted <= found, f"missing {wanted - found} in {sorted(found)}"
    assert not unwanted & found, f"unexpected {unwanted & found}"
