"""A lead telling a third person of a contact ("Лукашенко сообщил Путину о телефонном
разговоре с Трампом", "Lukashenko told Putin about his phone call with Trump", "ha informato
Putin della telefonata con Trump", "向普京通报了同特朗普通话的情况"): the story's contact is
the telling, between the teller and the one told, its medium unsaid; the contact told of is
another, and its day is not the telling's. The telling words are data (``told_about`` in
``lang/<iso>/contacts.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.leaders import is_leader
from readouts.model import Mention
from readouts.text.alternation import alternation


@cache
def _telling(lang: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "contacts").get("told_about") or []
    return alternation(words)


def told_contact(text: str, mentions: list[Mention], lang: str,
                 ref: str | None) -> tuple[list[str], int] | None:
    """The teller and the one told, and where the contact told of begins; None where the
    sentence names a contact before its telling words (then that contact is the story's)."""
    telling = _telling(lang)
    found = telling.search(text) if telling is not None else None
    if found is None or any(s[0] < found.start() for s in type_spans(text, lang)):
        return None
    told_at = found.start("told")
    tellers = [m for m in mentions if m.end <= told_at and is_leader(m.actor, ref)]
    told = [m for m in mentions if told_at <= m.start < found.end("told")
            and is_leader(m.actor, ref)]
    if not tellers or not told or tellers[-1].actor == told[0].actor:
        return None
    return [tellers[-1].actor, told[0].actor], found.end()
