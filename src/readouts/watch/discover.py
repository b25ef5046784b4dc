"""What a polled source lists: the items of a feed, the pages of a sitemap, the links of an
index page that match its pattern. Each item is a URL, with its text when a feed carries it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

import feedparser
import lxml.etree
import lxml.html

from readouts.errors import InputError
from readouts.watch.config import Source

_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass
class Item:
    url: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, from the feed or sitemap
    content: str | None = None  # the entry's text or HTML; None: fetch the page


def _feed_items(body: bytes, source: Source) -> list[Item]:
    parsed = feedparser.parse(body)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(f"{source.url}: not a readable feed ({reason})")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or entry.get("id")
        if not link or not str(link).startswith(("http://", "https://")):
            continue
        # The full text comes as <content> (Atom, RSS content:encoded); a bare summary or
        # description is a teaser, so the page is read instead.
        content = "\n\n".join(c.get("value", "") for c in entry.get("content") or [])
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
        keep = None if source.fetch_pages or not content.strip() else content
        items.append(Item(urldefrag(link)[0], entry.get("title"), date, keep))
    return items


def _sitemap_items(body: bytes, source: Source) -> list[Item]:
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(f"{source.url}: not a readable sitemap ({exc})") from exc
    pattern = re.compile(source.link_pattern) if source.link_pattern else None
    items = []
    for node in root.iter(f"{_SITEMAP_NS}url", "url"):
        loc = node.findtext(f"{_SITEMAP_NS}loc") or node.findtext("loc")
        if not loc or (pattern and not pattern.search(loc.strip())):
            continue
        lastmod = node.findtext(f"{_SITEMAP_NS}lastmod") or node.findtext("lastmod")
        items.append(Item(loc.strip(), date=lastmod.strip()[:10] if lastmod else None))
    return items


def _index_items(body: bytes, source: Source, base: str) -> list[Item]:
    try:
        page = lxml.html.fromstring(body)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"{source.url}: not a readable page ({exc})") from exc
    pattern = re.compile(source.link_pattern or "")
    links = dict.fromkeys(
        urldefrag(urljoin(base, href.strip()))[0] for href in page.xpath("//a/@href"))
    return [Item(link) for link in links
            if link.startswith(("http://", "https://")) and pattern.search(link)]


def list_items(body: bytes, source: Source, base: str) -> list[Item]:
    """The items a source's body lists, in its order, each URL once."""
    if source.kind == "feed":
        found = _feed_items(body, source)
    elif source.kind == "sitemap":
        found = _sitemap_items(body, source)
    else:
        found = _index_items(body, source, base)
    first: dict[str, Item] = {}
    for item in found:
        first.setdefault(item.url, item)
    return list(first.values())
