"""Traditional Chinese read as Simplified, character for character.

Hong Kong, Taiwan and overseas papers write 習近平, 通電話, 會談; every Chinese cue word,
name and date pattern of the project is written in Simplified characters (习近平, 通电话,
会谈), so a Traditional text matched nothing and gave no contact at all. A text written
mostly in Traditional characters is converted once at ingest with OpenCC's
character table (the `opencc-python-reimplemented` package): one character for one, so
every offset into the text stays where it was; characters with several Simplified forms
take the first, the common one.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

_MIN_TRADITIONAL = 3  # fewer such characters are a quotation or a name, not the script
_SHARE = 0.08  # of the Han characters: Simplified texts have almost none of them


@cache
def _table() -> dict[int, str]:
    """Traditional code point -> Simplified character, single characters only."""
    text = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(
        encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        first = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(first) == 1 and source != first:
            table[ord(source)] = first
    return table


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def is_traditional(text: str) -> bool:
    """Whether the Han characters of ``text`` are mostly written in the Traditional script."""
    table = _table()
    han = traditional = 0
    for char in text:
        if _is_han(char):
            han += 1
            traditional += ord(char) in table
    return traditional >= _MIN_TRADITIONAL and traditional >= _SHARE * han


def to_simplified(text: str, meta: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The body and its metadata (a headline) in Simplified characters when the body is
    written in Traditional ones, else as they are; the body keeps its exact length."""
    if not is_traditional(text):
        return text, meta
    table = _table()
    return text.translate(table), {key: value.translate(table) for key, value in meta.items()}
