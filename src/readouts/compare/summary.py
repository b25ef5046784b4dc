"""The quotable lines: claims one side's account puts in the other leader's mouth and
the other side does not state (first: they are the news), topics one side raises and
the other leaves out, facts stated differently or by one side alone, and figures.

"The Chinese account has Joe Biden pledge no support for "Taiwan independence"; the US
account does not. The US account raises Xinjiang; the Chinese account does not mention
it." Words come from lang/<lang>/sides.yaml, so the lines can be written in English (the
contract's language) or in Italian for our first user.
"""

from __future__ import annotations

from typing import Any

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.people.actors import actor_index
from readouts.model import Comparison, Readout

MAX_TOPICS = 4  # a quotable line names a handful of topics, not twenty
# One-sided facts worth a line: how long, who asked, who else was there.
QUOTABLE_ALONE = {"duration_minutes": "duration", "initiated_by": "initiator",
                  "attendees": "attendees"}


def _words(lang: str) -> dict[str, Any]:
    return langdata.load(lang, "sides") or langdata.load("en", "sides")


def _side(words: dict[str, Any], side: str) -> str:
    return ((words.get("sides") or {}).get(side) or {}).get("adjective", side)


def _topic(words: dict[str, Any], topic: str) -> str:
    return (words.get("topics") or {}).get(topic, topic.replace("-", " "))


def _join(items: list[str], conj: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def _topics(words: dict[str, Any], topics: list[str]) -> str:
    shown = [_topic(words, t) for t in topics[:MAX_TOPICS]]
    return _join(shown, words["phrases"]["and"])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _account(words: dict[str, Any], side: str, lower: bool = False) -> str:
    text = words["phrases"]["account"].format(side=_side(words, side))
    return text[:1].lower() + text[1:] if lower else text


def summary_line(comparison: Comparison, by_side: dict[str, list[Readout]],
                 lang: str = "en") -> str:
    """A few sentences a journalist can quote, absent claims first."""
    words = _words(lang)
    parts = _absent_claims(comparison, by_side, words, lang)
    parts += _topic_lines(comparison, words, lang)
    ph = words["phrases"]
    own = {rid for rids in comparison.sides.values() for rid in rids}
    fields = list(dict.fromkeys(  # what the sides themselves state differently
        d.field for d in comparison.discrepancies
        if len({repr(v) for rid, v in d.values.items() if rid in own}) > 1))
    if fields:
        parts.append(ph["differ_on"].format(fields=_fields(ph, fields)))
    parts += _alone_lines(comparison, by_side, words)
    parts += _figure_lines(comparison, words)
    return _capital(" ".join(parts))


def _absent_claims(comparison: Comparison, by_side: dict[str, list[Readout]],
                   words: dict[str, Any], lang: str) -> list[str]:
    """'The Chinese account has Biden pledge X; the US account does not.', then how many
    other claims the leader's own side does not report, and on what."""
    ph = words["phrases"]
    side_of = {r.id: side for side, rs in by_side.items() for r in rs}
    sentence = {(r.id, s.i): s for rs in by_side.values() for r in rs for s in r.sentences}
    index = actor_index()
    pledge_data = knowledge.load("pledges")["pledges"]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for claim in comparison.claims:
        if claim["verdict"] == "absent":
            side = side_of.get(claim["sentence"][0])
            if side:
                groups.setdefault((side, claim["about"]), []).append(claim)
    out: list[str] = []
    for (side, leader), claims in groups.items():
        other = index.country_of(leader) or ""
        names = dict(account=_account(words, side), leader=index.name(leader),
                     other=_account(words, other, lower=True))
        pledged = list(dict.fromkeys(p for c in claims for p in c.get("pledges") or []))
        phrases = [(pledge_data.get(p, {}).get("phrase") or {}) for p in pledged]
        shown = [x.get(lang) or x.get("en") or p for x, p in zip(phrases, pledged,
                                                                  strict=True)]
        rest = [c for c in claims if not c.get("pledges")]
        if shown:
            out.append(ph["claim_pledge"].format(pledges=_join(shown, ph["and"]), **names))
        if rest:
            topics = list(dict.fromkeys(t for c in rest
                                        for t in sentence[tuple(c["sentence"])].topics
                                        if t != "us-relations"))
            on = ph["claims_on"].format(topics=_topics(words, topics)) if topics else ""
            key = "claims_absent_more" if shown else "claims_absent"
            plural = ph["plural"]["one" if len(rest) == 1 else "many"]
            out.append(ph[key].format(n=len(rest), s=plural, topics=on, **names))
    return out


def _topic_lines(comparison: Comparison, words: dict[str, Any], lang: str) -> list[str]:
    ph = words["phrases"]
    sides = list(comparison.sides)
    only = comparison.topics.get("only", {})
    shared = comparison.topics.get("shared", [])
    parts: list[str] = []
    for side in sides:
        topics = only.get(side) or []
        if not topics:
            continue
        others = [_side(words, s) for s in sides if s != side]
        plural = len(others) > 1
        lead = _account(words, side) + " " + ph["raises"].format(topics=_topics(words, topics))
        key = "not_it" if len(topics) == 1 else "none_of_them" if len(topics) == 2 \
            else "none_of_many"
        other_text = (ph["accounts"] if plural else ph["account"]).format(
            side=others[0], sides=_join(others, ph["and"]))
        if lang == "en":
            other_text = other_text[0].lower() + other_text[1:]
        else:
            other_text = _join(others, ph["and"])
        tail = ph[key].format(others=other_text, s="" if plural else "s",
                              es="" if plural else "es")
        parts.append(f"{lead}; {tail}.")
    if shared:
        template = ph["both_cite"] if len(sides) == 2 else ph["all_cite"]
        if parts:
            parts.append(template.format(topics=_topics(words, shared)))
        else:
            names = ph["accounts"].format(sides=_join([_side(words, s) for s in sides],
                                                     ph["and"]))
            parts.append(ph["same_topics"].format(sides=names,
                                                  topics=_topics(words, shared)))
    elif not parts:
        parts.append(ph["no_topics"].format(
            sides=_join([_side(words, s) for s in sides], ph["and"])))
    return parts


def _alone_lines(comparison: Comparison, by_side: dict[str, list[Readout]],
                 words: dict[str, Any]) -> list[str]:
    """'Only the Ukrainian account gives its length and figures': figures only when no
    other side gives any."""
    ph = words["phrases"]
    with_figures = [side for side, rs in by_side.items() if any(r.figures for r in rs)]
    out = []
    for side in comparison.sides:
        fields = [QUOTABLE_ALONE[f] for f in comparison.facts_only.get(side, [])
                  if f in QUOTABLE_ALONE]
        if with_figures == [side] and len(by_side) > 1:
            fields.append("figures")
        if fields:
            out.append(ph["alone_gives"].format(side=_side(words, side),
                                                fields=_fields(ph, fields)))
    return out


def _figure_lines(comparison: Comparison, words: dict[str, Any]) -> list[str]:
    """Measures that two or more sides quantify: the same figures or not."""
    ph = words["phrases"]
    paired = [g for g in comparison.figures if len(g["sides"]) > 1 and g["about"]]
    same = [g["about"] for g in paired if g["note"].startswith("the sides give the same")]
    differ = [g["about"] for g in paired if g["about"] not in same]
    names = ph["accounts"].format(sides=_join([_side(words, s) for s in comparison.sides],
                                              ph["and"]))
    out = []
    if differ:
        out.append(ph["figures_differ"].format(sides=names, measures=_topics(
            words, list(dict.fromkeys(differ)))))
    if same:
        out.append(ph["figures_same"].format(sides=names, measures=_topics(
            words, list(dict.fromkeys(same)))))
    return out


def _fields(ph: dict[str, Any], fields: list[str]) -> str:
    return _join([(ph.get("field_names") or {}).get(f, f) for f in fields], ph["and"])
