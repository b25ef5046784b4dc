"""The punctuation that closes a clause inside a sentence, one pattern for the readers that
keep a word to its own clause (a span of time to its contact, a speaker to the opening he
is the subject of), so that they never drift apart."""

from __future__ import annotations

import re

# a comma, semicolon or colon, Latin or full-width; quotation marks and brackets are no
# break here (contacts.status.CLAUSE_BREAK counts them where a quotation opens a clause)
CLAUSE_PUNCT = re.compile(r"[,;:，；：]")
