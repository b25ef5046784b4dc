"""An earlier contact told of "the leaders of Japan and China", naming no one, is one of
whoever led those countries then: where one of the story's leaders led no country at its
date ("... right after former Prime Minister Suga took office in 2020", below a Kishida-Xi
call), it is not theirs. "The two presidents first met in 2011" names the pair itself, and
stays theirs whatever they were then. The phrases are data (leaders_of_countries in
lang/*/contacts.yaml)."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import cue_alternation
from readouts.extract.contacts.leaders import led_in


@cache
def _leaders_of(lang: str) -> re.Pattern[str] | None:
    return cue_alternation((langdata.load(lang, "contacts") or {}).get("leaders_of_countries")
                           or [])


def not_theirs_then(text: str, lang: str, parties: list[str], when: str) -> bool:
    """Does the sentence speak of the leaders of countries, one of the parties leading none
    at ``when``?"""
    pattern = _leaders_of(lang)
    return pattern is not None and pattern.search(text) is not None \
        and not all(led_in(a, when) for a in parties)
