"""Dates and time: the day a contact happened and how precisely it is known, the part of
the day, how long it lasted, the document's own date, and the tense that decides whether
a date looks back or ahead."""
