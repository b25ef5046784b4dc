"""How an account characterizes the talks: "frank", "constructive", "warm", ...

Readouts describe the tone of a contact in a few fixed shapes ("a candid and constructive
discussion", "Разговор носил тёплый и дружеский характер", "通话是建设性的"), so a tone
word counts only inside one of them, next to a noun naming the talks, and not after a
wish or a future ("ready for a constructive dialogue", "愿...开展坦诚对话"): the same
adjectives describe policies and proposals everywhere else. Words come from
``lang/<iso>/tone.yaml``; the result is English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.tags.topics import cue_pattern
from readouts.text.regex_trie import trie_regex
from readouts.text.scripts import HAN
from readouts.text.word_gate import WordGate

_SENTENCE_END = re.compile(r"[.!?。！？\n](?=[^.!?。！？\n]*$)")
_LOOKBACK = {"zh": 40}  # characters of the sentence before a match searched for hedges
_DEFAULT_LOOKBACK = 120
_WORD_START = r"(?<!\w)"
_HEAD = 3  # letters of a form's first word the scan checks before trying the shapes


@dataclass(frozen=True)
class _Rules:
    shapes: re.Pattern[str]  # groups pre/post/adv hold the tone words
    words: re.Pattern[str]  # one group per English tone word
    english: tuple[str, ...]
    hedges: re.Pattern[str] | None
    lookback: int
    gate: WordGate  # every shape holds a tone word: a text with none is skipped


def _alt(forms: list[str], lang: str) -> str:
    """Alternation of forms, longest first, with the shared word-start check factored out.

    One lookbehind before the group instead of one per branch makes the scan ~10x faster.
    """
    parts = [cue_pattern(form, lang) for form in sorted(filter(None, forms), key=len, reverse=True)]
    if parts and all(part.startswith(_WORD_START) for part in parts):
        return _WORD_START + "(?:" + "|".join(p[len(_WORD_START) :] for p in parts) + ")"
    return "(?:" + "|".join(parts) + ")"


@cache
def _rules(lang: str) -> _Rules | None:
    data = langdata.load(lang, "tone")
    if not data.get("words"):
        return None
    english = tuple(data["words"])
    tone = _alt([form for forms in data["words"].values() for form in forms], lang)
    intens = _alt(data.get("intensifiers", []), lang) if data.get("intensifiers") else None
    elem = f"(?:{intens}\\s*)*{tone}" if intens else tone
    joiners = data.get("joiners", [])
    join = _alt(joiners, lang) + ("?" if "" in joiners else "")
    chain = f"{elem}(?:\\s*{join}\\s*{elem})*"
    talk = _alt(data["talk"], lang)
    # who talked, between the noun and its verb ("the conversation between the two leaders
    # was", "беседа глав государств носила"): Chinese puts them before the noun
    talkers = f"(?:\\s*{_alt(data['talkers'], lang)})?" if data.get("talkers") else ""
    before = f"(?:\\s*{_alt(data['before_talk'], lang)})*" if data.get("before_talk") else ""
    after = _alt(data.get("after_talk", []), lang)
    after_gap = f"(?:\\s*{after})" + ("*" if data.get("adjective_follows") else "+")
    shapes = [
        f"(?P<pre>{chain}){before}\\s*{talk}",
        f"{talk}{talkers}{after_gap}\\s*(?P<post>{chain})",
    ]
    if data.get("verbs"):  # "spoke candidly", "thoroughly discussed", "подробно обсудили"
        verbs = _alt(data["verbs"], lang)
        shapes.append(f"{verbs}\\s+(?P<adv>{chain})")
        shapes.append(f"(?P<preadv>{chain})\\s+{verbs}")
    first = _first_chars(
        [*data["words"].values(), data.get("intensifiers", []), data["talk"],
         data.get("verbs", [])],
        lang,
    )
    words = "|".join(f"({_alt(data['words'][word], lang)})" for word in english)
    hedges = _alt(data["hedges"], lang) if data.get("hedges") else None
    words_pattern = re.compile(words, re.I)
    return _Rules(
        shapes=re.compile(first + "(?:" + "|".join(shapes) + ")", re.I),
        words=words_pattern,
        english=english,
        hedges=re.compile(hedges, re.I) if hedges else None,
        lookback=_LOOKBACK.get(lang, _DEFAULT_LOOKBACK),
        gate=WordGate(words_pattern),
    )


def _first_chars(starters: list[list[str]], lang: str) -> str:
    """A lookahead on the characters a match can start with, after the word-start check
    every form shares (if they all have it): skips most positions at once."""
    forms = [form for group in starters for form in group if form]
    if any(form.startswith("re:") for form in forms):
        return ""
    chars = {form[0] for form in forms}
    lookahead = "(?=[" + re.escape("".join(sorted(chars | {c.upper() for c in chars}))) + "])"
    if not any(HAN.search(form) for form in forms):  # a word's first letters, as a trie
        lookahead += "(?=(?i:" + trie_regex({_head(form) for form in forms}, re.escape) + "))"
    word_start = {cue_pattern(form, lang).partition(")")[0] + ")" for form in forms}
    if len(word_start) == 1 and (start := word_start.pop()).startswith("(?<!"):
        return start + lookahead
    return lookahead


def _head(form: str) -> str:
    """The first (up to) three letters every match of a form starts with, as written."""
    word = form.split()[0].rstrip("*")
    return re.split("['’]", word)[0][:_HEAD] or word[:1]


def _hedged(text: str, start: int, rules: _Rules) -> bool:
    """True when the sentence before ``start`` makes the talks a wish or a plan."""
    if rules.hedges is None:
        return False
    window = text[max(0, start - rules.lookback) : start]
    end = _SENTENCE_END.search(window)
    if end:
        window = window[end.end() :]
    return rules.hedges.search(window) is not None


def characterize(text: str, lang: str) -> list[str]:
    """English tone words the account uses for the talks, unique, in order of appearance."""
    rules = _rules(lang)
    if rules is None or not rules.gate.may_match(text):
        return []
    found: list[str] = []
    for match in rules.shapes.finditer(text):
        if _hedged(text, match.start(), rules):
            continue
        group = next(
            name for name in ("pre", "post", "adv", "preadv") if match.group(name) is not None
        )
        for word in rules.words.finditer(match.group(group)):
            english = rules.english[word.lastindex - 1]
            if english not in found:
                found.append(english)
    return found
