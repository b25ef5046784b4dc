"""The letters of a script, one pattern each, for the readers that tell a Chinese or a Russian
word from a Latin one (a name's forms, a cue's trie, a visitor's search)."""

from __future__ import annotations

import re

HAN = re.compile(r"[\u3400-\u9fff]")  # CJK ideographs, extension A included
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
