"""Who is mentioned: names in any script and titles, resolved to actor ids.

Every surface form (names from ``knowledge/actors.yaml`` with generated Russian case forms,
titles and country words from ``lang/<lang>/titles.yaml`` and ``knowledge/countries.yaml``)
goes into one trie-shaped regex per language, so a text is scanned once in C; the few hits
are then read left to right as phrases: country + title ("美国总统", "the Russian
President"), title + link + country ("Il presidente degli Stati Uniti", "Президент России"),
stacked titles, and a name after them. A title with a name is the name; a title alone is
whoever held that role on the date; a title before an unknown capitalised name (or a
Chinese title before a foreign-sounding or surname-led name) is a new person with a slug id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import product
from typing import Any, NamedTuple

from readouts import knowledge
from readouts import lang as lang_data
from readouts.extract.people.translit import slugify_name, to_ascii

__all__ = ["ActorIndex", "ActorMatch", "actor_index", "slugify_name"]

_HAN = re.compile(r"[\u3400-\u9fff]")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LANGS = ("en", "it", "ru", "zh")
_TAIL = r"(?!\w)(?!['\u2019](?!s\b)\w)"  # a word ends here; "Xi's" ends "Xi", "Xi'an" does not


@dataclass(frozen=True)
class ActorMatch:
    """One person found in a text."""

    actor: str  # actor id
    start: int  # char offsets in the given text
    end: int
    text: str
    by: str  # "name" | "title" | "pattern" (unknown person found by title + name)


class _Atom(NamedTuple):
    start: int
    end: int
    kind: str  # name, guarded, title, country, own, honorific
    value: Any


def _day(on: str | None) -> str:
    """A comparable day for a date of any precision; undated means today."""
    if not on:
        return date.today().isoformat()
    if len(on) == 4:
        return f"{on}-07-01"
    if len(on) == 7:
        return f"{on}-15"
    return on[:10]


def _role(raw: Any, country: str | None) -> dict[str, Any]:
    """A role as a dict, from ``[role, from, to, country?]`` or a mapping with those keys."""
    if isinstance(raw, dict):
        raw = [raw["role"], raw.get("from"), raw.get("to"), raw.get("country")]
    role, start, end, *rest = [*raw, None][:4]
    return {"role": role, "country": rest[0] if rest and rest[0] else country,
            "from": str(start) if start else None, "to": str(end) if end else None}


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation over literal strings, shaped as a trie (longest first)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [(r"\s+" if c == " " else re.escape(c)) + emit(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _case_variants(form: str) -> set[str]:
    return {form, form[:1].upper() + form[1:], form[:1].lower() + form[1:]}


class _Russian:
    """Case forms of Russian names and titles from the rules in ``lang/ru/titles.yaml``."""

    def __init__(self) -> None:
        rules = lang_data.load("ru", "titles").get("inflection", [])
        self.rules = sorted(((r[0], r[1:]) for r in rules), key=lambda r: -len(r[0]))

    def word(self, word: str) -> list[list[str]]:
        """The word's forms per case slot (genitive ... prepositional)."""
        if len(word) < 2 or word.endswith(".") or word.isupper() or not _CYR.search(word):
            return [[word]] * 5
        for ending, slots in self.rules:
            if word.endswith(ending):
                stem = word[: len(word) - len(ending)] if ending else word
                return [[stem + e for e in slot] for slot in slots]
        return [[word]] * 5

    def phrase(self, text: str, head_only: bool = False) -> set[str]:
        """All case forms of a phrase: every word agrees, or only the first declines."""
        words = text.split(" ")
        forms = {text}
        per_word = [self.word(w) if (i == 0 or not head_only) else [[w]] * 5
                    for i, w in enumerate(words)]
        for case in range(5):
            for combo in product(*(slots[case] for slots in per_word)):
                forms.add(" ".join(combo))
        return forms


class ActorIndex:
    """Actors, their roles and every way the four languages write them."""

    def __init__(self) -> None:
        data = knowledge.load("actors") or {}
        self._groups: dict[str, list[str]] = {
            k: list(v) for k, v in (data.get("role_groups") or {}).items()}
        self._actors: dict[str, dict[str, Any]] = {}
        self._roles: dict[str, list[dict[str, Any]]] = {}
        for entry in data.get("actors") or []:
            self._actors[entry["id"]] = entry
            self._roles[entry["id"]] = [_role(r, entry.get("country"))
                                        for r in entry.get("roles") or []]
        # (role, country) -> [(actor, role)]: who held a seat, without scanning every actor
        self._seats: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
        for actor, roles in self._roles.items():
            for r in roles:
                self._seats.setdefault((r["role"], r["country"]), []).append((actor, r))
        self._russian = _Russian()
        self._surfaces = self._name_surfaces()
        self._matchers: dict[str, _Matcher] = {}
        self._own_forms: dict[str, re.Pattern[str] | None] = {}

    # -- knowledge -------------------------------------------------------------------
    def _name_surfaces(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Surface form -> (kind, actor ids); full names win over short forms."""
        found: dict[str, dict[str, set[str]]] = {"name": {}, "guarded": {}}
        for actor, entry in self._actors.items():
            full = [n for lg in (*_LANGS, "other") for n in entry.get(lg) or []]
            for kind, names in (("name", full + list(entry.get("short") or [])),
                                ("guarded", list(entry.get("guarded") or []))):
                for name in names:
                    for form in self._name_forms(str(name), entry):
                        found[kind].setdefault(form, set()).add(actor)
        surfaces: dict[str, tuple[str, tuple[str, ...]]] = {}
        for kind in ("guarded", "name"):
            for form, actors in found[kind].items():
                surfaces[form] = (kind, tuple(sorted(actors)))
        return surfaces

    def _name_forms(self, name: str, entry: dict[str, Any]) -> set[str]:
        if not _CYR.search(name):
            return {name}
        if "ё" in name:  # "Мирзиёев" is written "Мирзиеев" as often
            return self._one_spelling(name, entry) | \
                self._one_spelling(name.replace("ё", "е"), entry)
        return self._one_spelling(name, entry)

    def _one_spelling(self, name: str, entry: dict[str, Any]) -> set[str]:
        forms = self._russian.phrase(name)
        words = name.split(" ")
        if len(words) >= 2 and entry.get("country") not in ("CHN", "PRK", "KOR", "VNM"):
            surname = self._russian.phrase(words[-1])
            for initials in (words[0][0] + ".", "".join(w[0] + "." for w in words[:-1])):
                for form in surname:
                    forms.update({f"{initials}{form}", f"{initials} {form}"})
        return forms

    def country_of(self, actor_id: str) -> str | None:
        """The actor's country (ISO3), or None for a person not in the knowledge base."""
        entry = self._actors.get(actor_id)
        return entry.get("country") if entry else None

    def name(self, actor_id: str, lang: str = "en") -> str:
        """The actor's usual name in ``lang``; an unknown id as words."""
        entry = self._actors.get(actor_id)
        if entry:
            for key in (lang, "en"):
                if entry.get(key):
                    return str(entry[key][0])
        return actor_id.replace("-", " ").title()

    def given_name(self, actor_id: str, word: str) -> bool:
        """Is a single word a spelling of the actor's given name ("Vladimir", a garbled
        "Donalde")? Its first five letters are those of a given name the actor is known by."""
        entry = self._actors.get(actor_id) or {}
        word = to_ascii(word).lower()
        if " " in word.strip() or len(word) < 4:
            return False
        for lg in (*_LANGS, "other"):
            for name in entry.get(lg) or []:
                first = to_ascii(str(name).split(" ")[0]).lower()
                if len(first) >= 4 and first[:5] == word[:5]:
                    return True
        return False

    def names_actor(self, text: str, actor_id: str) -> bool:
        """Does ``text`` name the actor by any form, a guarded surname included ("chiesto da
        Conte")? For a person already known to be in the story, a bare surname is safe."""
        if actor_id not in self._own_forms:
            forms = sorted((form for form, (_, actors) in self._surfaces.items()
                            if actor_id in actors), key=len, reverse=True)
            self._own_forms[actor_id] = re.compile(
                "|".join(re.escape(f) if _HAN.search(f) else rf"(?<!\w){re.escape(f)}(?!\w)"
                         for f in forms)) if forms else None
        pattern = self._own_forms[actor_id]
        return pattern is not None and pattern.search(text) is not None

    def roles(self, actor_id: str) -> list[dict[str, Any]]:
        """The actor's roles: {role, country, from, to} (dates as ``YYYY-MM-DD`` or None)."""
        return [dict(r) for r in self._roles.get(actor_id, [])]

    def holder(self, role: str, country: str, on: str | None) -> str | None:
        """Who held ``role`` (or a role of its group) for ``country`` on the date, if one did."""
        day = _day(on)
        for candidate in self._groups.get(role, [role]):
            holders = [a for a, r in self._seats.get((candidate, country), [])
                       if (r["from"] or "0000") <= day < (r["to"] or "9999")]
            if len(set(holders)) == 1:
                return holders[0]
            if holders:
                return None
        if on is None:  # nobody now: the most recent holder
            latest = sorted((r["from"] or "", a) for c in self._groups.get(role, [role])
                            for a, r in self._seats.get((c, country), []))
            return latest[-1][1] if latest else None
        return None

    def previous_holder(self, role: str, country: str, on: str | None) -> str | None:
        """Who held ``role`` last before the holder on the date ("l'ex presidente del
        Consiglio" the day after the handover is the outgoing one)."""
        day = _day(on)
        for candidate in self._groups.get(role, [role]):
            ended = sorted((r["to"], a) for a, r in self._seats.get((candidate, country), [])
                           if r["to"] and r["to"] <= day)
            if ended:
                return ended[-1][1]
        return None

    def _active(self, actor: str, on: str | None) -> bool:
        day = _day(on)
        return any((r["from"] or "0000") <= day < (r["to"] or "9999")
                   for r in self._roles.get(actor, []))

    def _pick(self, actors: tuple[str, ...], on: str | None) -> str | None:
        """One actor for a surface several share: the one in office on the date."""
        if len(actors) == 1:
            return actors[0]
        active = [a for a in actors if self._active(a, on)]
        return active[0] if len(active) == 1 else None

    # -- matching --------------------------------------------------------------------
    def _matcher(self, lang: str) -> _Matcher:
        key = lang if lang in _LANGS else "en"
        if key not in self._matchers:
            self._matchers[key] = _Matcher(self, key)
        return self._matchers[key]

    def find(self, text: str, lang: str, on: str | None,
             side: str | None = None) -> list[ActorMatch]:
        """Every person mentioned in ``text``, non-overlapping, in text order."""
        return self._matcher(lang).find(text, on, side)

    def resolve_name(self, name: str, lang: str, on: str | None,
                     side: str | None = None) -> str | None:
        """The actor a speaker label or name refers to; a slug for an unknown person's
        name; None for labels that name no person ("Question", "Вопрос", "记者")."""
        label = re.sub(r"\s*[(（\[].*?[)）\]]\s*", " ", name).strip(" \t:：.,-—")
        if not label:
            return None
        matcher = self._matcher(lang if _HAN.search(label) is None else "zh")
        found = matcher.find(label, on, side)
        named = [m for m in found if m.by != "title"] or found
        if named:
            return named[0].actor
        if matcher.not_person(label):
            return None
        return slugify_name(label) if matcher.looks_like_name(label) else None


class _Matcher:
    """The compiled surface forms and phrase rules of one language."""

    def __init__(self, index: ActorIndex, lang: str) -> None:
        self.index = index
        self.lang = lang
        data = lang_data.load(lang, "titles")
        russian = index._russian
        table: dict[str, tuple[str, Any]] = {}
        for form, (kind, actors) in index._surfaces.items():
            table[form] = (kind, actors)
        for raw, value in (data.get("titles") or {}).items():
            role, country = (value, None) if isinstance(value, str) else (value[0], value[1])
            forms = russian.phrase(raw, head_only=True) if lang == "ru" else {raw}
            for form in forms:
                for variant in _case_variants(form):
                    table.setdefault(variant, ("title", (role, country)))
        for raw, role in (data.get("own") or {}).items():
            table[str(raw)] = ("own", role)
        # A title that, alone in this language's own press, means its own country's holder
        # ("il presidente della Repubblica" in an Italian text is Italy's).
        self.home = {str(raw): str(iso) for raw, iso in (data.get("home") or {}).items()}
        for raw in data.get("not_titles") or []:
            table[str(raw)] = ("block", None)
        for raw in data.get("honorifics") or []:
            table.setdefault(str(raw), ("honorific", None))
        for iso, entry in (knowledge.load("countries") or {}).items():
            for word in entry.get(lang) or []:
                forms = {str(word)}
                if lang == "ru" and " " not in word and re.search(r"(?:ий|ый|ой)$", word):
                    forms = russian.phrase(word)
                for form in forms:
                    for variant in _case_variants(form):
                        table.setdefault(variant, ("country", iso))
            for word in (entry.get("abbr") or {}).get(lang) or []:
                table.setdefault(str(word), ("country", iso))
        self.table = table
        words = [f for f in table if not _HAN.search(f)]
        hanzi = [f for f in table if _HAN.search(f)]
        self.words = re.compile(rf"(?<!\w)(?:{trie_regex(words)}){_TAIL}")
        self.hanzi = re.compile(trie_regex(hanzi)) if hanzi else None
        links = [re.escape(w) for w in data.get("links") or [] if w]
        space = "" if lang == "zh" else r"\s+"
        bare = [space] if "" in (data.get("links") or []) else []
        self.link = re.compile("(?:" + "|".join([rf"\s+(?:{'|'.join(links)})\s*"] * bool(links)
                                                + bare) + ")$")
        # "il presidente della Repubblica di Colombia": a home title of another country
        self.link_after = re.compile(rf"\s+(?:{'|'.join(links)})\s*[A-ZÀ-ÖА-Я]") \
            if links else None
        seps = "|".join(re.escape(s) for s in data.get("separators") or [])
        self.sep = re.compile(rf"\s*(?:{seps})?\s*$") if seps else re.compile(r"\s*$")
        self.gap = re.compile(r"\s*,?\s*$" if lang != "zh" else r"[\s，,]?$")
        # "elected President of the United States", "当选美国总统": the office won, no person
        office = [str(w) for w in data.get("office_before") or []]
        self.office = re.compile(rf"(?:{'|'.join(office)})\s*$", re.I) if office else None
        # "l'ex presidente del Consiglio", "the former prime minister": the previous holder
        former = [str(w) for w in data.get("former_before") or []]
        self.former = re.compile(rf"(?:{'|'.join(former)})\s*$", re.I) if former else None
        self.not_names = set(data.get("not_names") or [])
        self.not_persons = {str(p).lower() for lg in _LANGS
                            for p in lang_data.load(lg, "titles").get("not_persons") or []}
        self.token = re.compile(r"\s+([^\W\d_][\w'’-]*\.?)")
        zh = lang_data.load("zh", "titles")
        chars, surnames = zh.get("name_chars", ""), zh.get("surnames", "")
        self.foreign = re.compile(rf"[{chars}]{{2,}}(?:·[{chars}]+)*") if chars else None
        self.chinese = re.compile(rf"[{surnames}][\u4e00-\u9fff]{{1,2}}") if surnames else None
        self.stops = set(zh.get("name_stops", ""))

    # atoms ------------------------------------------------------------------------
    def _atoms(self, text: str) -> list[_Atom]:
        atoms = [self._atom(m) for m in self.words.finditer(text)]
        if self.hanzi is not None and _HAN.search(text):
            atoms.extend(self._atom(m) for m in self.hanzi.finditer(text))
            atoms.sort()
        return atoms

    def _atom(self, m: re.Match[str]) -> _Atom:
        found = self.table.get(m.group())  # names may wrap across lines: "Volodymyr\nZelenskyy"
        kind, value = found or self.table[" ".join(m.group().split())]
        return _Atom(m.start(), m.end(), kind, value)

    # phrases ----------------------------------------------------------------------
    def find(self, text: str, on: str | None, side: str | None) -> list[ActorMatch]:
        atoms = self._atoms(text)
        out: list[ActorMatch] = []
        named: set[str] = set()
        i = 0
        while i < len(atoms):
            atom = atoms[i]
            if atom.kind in ("name", "guarded"):
                actor = self.index._pick(atom.value, on)
                if actor and (atom.kind == "name" or actor in named):
                    self._emit(out, text, actor, atom.start, atom.end, "name")
                    named.add(actor)
                i += 1
                continue
            i = self._phrase(text, atoms, i, on, side, out, named)
        return out

    def _phrase(self, text: str, atoms: list[_Atom], i: int, on: str | None,
                side: str | None, out: list[ActorMatch], named: set[str]) -> int:
        """Read a title phrase from atom ``i``; emit what it names; return the next atom."""
        first = atoms[i]
        role: str | None = None
        country: str | None = None
        own = first.kind == "own"
        titled = first.kind in ("title", "own", "honorific")
        if first.kind == "title":
            role, country = first.value
        elif own:
            role = first.value
        elif first.kind == "country":
            country = first.value
        end, j = first.end, i + 1
        while j < len(atoms):
            atom, gap = atoms[j], text[end:atoms[j].start]
            after = atoms[j + 1] if j + 1 < len(atoms) else None
            if atom.kind == "country" and role and country is None and self.link.match(gap):
                country = atom.value  # "President of Russia", "Председатель КНР"
            elif atom.kind == "country" and titled and self.sep.match(gap) and after \
                    and after.kind == "title" and self._tight(text[atom.end:after.start]):
                role, country = None, atom.value  # "... and Chinese President"
            elif atom.kind == "title" and role is None and country and self._tight(gap):
                role, country = atom.value[0], atom.value[1] or country  # "美国总统"
                titled = True
            elif atom.kind == "title" and titled and self.sep.match(gap):
                role, country = atom.value  # stacked: "总书记、国家主席"
            else:
                break
            end, j = atom.end, j + 1
        if not titled:
            return i + 1
        if own and country is None:
            country = side
        nxt = atoms[j] if j < len(atoms) else None
        if nxt is not None and nxt.kind in ("name", "guarded") and \
                self.gap.match(text[end:nxt.start]):
            actor = self.index._pick(nxt.value, on)
            if actor:
                self._emit(out, text, actor, nxt.start, nxt.end, "name")
                named.add(actor)
                return j + 1
        limit = next((a.start for a in atoms[j:] if a.kind != "country"), len(text))
        unknown = self._unknown(text, end, limit, country is not None)
        if role and country is None and first.kind == "title" and not (
                self.link_after is not None and self.link_after.match(text, end)):
            country = self.home.get(" ".join(text[first.start:first.end].split()))
        if unknown:
            u_start, u_end = unknown
            while j < len(atoms) and atoms[j].start < u_end:
                j += 1
            known = self._given_name_of(text, atoms, j, u_end, on)
            if known:  # "Serghiei Lavrov", "Касымом-Жомартом Токаевым": a spelling of a name
                self._emit(out, text, known, u_start, atoms[j].end, "name")
                named.add(known)
                return j + 1
            holder = self.index.holder(role, country, on) if role and country else None
            if holder and self.index.given_name(holder, text[u_start:u_end]):
                self._emit(out, text, holder, first.start, u_end, "name")  # "leader russo
                named.add(holder)  # Vladimir": the holder's given name, not a new person
                return j
            self._emit(out, text, slugify_name(text[u_start:u_end]), u_start, u_end, "pattern")
            return j
        if role and country and not (self.office is not None and self.office.search(
                text, max(0, first.start - 40), first.start)):
            before = text[max(0, first.start - 40):first.start]
            actor = self.index.previous_holder(role, country, on) \
                if self.former is not None and self.former.search(before) \
                else self.index.holder(role, country, on)
            if actor and not self._apposition(out, text, actor, first.start):
                self._emit(out, text, actor, first.start, end, "title")
        return j

    def _given_name_of(self, text: str, atoms: list[_Atom], j: int, u_end: int,
                       on: str | None) -> str | None:
        """The known person whose name atom follows an unknown given name directly."""
        if j >= len(atoms) or atoms[j].kind not in ("name", "guarded"):
            return None
        if text[u_end:atoms[j].start].strip():
            return None
        return self.index._pick(atoms[j].value, on)

    def _tight(self, gap: str) -> bool:
        return gap == "" if self.lang == "zh" else gap.isspace() and len(gap) <= 2

    @staticmethod
    def _apposition(out: list[ActorMatch], text: str, actor: str, start: int) -> bool:
        """True when the title restates the name just before it ("Putin, President of ...")."""
        if not out or out[-1].actor != actor:
            return False
        return re.fullmatch(r"[\s,，(（—–-]*(?:the\s+)?", text[out[-1].end:start]) is not None

    def _unknown(self, text: str, end: int, limit: int,
                 national: bool) -> tuple[int, int] | None:
        """Span of an unknown person's name right after a title, if one is there."""
        if self.lang == "zh":
            return self._unknown_han(text, end, limit, national)
        tokens: list[re.Match[str]] = []
        pos = end
        while len(tokens) < 4:
            m = self.token.match(text, pos)
            if not m or m.end() > limit:
                break  # a known name or title starts here: the unknown one, if any, ended
            word = m.group(1)
            if not word[0].isupper() or word.rstrip(".") in self.not_names or len(word) == 1:
                break  # a single letter ("su X") is no name; an initial has its dot
            tokens.append(m)
            pos = m.end()
            if word.endswith(".") and len(word) > 2:
                break
        if not tokens:
            return None
        last = tokens[-1].end(1)
        if text[last - 1] == "." and last - tokens[-1].start(1) > 2:
            last -= 1
        return tokens[0].start(1), last

    def _unknown_han(self, text: str, end: int, limit: int,
                     national: bool) -> tuple[int, int] | None:
        """A transliterated name (a run of its characters), or, after a title of a named
        country ("中国外交部长王文博说", not "总统任期内"), a surname with one or two
        characters that a verb, particle or punctuation follows."""
        m = self.foreign.match(text, end) if self.foreign else None
        if m and m.end() <= limit:
            return m.start(), m.end()
        m = self.chinese.match(text, end) if self.chinese and national else None
        if not m:
            return None
        for stop in range(min(m.end(), limit), end + 1, -1):
            after = text[stop:stop + 1]
            if not after or after in self.stops or not _HAN.match(after):
                return end, stop
        return None

    @staticmethod
    def _emit(out: list[ActorMatch], text: str, actor: str, start: int, end: int,
              by: str) -> None:
        out.append(ActorMatch(actor, start, end, text[start:end], by))

    # labels ------------------------------------------------------------------------
    def not_person(self, label: str) -> bool:
        return label.lower() in self.not_persons

    def looks_like_name(self, label: str) -> bool:
        """Two to four capitalised words, or a Chinese name after the usual rules."""
        if _HAN.search(label):
            return any(p is not None and p.fullmatch(label) for p in (self.foreign, self.chinese))
        words = label.split()
        return 2 <= len(words) <= 4 and all(w[0].isupper() and not any(c.isdigit() for c in w)
                                            for w in words)


@lru_cache(maxsize=1)
def actor_index() -> ActorIndex:
    """The one index of the knowledge base, built on first use."""
    return ActorIndex()
