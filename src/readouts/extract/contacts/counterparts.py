"""Leaders a sentence lists only as the other parties of its contact.

"Ha chiamato Putin e Medvedev", "held calls with Medvedev and Sarkozy", "провёл разговоры с
Медведевым и Саркози", "同梅德韦杰夫和萨科齐通电话": the list follows one word that leads to a
contact's counterpart, and nobody is named before it. Its leaders are each the counterpart
of the sentence's subject, who is unnamed there, and never each other's: a call of Putin with
Medvedev is a contact nobody reported.
"""

from __future__ import annotations

import re

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.kinds import type_spans, weak_spans
from readouts.model import Mention

_WORD_REACH = 30  # from "ha chiamato", "with" to the first listed name ("il suo vecchio amico")
_WORD_SIZE = 20  # the longest lead-in word ("telefonando a"), searched whole
_SUBJECT_GAP = 16  # a list's subject, then its verb ("the president spoke to", "ha parlato con")
_LIST_GAP = 60  # from one listed name to the next ("Putin, primo ministro russo, e Medvedev")
_LIST_BREAK = re.compile(r"[.;:()«»\"“”!?]")
_COMMAS = ",，、"
_ASIDE = re.compile(r"\s[-–—]\s[^-–—.;]{1,80}\s[-–—]\s")  # a remark between dashes


def listed_counterparts(text: str, leaders: list[Mention], lang: str) -> list[Mention]:
    """The ``leaders`` of ``text`` that end it as one list of two or more right after a word
    leading to a contact's counterparts ("Renzi ha ricevuto le telefonate di Hollande, Obama
    e Netanyahu": the three; the one named before is the subject; two named before are the
    sentence's own pair unless a clause break parts them from the list); else none."""
    cues = contact_cues(lang)
    word, joiner = cues.counterpart_list, cues.pair_joiner
    if word is None or joiner is None:
        return []
    leaders = sorted((m for m in leaders if not _speaker_aside(text, m, cues.said_aside)),
                     key=lambda m: m.start)  # in the order the text names them
    for k, first in enumerate(leaders):
        listed = leaders[k:]
        if len({m.actor for m in listed}) < 2:
            return []
        before = {m.actor for m in leaders[:k]}
        if before & {m.actor for m in listed}:
            continue  # "con Xi, su richiesta della presidente Meloni": the subject again
        if len(before) > 1 and not own_clause_before(text, leaders[k - 1].end, first.start) \
                and not subject_of_list(text, leaders[k - 1], first, word):
            return []  # "Trump ha sentito Meloni … il vertice con Putin e Zelensky": the two
            # before are the sentence's own, the list another contact's
        if cues.subject_case is not None and cues.subject_case.search(first.text):
            continue  # "С рукопожатия Путин и Зеленский начали": the subject, not "с Путиным"
        if _after_word(text, first, word) and _one_list(text, listed, joiner, lang):
            return listed
    return []


def subject_of_list(text: str, subject: Mention, first: Mention, word: re.Pattern[str]
                    ) -> bool:
    """Is ``subject`` the one whose counterparts the list is, its verb all that parts them
    ("Biden's call with Johnson came a day after the U.S. president spoke to Trudeau and
    López Obrador")?"""
    lead_in = word.search(text, subject.end, first.start)
    return lead_in is not None and lead_in.start() - subject.end <= _SUBJECT_GAP \
        and not _LIST_BREAK.search(text, subject.end, lead_in.start()) \
        and first.start - lead_in.end() <= _WORD_REACH


def _after_word(text: str, first: Mention, word: re.Pattern[str]) -> bool:
    """Does a word leading to a contact's counterparts stand right before ``first``?"""
    words = [m for m in word.finditer(text, max(0, first.start - _WORD_REACH - _WORD_SIZE),
                                      first.start)
             if first.start - m.end() <= _WORD_REACH]
    return bool(words) and not _LIST_BREAK.search(text, words[-1].end(), first.start)


def _one_list(text: str, listed: list[Mention], joiner: re.Pattern[str], lang: str) -> bool:
    """Are the names one list: commas or "and" between them, nothing that breaks it (a
    relative clause or a contact of its own: "Macron, who had met Merkel")? A name led to by
    its own counterpart word again ("a colloquio con il Papa in Vaticano e con il presidente
    Mattarella", "al telefono con Putin e poi a Berlino farà il punto con Duda") goes on the
    list: both are the unnamed subject's counterparts."""
    relative = contact_cues(lang).relative
    word = contact_cues(lang).counterpart_list
    for before, after in zip(listed, listed[1:], strict=False):
        gap = text[before.end:after.start]
        aside = _ASIDE.sub(" ", gap)  # "Duda - il cui Paese presiede l'Osce - e con Scholz"
        if len(aside) <= _LIST_GAP and chain_goes_on(aside, lang):
            continue  # "pranzato con A e incontrato B": the subject's chain of verbs goes on
        if word is not None and _joined(aside, joiner) and _after_word(text, after, word) \
                and len(aside) <= 2 * _LIST_GAP and not _LIST_BREAK.search(aside) \
                and not (relative is not None and relative.search(aside)) \
                and not (type_spans(aside, lang) or weak_spans(aside, lang)):
            continue  # not "a video call with Putin, and in the evening spoke with Trump"
        if before.actor != after.actor and (
                len(gap) > _LIST_GAP or _LIST_BREAK.search(gap)
                or not (gap.lstrip()[:1] in _COMMAS or joiner.match(gap))
                or (relative is not None and relative.search(gap))
                or type_spans(gap, lang) or weak_spans(gap, lang)):  # "e ha sentito B"
            return False
    return True


_ASIDE_REACH = 25  # before a name, for "как уточнил", "come ha precisato", "as"


def _speaker_aside(text: str, m: Mention, aside: re.Pattern[str] | None) -> bool:
    """Is the name a speaker's in an aside ("Встреча с украинским лидером, как уточнил Трамп,
    пройдет", "with the Ukrainian leader, as Trump said,")? He tells of the contact; he is no
    counterpart on the list."""
    if aside is None:
        return False
    return any(found.start() < m.start <= found.end() + 1
               for found in aside.finditer(text, max(0, m.start - _ASIDE_REACH),
                                           min(len(text), m.end + _ASIDE_REACH)))


def _joined(gap: str, joiner: re.Pattern[str]) -> bool:
    """Does "and" stand in the gap as a word of its own (not the end of "presidente")?"""
    return any(m.start() == 0 or not gap[m.start() - 1].isalnum()
               for m in joiner.finditer(gap))


def own_clause_before(text: str, end: int, list_start: int) -> bool:
    """Does a clause break (":", ".", ";") part the names before a list from the list?"""
    return _LIST_BREAK.search(text, end, list_start) is not None


_CHAIN_REACH = 30  # from a chained verb to its counterpart ("abbracciato papa Francesco")


def chained_counterparts(text: str, named_before: list[Mention], first: Mention,
                         lang: str) -> list[Mention]:
    """The people named before a list who are its subject's counterparts too, where the
    list's clause goes on the subject's own chain of verbs with no subject of its own ("Lula
    ha abbracciato papa Francesco, pranzato con Mattarella e visto Meloni", "met Pope
    Francis, had lunch with Mattarella", «встретился с Папой, пообедал с Маттареллой»):
    each one a verb of the chain stands right before. One subject had each contact; the
    people of the chain never talked with each other."""
    verb = contact_cues(lang).chain_verb
    if verb is None or not named_before \
            or not chain_goes_on(text[named_before[-1].end:first.start], lang):
        return []
    return [m for m in named_before if _verb_before(text, m, verb)]


def chain_goes_on(gap: str, lang: str) -> bool:
    """Does the text between two names go on the subject's chain of verbs, no subject of its
    own (", pranzato con", " e incontrato", ", had lunch with")?"""
    cues = contact_cues(lang)
    if cues.chain_link is None or cues.chain_verb is None:
        return False
    link = cues.chain_link.match(gap)
    return link is not None and not _LIST_BREAK.search(gap) \
        and cues.chain_verb.match(gap, link.end()) is not None


def _verb_before(text: str, m: Mention, verb: re.Pattern[str]) -> bool:
    """Does a verb of the chain stand right before the name, with only its preposition,
    article or title between ("ha incontrato il presidente Macron", "встретился с")?"""
    lo = max(0, m.start - _CHAIN_REACH)
    found = list(verb.finditer(text, lo, m.start))
    return bool(found) and not re.search(r"[,.;:()]", text[found[-1].end():m.start])
