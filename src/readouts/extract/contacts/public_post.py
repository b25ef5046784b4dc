"""Congratulations or greetings a leader posted on a platform for everyone to read
("«Congratulazioni a Emmanuel Macron…». Lo ha scritto su Twitter Donald Trump", "Trump
congratulated Macron on Twitter", «поздравил Макрона в Твиттере», "在推特上祝贺"): a public
post, no message sent to the other; an exchange of posts between the two ("Botta e risposta
su Twitter tra Meloni e Zelensky") is one. The words are data (public_post, post_exchange in
lang/*/contacts.yaml)."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import cue_alternation
from readouts.extract.contacts.kinds import type_spans
from readouts.model import Sentence

_AFTER = 2  # sentences after the message's own that may name where it was posted


@cache
def _words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = langdata.load(lang, "contacts")
    return (cue_alternation(data.get("public_post") or []),
            cue_alternation(data.get("post_exchange") or []))


def posted_publicly(sentences: list[Sentence], lead: int, lang: str) -> bool:
    """Is the lead's message a post on a platform: the platform named in the lead, or in the
    next sentences telling who wrote it and no contact of their own ("«… Non vedo l'ora di
    lavorare con lui!». Lo ha scritto su Twitter il presidente")? Not where the two
    exchanged posts."""
    platform, exchange = _words(lang)
    if platform is None:
        return False
    told = [sentences[lead].text]
    for s in sentences[lead + 1:lead + 1 + _AFTER]:
        if type_spans(s.text, lang):
            break
        told.append(s.text)
    if not any(platform.search(text) for text in told):
        return False
    return exchange is None or not any(exchange.search(text) for text in told)
