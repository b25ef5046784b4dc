"""Reading inputs: files, folders, URLs, stdin; decoding; HTML and feeds to text.

``collect`` turns what the user typed into raw inputs (bytes and where they came
from); ``prepare`` turns one raw input into one or more clean texts with metadata.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from readouts.errors import InputError
from readouts.ingest.captions import caption_spans
from readouts.ingest.chinese_script import to_simplified
from readouts.ingest.decode import check_text, decode_bytes
from readouts.ingest.feed import feed_entries, looks_like_feed
from readouts.ingest.header import split_header
from readouts.ingest.html import html_to_text, looks_like_html
from readouts.ingest.normalize import OffsetMap, normalize
from readouts.ingest.promos import promo_spans
from readouts.ingest.tag_lines import tag_line_spans

MAX_BYTES = int(os.environ.get("READOUTS_MAX_BYTES", 20_000_000))  # raw: markup included
# Analysis takes about 11 CPU seconds per million characters of text, in every language
# (benchmarks/bench_size.py: it and en 10.8 s/MB, zh 3.9 s/MB at 3 bytes a character),
# so one document is capped at what completes in about 30 seconds.
MAX_CHARS = int(os.environ.get("READOUTS_MAX_CHARS", 2_500_000))
_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ""}
_FOLDER_NOTES = frozenset({"README", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING",
                           "NOTICE", "AUTHORS", "COPYING"})


@dataclass
class RawInput:
    """Bytes as read, before decoding."""

    origin: str
    data: bytes
    content_type: str | None = None


@dataclass
class PreparedText:
    """One document's clean body and its metadata header. ``original`` is the text the
    body was normalized from (decoded, or extracted from HTML); ``offsets`` maps a body
    offset to its offset there."""

    origin: str
    sha256: str
    body: str
    meta: dict[str, str] = field(default_factory=dict)
    original: str | None = None
    offsets: OffsetMap = field(default_factory=OffsetMap)

    def original_span(self, start: int, end: int) -> str:
        """The original text of a body span (typographic quotes, spaces as written)."""
        text = self.body if self.original is None else self.original
        return text[self.offsets.to_original(start):self.offsets.to_original(end)]


def read_bytes(data: bytes, origin: str) -> RawInput:
    """Bytes given by the caller as one input, refused past MAX_BYTES."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{origin}: larger than {MAX_BYTES // 1_000_000} MB")
    return RawInput(origin=origin, data=data)


def read_url(url: str, allow_private: bool = False) -> RawInput:
    """A page fetched from ``url`` as one input (private addresses refused unless allowed)."""
    from readouts.ingest.fetch import fetch_url  # here: the HTTP stack costs 0.2 s to import

    data, content_type = fetch_url(url, MAX_BYTES, allow_private)
    return RawInput(origin=url, data=data, content_type=content_type)


def _read_file(path: Path) -> RawInput:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB")
        return RawInput(origin=str(path), data=path.read_bytes())
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc


def _is_document(path: Path) -> bool:
    """A file in a folder worth reading: text or HTML, not hidden, not the folder's own
    notes (README, SOURCES, LICENSE...). A file named explicitly is always read."""
    return (path.is_file() and path.suffix.lower() in _SUFFIXES
            and not path.name.startswith(".") and path.stem.upper() not in _FOLDER_NOTES)


def collect(specs: list[str], allow_private: bool = False) -> list[RawInput]:
    """Read every input the user named: paths, folders (recursively), URLs, '-' for stdin."""
    inputs: list[RawInput] = []
    for spec in specs:
        if spec == "-":
            inputs.append(read_bytes(sys.stdin.buffer.read(), "<stdin>"))
        elif spec.startswith(("http://", "https://")):
            inputs.append(read_url(spec, allow_private))
        else:
            path = Path(spec)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if _is_document(p))
                if not files:
                    raise InputError(f"{spec}: the folder holds no documents")
                inputs.extend(_read_file(p) for p in files)
            elif path.exists():
                inputs.append(_read_file(path))
            else:
                raise InputError(f"{spec}: no such file or folder")
    return inputs


def _dropped_lines(text: str) -> list[tuple[int, int]]:
    """A page's lines that are no text of its story: photo captions, tag clouds, and the
    promotions glued into its paragraphs."""
    return sorted({*caption_spans(text), *tag_line_spans(text), *promo_spans(text)})


def prepare(raw: RawInput) -> list[PreparedText]:
    """Decode and normalize, once (readouts.ingest.normalize); HTML loses its boilerplate
    and any page its photo captions (readouts.ingest.captions); a feed gives one text per
    entry."""
    decoded = decode_bytes(raw.data, raw.origin)
    norm = normalize(decoded, _dropped_lines(decoded))
    if not norm.text.strip():  # every line looked like page furniture: there is no page, keep it
        norm = normalize(decoded)
    check_text(norm.text, raw.origin)
    digest = hashlib.sha256(raw.data).hexdigest()
    if looks_like_feed(norm.text, raw.content_type):
        out = []
        for n, (body, meta) in enumerate(feed_entries(norm.text)):
            entry = normalize(body, _dropped_lines(body))
            if entry.text:  # an entry of invisible characters has no text
                sub = hashlib.sha256(f"{digest}:{n}".encode()).hexdigest()
                text, meta = to_simplified(_capped(entry.text, raw.origin), _clean_meta(meta))
                out.append(PreparedText(raw.origin, sub, text, meta, body, entry.offsets))
        if not out:
            raise InputError(f"{raw.origin}: the feed has no entries with text")
        return out
    meta, body = split_header(norm.text)
    original, offsets = decoded, norm.offsets.shifted(len(norm.text) - len(body))
    if looks_like_html(body, raw.content_type):  # extracted from the page as written
        body, html_meta = html_to_text(decoded[offsets.to_original(0):])
        page = normalize(body, sorted({*caption_spans(body), *promo_spans(body)}))
        original, offsets, body = body, page.offsets, page.text
        meta = {**html_meta, **meta}
    if not body.strip():
        raise InputError(f"{raw.origin}: no readable text found")
    body, meta = to_simplified(_capped(body, raw.origin), _clean_meta(meta))
    return [PreparedText(raw.origin, digest, body, meta, original, offsets)]


def _capped(body: str, origin: str) -> str:
    if len(body) > MAX_CHARS:
        raise InputError(f"{origin}: {len(body):,} characters of text, more than the "
                         f"{MAX_CHARS:,} one document may hold (about 30 s of analysis); "
                         "split it, or set READOUTS_MAX_CHARS")
    return body


def _clean_meta(meta: dict[str, str]) -> dict[str, str]:
    """Titles and dates as clean as the body: an entity in a page's title (``&#27;``)
    must not bring a control character into what the terminal or the pages show."""
    return {key: normalize(value).text for key, value in meta.items()}
