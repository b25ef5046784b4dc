"""Where an unknown person's name runs after a title: the words a phrase reads as a name the
roster does not know ("il presidente del Kenya, William Ruto", "中国外交部长王文博说"). Kept
apart from the phrase reader (name_phrases), which reads known names and titles."""

from __future__ import annotations

import re

from readouts.extract.people.reading_scope import common_words
from readouts.text.scripts import HAN

# endings a word written in lower case elsewhere may carry there ("Discuss" over "discussed")
_INFLECTED = ("", "s", "es", "ed", "d", "ing")
# particles of names a text writes either way ("L'emiro Al Thani" beside "Tamim bin Hamad al
# Thani"): capitalised, they still go on a name
_PARTICLES = frozenset({"al", "el", "bin", "bint", "ibn", "abu", "ben", "de", "del", "della",
                        "di", "da", "dos", "das", "do", "van", "von", "der", "den", "du",
                        "le", "la"})


class UnknownNameSpans:
    """The span readers of unknown names; the phrase matcher gives them its language's
    token, name, stop and not-a-name patterns."""

    lang: str
    token: re.Pattern[str]
    not_names: set[str]
    foreign: re.Pattern[str] | None
    chinese: re.Pattern[str] | None
    stops: set[str]

    def _apposed(self, text: str, end: int, limit: int) -> tuple[int, int] | None:
        """An unknown name after a comma: two capitalised words, or one before a known surname."""
        comma = re.match(r"\s*,", text[end:limit])
        span = self._unknown(text, end + comma.end(), limit, False) if comma else None
        return span if span and (" " in text[span[0]:span[1]] or span[1] == limit - 1) else None

    def _unknown(self, text: str, end: int, limit: int,
                 national: bool) -> tuple[int, int] | None:
        """Span of an unknown person's name right after a title, if one is there."""
        if self.lang == "zh":
            return self._unknown_han(text, end, limit, national)
        tokens: list[re.Match[str]] = []
        pos = end
        common = common_words()
        while len(tokens) < 4:
            m = self.token.match(text, pos)
            if not m or m.end() > limit:
                break  # a known name or title starts here: the unknown one, if any, ended
            word = m.group(1)
            if not word[0].isupper() or word.rstrip(".") in self.not_names or len(word) == 1:
                break  # a single letter ("su X") is no name; an initial has its dot
            if not word.isupper() and word.lower() not in _PARTICLES \
                    and any(word.lower() + end in common for end in _INFLECTED):
                break  # a word the document writes in lower case: "Crown Prince Discuss"
            tokens.append(m)
            pos = m.end()
            if word.endswith(".") and len(word) > 2:
                break
        if not tokens:
            return None
        last = tokens[-1].end(1)
        if text[last - 1] == "." and last - tokens[-1].start(1) > 2:
            last -= 1
        return tokens[0].start(1), last

    def _unknown_han(self, text: str, end: int, limit: int,
                     national: bool) -> tuple[int, int] | None:
        """A transliterated name (a run of its characters), or, after a title of a named
        country ("中国外交部长王文博说", not "总统任期内"), a surname with one or two
        characters that a verb, particle or punctuation follows."""
        m = self.foreign.match(text, end) if self.foreign else None
        if m and m.end() <= limit:
            return m.start(), m.end()
        m = self.chinese.match(text, end) if self.chinese and national else None
        if not m:
            return None
        for stop in range(min(m.end(), limit), end + 1, -1):
            after = text[stop:stop + 1]
            if not after or after in self.stops or not HAN.match(after):
                return end, stop
        return None

    def looks_like_name(self, label: str) -> bool:
        """Two to four capitalised words, or a Chinese name after the usual rules."""
        if HAN.search(label):
            return any(p is not None and p.fullmatch(label) for p in (self.foreign, self.chinese))
        words = label.split()
        return 2 <= len(words) <= 4 and all(w[0].isupper() and not any(c.isdigit() for c in w)
                                            for w in words)
