"""A verbless line of time alone right before the lead ("Le 19.30 di sabato scorso. Con
questo spirito Mattarella e Macron si sentono al telefono"): the lead's day and hour, told
first for effect, not another time's."""

from __future__ import annotations

from readouts.extract.contacts.kinds import contact_type

_FRAGMENT_WORDS = 6  # "Le 19.30 di sabato scorso.", "Saturday, 7.30 pm.", "Суббота, 19:30."


def time_fragment(text: str, lang: str) -> bool:
    """Is the sentence a few words naming no contact (the caller knows it holds a date and
    names nobody)?"""
    return len(text.split()) <= _FRAGMENT_WORDS and contact_type(text, lang) is None
