"""The source registry: who publishes accounts, found by URL domain, header id, name,
official or signature.

Trust order (strongest first): the page's URL domain, the header's source id, a cue line
naming a source (``source_cues``), a signature in the text ("(Enditem)", "央视网消息", the
kremlin.ru page boilerplate, a house lead style). All names, domains and signatures are data
in knowledge/sources.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from readouts import knowledge
from readouts.text.regex_cache import compile_cached
from readouts.text.regex_trie import trie_regex
from readouts.text.russian_forms import source_name_forms as _case_forms


@dataclass(frozen=True)
class Source:
    """One publisher: its id, what it is and the government it speaks for."""

    id: str
    type: str  # government | state-media | media | platform
    side: str | None
    kind: str  # default kind of its accounts
    spokesman_readout: bool = False  # its spokesperson's words are the readout it issues
    # (Berlin's "Regierungssprecher … teilt mit"), no briefing


@dataclass(frozen=True)
class Signature:
    source: str
    name: str
    pattern: re.Pattern[str]
    within: int | None
    weak: bool


def is_cjk(text: str) -> bool:
    """Does the text hold a Chinese character?"""
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def fold(text: str) -> str:
    """The form names and cue words are compared in: NFC, case-folded, straight apostrophes."""
    return unicodedata.normalize("NFC", text).casefold().replace("’", "'")


def _source_char(char: str) -> str:
    """A cue's apostrophe matches the typographic one too; spaces stay single spaces."""
    return "['’]" if char == "'" else re.escape(char)


_CAPITAL = "(?-i:(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))"  # a capital letter next, whatever the flags


class _Names:
    """Find names in text: Latin and Cyrillic names as whole words, case-insensitively
    unless short or all capitals ("AP", "X", "Rai"); a one-word capitalised name with its
    capital ("Politico", not the Italian adjective in "fronte politico") unless also listed
    in lower case; Chinese names
    anywhere."""

    def __init__(self, names: list[str]) -> None:
        names = [n.replace("’", "'") for n in set(names)]
        spelt = [n for n in names if not is_cjk(n) and len(n) > 4 and not n.isupper()]
        # ... but a name the registry also spells in lower case is one in any case ("su
        # twitter", not only "su Twitter")
        capital = {n.lower() for n in spelt if " " not in n and n[:1].isupper()} - \
            {n for n in spelt if n[:1].islower()}
        folded = {n.lower() for n in spelt} - capital
        exact = [n for n in names if not is_cjk(n) and (len(n) <= 4 or n.isupper())]
        cjk = [n for n in names if is_cjk(n)]
        word = r"(?<!\w){}(?!\w)"
        # compiled once per user (text.regex_cache): case-folded tries are slow to compile
        self._rxs = [compile_cached(wrap.format(trie_regex(sorted(group), _source_char)), flags)
                     for group, wrap, flags in ((folded, word, re.I),
                                                (capital, r"(?<!\w)" + _CAPITAL + r"{}(?!\w)",
                                                 re.I),
                                                (exact, word, 0), (cjk, "{}", 0)) if group]

    def finditer(self, text: str) -> list[re.Match[str]]:
        return [m for rx in self._rxs for m in rx.finditer(text)]

    def search(self, text: str) -> re.Match[str] | None:
        found = [m for rx in self._rxs if (m := rx.search(text))]
        return min(found, key=lambda m: (m.start(), -len(m.group())), default=None)


# a role's holder named right after it, past a post's place ("ambasciatore russo in Italia
# Serghei Razov", "посол России в Италии Сергей Разов"): his given name and surname
_NAMED_AFTER = re.compile(
    r"(?:\s+(?:in|a|to|at|for|в|во|при)\s+[A-ZА-ЯЁ][\w'’-]+)?,?\s+"
    r"(?-i:([A-ZА-ЯЁ][\w'’-]+)\s+([A-ZА-ЯЁ][\w'’-]+))")
# the officials the document being read introduced by role (Registry.introduced_in)
_INTRODUCED: ContextVar[tuple[re.Pattern[str], dict[str, Source]] | None] = ContextVar(
    "introduced", default=None)


class Registry:
    """Sources by id, alias, domain, name, official and signature."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.by_id: dict[str, Source] = {}
        self._alias: dict[str, str] = {}
        self._domain: dict[str, str] = {}
        self._name_ids: dict[str, str] = {}
        self._official_ids: dict[str, str] = {}
        self._seat_ids: dict[str, str] = {}
        self.signatures: list[Signature] = []
        self._descriptions: set[str] = set()  # the folded descriptions ("agenzia di stampa
        # russa"): in apposition before a name ("l'agenzia ufficiale russa Ria Novosti") the
        # name tells which
        names: list[str] = []
        officials: list[str] = []
        seats: list[str] = []
        for entry in data["sources"]:
            sid = entry["id"]
            self.by_id[sid] = Source(sid, entry["type"], entry.get("side"), entry["kind"],
                                     bool(entry.get("spokesman_readout")))
            for alias in [sid, *entry.get("aliases", [])]:
                self._alias[alias.lower()] = sid
            for domain in entry.get("domains", []):
                self._domain[domain.lower()] = sid
                self._name_ids.setdefault(fold(domain), sid)  # "Source: gov.uk"
                names.append(domain)
            described = entry.get("descriptions", {})
            self._descriptions.update(fold(name) for names_ in described.values()
                                      for name in names_)
            for group in (entry.get("names", {}), described, entry.get("verbs", {})):
                for lang, lang_names in group.items():
                    for name in (_case_forms(lang_names) if lang == "ru" else lang_names):
                        self._name_ids.setdefault(fold(name), sid)
                        names.append(name)
            for name in entry.get("officials", []):
                self._official_ids.setdefault(fold(name), sid)
                officials.append(name)
            for lang_names in entry.get("seat", {}).values():
                for name in lang_names:
                    self._seat_ids.setdefault(fold(name), sid)
                    seats.append(name)
            for sig in entry.get("signatures", []):
                self.signatures.append(Signature(
                    sid, sig["name"], re.compile(sig["pattern"], re.M), sig.get("within"),
                    bool(sig.get("weak"))))
        self.signatures.sort(key=lambda s: s.weak)  # strong marks first
        self._names = _Names(names)
        self._officials = _Names(officials)
        self._seats = _Names(seats)
        self._voice_side: dict[str, str] = {}
        voices: list[str] = []
        for side, people in data.get("voices", {}).items():
            for name in people:
                self._voice_side.setdefault(fold(name), side)
                voices.append(name)
        described: list[str] = []
        for side, per_lang in data.get("leader_descriptions", {}).items():
            for lang_names in per_lang.values():
                for name in lang_names:
                    self._voice_side.setdefault(fold(name), side)
                    described.append(name)
        for side, per_lang in data.get("leader_titles", {}).items():
            for lang_names in per_lang.values():
                for name in lang_names:
                    self._voice_side.setdefault(fold(name), side)
                    voices.append(name)
        self._voices = _Names(voices + described)
        self.voice_roles = frozenset(data.get("voice_roles", ()))
        for name, side in _roster_leaders(self.voice_roles):
            if fold(name) not in self._voice_side:
                self._voice_side[fold(name)] = side
                voices.append(name)
        self._authors = _Names(voices + described)  # ... and whose posts speak for it
        self._described = _Names(described)
        self._offices: dict[str, str] = dict(data.get("leader_offices") or {})

    def get(self, sid: str) -> Source | None:
        return self.by_id.get(sid)

    def from_url(self, url: str | None) -> Source | None:
        """The source whose domain (or a parent domain) hosts the URL."""
        if not url:
            return None
        try:
            host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
        except ValueError:  # 'http://[' from a header: no URL, so no host to know it by
            return None
        while host:
            if host in self._domain:
                return self.by_id[self._domain[host]]
            host = host.partition(".")[2] if "." in host else ""
        return None

    def from_header(self, value: str | None) -> Source | None:
        """A header source id or alias ('kremlin-en', 'cctv-xwlb') -> its source."""
        if not value:
            return None
        sid = self._alias.get(value.strip().lower())
        return self.by_id[sid] if sid else None

    def _named(self, text: str) -> list[re.Match[str]]:
        """The source names in the text, but for those inside a leader's description ("глава
        Белого дома" is the president, not the White House)."""
        found = self._names.finditer(text)
        if not found:
            return found
        seats = [(m.start(), m.end()) for m in self._described.finditer(text)]
        kept = [m for m in found if not any(a < m.end() and m.start() < b for a, b in seats)]
        return [m for m in kept if not self._apposed(m, kept, text)]

    def _apposed(self, m: re.Match[str], found: list[re.Match[str]], text: str) -> bool:
        """Is the match a description standing right before another source's name ("l'agenzia
        ufficiale russa Ria Novosti", "the Russian state news agency RIA Novosti")? The
        name it describes is the source."""
        if fold(m.group()) not in self._descriptions:
            return False
        sid = self._name_ids[fold(m.group())]
        return any(n.start() >= m.end() and not text[m.end():n.start()].strip(" ,")
                   and self._name_ids[fold(n.group())] != sid for n in found)

    def name_in(self, text: str) -> tuple[Source, str] | None:
        """The source named in a short text (the longest name wins) and the name as written."""
        best = max(self._named(text), key=lambda m: len(m.group()), default=None)
        if best is None:
            return None
        return self.by_id[self._name_ids[fold(best.group())]], best.group()

    def first_named(self, text: str) -> tuple[Source, str, int] | None:
        """The source named first in the text, the name as written and where it stands:
        in a sentence the first named is its subject ("The Kremlin said, unlike the White
        House, ...")."""
        m = min(self._named(text), key=lambda m: (m.start(), -len(m.group())), default=None)
        if m is None:
            return None
        return self.by_id[self._name_ids[fold(m.group())]], m.group(), m.start()

    def named_all(self, text: str) -> list[tuple[Source, str, int]]:
        """Every source the text names, in order: the source, the name as written, where."""
        found = sorted(self._named(text), key=lambda m: (m.start(), -len(m.group())))
        return [(self.by_id[self._name_ids[fold(m.group())]], m.group(), m.start())
                for m in found]

    def sources_named(self, text: str) -> set[str]:
        """The ids of every source the text names."""
        return {self._name_ids[fold(m.group())] for m in self._named(text)}

    def publishers_in(self, text: str) -> int:
        """How many publishers the text names: a report citing Xinhua and Palazzo Chigi is
        a newspaper's, as no government's readout cites another's."""
        return len(self.sources_named(text))

    def official_in(self, text: str) -> Source | None:
        """The source an aide or spokesperson named in the text speaks for."""
        m = self._officials.search(text)
        return self.by_id[self._official_ids[fold(m.group())]] if m else None

    def office_of(self, text: str, side: str) -> Source | None:
        """The registered office a leader's "office" named in the text is, for his side: the
        source he is an official of (Mattarella's, the Quirinale), else his side's office
        (`leader_offices`); None where his side has none listed."""
        own = self.official_in(text)
        if own is not None and own.side == side:
            return own
        sid = self._offices.get(side)
        return self.by_id[sid] if sid else None

    def seats_in(self, text: str) -> list[tuple[Source, str, int]]:
        """The capitals in the text that stand for a government ("Moscow", "В Москве"), with
        the government, the name as written and where: whether one speaks is the caller's."""
        return [(self.by_id[self._seat_ids[fold(m.group())]], m.group(), m.start())
                for m in self._seats.finditer(text)]

    def aide_in(self, text: str) -> tuple[Source, str] | None:
        """An aide or spokesperson named in the text (not a leader, whose name is a voice
        too), with the name as written: who gives a briefing; else one the document
        introduced by his role, named again by surname ("Razov ha aggiunto")."""
        return next(iter(self.aides_in(text)), None)

    def aides_in(self, text: str) -> list[tuple[Source, str]]:
        """Every aide or spokesperson named in the text, in order (`aide_in`)."""
        found = [(m.start(), -len(m.group()), self.by_id[self._official_ids[fold(m.group())]],
                  m.group()) for m in self._officials.finditer(text)
                 if fold(m.group()) not in self._voice_side]
        if (known := _INTRODUCED.get()) is not None:
            found += [(m.start(), -len(m.group()), known[1][fold(m.group())], m.group())
                      for m in known[0].finditer(text)]
        return [(source, name) for _, _, source, name in sorted(found, key=lambda f: f[:2])]

    @contextmanager
    def introduced_in(self, text: str) -> Iterator[None]:
        """While the document is read, the officials its text introduces by role, then
        name ("l'ambasciatore russo in Italia Serghei Razov", "the Russian ambassador to Italy
        Sergei Razov", "посол России в Италии Сергей Разов"), are aides of the role's source
        by their surname too: "Razov ha aggiunto …" is the ministry's briefing."""
        learned: dict[str, Source] = {}
        for m in self._officials.finditer(text):
            if fold(m.group()) in self._voice_side:
                continue
            named = _NAMED_AFTER.match(text, m.end())
            if named is not None and fold(named.group(2)) not in self._official_ids:
                learned[fold(named.group(2))] = self.by_id[self._official_ids[fold(m.group())]]
        token = _INTRODUCED.set((re.compile(
            rf"(?<!\w)(?:{trie_regex(sorted(learned), _source_char)})(?!\w)", re.I), learned)
            if learned else None)
        try:
            yield
        finally:
            _INTRODUCED.reset(token)

    def _leaders(self, author: bool) -> _Names:
        """The leaders whose words speak for their side, and with `author` every leader of
        the roster too: a post's author ("ha scritto su X il primo ministro indiano Narendra
        Modi"), whatever the text around him."""
        return self._authors if author else self._voices

    def voice_in(self, text: str, author: bool = False) -> str | None:
        """The side of the leader named in the text (whose post speaks for that side)."""
        m = self._leaders(author).search(text)
        return self._voice_side[fold(m.group())] if m else None

    def voice_at(self, text: str, within: int = 0, author: bool = False) -> str | None:
        """The side of the leader the text opens with ("Trump su Truth, …"), or names in its
        first `within` characters (an article before him: "l'inquilino della Casa Bianca")."""
        m = self._leaders(author).search(text)
        return self._voice_side[fold(m.group())] if m and m.start() <= within else None

    def voice_sides(self, text: str) -> set[str]:
        """The sides of every leader the text names."""
        return {self._voice_side[fold(m.group())] for m in self._voices.finditer(text)}

    def voice_in_last(self, text: str, author: bool = False) -> str | None:
        """The side of the leader named last in the text."""
        last = None
        for m in self._leaders(author).finditer(text):
            if last is None or m.start() > last.start():
                last = m
        return self._voice_side[fold(last.group())] if last else None

    def signature_in(self, text: str, strong: bool = False) -> tuple[Source, str] | None:
        """The signature found first in the text: strong ones before weak lead-style ones
        (only strong ones with `strong`). Of two marks the earlier wins: an agency's dateline
        credit ("中新社北京1月23日电") outranks an end mark another agency also uses ("(完)")."""
        found: tuple[int, Signature] | None = None
        for sig in self.signatures:
            if sig.weak and (strong or found is not None):
                break
            sample = text if sig.within is None else text[:sig.within]
            m = sig.pattern.search(sample)
            if m and (found is None or m.start() < found[0]):
                found = (m.start(), sig)
        return None if found is None else (self.by_id[found[1].source], found[1].name)


_ROSTER_NAMES = ("en", "it", "ru", "zh", "short")  # the roster's keys that name a person alone


def _roster_leaders(roles: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(name, country) of every holder of one of `roles` in the actor roster, for the
    country he held it in: a leader whose posts speak for his side."""
    if not roles:
        return
    for actor in knowledge.load("actors").get("actors", []):
        held = next((r for r in actor.get("roles", []) if r[0] in roles), None)
        if held is None:
            continue
        country = held[3] if len(held) > 3 else actor.get("country")
        if not country or len(country) != 3:  # an organisation's (EU, UN) speaks for no side
            continue
        for key in _ROSTER_NAMES:
            for name in actor.get(key) or []:
                yield name, country


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The source registry of ``knowledge/sources.yaml``."""
    return Registry(knowledge.load("sources"))
