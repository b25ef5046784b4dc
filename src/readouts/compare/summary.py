"""The quotable line: which topics one side raises and the other leaves out.

"The US account raises Taiwan and fentanyl; the Chinese account mentions neither.
Both cite trade." Words come from lang/<lang>/sides.yaml, so the line can be written
in English (the contract's language) or in Italian for our first user.
"""

from __future__ import annotations

from typing import Any

from readouts import lang as langdata
from readouts.model import Comparison

MAX_TOPICS = 4  # a quotable line names a handful of topics, not twenty


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


def summary_line(comparison: Comparison, lang: str = "en",
                 alone: dict[str, list[str]] | None = None) -> str:
    """One or two sentences a journalist can quote; ``alone`` names the facts only one
    side gives ({side: fields}), which the line ends with."""
    words = _words(lang)
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
        lead = ph["account"].format(side=_side(words, side)) + " " + \
            ph["raises"].format(topics=_topics(words, topics))
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
    fields = list(dict.fromkeys(d.field for d in comparison.discrepancies))
    if fields:
        parts.append(ph["differ_on"].format(fields=_fields(ph, fields)))
    for side in sides:
        only_fields = (alone or {}).get(side)
        if only_fields and "alone_gives" in ph:
            parts.append(ph["alone_gives"].format(side=_side(words, side),
                                                  fields=_fields(ph, only_fields)))
    return _capital(" ".join(parts))


def _fields(ph: dict[str, Any], fields: list[str]) -> str:
    return _join([(ph.get("field_names") or {}).get(f, f) for f in fields], ph["and"])
