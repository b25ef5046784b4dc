"""Cue lines that credit a source ("via Xinhua", "Fonte: ministero degli Esteri",
"来源：新华社", a headline signed "-- Washington Post"), and the cue words telling an
account's kind and side. Cue words are data in lang/<lang>/sources.yaml; the names they
frame are the registry's (``sources``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.sources import Source, fold, is_cjk, registry
from readouts.text.alternation import union
from readouts.text.word_gate import GatedPattern

MAX_CUE_LINE = 120  # longer lines are prose, not cue lines
_MAX_CHAIN_LINE = 200  # ... but for a relayed header: "Relayer: Source's official: Title:"
_CHAIN = re.compile(r":\s+|：\s*")


def cue_sized(text: str) -> bool:
    """Is the line short enough to be a cue line: a header chain of labels ending with a
    colon may be as long as a headline."""
    return len(text) <= MAX_CUE_LINE or (
        len(text) <= _MAX_CHAIN_LINE and text.endswith((":", "：")) and bool(_CHAIN.search(text)))


@dataclass(frozen=True)
class CueData:
    """Cue-line and kind patterns of all supported languages, compiled once."""

    prefix: re.Pattern[str]
    words: frozenset[str]
    kinds: dict[str, GatedPattern]  # searched in whole accounts: their words looked for first
    sides: tuple[tuple[re.Pattern[str], str], ...]  # words naming a side ("cinese" -> CHN)
    joins: re.Pattern[str]  # words joining two names ("Mosca e la Casa Bianca"): no credit


@lru_cache(maxsize=1)
def cue_data() -> CueData:
    """The cue-line prefixes and words, kinds, side words and joining words of every
    supported language's sources data, compiled once."""
    prefixes: list[str] = []
    words: set[str] = set()
    kinds: dict[str, list[str]] = {}
    sides: list[tuple[re.Pattern[str], str]] = []
    joins: list[str] = []
    for lang in SUPPORTED:
        data = load_lang(lang, "sources")
        prefixes += data.get("cue_prefixes", [])
        words |= {fold(w) for w in data.get("cue_words", [])}
        joins += [re.escape(w) if is_cjk(w) else rf"(?<!\w){re.escape(w)}(?!\w)"
                  for w in data.get("join_words", [])]
        for kind, patterns in data.get("kinds", {}).items():
            kinds.setdefault(kind, []).extend(patterns)
        for side, side_words in data.get("side_words", {}).items():
            sides.append((union([rf"(?<!\w){re.escape(w)}(?!\w)" if not is_cjk(w) else w
                                  for w in side_words]), side))
    prefix = re.compile(rf"^\W{{0,3}}(?:{'|'.join(f'(?:{p})' for p in prefixes)})"
                        r"(?:\s*[:：\-–—]\s*|\s+|(?=\W)|(?<=['’\u3400-\u9fff]))", re.I)
    return CueData(prefix, frozenset(words),
                   {k: GatedPattern(union(v)) for k, v in kinds.items()},
                   tuple(sides), union(joins))


_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")
_WORDS = re.compile(r"[\w'’]+")
_SENTENCE_END = re.compile(r"[.!?。！？…]\s*$")


def strip_markup(line: str) -> str:
    """'## **via Xinhua**' -> 'via Xinhua'."""
    return _MARKUP.sub("", line)


def cue_source(line: str, strict: bool = False, bare: bool = True, framed: bool = True
               ) -> tuple[Source, str] | None:
    """If the line is a cue line naming a source, return the source and the name.

    A cue line is short, is not a sentence, names or describes a source, and either opens
    with a cue word ("via", "Fonte:", "Источник:", "来源："), ends with a colon, ends with
    the name after a few framing words ("tramite l'agenzia di stampa cinese Xinhua"), or
    holds little besides the name ("Casa Bianca", "Resoconto del Cremlino"). strict: only
    the first; framed=False: not the third; bare=False: not the last.
    """
    text = strip_markup(line)
    if not text or not cue_sized(text) or _SENTENCE_END.search(text):
        return None
    found = registry().name_in(text)
    if found is None:
        return None
    if (chained := _chain(text)) is not None:
        return chained
    if (signed := _signed_headline(text)) is not None:
        return signed
    if len(text) > MAX_CUE_LINE:
        return None
    data = cue_data()
    if data.prefix.match(text) and "," not in text and len(_WORDS.findall(text)) <= _CUE_WORDS:
        return found
    if strict:
        return None
    if text.endswith((":", "：")) and not _runs_on(text):
        return found
    if framed and _framed(text, found[1]):
        return found
    if not bare:
        return None
    rest = text.replace(found[1], " ")
    others = [w for w in _WORDS.findall(rest) if not _cue_words_only(fold(w), data.words)]
    return found if not others else None


def _chain(text: str) -> tuple[Source, str] | None:
    """A relayed header: labels joined by colons, the last a title, the whole ending with a
    colon ("Vyacheslav Nikonov: White House Press Secretary Carolyn Levitt: President
    Trump's telephone conversation with President Putin:"); the source a label names."""
    if not text.endswith((":", "：")):
        return None
    labels = _CHAIN.split(text.rstrip(":："))[:-1]
    if not labels or any("," in label or len(_WORDS.findall(label)) > _CUE_COLON_WORDS
                         for label in labels):
        return None
    return registry().name_in(" : ".join(labels))


_SIGNED = re.compile(r"\s(?:--|[—–|])\s*([^—–|\n]{2,40}?)\s*$")


def _signed_headline(text: str) -> tuple[Source, str] | None:
    """A reposted article's headline signed with its publisher after a dash or a bar
    ("White House And Kremlin Seem To Differ On The Call -- Washington Post", "… | Reuters"):
    the text under it is that publisher's, whatever sources the headline names."""
    m = _SIGNED.search(text)
    if m is None:
        return None
    found = registry().name_in(m.group(1))
    if found is None or not _TAIL_OK.match(m.group(1).replace(found[1], "", 1).replace(
            "The ", "", 1)):
        return None
    return found


_FRAME_WORDS = 6  # "per il tramite del ministero degli Esteri cinese": a few words before the name
_FRAME_LINE = 90
_TAIL_OK = re.compile(r"^[\W_]*$")


def _framed(text: str, name: str) -> bool:
    """A short line that ends with a source's name or description, whatever few words frame
    it ("tramite l'agenzia di stampa cinese Xinhua", "courtesy of the Russian presidency",
    "据新华社"): a compiler's credit line. A line naming a leader, or running on past a
    comma, is a headline or prose."""
    head, _, tail = text.rpartition(name)
    if len(text) > _FRAME_LINE or not _TAIL_OK.match(tail) or "," in head or "，" in head:
        return False
    if len(_WORDS.findall(head)) > _FRAME_WORDS or cue_data().joins.search(head):
        return False
    return registry().voice_in(text) is None


_CUE_WORDS = 10  # "Fonte: ministero degli Esteri della Repubblica popolare cinese" is a cue
_CUE_COLON_WORDS = 8  # "Here is the Chinese readout from Xinhua:" too; wrapped prose is longer


def _runs_on(text: str) -> bool:
    """Is a line ending in a colon a wrapped sentence ("La versione di Pechino, diffusa
    dall'agenzia Xinhua, mette l'accento su:") rather than a cue line?"""
    return "," in text or "，" in text or len(_WORDS.findall(text)) > _CUE_COLON_WORDS


def _cue_words_only(word: str, words: frozenset[str]) -> bool:
    """Is the word a cue word, or (Chinese, written without spaces) a run of them
    ("网站消息" = "网站" + "消息")?"""
    if word in words or not is_cjk(word):
        return word in words
    while word:
        head = max((w for w in words if word.startswith(w)), key=len, default=None)
        if head is None:
            return False
        word = word[len(head):]
    return True


def side_in(text: str) -> str | None:
    """The side a short line names by its adjective ("The Chinese readout" -> CHN), if one."""
    found = {side for rx, side in cue_data().sides if rx.search(text)}
    return found.pop() if len(found) == 1 else None


def kind_cue(kind: str, text: str) -> bool:
    """Does the text hold a cue of this kind ('briefing', 'post', 'transcript', ...)?"""
    rx = cue_data().kinds.get(kind)
    return bool(rx and rx.search(text))
