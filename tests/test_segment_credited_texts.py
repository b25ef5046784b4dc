# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""Articles that set two governments' accounts of one call side by side, crediting each
text to its publisher ("according to a statement from the Elysee", "secondo una nota
dell'Eliseo", "согласно заявлению Елисейского дворца", "根据爱丽舍宫发表的声明") or to its
country ("according to the readout from Russia", "secondo il resoconto della Russia",
"俄方通报称"), in it/en/ru/zh: each text is its publisher's account, a country's text the
one source of that country the article names. The guard: one government's text credited
alone stays the agency's news item. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.quoting_cues import cues
from readouts.segment.sources import registry

EN = """\
What Macron and Putin told each other

The French and Russian presidents spoke again this week, their third call in a month.

According to a statement from the Elysee, Mr Macron spoke with President Putin on Tuesday for almost two hours and urged him to agree to a ceasefire.

The call came after days of shelling near the power plant.

According to the readout from Russia, President Putin told his French counterpart that the shelling came from Ukrainian troops. The Kremlin said the two leaders agreed to stay in contact.

Diplomats in Paris said little had changed.
"""

IT = """\
Macron e Putin, due versioni della telefonata

I presidenti francese e russo si sono sentiti di nuovo questa settimana.

Secondo una nota dell'Eliseo, Macron ha parlato con Putin martedì per quasi due ore e gli ha chiesto un cessate il fuoco.

La telefonata è arrivata dopo giorni di bombardamenti nei pressi della centrale.

Secondo il resoconto della Russia, Putin ha detto all'omologo francese che i colpi venivano dalle truppe ucraine. Il Cremlino ha riferito che i due leader hanno concordato di restare in contatto.

A Parigi i diplomatici dicono che poco è cambiato.
"""

RU = """\
Макрон и Путин: две версии разговора

Президенты Франции и России снова поговорили на этой неделе.

Согласно заявлению Елисейского дворца, Макрон во вторник почти два часа говорил с Путиным и призвал его к прекращению огня.

Разговор состоялся после нескольких дней обстрелов у станции.

Как сообщили в Кремле, Путин сказал французскому коллеге, что обстрелы ведут украинские войска. В Кремле также отметили, что лидеры договорились оставаться на связи.

Дипломаты в Париже говорят, что мало что изменилось.
"""

ZH = """\
马克龙与普京通话 双方说法不一

法俄两国总统本周再次通电话。

根据爱丽舍宫发表的声明，马克龙周二与普京通话近两个小时，敦促其同意停火。

此次通话前，核电站附近连日遭到炮击。

俄方通报称，普京对法国总统表示，炮击来自乌克兰军队。克里姆林宫还表示，两国领导人同意保持联系。

巴黎的外交官说，情况变化不大。
"""


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_two_governments_texts_credited_side_by_side_are_their_accounts(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    got = [(a.source, a.side) for a in found]
    assert got == [("unknown", None), ("elysee", "FRA"), ("unknown", None), ("kremlin", "RUS"),
                   ("unknown", None)]
    assert [a.kind for a in found][::2] == ["news"] * 3
    kremlin = found[3]
    assert kremlin.kind == "readout"
    assert kremlin.text.startswith(("According to the readout", "Secondo il resoconto", "Как сообщили", "俄方通报称"))


@pytest.mark.parametrize(("sentence", "lang", "kind"), [
    ("According to a statement from the Elysee, the two presidents spoke on Tuesday.", "en", "statement"),
    ("Согласно заявлению Елисейского дворца, президенты говорили во вторник.", "ru", "statement"),
    ("Secondo una nota dell'Eliseo, i due presidenti si sono sentiti martedì.", "it", "readout"),
])
def test_a_text_credited_to_its_publisher_is_that_publishers(sentence: str, lang: str, kind: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.how == "credited" and said.source is not None
    assert said.source.id == "elysee"
    found = split_accounts(f"Titolo\n\nLead.\n\n{sentence}\n", {}, lang)
    assert all(a.source == "unknown" for a in found)  # one sentence alone: the writer's


def test_the_readout_from_a_country_is_that_sides_text_not_the_one_quoted_before() -> None:
    text = "According to the readout from Russia, President Putin raised the shelling."
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and (said.how, said.side) == ("side", "RUS")
    assert cues().refers.match(text) is None  # not "the readout" quoted before


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin e Macron hanno discusso dell'Ucraina. E' quanto riferisce una nota del Cremlino, dando conto del colloquio di oggi. \"Lo scambio di vedute è continuato\", si legge in una nota del Cremlino, che precisa come la conversazione sia avvenuta su iniziativa della parte francese.\n", "it"),
    ("Putin and Macron discussed Ukraine, according to a statement from the Kremlin. The Kremlin said the call was held at the French side's request.\n", "en"),
    ("Путин и Макрон обсудили Украину. Согласно заявлению Кремля, разговор прошёл по инициативе французской стороны. В Кремле отметили деловой характер беседы.\n", "ru"),
])
def test_one_governments_text_credited_alone_stays_the_news_item(text: str, lang: str) -> None:
    found = split_accounts(text, {"url": "https://www.agenzianova.com/a/x"}, lang)
    assert [(a.source, a.kind) for a in found] == [("agenzia-nova", "news")]


@pytest.mark.parametrize("text", [
    "Rome and the İTALIAN side agreed, officials said.",  # "İ" matches "i" blind to case
    "According to the readout from İTALY, the two leaders spoke.",
])
def test_a_side_word_that_folds_apart_from_its_match_names_no_side(text: str) -> None:
    assert speaker_of(text, registry().named_all(text)) is None
