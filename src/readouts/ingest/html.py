"""HTML pages to text with boilerplate removed (trafilatura), keeping title and date."""

from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

_TAG = re.compile(r"<\s*(?:html|body|head|p|div|article|!doctype|h[1-6]|span|table|br)\b", re.I)


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """True for HTML by content type, or by tags in the first few kilobytes."""
    if content_type and "html" in content_type.lower():
        return True
    head = text[:4000]
    return len(_TAG.findall(head)) >= 2 or head.lstrip().lower().startswith(("<!doctype", "<html"))


def html_to_text(page: str) -> tuple[str, dict[str, str]]:
    """Return (main text, metadata). Paragraphs are separated by blank lines."""
    meta: dict[str, str] = {}
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True)
    text = ""
    if doc is not None:
        text = doc.text or ""
        if doc.title:
            meta["title"] = doc.title
        if doc.date:
            meta["date"] = doc.date
        if doc.url:
            meta["url"] = doc.url
    if not text.strip():
        text = _plain_text(page)
    return text.replace("\n", "\n\n"), meta


def _plain_text(page: str) -> str:
    """Fallback for pages trafilatura finds no article in: all visible text."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return "\n".join(t.strip() for t in tree.itertext() if t.strip())
