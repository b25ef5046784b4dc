"""Promotions inside a story's paragraphs: a teaser of another story glued into the text
("… migratoria". Leggi anche: "Parole intollerabili": anche Prodi asfalta Macron Secondo
quanto si è appreso …") and the closing sentences that promote the publisher's channels
("Segui il nostro canale Telegram"). Read as text, the teaser's headline becomes part of the
story and its people a contact; found here, on the decoded text, so normalization drops
them with its offset map. The words are data (knowledge/promos.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from readouts import knowledge

_TEASER_WORDS = 30  # a teaser's headline is short: past this, no end was found
_SENTENCE = re.compile(r"[^.!?。！？]+(?:[.!?。！？]+['\"”»)]*|$)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = knowledge.load("promos")
    labels = "|".join(re.escape(w) for w in sorted(data["teaser_labels"], key=len, reverse=True))
    # a label, with a colon or in capitals (checked on the match), then the teaser on its line
    label = re.compile(rf"(?<!\w)(?P<label>{labels})(?!\w)\s*(?P<colon>[:：])?[ \t]*(?=\S)",
                       re.I)
    openers = "|".join(re.escape(w) for w in data["sentence_openers"])
    # a headline ends at an opener after at least two words, or at a sentence's end
    opener = re.compile(rf"(?:\S+[ \t]+){{2,{_TEASER_WORDS}}}?(?=(?:{openers})[ \t,])")
    stop = re.compile(rf"(?:\S+[ \t]+){{0,{_TEASER_WORDS}}}?\S*[.!?]['\"”»)]*(?=[ \t]+[A-ZА-ЯЁ])")
    promo = re.compile("|".join(f"(?:{p})" for p in data["promo_sentences"]), re.I)
    return label, opener, stop, promo


def promo_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of glued teasers and closing channel promotions, line by line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        spans.extend((pos + a, pos + b) for a, b in _teasers(line))
        promo = _closing_promo(line)
        if promo is not None:
            spans.append((pos + promo, pos + len(raw)))
        pos += len(raw)
    return spans


def _teasers(line: str) -> list[tuple[int, int]]:
    """Teasers inside the line: a label alone on its line heads the site's story list, which
    the line pass reads (story_lists), and is left alone."""
    label, opener, stop, _ = _patterns()
    out = []
    for m in label.finditer(line):
        if not m.group("colon") and not m.group("label").isupper():
            continue
        ends = [e.end() for e in (opener.match(line, m.end()), stop.match(line, m.end())) if e]
        if not line[:m.start()].strip() and len(line[m.end():].split()) <= _TEASER_WORDS:
            out.append((m.start(), len(line)))  # a line of its own ("Su questo argomento : …")
        elif ends:
            out.append((m.start(), min(ends)))
        elif len(line[m.end():].split()) <= _TEASER_WORDS:
            out.append((m.start(), len(line)))  # the headline runs to the line's end
    return out


def _closing_promo(line: str) -> int | None:
    """Where the line's closing promotion starts: the first of its last sentences that all
    promote the publisher's channels, or None."""
    promo = _patterns()[3]
    sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(line) if m.group().strip()]
    start = None
    for at, sentence in reversed(sentences):
        body = sentence.strip()
        if not promo.search(body):
            break
        start = at + len(sentence) - len(sentence.lstrip())
    return start
