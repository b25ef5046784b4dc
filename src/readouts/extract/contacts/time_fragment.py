"""A line of time right before the lead, setting its scene: verbless ("Le 19.30 di sabato
scorso. Con questo spirito Mattarella e Macron si sentono al telefono") or opening on a
presentative of time ("È la mattina del 25 febbraio 2022 e le truppe russe sono entrate in
Ucraina. Quella che si ascolta è la telefonata …", ``scene_time`` in dates.yaml): the lead's
day and hour, told first for effect, not another time's."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.kinds import contact_type
from readouts.text.alternation import alternation

_FRAGMENT_WORDS = 6  # "Le 19.30 di sabato scorso.", "Saturday, 7.30 pm.", "Суббота, 19:30."


@cache
def _scene(lang: str) -> re.Pattern[str] | None:
    return alternation([str(p) for p in langdata.load(lang, "dates").get("scene_time") or []])


def time_fragment(text: str, lang: str) -> bool:
    """Is the sentence a few words, or a scene opening on its time, naming no contact (the
    caller knows it holds a date and names nobody)?"""
    scene = _scene(lang)
    return (len(text.split()) <= _FRAGMENT_WORDS
            or scene is not None and scene.match(text) is not None) \
        and contact_type(text, lang) is None
