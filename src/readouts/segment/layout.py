"""Layout of a document's lines: paragraphs, headlines, scripts, and the page furniture
(menus, end marks, copyright lines, item leads) that is no account's text.

Read by the line pass (`scan`) that splits a document into accounts; the furniture's
patterns are data in knowledge/sources.yaml and lang/<lang>/sources.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts import knowledge
from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.source_cues import MAX_CUE_LINE, strip_markup
from readouts.segment.sources import fold
from readouts.segment.turns import find_turns
from readouts.text.alternation import union
from readouts.text.scripts import CYRILLIC

SENTENCE_END = re.compile(r"[.!?。！？…;；]['\"”»）)」』]*\s*$")


@dataclass(frozen=True)
class Furniture:
    end_marks: re.Pattern[str]
    noise: re.Pattern[str]
    nav: frozenset[str]  # a web page's menu and share lines ("Skip to main content", "首页")
    lists: frozenset[str]  # a line heading the site's other stories ("More Stories", "相关新闻")
    trailers: tuple[tuple[str, re.Pattern[str]], ...]  # (a literal it holds, pattern)
    item_leads: re.Pattern[str]  # how an agency's or a bulletin's item opens ("央视网消息")
    excerpt_ends: frozenset[str]  # a line closing an excerpt of another's article ("Read
    # more ....", "Читать далее"): the page's own text follows


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    """A page's furniture as the sources data tells it, compiled once: end marks, noise,
    menu and story-list lines, trailers, item leads and excerpt ends."""
    data = knowledge.load("sources")

    def union_of(key: str) -> re.Pattern[str]:
        return union(data.get(key, []), 0)

    nav = frozenset(fold(line) for lang in SUPPORTED
                    for line in load_lang(lang, "sources").get("nav_lines", []))
    lists = frozenset(fold(line) for lang in SUPPORTED
                      for line in load_lang(lang, "sources").get("story_lists", []))
    ends = frozenset(fold(line) for lang in SUPPORTED
                     for line in load_lang(lang, "sources").get("excerpt_ends", []))
    return Furniture(union_of("end_marks"), union_of("noise_lines"), nav, lists,
                      tuple((t["holds"], re.compile(t["pattern"], re.S))
                            for t in data.get("trailers", [])),
                      union_of("item_leads"), ends)


HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


WIDE_SAMPLE = 2000  # characters weighed for the script of a whole paragraph or account


def script_of(text: str, sample_size: int = 160) -> str | None:
    """'han', 'cyrillic' or 'latin' by the letters of a sample, None if too few."""
    sample = text[:sample_size]
    han = len(HAN.findall(sample)) * 3  # a Han character carries a word
    cyr = len(CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    best = max(han, cyr, lat)
    if best < 24:
        return None
    return "han" if best == han else "cyrillic" if best == cyr else "latin"


def blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of non-blank lines as (first, last) line indexes."""
    out: list[tuple[int, int]] = []
    first = None
    for i, (_, _, text) in enumerate(lines):
        if text.strip():
            if first is None:
                first = i
        elif first is not None:
            out.append((first, i - 1))
            first = None
    if first is not None:
        out.append((first, len(lines) - 1))
    return out


def lines_of(body: str) -> list[tuple[int, int, str]]:
    """The lines of ``body`` as (start, end, text), the line break left out of the text."""
    out = []
    pos = 0
    for raw in body.splitlines(keepends=True):
        text = raw.rstrip("\r\n")
        out.append((pos, pos + len(text), text))
        pos += len(raw)
    return out


_BULLET = re.compile(r"[-–—•*·▪●]\s")  # a list's item ("- says talks have not been fruitful")
# a full stop, then a bracketed credit ("… discussed trade. (Reuters)", "…举行谈判。(新华社)")
_CREDITED_STOP = re.compile(r"[.。]['\"”»」』]*\s*[(（][^()（）\n]{1,30}[)）]\s*$")


_ELIDED = re.compile(r"^[\[(](?:…|\.\.\.)[\])]")  # "[…] Consapevole di …": an excerpt's
# text, cut where it opens


def title_like(text: str, limit: int = MAX_CUE_LINE) -> bool:
    """A headline: short, not a sentence (nor one signed with a bracketed credit after its
    full stop), not a line running on, not a speaker's turn."""
    return (len(text) <= limit and not SENTENCE_END.search(text)
            and not _CREDITED_STOP.search(text) and not _BULLET.match(text)
            and not _ELIDED.match(text)
            and not text.endswith((",", ":", "：", "，")) and not find_turns(text))


_QUOTE_OPEN = ('"', "«", "“", "„", "「")


def quote_follows(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Does the next paragraph after line i open with a quotation?"""
    nxt = next((t.strip() for _, _, t in lines[i + 1:i + 8] if t.strip()), "")
    return nxt.startswith(_QUOTE_OPEN)


def heads_item(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Is line i the headline of a news item, its next paragraph opening as an agency's or a
    bulletin's item does ("央视网消息（新闻联播）：", "MOSCOW, March 12. /TASS/.")?"""
    nxt = next((t.strip() for _, _, t in lines[i + 1:i + 3] if t.strip()), "")
    return bool(nxt) and bool(furniture().item_leads.match(strip_markup(nxt)))


_WINDOW = 8  # lines after a headline read to tell one paragraph a line from wrapped prose


def heads_lines(lines: list[tuple[int, int, str]], i: int, last: int) -> bool:
    """Is line i a headline over paragraphs written one a line? The long lines after it end
    sentences, and it is shorter than they are; a hard-wrapped paragraph's first line is
    as wide as the wrap and its sentence runs on."""
    def width(t: str) -> int:
        return len(t) + len(HAN.findall(t))

    after = [t.strip() for _, _, t in lines[i + 1:min(last, i + _WINDOW) + 1]]
    long = [t for t in after if width(t) > 40]
    ends = sum(bool(SENTENCE_END.search(t)) for t in long)
    return (len(long) >= 2 and ends * 2 >= len(long)
            and width(lines[i][2].strip()) < 0.9 * max(map(width, long)))


_PARA_LINES = 3  # long lines a block needs before it can be told one paragraph a line


def one_paragraph_a_line(lines: list[tuple[int, int, str]], first: int, last: int) -> bool:
    """Is the block written one paragraph a line, each of its short lines a headline or a
    cue of its own? Its long lines end sentences; a hard-wrapped paragraph's lines run on."""
    long = [t for _, _, t in lines[first:last + 1] if len(t) > 100]
    ends = sum(bool(SENTENCE_END.search(t.rstrip())) for t in long)
    return len(long) >= _PARA_LINES and ends >= 0.8 * len(long)


def block_text(lines: list[tuple[int, int, str]], first: int, last: int) -> str:
    """A block's first seven lines joined: enough to tell its script and language, without
    reading a long account whole."""
    return " ".join(t for _, _, t in lines[first:min(last, first + 6) + 1])


_FURNITURE_LINE = 60  # menu lines and list headings are short


def furniture_key(line: str) -> str | None:
    """A short line folded for lookup among the site's furniture (menus, list headings);
    None for a line too long to be one."""
    return fold(strip_markup(line)).strip().rstrip(":：") if len(line) <= _FURNITURE_LINE else None


def before_story_list(text: str) -> str:
    """The text above the line heading the site's other stories ("Ещё по теме", "More
    Stories"): what follows are other items' headlines and dates, never this page's."""
    lists = furniture().lists
    offset = 0
    for line in text.split("\n"):
        folded = furniture_key(line)
        if folded in lists and text[:offset].strip():
            return text[:offset]
        offset += len(line) + 1
    return text
