"""Photo captions and credits: lines of a news page that describe its pictures.

A caption names leaders and a date ("Xi Jinping and Vladimir Putin at the Kremlin, June 5")
and its credit names an agency ("Evgenia Novozhenina/Pool/Reuters"); read as text they give
a contact that never happened and an account credited to the photo agency. Found here, on
the decoded text's lines, so normalization drops them with its offset map. Only the
genre's clear shapes count: a credit line; a line that ends with a photo credit in
brackets, or with a photographer's credit ("新华社记者 黄敬文 摄"), and reads as a caption; the
short paragraph just above a credit line. The credit
words are data (knowledge/captions.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from readouts import knowledge

_CREDIT_LINE = 160  # a credit line is short
_CAPTION_LINE = 240  # and so is a caption
_WIRE_CAPTION_LINE = 480  # a wire photo's caption, closed by its agency's slashed credit
_CREDIT_TAIL = 60  # that credit: "EPA/OLIVER CONTERAS / POOL"
_PHOTOGRAPHER_LINE = 40  # "新华社记者 黄敬文 摄"
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|[（(\"”»]|$)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DATE_PLACE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[，,]")  # "2025年7月25日，俄罗斯莫斯科，"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = knowledge.load("captions")
    marks = _alternation(data["photo_marks"])
    agencies = _alternation(data["photo_agencies"])
    signers = _alternation(data["photo_agencies"] + (data.get("wire_photo_agencies") or []))
    positions = _alternation(data["positions"])
    posted = _alternation(data["photo_agencies"] + data["social_platforms"])
    credit = re.compile(rf"(?:^|\s)(?:{marks})\s*[:：/／]\s*\S")
    slashed = re.compile(rf"(?:^|/)\s*(?:©\s*)?(?:{signers})\s*(?:/|$)")  # "© ТАСС / …"
    # a caption's closing credit: a photo word, an author and the agency or network that
    # carried the picture ("(Volodymyr Zelenskyy / X)"), or an agency alone (a Chinese
    # page's "（路透）")
    closing = re.compile(
        rf"[（(]\s*(?:(?:{marks})\b[^()（）]{{0,40}}|[^()（）]{{0,24}}摄"
        rf"|[^()（）/／]{{1,40}}[/／]\s*(?:{posted})|(?P<agency>{agencies}))"
        rf"\s*[）)]\s*$", re.I)
    placed = re.compile(rf"[（(]\s*(?:{positions})\s*[）)]", re.I)
    return credit, slashed, closing, placed


@lru_cache(maxsize=1)
def _photographer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Chinese photographer's credit alone on its line, and one closing a caption's line."""
    data = knowledge.load("captions")
    taken = _alternation(data.get("photo_taken") or ["(?!)"])
    reporter = _alternation(data.get("photo_reporters") or ["(?!)"])
    name = r"[\u4e00-\u9fff·]{1,4}(?:\s[\u4e00-\u9fff]{1,3})?"
    names = rf"{name}(?:\s*[、，,和\s]\s*{name})*"
    alone = re.compile(rf"^\S{{0,8}}(?:{reporter})\s*{names}\s*(?:{taken})(?:影)?$")
    closing = re.compile(
        rf"(?:\s|(?<=[。．.]))\S{{0,8}}(?:{reporter})\s*{names}\s*(?:{taken})(?:影)?$")
    return alone, closing


def _photographer(line: str) -> bool:
    """A photographer's credit standing alone: "新华社记者 申 宏摄", "本报记者 张三摄"."""
    return len(line) <= _PHOTOGRAPHER_LINE and _photographer_patterns()[0].match(line) is not None


def _closed_by_photographer(line: str) -> bool:
    """A caption whose line ends with its photographer's credit, no brackets: "当地时间9月16日，
    …抵达圣彼得堡。 新华社记者 黄敬文 摄"."""
    return len(line) <= _CAPTION_LINE and _photographer_patterns()[1].search(line) is not None


@lru_cache(maxsize=1)
def _notice() -> re.Pattern[str]:
    """A handout photo's use notice ("NO ARCHIVING; NO LICENSING"): its line is a caption."""
    return re.compile(rf"\b(?:{_alternation(knowledge.load('captions')['use_notices'])})\b")


def _is_credit(line: str) -> bool:
    """A photo credit standing alone: "Фото: пресс-служба президента РФ",
    "Evgenia Novozhenina/Pool/Reuters", "REUTERS/Evelyn Hockstein"."""
    if len(line) > _CREDIT_LINE or _SENTENCE_END.search(line):
        return False
    credit, slashed, _, _ = _patterns()
    return bool(credit.search(line)) or ("/" in line and bool(slashed.search(line)))


def _is_captioned(line: str) -> bool:
    """A caption closed by its credit: "Putin and Modi (left) in Kazan (Photo: AP)",
    "习近平2025年5月8日在莫斯科与普京见面（Reuters）"."""
    if len(line) > _CAPTION_LINE:
        return False
    _, _, closing, placed = _patterns()
    found = closing.search(line)
    if found is None:
        return False
    if not found.group("agency"):
        return True  # "(foto ANSA)", "（新华社记者李学仁摄）": a photo's credit by its words
    before = line[:found.start()]
    if placed.search(before):
        return True
    # an agency alone closes a caption on a Chinese page: a phrase with no sentence end,
    # or the wire's "date, place," opening; in Latin or Cyrillic text "(AP)" may close prose
    return bool(_HAN.search(before)) and (
        not _SENTENCE_END.search(before.rstrip("。. ")) or bool(_DATE_PLACE.match(before)))


@lru_cache(maxsize=1)
def _trailing_credit() -> re.Pattern[str]:
    """A credit that closes a caption's line after its last full stop ("…接到马克龙来电。
    图源:乌克兰总统办公室", "… at the Elysee. Photo: Presidential office")."""
    marks = _alternation(knowledge.load("captions")["photo_marks"])
    return re.compile(rf"[.!?。！？]\s*(?:{marks})\s*[:：]\s*[^.!?。！？]{{1,80}}$", re.I)


def _closed_by_credit(line: str) -> bool:
    """A caption whose own line ends with its photo credit: a short line, one or two
    sentences, the credit after the last full stop; not an account's boundary."""
    return len(line) <= _CAPTION_LINE and _trailing_credit().search(line) is not None


@lru_cache(maxsize=1)
def _archive_tail() -> re.Pattern[str]:
    """An archive mark closing a caption after its last full stop ("… во время телефонного
    разговора. Архивное фото", "… at the White House. File photo.")."""
    marks = _alternation(knowledge.load("captions").get("archive_marks") or [])
    return re.compile(rf"[.!?。！？]\s*(?:{marks})[.。]?$" if marks else r"(?!)", re.I)


def _closed_by_archive_mark(line: str) -> bool:
    """A caption whose short line ends with the picture's age: no story sentence ends so."""
    return len(line) <= _CAPTION_LINE and _archive_tail().search(line) is not None


def _closed_by_slashed_credit(line: str) -> bool:
    """A wire photo's caption whose line ends, after its last full stop, with the agency's
    slashed credit and nothing else ("epa10535498 US President Joe Biden speaks on the phone
    … 21 March 2023. EPA/OLIVER CONTERAS / POOL", "… Aug. 18, 2011. (Xinhua/Huang Jingwen)"):
    longer than a web caption, as the wire writes them."""
    if len(line) > _WIRE_CAPTION_LINE:
        return False
    ends = list(_SENTENCE_END.finditer(line))
    if not ends:
        return False
    tail = line[ends[-1].end():].strip()
    if tail[:1] in "(（" and tail[-1:] in ")）":
        tail = tail[1:-1].strip()  # Xinhua's bracketed "(Xinhua/Huang Jingwen)"
    _, slashed, _, _ = _patterns()
    return 0 < len(tail) <= _CREDIT_TAIL and "/" in tail and slashed.search(tail) is not None \
        and _bare(tail)


@lru_cache(maxsize=1)
def _image_source_mark() -> re.Pattern[str]:
    marks = _alternation(knowledge.load("captions").get("image_source_marks") or [])
    return re.compile(rf"^(?:{marks})\s*[:：]" if marks else r"(?!)")


def _image_source(line: str) -> bool:
    """A credit naming itself the image's source ("Источник изображения: …")."""
    return _image_source_mark().match(line) is not None


def _bare(line: str) -> bool:
    """A credit and nothing else ("Evgenia Novozhenina/Pool/Reuters", "Фото: ТАСС"); a
    caption that carries its own credit ("Путин и Лукашенко © … / POOL / ТАСС") is not."""
    credit, _, _, _ = _patterns()
    if credit.match(line):
        return True
    parts = line.split("/")
    return len(parts) <= 4 and all(0 < len(p.split()) <= 4 for p in parts)


def _signed(line: str) -> bool:
    """Can this line above a credit be the caption it signs? Short, and not ending a
    sentence of prose: captions stop without a full stop, or trail off ("5 июня…")."""
    return len(line) <= _CAPTION_LINE and not re.search(r"[.!?。！？][\"”»）)]*$", line)


_GLUE_REACH = 40  # from a photo word to the dateline glued to it ("File photoPARIS, Jan 15")
# a capitalised dateline run into the word before it, no space between ("photoPARIS, Jan 15",
# "archivioROMA, 15 gen", "фотоМОСКВА, 15 января")
_GLUED = re.compile(r"(?<=[a-zа-яёàèéìòù.)])(?=[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{2,})*\s*[,(/])")


@lru_cache(maxsize=1)
def _photo_word() -> re.Pattern[str]:
    return re.compile(_alternation(knowledge.load("captions")["photo_marks"]), re.I)


def _glued_caption(line: str) -> int | None:
    """Where a caption that runs into the story's dateline with no break ends ("… at the
    Elysee Palace on June 7, 2023. File photoPARIS, Jan 15 (Reuters) - …", as pages lose
    the caption's line end): right before the dateline, where a photo word stands just
    before it; else None."""
    for m in _GLUED.finditer(line, 0, _CAPTION_LINE + _GLUE_REACH):
        if _photo_word().search(line, max(0, m.start() - _GLUE_REACH), m.start()):
            return m.start()
    return None


def caption_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the caption and credit lines, their line ends included."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        lines.append((pos, pos + len(raw), raw.strip()))
        pos += len(raw)
    drop: set[int] = set()
    glued: list[tuple[int, int]] = []
    first = next((i for i, (_, _, line) in enumerate(lines) if line), -1)  # the headline
    for i, (start, end, line) in enumerate(lines):
        if not line:
            continue
        cut = _glued_caption(text[start:end])
        if cut is not None:
            glued.append((start, start + cut))  # the caption; the story from its dateline
            continue
        if _is_credit(line) or _photographer(line):
            drop.add(i)
            above = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j][2]), None)
            if above is not None and above != first and _bare(line) and (
                    _signed(lines[above][2]) or (_image_source(line) or _photographer(line))
                    and len(lines[above][2]) <= _CAPTION_LINE):
                drop.add(above)  # the caption the credit signs
        elif (_is_captioned(line) or _closed_by_photographer(line) or _closed_by_credit(line)
              or _closed_by_slashed_credit(line) or _closed_by_archive_mark(line)
              or _notice().search(line)):
            drop.add(i)
    return sorted([(lines[i][0], lines[i][1]) for i in drop] + glued)
