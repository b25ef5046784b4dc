"""HTML pages to text with boilerplate removed (trafilatura), keeping title and date.

libxml2, under trafilatura, stops building the tree 256 elements deep: a page nested
deeper would lose its text, so it is read by a streaming pass with no depth limit
instead, which keeps every visible text and its block breaks but not the boilerplate
removal. The same pass reads pages in which trafilatura finds no article.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TAG = re.compile(r"<\s*(?:html|body|head|p|div|article|!doctype|h[1-6]|span|table|br)\b", re.I)


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """True for HTML by content type, or by tags in the first few kilobytes."""
    if content_type and "html" in content_type.lower():
        return True
    head = text[:4000]
    return len(_TAG.findall(head)) >= 2 or head.lstrip().lower().startswith(("<!doctype", "<html"))


_HIDDEN = frozenset({"script", "style", "noscript", "template"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})


def html_to_text(page: str) -> tuple[str, dict[str, str]]:
    """Return (main text, metadata). Paragraphs are separated by blank lines."""
    import trafilatura  # here: plain-text runs need none of it, and it costs 0.3 s to import

    meta: dict[str, str] = {}
    if _too_deep(page):
        text, title = _plain_text(page)
        return text.replace("\n", "\n\n"), ({"title": title} if title else {})
    doc = trafilatura.bare_extraction(_as_document(page), with_metadata=True,
                                      include_comments=False,
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
        text = _plain_text(page)[0]
    return text.replace("\n", "\n\n"), meta


_DOCUMENT_TAG = re.compile(r"<\s*(?:html|head|body)\b", re.I)


def _as_document(page: str) -> str:
    """A fragment (a feed entry's HTML, a pasted snippet) inside <html><body>: parsed on
    its own its first element becomes the root, and an <svg> root crashes the date
    finder under trafilatura when it removes that element from its parent."""
    return page if _DOCUMENT_TAG.search(page) else f"<html><body>{page}</body></html>"


def _too_deep(page: str) -> bool:
    """True when libxml2 gave up on the page's nesting (its parse takes milliseconds)."""
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser()
    try:
        lxml_html.document_fromstring(page, parser=parser)
    except (ValueError, lxml_html.etree.ParserError):
        return False
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


class _TextCollector(HTMLParser):
    """Visible text and the title, one line per block, whatever the depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def _plain_text(page: str) -> tuple[str, str]:
    """(all visible text, title): for pages trafilatura finds no article in or cannot
    parse; a streaming pass, so no nesting depth is too much."""
    collector = _TextCollector()
    collector.feed(page)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line), " ".join("".join(collector.title).split())
