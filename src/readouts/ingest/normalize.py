"""Text normalization at ingest, once, with a map back to the original offsets.

Every later stage matches cue words, numbers and names written with plain characters
("un'ora", "-", "12"), while real pages write them with typographic ones ("un’ora",
"‑", "１２"). Folding them here, once, means no stage has to know every variant;
the offset map keeps each normalized position pointing at the character it came
from, so a span found downstream can be shown in the text as it was.

What changes: line ends become ``\\n``; text becomes NFC; invisible characters
(zero-width spaces and joiners, BOM, soft hyphen) and control characters go;
non-breaking and other wide spaces become plain spaces, trailing spaces go;
typographic apostrophes become ``'``, and so do a grave or acute accent typed for one
between letters ("l`agenzia"); a final accent typed as an apostrophe ("e'", "incontrera'",
"Venerdi'", "perche'") becomes the accented vowel, as Italian wires without accented keys
write them (not "po'", nor a word closing a quotation opened with one); pinyin glossing
Chinese characters goes, and so do spaces inside a Chinese date ("8 月 15 日") and a
page's letter spacing ("M o s c a");
rare double-quote and dash variants become the common ones the stages know (“ ” „ – —);
full-width digits, Latin letters and number signs become ASCII; a "?" standing for a name's
lost middle dot ("弗拉基米爾?普京") becomes the dot. Chinese punctuation
(，。：；！？（）) is left alone: it is the language's own, not a variant.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

_SPACE_CHARS = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
_ONE_TO_ONE: dict[int, str] = {
    **{ord(ch): " " for ch in _SPACE_CHARS},
    ord("\r"): "\n",  # a lone CR (old Mac files); CR before LF is deleted first
    # apostrophes and single quotes
    ord("\u2019"): "'", ord("\u2018"): "'", ord("\u201b"): "'", ord("\u02bc"): "'",
    ord("\uff07"): "'", ord("\u2032"): "'",
    # rarer double quotes to the common ones
    ord("\u201f"): "\u201c", ord("\u301d"): "\u201c", ord("\u301e"): "\u201d",
    ord("\u301f"): "\u201d", ord("\u2033"): '"', ord("\uff02"): '"',
    # dashes: hyphens and minus to '-', figure dash to en dash, horizontal bar to em dash
    ord("\u2010"): "-", ord("\u2011"): "-", ord("\u2212"): "-", ord("\ufe63"): "-",
    ord("\uff0d"): "-", ord("\u2012"): "\u2013", ord("\u2015"): "\u2014",
    # full-width digits, Latin letters and number signs
    **{cp: chr(cp - 0xFEE0) for cp in range(0xFF10, 0xFF1A)},
    **{cp: chr(cp - 0xFEE0) for cp in range(0xFF21, 0xFF3B)},
    **{cp: chr(cp - 0xFEE0) for cp in range(0xFF41, 0xFF5B)},
    **{ord(ch): chr(ord(ch) - 0xFEE0) for ch in "％＋．／＄＆＠＃＝"},
}
# A pinyin reading in brackets after a Chinese character ("總統(tǒng)", as some news sites
# gloss characters; "會(huì )", padded before its bracket by some mirrors), known by its tone
# mark; and the same gloss mangled by a bad re-encoding of the page, which writes "?" plus
# the reading's tail and a stray letter or character for the characters it lost
# ("當(dāng)?shù)貢r(shí)間", "馬克龍?jiān)c俄羅斯"): that "?" is no question mark, and a
# stage reading sentences must not see one there.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-zü]*[{_TONED}][a-zü]*"
_PINYIN = (rf"(?<=[\u4e00-\u9fffA-Za-z])\({_SYLLABLE} ?\)"
           rf"|(?<=[\u4e00-\u9fff)])\?{_SYLLABLE}\)(?:[\u4e00-\u9fff]?[A-Za-z](?=[\u4e00-\u9fff(]))?")
# Spaces inside a Chinese date or time ("8 月 15 日", "2025 年", "（8 日）", "10 时"), as
# Taiwanese and Hong Kong sites set them: the date is read as one word.
_CJK_DATE_SPACE = (rf"(?<=\d)[ \t{_SPACE_CHARS}]+(?=[年月日号號时時点點分])"
                   rf"|(?<=[年月])[ \t{_SPACE_CHARS}]+(?=\d)")
# Deleted: CR before LF, invisible characters, control characters, spaces ending a line,
# pinyin glosses, spaces inside a Chinese date.
_DELETE = re.compile(
    r"\r(?=\n)|[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+"
    rf"|[ \t{_SPACE_CHARS}]+(?=\r?\n)|{_PINYIN}|{_CJK_DATE_SPACE}"
)


# The middle dot of a transliterated name lost to a bad re-encoding ("弗拉基米爾?普京"): a
# "?" between two Chinese characters, not after a question's word ("吗?", "何?") nor before an
# answer ("?答:"), is the dot, not a question mark ending a sentence inside the name.
_LOST_DOT = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![吗嗎呢吧么麼嘛啊呀何否])\?(?=[\u4e00-\u9fff])(?!答)")
# A grave accent or an acute one typed for an apostrophe between letters, as old pages do
# ("l`agenzia", "nell´ambito", "Putin`s"); elsewhere it is left alone.
_GRAVE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`\u00b4](?=[^\W\d_])")
# A stressed final vowel typed as vowel and apostrophe, as some Italian wires and sites
# write every accent ("e' stato ricevuto", "incontrera' il presidente", "Venerdi' 6"): the
# cues know "è", "incontrerà". Only at a word's end, before a space or punctuation; never
# the truncations that take the apostrophe ("po'", "mo'", "di'", "va'", "ca'"), nor a single
# letter but "e", nor a quotation's closing mark ('il cosiddetto 'piano Mattei'').
_ACCENT_APOSTROPHE = re.compile(
    r"(?<![^\W\d_])((?:[^\W\d_]+)?[aeiouAEIOU])['\u2019](?=[\s,.;:!?)»”\"]|$)")
_APOSTROPHE_WORDS = frozenset({"po", "mo", "de", "be", "to", "va", "fa", "da", "sta", "di",
                               "ca", "pie", "ne"})
_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s(«“\"\[]))['\u2018](?=\w)|\u2018")
_ACCENTED = str.maketrans("aeiouAEIOU", "àèìòùÀÈÌÒÙ")


def _accent_apostrophes(text: str) -> list[tuple[int, int]]:
    """The apostrophes that stand for a final accent ("e'", "sara'", "Cosi'"), as spans to
    drop; the vowel before each takes the accent where the piece is kept (``normalize``)."""
    if "'" not in text and "\u2019" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for line_start, line in _lines(text):
        opened = sorted(m.start() for m in _OPEN_SINGLE.finditer(line))
        for m in _ACCENT_APOSTROPHE.finditer(line):
            word, at = m.group(1), m.end(1)
            quoting = [o for o in opened if o < m.start()]
            if quoting:  # the closing mark of a quotation opened before: used up
                opened.remove(quoting[-1])
                continue
            if word.lower() in _APOSTROPHE_WORDS or (len(word) == 1 and word not in "eE"):
                continue
            spans.append((line_start + at, line_start + at + 1))
    return spans


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of the text with its offset."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


_SPACED_LINE = re.compile(r"^(?:\S {1,3}){12,}\S?$", re.M)  # "M o s c a ,   2 8   d i c ."
_SPACE_RUN = re.compile(r" +")


def _letter_spacing(text: str) -> list[tuple[int, int]]:
    """Spans that undo a page's letter spacing ("M o s c a ,   2 8   d i c ."): a line of
    single characters a space apart, words three apart, as some pages' text comes out of
    a browser. The spaces between letters go; of those between words, one stays."""
    spans: list[tuple[int, int]] = []
    for line in _SPACED_LINE.finditer(text):
        for run in _SPACE_RUN.finditer(text, line.start(), line.end()):
            keep = 1 if run.end() - run.start() > 1 else 0
            spans.append((run.start(), run.end() - keep))
    return spans


@dataclass
class OffsetMap:
    """Normalized offset -> original offset, as breakpoints: from ``starts[k]`` on, the
    original offset is the normalized one plus ``shifts[k]``. Linear to build, a bisect
    to read."""

    starts: list[int] = field(default_factory=lambda: [0])
    shifts: list[int] = field(default_factory=lambda: [0])

    def to_original(self, pos: int) -> int:
        return pos + self.shifts[bisect_right(self.starts, pos) - 1]

    def shifted(self, offset: int) -> OffsetMap:
        """The map of the text from ``offset`` on (a body after its metadata header)."""
        base = self.to_original(offset) - offset
        starts, shifts = [0], [base + offset]
        for s, d in zip(self.starts, self.shifts, strict=True):
            if s > offset:
                starts.append(s - offset)
                shifts.append(d + offset)
        return OffsetMap(starts, shifts)


@dataclass
class Normalized:
    """A normalized text, the text it came from, and the map between them."""

    text: str
    original: str
    offsets: OffsetMap

    def original_span(self, start: int, end: int) -> str:
        """The original text of a normalized span."""
        return self.original[self.offsets.to_original(start):self.offsets.to_original(end)]


class _Builder:
    """Collects kept pieces of a text and the breakpoints their removal gaps make."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.map = OffsetMap()

    def keep(self, piece: str, orig_pos: int) -> None:
        if not piece:
            return
        shift = orig_pos - self.length
        if shift != self.map.shifts[-1]:
            if self.map.starts[-1] == self.length:
                self.map.shifts[-1] = shift
            else:
                self.map.starts.append(self.length)
                self.map.shifts.append(shift)
        self.pieces.append(piece)
        self.length += len(piece)

    def text(self) -> str:
        return "".join(self.pieces)


def _keep(out: _Builder, piece: str, orig_pos: int, compose: bool) -> None:
    """Keep a piece; composing it to NFC one base character (with its combining marks) at
    a time, so that each composed character still points at its own original."""
    if not compose:
        out.keep(piece, orig_pos)
        return
    start = 0
    for i in range(1, len(piece) + 1):
        if i == len(piece) or not unicodedata.combining(piece[i]):
            out.keep(unicodedata.normalize("NFC", piece[start:i]), orig_pos + start)
            start = i


def normalize(text: str, drop: Sequence[tuple[int, int]] = ()) -> Normalized:
    """Normalize a decoded text (see the module's docstring), stripped of the blank space
    around it, keeping the map back to ``text``. `drop`: more [start, end) spans of
    ``text`` to leave out (a page's photo captions, readouts.ingest.captions)."""
    compose = not unicodedata.is_normalized("NFC", text)  # texts already NFC skip the walk
    out = _Builder()
    pos = 0
    spans = ((m.start(), m.end()) for m in _DELETE.finditer(text))
    accents = _accent_apostrophes(text)
    accented = set(accents)
    for start, end in heapq.merge(spans, sorted([*drop, *_letter_spacing(text), *accents])):
        if end <= pos:
            continue  # inside a span already left out
        piece = text[pos:max(start, pos)]
        if (start, end) in accented and piece:  # "sara'" -> "sarà": the vowel takes it
            acute = piece[-3:].lower() == "che"  # "perche'" -> "perché"
            piece = piece[:-1] + (("\u00e9" if piece[-1] == "e" else "\u00c9") if acute
                                  else piece[-1].translate(_ACCENTED))
        _keep(out, piece, pos, compose)
        pos = end
    _keep(out, text[pos:], pos, compose)
    mapped = out.text().translate(_ONE_TO_ONE)  # one character for one: offsets unchanged
    if "?" in mapped:
        mapped = _LOST_DOT.sub("\u00b7", mapped)  # one for one too
    if "`" in mapped or "\u00b4" in mapped:
        mapped = _GRAVE_APOSTROPHE.sub("'", mapped)
    lead = len(mapped) - len(mapped.lstrip())
    return Normalized(mapped.strip(), text, out.map.shifted(lead) if lead else out.map)
