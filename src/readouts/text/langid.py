"""Language identification: Unicode script first, lingua for Latin-script text.

The script check decides Chinese and Russian outright (lingua mislabels short
strings and single names); lingua only separates the Latin-script languages. It is
loaded with a few unsupported neighbours (French, Spanish, German, ...) so that a
French page is reported as unsupported instead of being forced into Italian.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from lingua import Language, LanguageDetectorBuilder

from readouts import lang as langdata

SUPPORTED = ("it", "en", "ru", "zh")
_LATIN_CANDIDATES = (
    Language.ENGLISH,
    Language.ITALIAN,
    Language.FRENCH,
    Language.GERMAN,
    Language.SPANISH,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.POLISH,
    Language.ROMANIAN,
)
_SAMPLE = 4000  # characters looked at: enough to decide, cheap on huge pages
_MIN_LATIN = 20  # fewer Latin letters than this (two or three words) cannot be told apart
_MIN_CONFIDENCE = 0.5  # lingua's share for its best guess below which we say "cannot tell"


@lru_cache(maxsize=1)
def _detector():  # noqa: ANN202 - lingua's type is not exported
    return LanguageDetectorBuilder.from_languages(*_LATIN_CANDIDATES).build()


def script_counts(text: str) -> dict[str, int]:
    """Count letters by script: 'han', 'cyrillic', 'latin', 'kana', 'hangul', 'arabic', 'other'."""
    counts = {"han": 0, "cyrillic": 0, "latin": 0, "kana": 0, "hangul": 0, "other": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        cp = ord(ch)
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
            counts["han"] += 1
        elif 0x0400 <= cp <= 0x04FF:
            counts["cyrillic"] += 1
        elif cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF:
            counts["latin"] += 1
        elif 0x3040 <= cp <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:
            counts["hangul"] += 1
        else:
            counts["other"] += 1
    return counts


def detect_language(text: str) -> str | None:
    """Return 'it', 'en', 'ru' or 'zh', another ISO 639-1 code when clearly unsupported,
    or None when there is too little text to tell."""
    sample = unicodedata.normalize("NFC", text[:_SAMPLE])
    counts = script_counts(sample)
    letters = sum(counts.values())
    if letters == 0:
        return None
    # Han characters carry a word each: weigh them against Latin letters accordingly.
    han = counts["han"] * 3
    # Japanese where its kana and kanji outweigh the rest: an English story quoting one
    # Japanese line ("安倍総理大臣は…と電話で会談し") is English still.
    japanese = han + counts["kana"] * 2
    if counts["kana"] > max(5, counts["han"] // 10) \
            and japanese > max(counts["latin"], counts["cyrillic"]):
        return "ja"
    if counts["hangul"] > letters // 3:
        return "ko"
    best = max(("han", han), ("cyrillic", counts["cyrillic"]), ("latin", counts["latin"]),
               ("other", counts["other"]), key=lambda kv: kv[1])[0]
    if best == "han":
        return "zh"
    if best == "cyrillic":
        return _cyrillic_language(sample, counts["cyrillic"])
    if best == "other":
        return "xx"
    if counts["latin"] < _MIN_LATIN:
        return None
    ranked = _detector().compute_language_confidence_values(_without_names(sample))
    if not ranked or ranked[0].value < _MIN_CONFIDENCE:
        return None
    return ranked[0].language.iso_code_639_1.name.lower()


# Letters Russian does not write (Belarusian ў first: it writes Ukrainian і too): a text full
# of them is Belarusian, Serbian / Macedonian or Ukrainian;
# a Russian text quoting one name ("Київ") has a few at most.
_OTHER_CYRILLIC = (("be", "ўЎ"), ("sr", "јљњћђџѓќѕЈЉЊЋЂЏЃЌЅ"), ("uk", "іїєґІЇЄҐ"))


def _cyrillic_language(sample: str, cyrillic: int) -> str:
    """'ru', unless letters of another Cyrillic alphabet fill over one in fifty."""
    for code, letters in _OTHER_CYRILLIC:
        found = sum(sample.count(ch) for ch in letters)
        if found >= 3 and found * 50 > cyrillic:
            return code
    return "ru"


# a capitalised word inside a sentence: a name ("Lukašenko", "Scholz") tells the language of
# its person, not of the text, and misleads lingua on a short text
_INNER_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\n)\b[^\W\d_a-zà-ÿ][\w'’.-]*")


def _without_names(sample: str) -> str:
    """The sample less the capitalised words inside its sentences, where enough is left."""
    rest = _INNER_NAME.sub("", sample)
    return rest if sum(ch.isalpha() for ch in rest) >= _MIN_LATIN else sample


_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_SAMPLE = 400  # characters: a paragraph's first lines carry enough function words
_FUNCTION_MIN = 4  # hits the winner needs, and twice the runner-up's


@cache
def _function_words() -> dict[str, frozenset[str]]:
    words = {lang: frozenset(str(w).lower() for w in
                             langdata.load(lang, "langid").get("function_words") or [])
             for lang in SUPPORTED}
    return {lang: ws for lang, ws in words.items() if ws}


def function_word_language(text: str, candidates: tuple[str, ...] = ("it", "en")) -> str | None:
    """The language among ``candidates`` whose function words clearly dominate the text's
    opening, else None: a cheap first test before lingua, for the many paragraphs of a
    compilation."""
    words = [w.lower() for w in _WORD.findall(text[:_FUNCTION_SAMPLE])]
    scores = sorted(((sum(w in stops for w in words), lang)
                     for lang, stops in _function_words().items() if lang in candidates),
                    reverse=True)
    if len(scores) < 2 or scores[0][0] < _FUNCTION_MIN or scores[0][0] < 2 * scores[1][0]:
        return None
    return scores[0][1]
