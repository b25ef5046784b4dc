"""Topic by topic, then notion by notion: each side's sentences on what either raises."""

from __future__ import annotations

import pytest

from readouts.compare import compare_event
from readouts.compare.report import render_markdown
from readouts.compare.topics import by_topic
from readouts.model import Analysis, Document, Event, Readout, Sentence
from readouts.schema import validate


def account(rid: str, side: str, lang: str, texts: list[str],
            topics: dict[int, list[str]] | None = None,
            speakers: dict[int, str] | None = None) -> Readout:
    sentences = [Sentence(i=i, text=t, topics=(topics or {}).get(i, []),
                          speaker=(speakers or {}).get(i)) for i, t in enumerate(texts)]
    return Readout(id=rid, source="gov", side=side, kind="readout", language=lang,
                   title=None, text=" ".join(texts), sentences=sentences)


# Each pair: one side calls the talks candid and promises to stay in touch; the other
# says only that they stay in touch. Both speak of trade.
PAIRS = {
    ("en", "zh"): (
        ["The two presidents held a candid and in-depth conversation.",
         "President Biden said the two countries should expand trade in farm goods.",
         "They agreed to keep in touch."],
        ["两国元首通电话。",
         "习近平指出，双方应扩大农产品贸易。",
         "双方同意保持密切联系。"]),
    ("it", "ru"): (
        ["I due presidenti hanno avuto un colloquio franco e approfondito.",
         "Meloni ha proposto di ampliare il commercio agricolo tra i due paesi.",
         "Hanno convenuto di restare in contatto."],
        ["Состоялся телефонный разговор двух президентов.",
         "Путин предложил расширить торговлю сельхозпродукцией.",
         "Договорились поддерживать контакты."]),
}
SPEAKERS = {"en": "joe-biden", "zh": "xi-jinping", "it": "giorgia-meloni",
            "ru": "vladimir-putin"}


@pytest.mark.parametrize(("la", "lb"), list(PAIRS))
def test_notions_are_grouped_beside_topics(la: str, lb: str) -> None:
    ta, tb = PAIRS[(la, lb)]
    a = account("a", "A", la, ta, topics={1: ["trade"]}, speakers={1: SPEAKERS[la]})
    b = account("b", "B", lb, tb, topics={1: ["trade"]}, speakers={1: SPEAKERS[lb]})
    entries = by_topic({"A": [a], "B": [b]})
    kinds = [e["kind"] for e in entries]
    assert kinds == sorted(kinds, key=["topic", "concept"].index)  # topics first
    index = {(e["kind"], e["topic"]): e for e in entries}
    trade = index[("topic", "trade")]
    assert trade["sides"] == {"A": [["a", 1]], "B": [["b", 1]]}
    assert trade["speakers"] == {"A": [SPEAKERS[la]], "B": [SPEAKERS[lb]]}
    touch = index[("concept", "stay-in-touch")]
    assert touch["sides"] == {"A": [["a", 2]], "B": [["b", 2]]}
    assert touch["raised_by"] == ["A", "B"]
    candid = index[("concept", "candid")]
    assert candid["sides"] == {"A": [["a", 0]], "B": []}
    assert candid["raised_by"] == ["A"]
    # raised by both sides before raised by one, within the notions
    notions = [e["topic"] for e in entries if e["kind"] == "concept"]
    assert notions.index("stay-in-touch") < notions.index("candid")


def test_the_comparison_emits_notions_valid_against_the_schema_and_shows_them() -> None:
    ta, tb = PAIRS[("en", "zh")]
    a = account("a", "USA", "en", ta, topics={1: ["trade"]}, speakers={1: "joe-biden"})
    b = account("b", "CHN", "zh", tb, topics={1: ["trade"]}, speakers={1: "xi-jinping"})
    event = Event(id="e", type="phone_call", participants=["joe-biden", "xi-jinping"],
                  reported_by=["a", "b"])
    comparison = compare_event(event, [a, b])
    assert comparison is not None
    candid = [e for e in comparison.by_topic if e["topic"] == "candid"]
    assert candid and candid[0]["kind"] == "concept" and candid[0]["raised_by"] == ["USA"]
    doc = Document(id="d", origin="t", title=None, language="en", published=None,
                   published_precision=None, readouts=[a, b])
    analysis = Analysis(documents=[doc], events=[event], comparisons=[comparison])
    assert validate(analysis.to_json()) == []
    table = render_markdown([comparison], analysis)
    assert "| trade |" in table
    rows = [line for line in table.splitlines() if line.startswith("| notions |")]
    both = next(r for r in rows if r.endswith("| all sides |"))
    assert both.count("stay-in-touch 1") == 2
    us_only = next(r for r in rows if "only US" in r)
    assert "candid 1" in us_only and "candid" not in both
