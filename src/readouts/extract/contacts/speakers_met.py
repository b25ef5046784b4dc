"""A transcript of two leaders' remarks together, the host welcoming his guest ("PRESIDENT
BIDEN: Well, Mr. President, welcome to the White House." / "PRESIDENT IOHANNIS: Thank
you."): their meeting, though no sentence names it, the guest being addressed, not named
("Mr. President", "Fumio"). Only where the account's lead told no contact of its own."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import cue_alternation
from readouts.extract.contacts.facts import ContactFacts, unique
from readouts.extract.contacts.leaders import is_leader
from readouts.model import Sentence


@cache
def _welcome(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("host_welcome") or [])


def speakers_met(sentences: list[Sentence], lang: str, ref: str | None,
                 day: str | None) -> ContactFacts | None:
    """The meeting of the two leaders speaking in turn, one welcoming in his own words; none
    where more or fewer leaders speak (a summit's press conference, an interview) or none
    welcomes (a call's memorandum). ``day``: the page's, where it dates its contacts."""
    welcome = _welcome(lang)
    if welcome is None:
        return None
    speakers = unique([s.speaker for s in sentences if s.speaker and is_leader(s.speaker, ref)])
    if len(speakers) != 2:
        return None
    host = next((s for s in sentences if s.speaker in speakers and welcome.search(s.text)), None)
    if host is None:
        return None
    return ContactFacts(type="meeting", participants=speakers, date=day,
                        date_precision="day" if day else None, sentence=host.i,
                        evidence={"type": host.text, "participants": host.text})
