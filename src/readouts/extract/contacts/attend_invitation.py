"""An invitation to take part in an event or to come on a visit, told beside a contact: it
names the event's host, not who asked for the contact ("il Forum, a cui Tebboune ha
accettato di prendere parte, su invito del presidente italiano", "una visita in Iran del
presidente francese, su invito del presidente Rohani"). The words are data
(``invitation_to_attend`` in ``lang/<iso>/contacts.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata

_ATTEND_REACH = 120  # from an invitation to the event it asks one to attend, in its sentence
_SENTENCE_END = re.compile(r"[.;!?。；！？\n]")


def to_attend(text: str, m: re.Match[str], lang: str) -> bool:
    """Is the cue an invitation to take part in an event ("il Forum, a cui Tebboune ha
    accettato di prendere parte, su invito del presidente italiano", "which he agreed to
    attend at the invitation of")? It names the event's host, not who asked for the call."""
    words = _attend_words(lang)
    if words is None or not _own_word(words[0], text, m):
        return False
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    start = max([max(0, m.start() - _ATTEND_REACH), *ends[-1:]])
    stop = _SENTENCE_END.search(text, m.end())
    end = min(m.end() + _ATTEND_REACH, stop.start() if stop else len(text))
    return words[1].search(text, start, end) is not None


def _own_word(word: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    """Is the invitation the cue's own word ("su invito del", "应…邀请"), not one in the words
    it names ("made a phone call to congratulate Modi and invite him to visit Washington")?"""
    named = [(m.start(g), m.end(g)) for g in ("who", "whom")
             if g in m.re.groupindex and m.start(g) >= 0]
    first = min((a for a, _ in named), default=m.end())
    last = max((b for _, b in named), default=m.end())
    return bool(word.search(text, m.start(), first) or word.search(text, last, m.end()))


@cache
def _attend_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """An invitation's word and the words of taking part (``invitation_to_attend``)."""
    data = (langdata.load(lang, "contacts") or {}).get("invitation_to_attend") or {}
    if not data.get("invitation") or not data.get("attend"):
        return None
    return (re.compile(data["invitation"], re.I), re.compile(data["attend"], re.I))
