"""A contact told as the second day running ("这是特朗普与普京连续第二天通电话", "for the
second day in a row", "второй день подряд", "per il secondo giorno consecutivo"): it came
the day after the one before, whose day the story tells ("特朗普于周日…亦曾与普京通话"),
not on the day the page came out. The cue is ``running_day`` in ``lang/<iso>/contacts.yaml``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.kinds import contact_type
from readouts.extract.contacts.leaders import names_in
from readouts.extract.time.dates import find_dates
from readouts.model import Sentence
from readouts.text.alternation import alternation

_FALLBACK = "publication date of the account"  # the day a page came out, no contact's own
_REACH = 2  # the lead and the sentence after it ("这是…连续第二天通电话")


@cache
def _cue(lang: str) -> re.Pattern[str] | None:
    words = (langdata.load(lang, "contacts") or {}).get("running_day") or []
    return alternation(words)


def day_after_the_last(facts: ContactFacts, sentences: list[Sentence], lead: int | None,
                       lang: str, ref: str | None) -> None:
    """Date a contact told as the second day running by the day after the latest earlier
    day the story gives a contact of one of its parties, where only the page dated it."""
    cue = _cue(lang)
    if cue is None or lead is None or not ref or len(ref) < 10 \
            or facts.evidence.get("date") not in (None, _FALLBACK):
        return
    told = next((s for s in sentences[lead:lead + _REACH] if cue.search(s.text)), None)
    if told is None:
        return
    days: list[date] = []
    for s in sentences:
        if s.i in (lead, told.i) or not contact_type(s.text, lang) \
                or not set(names_in(s.text, lang, ref, None)) & set(facts.participants):
            continue
        days += [date.fromisoformat(d.value) for d in find_dates(s.text, lang, ref, "past")
                 if d.precision == "day" and d.value < ref]
    if days:
        facts.date, facts.date_precision = (max(days) + timedelta(days=1)).isoformat(), "day"
        facts.evidence["date"] = told.text
