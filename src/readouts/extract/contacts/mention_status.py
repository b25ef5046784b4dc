"""Whether a contact an account mentions in passing was held or is planned: a wish or a plan
in the cue's own clause, a contact timed after a planned one, else the tense nearest it."""

from __future__ import annotations

import re

from readouts.extract.contacts.contacts import contact_cues
from readouts.extract.contacts.mention_cues import CLAUSE, Cue, in_clause, mention_cues
from readouts.extract.time.tense import tense_at

_AFTER_REACH = 12  # "после встречи": the link right before the cue it times
_PLAN_TO_AFTER = 30  # "провести новый разговор после": the plan's verb, then its contact


def status_of_cue(text: str, cues: list[Cue], i: int, lang: str, sentence_status: str) -> str:
    """The status of one cue's contact: a wish or a plan in its own clause (between the
    cues either side) makes it planned, else the tense nearest it decides ("they met in
    March and will meet again in July": March's meeting is held)."""
    cue = cues[i]
    lo = cues[i - 1].end if i > 0 else 0
    hi = cues[i + 1].start if i + 1 < len(cues) else len(text)
    mc = mention_cues(lang)
    for wish in (mc.wish, mc.directive):
        if wish is not None and in_clause(wish, text, cue, lo, hi):
            return "planned"  # "l'auspicio di un incontro", "urged Putin to meet"
    if sentence_status == "held" or mc.ground_after is not None \
            and mc.ground_after.match(text, cue.end):
        return "held"  # (a contact whose outcome is built on: "在海湖庄园会晤基础上", held)
    planned = contact_cues(lang).planned
    if planned is not None and (in_clause(planned, text, cue, lo, hi)
                                or _plan_runs_into(planned, text, cue, lo)):
        return "planned"  # "agreed to meet", "in vista del vertice"
    if i > 0 and mc.after_link is not None and mc.after_link.search(text, lo, cue.start) \
            and status_of_cue(text, cues, i - 1, lang, sentence_status) == "planned":
        return "planned"  # "agreed to talk again after the meeting between ...": ahead too
    if i == 0 and mc.after_link is not None and planned is not None \
            and (link := mc.after_link.search(text, max(lo, cue.start - _AFTER_REACH),
                                              cue.start)) is not None \
            and any(0 <= link.start() - m.end() <= _PLAN_TO_AFTER
                    and not CLAUSE.search(text, m.end(), link.start())
                    for m in planned.finditer(text, 0, link.start())):
        return "planned"  # the same where the plan's own word is no cue ("договорились
        # провести новый разговор после встречи Трампа с Зеленским"); not "agreed …, Moscow
        # said after the call": the call told again
    return "held" if tense_at(text, cue.start, lang) in ("past", "present") else "planned"


def _plan_runs_into(planned: re.Pattern[str], text: str, cue: Cue, lo: int) -> bool:
    """A plan told across a comma that ends in the cue's own clause, right before it
    ("договорились создать две рабочие группы, а также провести новый разговор"): the
    clause goes on from the agreement."""
    return any(m.end() <= cue.start and not CLAUSE.search(text, m.end(), cue.start)
               and CLAUSE.search(text, m.start(), m.end())
               for m in planned.finditer(text, lo, cue.start))
