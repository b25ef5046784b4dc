"""RSS and Atom feeds: every entry becomes a document of its own."""

from __future__ import annotations

import re

from readouts.ingest.html import html_to_text, looks_like_html

# The prolog a feed may open with: XML declaration, processing instructions (a
# stylesheet), comments, a DOCTYPE (RSS 0.91 has one, with or without an internal subset).
_FEED_START = re.compile(
    r"\A\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!(?i:doctype)\s[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
    r"<(?:rss|feed|rdf:RDF)\b", re.S)


def looks_like_feed(text: str, content_type: str | None = None) -> bool:
    """Is it an RSS, Atom or RDF feed, by its content type or its first element?"""
    if content_type and any(t in content_type for t in ("rss", "atom")):
        return True
    return bool(_FEED_START.match(text[:2000]))


_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _valid_ref(m: re.Match[str]) -> str:
    """A numeric character reference past U+10FFFF or to a surrogate names no character
    (feedparser would crash on it): it reads as the replacement character."""
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return m.group(0) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "&#xFFFD;"


def feed_entries(text: str) -> list[tuple[str, dict[str, str]]]:
    """Return (text, metadata) for each entry, in feed order."""
    import feedparser  # here: most runs read no feed, and the import costs 0.1 s

    parsed = feedparser.parse(_CHAR_REF.sub(_valid_ref, text))
    entries: list[tuple[str, dict[str, str]]] = []
    for entry in parsed.entries:
        # feedparser leaves a field None where a broken CDATA section swallowed it
        content = "\n\n".join(c.get("value") or "" for c in entry.get("content") or [])
        content = content or entry.get("summary") or ""
        meta: dict[str, str] = {}
        if looks_like_html(content) or "<p" in content:
            content, meta = html_to_text(content)
        if entry.get("title"):
            meta["title"] = entry["title"]
        if entry.get("link"):
            meta["url"] = entry["link"]
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            meta["date"] = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"
        if content.strip():
            entries.append((content, meta))
    return entries
