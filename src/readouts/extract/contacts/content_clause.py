"""A clause telling what was said in a contact ("will tell Putin in a phone call later that he
and Zelenskiy need to take a step", "in una telefonata che lui e Zelensky devono", "в
разговоре, что он и Зеленский должны"): the leaders it names are its content, never the
contact's counterpart; ``content_clause`` in contacts.yaml."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.text.alternation import alternation


@cache
def _content(lang: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "contacts").get("content_clause") or []
    return alternation(words)


def in_content(text: str, start: int, end: int, lang: str) -> bool:
    """Does a clause of what was said open between ``start`` (the contact's word) and
    ``end`` (a name after it)?"""
    content = _content(lang)
    return content is not None and content.search(text, start, end) is not None
