"""Speaker turns of transcripts: "President of Russia Vladimir Putin: ...", "习近平：...".

A label is a run of capitalised words (a title, then a name) ending in a colon, at a line
start or right after a sentence end; Kremlin English pages run turns inline on one line.
Found by looking back from each colon, so text without colons costs nothing. Role words,
question labels, translation marks and words that are never speakers are per-language data
(lang/<lang>/sources.yaml, `turns`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts import knowledge
from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang

_WINDOW = 160  # characters looked back from a colon for a label
_MAX_TOKENS = 12


@dataclass
class Turn:
    """One speaker's turn; [start, end) covers the label and the speech after it."""

    start: int
    end: int
    label: str  # the speaker label as written, translation mark dropped
    speech_start: int = 0  # where the speech begins, after the label and colon


@dataclass(frozen=True)
class _Labels:
    roles: frozenset[str]
    lower: frozenset[str]
    questions: frozenset[str]
    not_labels: frozenset[str]
    places: frozenset[str]  # "New Delhi:" opening a story is its dateline, "Ucraina:" a
    # headline's topic tag ("Ucraina: telefonata Draghi-Zelensky, …"): no speaker
    not_after: frozenset[str]  # words a label never follows mid-line ("PM call with President X:")
    articles: frozenset[str]  # a label opening with one is a heading ("The Lede:"), but
    # for a role after it ("The President:")
    translation: re.Pattern[str]
    zh_line: re.Pattern[str]
    zh_verbs: tuple[str, ...]
    surnames: frozenset[str]  # one capitalised word that may name a speaker ("PUTIN:")


@lru_cache(maxsize=1)
def _labels() -> _Labels:
    roles: set[str] = set()
    lower: set[str] = set()
    questions: set[str] = set()
    not_labels: set[str] = set()
    not_after: set[str] = set()
    articles: set[str] = set()
    marks: list[str] = []
    verbs: list[str] = []
    for lang in SUPPORTED:
        data = load_lang(lang, "sources").get("turns", {})
        roles |= {r.casefold() for r in data.get("roles", [])}
        lower |= set(data.get("lower", []))
        questions |= {q.casefold() for q in data.get("questions", [])}
        not_labels |= {n.casefold() for n in data.get("not_labels", [])}
        not_after |= {n.casefold() for n in data.get("not_after", [])}
        articles |= {n.casefold() for n in data.get("articles", [])}
        marks += data.get("translation", [])
        verbs += data.get("verb_endings", [])
    mark = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    translation = re.compile(rf"\s*[(\[]\s*(?:{mark})\s*[)\]]\s*$", re.I)
    zh_line = re.compile(
        r"^[ \t]*(?:\*\*)?([\u4e00-\u9fff·]{1,12})(?:[（(][^）)\n]{1,8}[）)])?(?:\*\*)?[：:]",
        re.M)
    places = frozenset([*(str(p).casefold() for p in knowledge.load("places") or {}),
                        *(name.casefold() for lang in SUPPORTED
                          for name, _ in knowledge.country_names(lang))])
    return _Labels(frozenset(roles), frozenset(lower), frozenset(questions),
                   frozenset(not_labels), places, frozenset(not_after), frozenset(articles),
                   translation, zh_line, tuple(verbs), _surnames())


def _surnames() -> frozenset[str]:
    """The short names and last name words of the people the roster knows, folded."""
    out: set[str] = set()
    for entry in (knowledge.load("actors") or {}).get("actors") or []:
        out |= {str(n).casefold() for n in entry.get("short") or []}
        out |= {str(n).split()[-1].casefold() for n in entry.get("en") or [] if str(n).split()}
    return frozenset(out)


_COLON = re.compile(r"[ \t]?[:：](?=\s|$)")
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\S")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BOUNDARY = set(".!?…»\"”)*>:;")


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def _accept(token: str, lower: frozenset[str]) -> bool:
    """Can this token be part of a label? Capitalised words (not a sentence's last word),
    initials ("R.", "В.Путин", "Jr."), or listed lowercase words ("of", "del", "по")."""
    if _is_cap(token):
        return not token.endswith(".") or len(token) <= 3 or "." in token[:-1]
    return token in lower


def _caps_comma(token: str, kept: list[re.Match[str]]) -> bool:
    """A comma between a capitalised name and its capitalised office ("ANTHONY ALBANESE,
    PRIME MINISTER:", as Australian and British transcripts label a turn)."""
    return token == "," and bool(kept) and all(k.group().isupper() for k in kept)


def _label_before(text: str, colon: int, labels: _Labels) -> tuple[int, str] | None:
    """The label ending at `colon` and its start offset, or None."""
    lo = max(0, colon - _WINDOW)
    lo = max(lo, text.rfind("\n", lo, colon) + 1)  # a label never spans lines
    window = text[lo:colon].rstrip()
    mark = labels.translation.search(window)
    if mark:
        window = window[:mark.start()]
    tokens = list(_TOKEN.finditer(window))
    kept: list[re.Match[str]] = []
    for tok in reversed(tokens):
        if len(kept) == _MAX_TOKENS or not (_accept(tok.group(), labels.lower)
                                            or _caps_comma(tok.group(), kept)):
            break
        kept.append(tok)
    while kept and not _is_cap(kept[-1].group()):
        kept.pop()  # a label starts with a capital
    if not kept or not _is_cap(kept[0].group()):
        return None
    kept.reverse()
    found = _checked(text, lo, kept, labels)
    if found is not None or len(kept) < 3:
        return found
    # run on from a headline ("Meeting with President of Brazil Lula President of Russia
    # Vladimir Putin:"): the label is the last part that opens with a title
    for j in range(1, len(kept)):
        tail = text[lo + kept[j].start():lo + kept[-1].end()].casefold()
        if _is_cap(kept[j].group()) and any(tail.startswith(r) for r in labels.roles):
            return _checked(text, lo, kept[j:], labels)
    return None


def _checked(text: str, lo: int, kept: list[re.Match[str]], labels: _Labels
             ) -> tuple[int, str] | None:
    """The tokens as a label (start offset, label), if where they stand allows one."""
    start = lo + kept[0].start()
    label = text[start:lo + kept[-1].end()]
    folded = label.casefold()
    if folded in labels.not_labels or kept[0].group().casefold() in labels.not_labels \
            or folded in labels.places:  # "New Delhi: Prime Minister Modi on Friday held"
        return None
    is_question = folded in labels.questions
    starts_role = any(folded.startswith(r) for r in labels.roles)
    if kept[0].group().casefold() in labels.articles and len(kept) > 1 and not any(
            label[kept[1].start() - kept[0].start():].casefold().startswith(r)
            for r in labels.roles):
        return None  # "The Lede:", "Il nodo:": an article's heading, no speaker
    office = folded.partition(",")[2].strip()  # "ANTHONY ALBANESE, PRIME MINISTER"
    named_role = bool(office) and any(office.startswith(r) for r in labels.roles)
    if label.isupper() and not (is_question or starts_role or named_role or len(kept) == 1):
        return None  # "REBALANCING TRADE WITH CHINA:" is a heading
    if label.isupper() and len(kept) == 1 and len(label) > 1 and not (
            is_question or starts_role or folded in labels.surnames):
        return None  # "ISLAMABAD:", a wire dateline, unless a known person ("PUTIN:")
    before = text[:start].rstrip(" \t")
    at_line = not before or before.endswith("\n")
    after_sentence = at_line or before[-1] in _BOUNDARY
    if len(kept) == 1 and not (at_line or is_question or "." in label.rstrip(".")):
        return None  # one bare word mid-line ("Ukraine:") is not a speaker
    if not (after_sentence or starts_role):
        return None
    if not after_sentence and _last_word(before).casefold() in labels.not_after:
        return None  # a headline's phrase ("call with President Xi of China: 12 March")
    return start, label


def _last_word(text: str) -> str:
    words = _TOKEN.findall(text[-40:])
    return words[-1] if words else ""


def _zh_turns(text: str, labels: _Labels) -> list[tuple[int, int, str]]:
    found = []
    for m in labels.zh_line.finditer(text):
        label = m.group(1)
        if label in labels.not_labels or label in labels.places \
                or label.endswith(labels.zh_verbs) or "消息" in label:
            continue
        line_end = text.find("\n", m.end())
        line = text[m.start():line_end if line_end >= 0 else len(text)].strip()
        if line.startswith("**") and line.endswith("**") and not m.group().endswith("**："):
            continue  # a bold subheading ("**普京：西方步步紧逼**"), not a speaker
        speech = m.end()
        while speech < len(text) and text[speech] in " \t":
            speech += 1
        if _quote_headline(text, speech) or _dateline(text, speech):
            continue
        found.append((m.start(1), m.end(), label))
    return found


_QUOTED = re.compile(r"[«“\"„「][^\n«»“”\"「」]+[»”\"」][.!?。]?")


_DATE_LINE = re.compile(r"[^\n]{0,30}(?<!\d)(?:1[89]|20)\d\d(?!\d)[^\n]{0,12}")


def _quote_headline(text: str, speech: int) -> bool:
    """A newspaper headline quoting its subject ("Meloni: «Con Xi un colloquio franco»",
    "Conte: «…». Berlusconi al premier: «…»"): the words after the colon open with a
    quotation that closes on the line; a transcript's speech is not in quotation marks."""
    end = text.find("\n", speech)
    end = len(text) if end < 0 else end
    return _QUOTED.match(text[speech:end].rstrip()) is not None


def _dateline(text: str, speech: int) -> bool:
    """A place and its date ("Islamabad: August 17, 2021", "北京：2021年8月17日"): a line
    holding only a date after the colon names no speaker."""
    end = text.find("\n", speech)
    return _DATE_LINE.fullmatch(text[speech:len(text) if end < 0 else end].rstrip()) is not None


def find_turns(text: str) -> list[Turn]:
    """Speaker turns in document order; a turn runs to the next label or the end."""
    labels = _labels()
    found: list[tuple[int, int, str]] = []  # label start, speech start, label
    for m in _COLON.finditer(text):
        hit = _label_before(text, m.start(), labels)
        if hit:
            speech = m.end()
            while speech < len(text) and text[speech] in " \t":
                speech += 1
            if not _quote_headline(text, speech) and not _dateline(text, speech):
                found.append((hit[0], speech, hit[1]))
    if _HAN.search(text, 0, 2000):
        found += _zh_turns(text, labels)
    found.sort()
    turns: list[Turn] = []
    for i, (start, speech, label) in enumerate(found):
        if turns and start < turns[-1].speech_start:
            continue  # overlapping hits: keep the first
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        while end > speech and text[end - 1].isspace():
            end -= 1
        turns.append(Turn(start, end, label, speech))
    for prev, nxt in zip(turns, turns[1:], strict=False):
        prev.end = min(prev.end, nxt.start)
        while prev.end > prev.speech_start and text[prev.end - 1].isspace():
            prev.end -= 1
    return turns


def is_question(label: str) -> bool:
    """Is the label a journalist's ('Question', 'Вопрос', '问'), not a named speaker?"""
    return label.casefold() in _labels().questions
