"""An article's prose cut for the quoted-text pass: paragraphs, and sentences that keep a
quotation whole with the words introducing it ("Trump tweeted: “… . …”" is one), each with
the width of its quoted words. Language-neutral: quotation marks and full stops of every
script; a Han character weighs two Latin letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.text.scripts import HAN
from readouts.text.sentences import glued_stop

OPEN = "“«„「『"
_CLOSE = "”»」』"
_ENDS = ".!?。！？"
_WIDE_ENDS = "。！？」』”"  # a Chinese sentence ends with no space after it
_MARKS = re.compile(r'[“”«»„「」『』"]|[.!?。！？]+')
_LEADING = re.compile(r"[\s•·*\-–—>]*")
# a full stop then a small letter, a bracket or a dash, or a short capitalised word's full
# stop then a number, is an abbreviation's, no sentence's end ("Milano, 5 giu. (LaPresse) –",
# "New York, 2 apr. - La", "т. е.", "Nov. 15, 2023")
_ABBREVIATED = re.compile(r"[ \t]+(?:[a-zа-яё(]|[-–—][ \t])")
_NUMBER_NEXT = re.compile(r"[ \t]+\d")
_SHORT_WORD = re.compile(r"(?<![\w.])[A-ZА-ЯЁ][a-zа-яё]{1,3}$")
# an initialism written with stops ("U.S. President Joe Biden", "U.N. Secretary-General"):
# its last stop ends no sentence, whatever capital follows
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁ]\.){1,3}[A-ZА-ЯЁ]$")
_UNWRAPPED = 130  # a line this long is a paragraph, not a wrapped line
_STRAY_QUOTE = 1500  # a quotation left open this long was a stray mark


@dataclass
class Sentence:
    """A sentence's span in the document, with what it quotes."""

    start: int
    end: int
    quoted: int  # width of its words inside quotation marks
    opens_quote: bool  # it opens with a quotation mark


def width(text: str) -> int:
    """Length weighing a Han character as two letters (it carries a word)."""
    return len(text) + len(HAN.findall(text))


def paragraphs(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs: blocks between blank lines; in a block holding a long line (a page
    pasted one paragraph a line) each line is one. A hard-wrapped block is one paragraph,
    whatever its lines end with ("… mette l'accento su:" runs on)."""
    out: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []

    def flush() -> None:
        if not block:
            return
        if any(e - s > _UNWRAPPED for s, e in block):
            lines: list[tuple[int, int]] = []
            for s, e in block:  # a long line cut inside a sentence ("… fa sapere Palazzo"
                if lines and lines[-1][1] - lines[-1][0] > _UNWRAPPED and \
                        _runs_on(body[lines[-1][1] - 1]):  # over "Chigi in una nota …")
                    lines[-1] = (lines[-1][0], e)  # was wrapped where the page ended a line
                else:
                    lines.append((s, e))
            out.extend(lines)
        else:
            out.append((block[0][0], block[-1][1]))
        block.clear()

    pos = start
    for line in body[start:end].splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        if not line.strip():
            flush()
            continue
        block.append((line_start + len(line) - len(line.lstrip()),
                      line_start + len(line.rstrip())))
    flush()
    return out


def _runs_on(last: str) -> bool:
    """Does a line ending on this character break off its sentence (a word, a comma), not
    end it or announce what follows (a stop, a closing quotation mark, a colon, the date
    an embedded post is signed with)?"""
    return last.isalpha() or last == ","


def sentences(body: str, start: int, end: int) -> list[Sentence]:
    """The paragraph's sentences; a quotation is one with the words that introduce it,
    however many sentences it holds."""
    out: list[Sentence] = []
    depth = 0
    straight = False
    quoted = 0
    opened_at = 0
    first = start
    for m in _MARKS.finditer(body, start, end):
        mark = m.group()
        inside = depth > 0 or straight
        cut = None
        if mark in OPEN:
            if not inside:
                opened_at = m.start()
            depth += 1
        elif mark in _CLOSE or mark == '"':
            if mark == '"' and not depth:
                straight = not straight
                if straight:
                    opened_at = m.start()
            else:
                depth = max(0, depth - 1)
            if inside and not (depth or straight):
                quoted += width(body[opened_at + 1:m.start()])
                if body[m.start() - 1:m.start()] in tuple(_ENDS):
                    cut = m.end()
        elif not inside and not (mark == "." and _abbreviation(body, m.start(), end)):
            cut = m.end()
        if inside and m.start() - opened_at > _STRAY_QUOTE:
            depth, straight = 0, False
        if cut is not None and (cut == end or body[cut].isspace()
                                or body[cut - 1] in _WIDE_ENDS or HAN.match(body[cut - 1])
                                or (mark == "." and glued_stop(body, m.start()))):
            out.append(_sentence(body, first, cut, quoted))
            first, quoted = cut, 0
    if depth or straight:
        quoted += width(body[opened_at + 1:end])
    if body[first:end].strip():
        out.append(_sentence(body, first, end, quoted))
    return out


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    """A title abbreviated before a name, in any language ("Mr", "On", "проф"), ending at
    the full stop."""
    words = {w for lang in SUPPORTED for w in load_lang(lang, "sentences").get("titles", [])}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w.])(?:{alternation})$", re.I)


def _abbreviation(body: str, at: int, end: int) -> bool:
    """Is the full stop at `at` an abbreviation's?"""
    return bool(_ABBREVIATED.match(body, at + 1, end)
                or _titles().search(body, max(0, at - 6), at)
                or _INITIALISM.search(body, max(0, at - 8), at)
                or (_NUMBER_NEXT.match(body, at + 1, end)
                    and _SHORT_WORD.search(body, max(0, at - 5), at)))


def _sentence(body: str, start: int, end: int, quoted: int) -> Sentence:
    lead = _LEADING.match(body, start, end)
    start = lead.end() if lead else start
    return Sentence(start, end, quoted, body[start:start + 1] in OPEN + '"')

