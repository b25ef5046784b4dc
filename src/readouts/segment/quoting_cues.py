"""The quoting cues of the four languages, compiled once for the attribution and the
quoted-text passes: every cue phrase is data (lang/<lang>/quoting.yaml), a side's speech and
text patterns filled in with the side words and place nouns of lang/<lang>/sources.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.sources import fold
from readouts.text.alternation import union
from readouts.text.regex_trie import trie_regex


@dataclass(frozen=True)
class Cues:
    speech: re.Pattern[str]
    announce: re.Pattern[str]
    statement: re.Pattern[str]
    link: re.Pattern[str]
    resume: re.Pattern[str]
    lead: re.Pattern[str]
    refers: re.Pattern[str]  # a sentence opening with the quoted text named again
    refers_tail: re.Pattern[str]  # ... or closing with it (", according to the readout.")
    media_opening: re.Pattern[str]  # a sentence opening on unnamed media's reports
    # ("另据俄媒体报道", "According to Russian media reports"): the writer relays news
    post: re.Pattern[str]  # words naming a post
    leader_post: re.Pattern[str]  # a leader's act of writing ("Trump wrote", "написал")
    leader_office: re.Pattern[str]  # a leader's office speaking ("Xi's office declared")
    leader_told: re.Pattern[str]  # ... told in the writer's words on a platform not named
    # ("特朗普在网上帖文，…他称", "Trump wrote on social media that")
    leader_said: re.Pattern[str]  # a leader's act of speaking ("Biden told reporters")
    text_credit: re.Pattern[str]  # "according to a statement from (the Elysee)"
    text_credit_after: re.Pattern[str]  # "(the Kremlin) said in a statement"
    indirect: re.Pattern[str]  # reported speech after a speech cue ("said that", "precisa che")
    credit_opening: re.Pattern[str]  # a sentence opening with the verb that credits it
    # ("Lo ha riferito", "Secondo quanto riferisce"): its subject, named after, speaks
    credit_clause: re.Pattern[str]  # a clause inside the writer's sentence (", come
    # riferisce una nota della (Farnesina)")
    statement_before: re.Pattern[str]  # words calling the text of the source named right
    # after them a statement ("a statement from (the Kremlin)", "la dichiarazione della")
    statement_after: re.Pattern[str]  # ... or right after its name ("(White House)'s statement")
    citing: re.Pattern[str]  # words naming the source a speaker cites, right before its name
    # ("…”, spiega l'agenzia di stampa russa citando (il Cremlino)", "citing (the Kremlin)")
    relay: re.Pattern[str]  # words naming the agency that carried a text, right before its
    # name ("Nel testo, rilanciato da (Ria Novosti)", "the text, carried by (TASS)")
    seat_gap: re.Pattern[str]  # the words that may stand between a capital speaking and its
    # verb ("Moscow has also said", "北京方面表示"), and nothing else ("Paris diplomats say")
    published: re.Pattern[str]  # verbs of publishing a text, no speech ("Berlin released a
    # note of its own"): the text described, not its words
    back_credit: re.Pattern[str]  # a sentence crediting what came before ("Lo rende noto
    # (la Casa Bianca)", "Об этом сообщает", "This was reported by")
    back_goes_on: re.Pattern[str]  # ... that goes on to the source's own words (", aggiungendo
    # che", ", добавив, что", ", adding that")
    described: re.Pattern[str]  # the words describing a source between its speech verb and
    # its name ("rende noto (l'agenzia tedesca) Dpa", "secondo (l'emittente statale) Cctv",
    # "said (the German weekly) Der Spiegel", "сообщило (немецкое издание) Der Spiegel")
    side_speech: dict[str, re.Pattern[str]]  # per language: a side's unnamed text or
    # officials speaking
    side_text: dict[str, re.Pattern[str]]  # per language: a side's text a colon line names
    side_word: re.Pattern[str]
    sides: dict[str, tuple[str, tuple[str, ...]]]  # a side word, folded -> its side and
    # the languages it is a word of


def _side_words(key: str) -> dict[str, dict[str, str]]:
    """Each language's side words ("中方", "cinese", "Chinese"), or side nouns ("Russia"),
    -> side."""
    out: dict[str, dict[str, str]] = {}
    for lang in SUPPORTED:
        words = load_lang(lang, "sources").get(key, {})
        out[lang] = {fold(w): side for side, ws in words.items() for w in ws}
    return out


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The quoting cues of the four languages, compiled once: each cue list as one
    alternation, and per language a side's speech and text patterns with its side words and
    place nouns filled in."""
    found: dict[str, list[str]] = {}
    sided: dict[str, dict[str, re.Pattern[str]]] = {"side_speech": {}, "side_text": {}}
    sides: dict[str, tuple[str, tuple[str, ...]]] = {}
    nouns = _side_words("side_nouns")
    for lang, words in _side_words("side_words").items():
        data = load_lang(lang, "quoting")
        for key, patterns in data.items():
            if key not in sided:
                found.setdefault(key, []).extend(patterns)
        if words:  # a trie: the side words share their first letters ("american…")
            alternation = trie_regex(sorted(words))
            places = trie_regex(sorted(nouns[lang])) if nouns[lang] else "(?!)"
            for key, per_lang in sided.items():
                per_lang[lang] = union([p.replace("{side}", f"(?:{alternation})")
                                        .replace("{place}", f"(?:{places})")
                                        for p in data.get(key, [])])
        for w, side in {**words, **nouns[lang]}.items():
            sides[w] = (side, (*sides.get(w, ("", ()))[1], lang))

    word = re.compile(trie_regex(sorted(sides)), re.I)
    return Cues(*(union(found.get(k, [])) for k in (
        "speech", "announce", "statement", "link", "resume", "lead", "refers", "refers_tail",
        "media_opening", "post_words", "leader_post", "leader_office", "leader_told",
        "leader_said",
        "text_credit", "text_credit_after", "indirect", "credit_opening",
        "credit_clause", "statement_before", "statement_after", "citing", "relay", "seat_gap",
        "published", "back_credit", "back_goes_on", "described")),
        sided["side_speech"], sided["side_text"], word, sides)
