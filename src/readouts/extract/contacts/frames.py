"""Clauses that set the scene with another contact ("After his call with Putin, ...",
"..., dopo aver visto Macron"): the people they name are no party of the sentence's own."""

from __future__ import annotations

from functools import lru_cache

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.kinds import type_spans, weak_spans
from readouts.model import Mention

_PAIR_GAP = 60  # characters between two people named as a pair ("tra Meloni e Trump")


def framed_only(text: str, lang: str) -> bool:
    """Is every contact the sentence names inside its scene-setting clause ("据拉美社报道，在
    泽连斯基与特朗普的紧张会谈后，马克龙重申…", "After the meeting between A and B, Macron
    said...")? Then the sentence reports none: it is no lead. Not a clause of the same time
    ("Durante una conversazione telefonica, Erdogan ha invitato Putin"): its contact is the
    sentence's own."""
    cues = contact_cues(lang)
    spans = type_spans(text, lang)
    m = cues.frame.search(text) if cues.frame is not None and spans else None
    if m is None or (cues.frame_within is not None and cues.frame_within.search(m.group())):
        return False
    if not _opens_clause(text, m.start()):
        return False  # "Ad aprire le dichiarazioni prima dell'incontro è stato …": no opening
    # a bare word after the clause is the sentence's own ("Dopo la tappa a Tunisi per
    # incontrare Saied, Meloni … era attesa dal Presidente … Erdogan")
    return all(m.start() <= s[0] and s[1] <= m.end() for s in (*spans, *weak_spans(text, lang)))


def frame_cut(text: str, lang: str) -> int:
    """Where the sentence's own clause begins after an opening clause that names another
    contact ("在与普京视频会晤后，习近平与特朗普通电话", "After his call with Putin, Xi spoke
    with Trump"): the contact reported is the one named after it. 0 where there is no such
    clause, where it is of the same time ("During the call,"), or where no contact is named
    after it."""
    cues = contact_cues(lang)
    spans = [*type_spans(text, lang), *weak_spans(text, lang)]  # "After the conversation"
    m = cues.frame.search(text) if cues.frame is not None and len(spans) > 1 else None
    if m is None or not _opens_clause(text, m.start()) or (
            cues.frame_within is not None and cues.frame_within.search(m.group())):
        return 0
    inside = any(m.start() <= s[0] and s[1] <= m.end() for s in spans)
    after = min((s[0] for s in spans if s[0] >= m.end()), default=None)
    if not inside or after is None or _said_between(text, m.end(), after, lang):
        return 0
    return m.end()


def _said_between(text: str, start: int, end: int, lang: str) -> bool:
    """Is the contact after a frame in someone's words ("在…接到马克龙来电后，泽连斯基称，
    自己经常与马克龙通话", "After Macron's call, Zelensky said they talk daily")? Then the
    frame's contact is the news, the later one a remark about their habit."""
    said = contact_cues(lang).frame_said
    return said is not None and said.search(text, start, end) is not None


_PARTNER_WORD_REACH = 30  # from "with", "с", "与" to the name of the party it leads to


def frame_partners(text: str, mentions: list[Mention], cut: int, lang: str) -> set[str]:
    """The people an opening clause names as the other party of its contact ("After his call
    with Putin,", "在与普京视频会晤后，"): no party of the sentence's own contact. Others it
    names stay ("Dopo l'annuncio che Meloni incontrerà von der Leyen, il premier …": Meloni)."""
    word = contact_cues(lang).partner_word
    if word is None:
        return set()
    inside = [m for m in mentions if m.end <= cut]
    if _pair_within(text, inside, cut, lang):
        # "Dopo l'incontro alla Casa Bianca tra Meloni e Trump, …": the clause's two
        return {m.actor for m in inside}
    out = set()
    for m in inside:
        lo = max(0, m.start - _PARTNER_WORD_REACH)
        lead = None
        for lead in word.finditer(text, lo, m.start):  # noqa: B007 - the last one is wanted
            pass
        if lead is not None and not any(lead.end() <= p.start < m.start for p in inside):
            out.add(m.actor)
    return out


def scene_of_own(text: str, start: int, end: int, mentions: list[Mention], lang: str) -> bool:
    """Is the span a contact's bare word in an opening clause of the same time that names
    nobody ("During the call, the prime minister conveyed his wishes to the King and the Crown
    Prince", "Durante la telefonata, …", "В ходе разговора …", "在通话期间，…")? It points at
    the reported contact: the people named after it are the sentence's, no pair of its own."""
    cues = contact_cues(lang)
    m = cues.frame.search(text) if cues.frame is not None else None
    return m is not None and cues.frame_within is not None and _opens_clause(text, m.start()) \
        and m.start() <= start and end <= m.end() \
        and cues.frame_within.search(m.group()) is not None \
        and not any(m.start() <= n.start < m.end() for n in mentions)


@lru_cache(maxsize=1024)  # asked of the lead for its parties and again for its place
def closing_frame(text: str, lang: str) -> tuple[int, int] | None:
    """The span of a closing clause telling another contact of the subject, after the
    sentence's own ("ha incontrato Trump, dopo aver visto a Parigi Macron", "met Trump,
    days after meeting Macron", "…, после встречи с Зеленским", "…，此前曾会见普京"): the
    people it names are no party of the sentence's contact. None where no contact is named
    before it."""
    pattern = contact_cues(lang).frame_after
    m = pattern.search(text) if pattern is not None else None
    if m is None or not any(span[1] <= m.start() for span in type_spans(text, lang)):
        return None
    return m.start(), m.end()


def _pair_within(text: str, inside: list[Mention], cut: int, lang: str) -> bool:
    """Does the opening clause before ``cut`` name two people joined as a pair ("tra Meloni e
    Trump", "between Meloni and Trump")? They are its contact's parties; not two of whom one
    does something to the other ("l'annuncio che Meloni incontrerà von der Leyen")."""
    cues = contact_cues(lang)
    opening = cues.frame.search(text, 0, cut) if cues.frame is not None else None
    if opening is None or cues.pair_joiner is None:
        return False
    within = sorted((m for m in inside if m.start >= opening.start()), key=lambda m: m.start)
    return any(a.actor != b.actor and b.start - a.end <= _PAIR_GAP
               and cues.pair_joiner.match(text[a.end:b.start])
               for a, b in zip(within, within[1:], strict=False))


def _opens_clause(text: str, start: int) -> bool:
    """Does a clause open at ``start``: the sentence's start, or right after a clause break
    ("据拉美社报道，在…会谈后，")?"""
    before = text[:start].rstrip()
    return not before or before[-1] in ",;:，；：—–-(（\"“«"
