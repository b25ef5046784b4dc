"""The metadata header at the top of a file: YAML front matter or ``Key: value`` lines.

Both forms are common in saved readouts (the corpus uses ``source:/url:/date:/
language:/title:`` lines before a blank line). Only known keys count, so a compilation
that opens with "Fonte: Xinhua" is not mistaken for a header.
"""

from __future__ import annotations

import re

import yaml

KNOWN_KEYS = {
    "title", "date", "published", "published_time", "source", "url", "source_url",
    "language", "lang", "author", "tags", "description",
}
_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z_-]*)\s*:\s*(.*)$")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.S)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Return (metadata, body). Keys are lower case; values are strings."""
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            data = yaml.safe_load(m.group(1))
        except (yaml.YAMLError, ValueError):  # ValueError: a date such as 0000-00-00
            data = None
        if isinstance(data, dict):
            meta = {str(k).lower(): str(v) for k, v in data.items() if v is not None}
            return _canonical(meta), text[m.end():].lstrip("\n")
    head, sep, rest = text.partition("\n\n")
    lines = [ln for ln in head.split("\n") if ln.strip()]
    if not sep or not lines:
        return _url_lines(text)
    meta: dict[str, str] = {}
    for line in lines:
        km = _KEY_LINE.match(line.strip())
        if not km or km.group(1).lower() not in KNOWN_KEYS:
            return _url_lines(text)
        meta[km.group(1).lower()] = km.group(2).strip().strip('"')
    return _canonical(meta), rest.lstrip("\n")


_URL_LINE = re.compile(r"(?:url|source_url)\s*:\s*https?://\S+\s*$", re.I)


def _url_lines(text: str) -> tuple[dict[str, str], str]:
    """A page saved with its address on a first line and the story straight under it
    ("url: https://…" then "ROMA. La guerra…"): a line that is only an address is never the
    story's, so it and the known keys above it are the header, blank line or not."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    for n, line in enumerate(lines[:len(KNOWN_KEYS)]):
        km = _KEY_LINE.match(line.strip())
        if not km or km.group(1).lower() not in KNOWN_KEYS:
            return {}, text
        meta[km.group(1).lower()] = km.group(2).strip().strip('"')
        if _URL_LINE.match(line.strip()):
            return _canonical(meta), "\n".join(lines[n + 1:]).lstrip("\n")
    return {}, text


def _canonical(meta: dict[str, str]) -> dict[str, str]:
    """Fold synonyms: published/published_time -> date, source_url -> url, lang -> language."""
    for alias, key in (("published", "date"), ("published_time", "date"),
                       ("source_url", "url"), ("lang", "language")):
        if alias in meta and key not in meta:
            meta[key] = meta[alias]
    return meta
