"""A contact's parties read from "the conversation between A and B", in any sentence or
first in the title and lead."""

from __future__ import annotations

from readouts.extract.contacts.bystanders import bystander_spans
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import unique
from readouts.extract.contacts.frames import frame_cut, framed_only
from readouts.extract.contacts.kinds import contact_type, type_spans
from readouts.extract.contacts.lead import lead_end
from readouts.extract.contacts.leaders import names_in
from readouts.extract.contacts.status import denied, planned_lead
from readouts.model import Sentence

_MODIFIER_CHARS = 25  # "the telephone conversation between": the cue word before the noun


def pair_between(text: str, lang: str, ref: str | None, side: str | None
                 ) -> tuple[list[str], str | None] | None:
    """"The conversation between A and B" anywhere in a sentence: the principals, and the type
    the noun names.

    A pattern with groups ``a`` and ``b`` ("A同B的通话") takes the names next to the
    conjunction; one with ``who`` ("between A and B") the first two named.

    A third party's account (Kyiv on a Biden-Putin call) names the principals this way,
    next to its own leader, who is no principal.
    """
    # the leader an envoy serves, one mourned or greeted, is no party: "talks between Putin
    # and U.S. President Donald Trump's special envoy Witkoff" are Putin's with the envoy,
    # his title too (bystanders.py)
    aside = {a for start, end in bystander_spans(text, lang)
             for a in names_in(text[start:end], lang, ref, side)}
    for pattern in contact_cues(lang).between:
        for m in pattern.finditer(text):
            if _named_earlier(text, lang, m.start()):
                continue  # "during the call, they recalled the meeting between A and B"
            if "a" in pattern.groupindex:  # the names on either side of the conjunction
                before, after = ([a for a in names_in(m.group(g), lang, ref, side)
                                  if a not in aside] for g in ("a", "b"))
                names = unique(before[-1:] + after[:1])
            else:
                names = [a for a in names_in(m.group("who"), lang, ref, side) if a not in aside]
            if len(names) >= 2:
                pair = ("a", "b") if "a" in pattern.groupindex else ("who", "who")
                first, last = m.start(pair[0]), m.end(pair[1])
                noun = f"{text[max(0, first - 40):first]} {text[last:m.end()]}"
                # a bare 'conversazione'/'разговор' between two is a call, as in a lead;
                # a 'contact' between them says no medium: other. All the names: a joint
                # contact keeps them ("l'incontro tra Trump, Macron e Zelensky"), others two.
                return names, contact_type(noun, lang)
    return None


def _named_earlier(text: str, lang: str, start: int) -> bool:
    """Does a contact cue come before ``start``, other than the phrase's own modifiers?"""
    return any(span[1] < start - _MODIFIER_CHARS for span in type_spans(text, lang))


def first_between(title: str | None, sentences: list[Sentence], upto: int | None, lang: str,
                   ref: str | None, side: str | None
                   ) -> tuple[int, list[str], str | None] | None:
    """The first "between A and B" phrase in the title (index -1) or the lead, up to the
    typed sentence: every name it holds, the first two of which are its parties unless the
    contact is a joint one."""
    last = lead_end(sentences) if upto is None else upto + 1
    candidates = [(-1, title)] if title else []
    candidates += [(s.i, s.text) for s in sentences[:last]]
    for index, text in candidates:
        if denied(text, lang) or planned_lead(text, lang) or framed_only(text, lang):
            continue
        # "Dopo l'incontro tra A e B, C ha avuto una telefonata con A": the opening clause's
        # pair is another contact's
        found = pair_between(text[frame_cut(text, lang):], lang, ref, side)
        if found:
            return index, *found
    return None
