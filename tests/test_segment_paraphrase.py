"""The writer's own sentences that report a source, in it/en/ru. Reported speech ("La
presidenza russa precisa che …", "the Kremlin said that …", "в Кремле сообщили, что …")
with quoted fragments inside it is the writer's paraphrase: one side's alone leaves the
article whole, while two sides' set side by side are still both sides' accounts. A source
named in a clause inside a sentence ("…, come riferisce una nota della Farnesina", "…, as a
Foreign Office note said", "…, как сообщили в Кремле") credits that sentence: the quoted
remark after it stays the article's. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ONE_SIDE = {
    "it": ("Conte e Putin si sono sentiti oggi al telefono per un'ora.\n\n"
           "La presidenza russa precisa che i due leader \"hanno confermato la volontà di "
           "sviluppare la cooperazione nel settore dell'energia e dei trasporti\" e hanno "
           "esaminato \"le prospettive di una soluzione politica della crisi in Libia\". È "
           "stata poi \"ribadita la necessità di un dialogo costante "
           "tra Mosca e Roma\".\n"),
    "en": ("Macron and Putin spoke by phone for an hour on Tuesday.\n\n"
           "The Kremlin said that the two leaders \"confirmed their readiness to develop "
           "cooperation in energy and transport\" and reviewed \"the prospects for a political "
           "settlement of the crisis in Libya\". They also stressed \"the "
           "need for a constant dialogue between Moscow and Paris\".\n"),
    "ru": ("Путин и Макрон во вторник час говорили по телефону.\n\n"
           "В Кремле сообщили, что лидеры «подтвердили готовность развивать сотрудничество в "
           "энергетике и на транспорте» и рассмотрели «перспективы политического "
           "урегулирования кризиса в Ливии». Также была подчеркнута "
           "«необходимость постоянного диалога между Москвой и Парижем».\n"),
}

OTHER_SIDE = {
    "it": "L'Eliseo ha fatto sapere che Macron \"ha chiesto un cessate il fuoco immediato e "
          "negoziati in buona fede su tutte le questioni aperte tra i due paesi\".\n",
    "en": "The Elysee said that Macron \"called for an immediate ceasefire and for talks in "
          "good faith on all the questions still open between the two countries\".\n",
    "ru": "В Елисейском дворце сообщили, что Макрон «призвал к немедленному прекращению огня "
          "и к добросовестным переговорам по всем открытым вопросам между двумя странами».\n",
}


@pytest.mark.parametrize("lang", sorted(ONE_SIDE))
def test_one_side_s_paraphrase_with_quoted_fragments_is_the_article_s(lang: str) -> None:
    assert [(d.source, d.side) for d in split_accounts(ONE_SIDE[lang], {}, lang)] == [
        ("unknown", None)]


@pytest.mark.parametrize("lang", sorted(ONE_SIDE))
def test_two_sides_paraphrases_side_by_side_are_both_accounts(lang: str) -> None:
    lead, kremlin = ONE_SIDE[lang].split("\n\n")
    text = f"{lead}\n\n{OTHER_SIDE[lang]}\n{kremlin}"
    assert [(d.source, d.side) for d in split_accounts(text, {}, lang)] == [
        ("unknown", None), ("elysee", "FRA"), ("kremlin", "RUS")]


CREDIT_CLAUSE = {
    "it": ("Tajani sarà domani a Berlino, dove incontrerà la ministra degli Esteri tedesca. "
           "Al termine i due ministri terranno una conferenza stampa, come riferisce una nota "
           "della Farnesina. “Tra alleati legati da un'amicizia profonda come Italia e "
           "Germania ci deve essere sempre la massima collaborazione, e per questo porrò alla "
           "mia collega il tema dei flussi migratori nel Mediterraneo”, ha commentato il "
           "vicepremier. I due parleranno anche dei rapporti bilaterali.\n"),
    "en": ("Cleverly will be in Berlin tomorrow to meet his German counterpart. The two "
           "ministers will then hold a press conference, as a note from the Foreign Office "
           "said. “Between allies bound by a friendship as deep as ours there must always be "
           "the closest cooperation, and that is why I will raise with my colleague the "
           "question of migration across the Channel”, the minister commented. The two will "
           "also discuss bilateral relations.\n"),
    "ru": ("Лавров завтра будет в Берлине, где встретится с немецким коллегой. Затем министры "
           "проведут пресс-конференцию, как сообщили в МИД России. «Между партнерами, "
           "которых связывает такая давняя история, всегда должно быть самое тесное "
           "сотрудничество, и поэтому я подниму вопрос о транзите газа через Балтику», – "
           "прокомментировал министр. Стороны также обсудят двусторонние отношения.\n"),
}


@pytest.mark.parametrize("lang", sorted(CREDIT_CLAUSE))
def test_a_source_credited_in_a_clause_opens_no_account(lang: str) -> None:
    assert [(d.source, d.kind) for d in split_accounts(CREDIT_CLAUSE[lang], {}, lang)] == [
        ("unknown", "news")]
