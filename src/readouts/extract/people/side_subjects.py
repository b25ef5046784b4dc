"""A country's "side" as the subject of a sentence: "The Chinese side expressed support",
"С китайской стороны выражена поддержка", "La parte cinese ha ribadito".

Readouts speak of the other government this way, and what "the Chinese side" said in a
Kremlin account is what Xi said in the call: a comparison must not take it for Putin's
words or nobody's. The phrase stands for that country's leader among the people the
account names; the speaker finder treats it as a mention of that leader. Templates live
in ``lang/<iso>/speech.yaml`` (``side_subjects``), country words in
``knowledge/countries.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.contacts import is_leader
from readouts.extract.people.actors import actor_index
from readouts.text.regex_cache import compile_cached
from readouts.text.regex_trie import trie_regex

Mention = tuple[str, int, int]  # actor id, start, end (offsets in the sentence)


@cache
def _anchors(lang: str) -> tuple[str, ...]:
    """Per template, its longest word besides the country ("side", "стороны"): a sentence
    without any of them is not scanned, a cheap test before the regex."""
    templates = langdata.load(lang, "speech").get("side_subjects") or []
    words = [max((w for w in t.replace("{country}", " ").split()), key=len, default="")
             for t in templates]
    return tuple(w.lower().strip("'") for w in words if w)


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One regex over every template with every country word, and word -> ISO3."""
    templates = langdata.load(lang, "speech").get("side_subjects") or []
    if not templates:
        return None
    words: dict[str, str] = {}
    for word, iso in knowledge.country_names(lang):
        words.setdefault(word.lower(), iso)
    country = f"(?P<country>{trie_regex(words)})"
    parts = [re.escape(" ".join(template.split())).replace(re.escape("{country}"), country)
             .replace(r"\ ", r"\s+").replace("'", "['’]") for template in templates]
    alternation = "|".join(f"(?:{p})" for p in parts)
    # Python allows a group name once per pattern: number the copies.
    count = iter(range(len(parts)))
    alternation = re.sub(r"\(\?P<country>", lambda _: f"(?P<country{next(count)}>",
                         alternation)
    return compile_cached(rf"(?<!\w)(?:{alternation})(?!\w)", re.I), words


def _country(match: re.Match[str], words: dict[str, str]) -> str | None:
    for name, value in match.groupdict().items():
        if name.startswith("country") and value:
            return words.get(value.lower())
    return None


def first_leaders(mentions: list[list[Mention]], on: str | None) -> dict[str, str]:
    """{country: the first of its leaders (in office on the date) the account names}: who
    "the Chinese side" is, and who "the President" means in the account's own press."""
    index = actor_index()
    leaders: dict[str, str] = {}
    for sentence_mentions in mentions:
        for actor, _, _ in sorted(sentence_mentions, key=lambda m: m[1]):
            country = index.country_of(actor)
            if country and country not in leaders and is_leader(actor, on):
                leaders[country] = actor
    return leaders


def side_mentions(sentences: list[str], lang: str,
                  leaders: dict[str, str]) -> list[list[Mention]]:
    """Per sentence, its "X side" phrases as mentions of country X's leader, from
    ``first_leaders`` of the account; none where the account names no leader of X."""
    compiled = _pattern(lang)
    out: list[list[Mention]] = [[] for _ in sentences]
    if compiled is None or not leaders:
        return out
    pattern, words = compiled
    anchors = _anchors(lang)
    for i, sentence in enumerate(sentences):
        low = sentence.lower()
        if not any(a in low for a in anchors):
            continue
        for match in pattern.finditer(sentence):
            leader = leaders.get(_country(match, words) or "")
            if leader:
                out[i].append((leader, match.start(), match.end()))
    return out
