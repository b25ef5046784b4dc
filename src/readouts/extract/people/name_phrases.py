"""Reading titles and names as phrases, one language at a time.

A text is scanned once for every surface form (names, titles, country words) by a trie
regex; the hits are then read left to right as phrases: country + title ("美国总统"), title
+ link + country ("Il presidente degli Stati Uniti"), stacked titles, and a name after
them. Who holds a title on a date comes from the roster (the actor index)."""

from __future__ import annotations

import re

from readouts import lang as lang_data
from readouts.extract.people.counterpart import ROLE, counterpart
from readouts.extract.people.local_offices import local_after
from readouts.extract.people.name_forms import LANGS, TAIL, ActorMatch, Atom
from readouts.extract.people.party_bodies import party_body
from readouts.extract.people.reading_scope import story_names
from readouts.extract.people.roster_forms import Roster, spelled_names
from readouts.extract.people.spellings import capitalised_words, spelling_key
from readouts.extract.people.surface_table import surface_table
from readouts.extract.people.surname_titles import surnamed
from readouts.extract.people.translit import slugify_name
from readouts.extract.people.unknown_spans import UnknownNameSpans
from readouts.text.regex_cache import compile_cached
from readouts.text.regex_trie import trie_regex
from readouts.text.scripts import HAN

# a hyphenated given name right after a surname ("Yoon Young-chan", "Kim Yo-jong")
_HYPHENATED_GIVEN = re.compile(r" (?-i:[A-Z][a-z]+-[a-z]+)\b")

_BARE_GAP = 10  # characters between a title and a word it goes with (" of the ")


class PhraseMatcher(UnknownNameSpans):
    """The compiled surface forms and phrase rules of one language."""

    def __init__(self, index: Roster, lang: str) -> None:
        self.index = index
        self.lang = lang
        data = lang_data.load(lang, "titles")
        table, self.country_only = surface_table(index, lang, data)
        # "глава индийского правительства": the office named after the country, not its head
        offices = data.get("country_only_office") or {}
        self.office_after = re.compile(r"\s+(" + "|".join(re.escape(str(w)) for w in offices)
                                       + r")(?!\w)") if offices else None
        self.office_role = {str(w): str(r) for w, r in offices.items()}
        # A title that, alone in this language's own press, means its own country's holder
        # ("il presidente della Repubblica" in an Italian text is Italy's).
        self.home = {str(raw): str(iso) for raw, iso in (data.get("home") or {}).items()}
        self.table = table
        self.spelled = spelled_names(index) if lang != "zh" else {}
        words: list[str] = []
        hanzi: list[str] = []
        for form in table:  # one pass over the 60,000 forms
            (hanzi if HAN.search(form) else words).append(form)
        # a page that lost the space after a name ("Matteo Renziha detto", "Trumpsaid"): the
        # name ends before the verb glued to it, which is no part of a new person's name
        glued = "|".join(re.escape(str(w)) for w in data.get("glued_after") or [])
        tail = rf"(?:{TAIL}|(?=(?:{glued})(?!\w)))" if glued else TAIL
        self.words = compile_cached(rf"(?<!\w)(?:{trie_regex(words)}){tail}")  # 200 KB
        self.hanzi = compile_cached(trie_regex(hanzi)) if hanzi else None
        links = [re.escape(w) for w in data.get("links") or [] if w]
        # "Repubblica Federale di Somalia", «Республики Армения»: a state's formal words
        # before the link, or before the country where no link word goes between
        forms = "|".join(re.escape(str(w)) for w in data.get("state_forms") or [])
        formal = rf"(?:\s+(?:{forms}))*" if forms else ""
        space = "" if lang == "zh" else rf"{formal}\s+"
        bare = [space] if "" in (data.get("links") or []) else []
        self.link = re.compile("(?:" + "|".join([rf"{formal}\s+(?:{'|'.join(links)})\s*"]
                                                * bool(links) + bare) + ")$")
        # "il presidente della Repubblica di Colombia": a home title of another country
        self.link_after = re.compile(rf"{formal}\s+(?:{'|'.join(links)})\s*[A-ZÀ-ÖА-Я]") \
            if links else None
        # "Chairman of the Russian State Duma": the country's body holds the office, not it
        bodies = data.get("body_after_country") or []
        self.body_after = re.compile(rf"\s+(?:{'|'.join(bodies)})(?!\w)") if bodies else None
        self.local_after = local_after(lang)  # "il presidente del Consiglio comunale"
        seps = "|".join(re.escape(s) for s in data.get("separators") or [])
        self.sep = re.compile(rf"\s*(?:{seps})?\s*$") if seps else re.compile(r"\s*$")
        # two titles joined by "e", "and", "и", "和" ("tra il capo del governo e il presidente
        # della Repubblica") are two people's: neither goes with the other
        joiners = "|".join(re.escape(s) for s in data.get("separators") or [] if s.isalpha())
        self.joined = re.compile(
            rf"\s*(?:{joiners})(?:\s+(?:[^\W\d_]{{1,3}}['’]\s*|[^\W\d_]{{1,3}}\s+)?|\s*)"
        ) if joiners else None
        # the words of a country that may stand before a title ("российский лидер"): in
        # Russian its adjectives alone; a genitive there hangs on the word before ("Дружественный
        # России лидер" is a leader friendly to Russia, none of Russia's)
        before = data.get("country_before_title")
        self.country_before = re.compile(str(before)) if before else None
        # Of stacked titles, the one naming the person's own office: the last in Chinese
        # ("总统发言人"), the first where the next is its genitive ("пресс-секретарь президента").
        self.head_first = data.get("stacked_head") == "first"
        self.gap = re.compile(r"\s*,?\s*$" if lang != "zh" else r"[\s，,]?$")
        # "elected President of the United States", "当选美国总统": the office won, no person
        office = [str(w) for w in data.get("office_before") or []]
        self.office = re.compile(rf"(?:{'|'.join(office)})\s*$", re.I) if office else None
        # "l'ex presidente del Consiglio", "the former prime minister": the previous holder
        former = [str(w) for w in data.get("former_before") or []]
        self.former = re.compile(rf"(?:{'|'.join(former)})\s*$", re.I) if former else None
        # "il nuovo presidente argentino" before he takes office: the next holder
        incoming = [str(w) for w in data.get("incoming_before") or []]
        self.incoming = re.compile(rf"(?:{'|'.join(incoming)})\s*$", re.I) if incoming else None
        self.not_names = set(data.get("not_names") or []) | set(data.get("state_forms") or [])
        self.invariable = frozenset(str(w) for w in data.get("invariable") or [])
        self.not_persons = {str(p).lower() for lg in LANGS
                            for p in lang_data.load(lg, "titles").get("not_persons") or []}
        self.token = re.compile(r"\s+([^\W\d_][\w'’-]*\.?)")
        zh = lang_data.load("zh", "titles")
        chars, surnames = zh.get("name_chars", ""), zh.get("surnames", "")
        self.foreign = re.compile(rf"[{chars}]{{2,}}(?:·[{chars}]+)*") if chars else None
        self.name_chars = frozenset(chars)
        self.chinese = re.compile(rf"[{surnames}][\u4e00-\u9fff]{{1,2}}") if surnames else None
        self.stops = set(zh.get("name_stops", ""))

    # atoms ------------------------------------------------------------------------
    def _atoms(self, text: str) -> list[Atom]:
        atoms = [self._atom(m) for m in self.words.finditer(text)]
        if self.hanzi is not None and HAN.search(text):
            atoms.extend(self._atom(m) for m in self.hanzi.finditer(text)
                         if not self._inside_a_longer_name(text, m))
            atoms.sort()
        if self.spelled:
            atoms = self._respelled(text, atoms)
        return atoms

    def _inside_a_longer_name(self, text: str, m: re.Match[str]) -> bool:
        """Is a transliterated form inside a longer one ("米雷" in "拉米雷斯")? Another name."""
        chars = self.name_chars
        return bool(chars) and 0 < m.start() and m.end() < len(text) \
            and text[m.start() - 1] in chars and text[m.end()] in chars \
            and all(c in chars for c in m.group())

    def _respelled(self, text: str, atoms: list[Atom]) -> list[Atom]:
        """Unmatched capitalised words spelling a known name another way ("Tokaev"): his atoms."""
        taken = [(a.start, a.end) for a in atoms]
        added = []
        for start, end, word in capitalised_words(text):
            key = spelling_key(word)
            people = self.spelled.get(key) if key else None
            if people and not any(s < end and start < e for s, e in taken):
                added.append(Atom(start, end, "name", people))
        return sorted([*atoms, *added]) if added else atoms

    def _atom(self, m: re.Match[str]) -> Atom:
        found = self.table.get(m.group())  # names may wrap across lines: "Volodymyr\nZelenskyy"
        kind, value = found or self.table[" ".join(m.group().split())]
        return Atom(m.start(), m.end(), kind, value)

    def bare_titles(self, text: str) -> list[tuple[str, str | None]]:
        """The (role, country) of every title standing alone ("called the Prime Minister"),
        not one with a name, a country or another title next to it ("President of France
        Macron")."""
        atoms = self._atoms(text)
        out = []
        for k, atom in enumerate(atoms):
            if atom.kind not in ("title", "own"):
                continue  # "the Prime Minister" is a title too, wherever no side owns it
            before = atoms[k - 1].end if k else -_BARE_GAP
            after = atoms[k + 1].start if k + 1 < len(atoms) else len(text) + _BARE_GAP
            if (atom.start - before >= _BARE_GAP or self._joined(text, before, atom.start)) \
                    and (after - atom.end >= _BARE_GAP
                         or self._joined(text, atom.end, after)):
                out.append(atom.value if atom.kind == "title" else (atom.value, None))
        return out

    def _joined(self, text: str, start: int, end: int) -> bool:
        """Is the gap between two atoms a joining word alone ("e il", "and the")?"""
        return self.joined is not None and 0 <= start <= end \
            and self.joined.fullmatch(text, start, end) is not None

    # phrases ----------------------------------------------------------------------
    def find(self, text: str, on: str | None, side: str | None,
             known: frozenset[str] = frozenset()) -> list[ActorMatch]:
        """The people ``text`` names; a guarded surname ("Си", "Sánchez") names its person
        once a full form did, here or in the ``known`` earlier text."""
        atoms = self._atoms(text)
        out: list[ActorMatch] = []
        named: set[str] = set(known)
        i = 0
        while i < len(atoms):
            atom = atoms[i]
            if atom.kind in ("name", "guarded", "surname"):
                actor = surnamed(self.index, atom.value, on, named) \
                    if atom.kind == "surname" else self.index.pick(atom.value, on)
                if actor and (atom.kind != "guarded" or actor in named) \
                        and not self._another_of_the_family(text, atom, actor):
                    self._emit(out, text, actor, atom.start, atom.end, "name")
                    named.add(actor)
                i += 1
                continue
            i = self._phrase(text, atoms, i, on, side, out, named)
        return out

    def _another_of_the_family(self, text: str, atom: Atom, actor: str) -> bool:
        """Is a family-first surname read alone followed by a hyphenated given name not his
        ("Yoon Young-chan, portavoce di Moon" after President Yoon's "Yoon")? Another person
        of that family, never the known one."""
        if " " in text[atom.start:atom.end].strip() or not self.index.family_first(actor):
            return False
        given = _HYPHENATED_GIVEN.match(text, atom.end)
        return given is not None and not self.index.given_name(actor, given.group().strip())

    def _of_another_state(self, actor: str, country: str | None, gap: str) -> bool:
        """Is the name after a comma a leader of another state than the title's ("con il
        presidente russo, Macron, ha poi telefonato")? Then the comma ends the title's phrase
        and the name begins the next clause: no apposition."""
        if "," not in gap and "，" not in gap or country is None or len(country) != 3:
            return False
        own = self.index.country_of(actor)
        return own is not None and len(own) == 3 and own != country

    def _phrase(self, text: str, atoms: list[Atom], i: int, on: str | None,
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
        head = role  # the title of the person's own office, for a newcomer
        end, j = first.end, i + 1
        while j < len(atoms):
            atom, gap = atoms[j], text[end:atoms[j].start]
            after = atoms[j + 1] if j + 1 < len(atoms) else None
            if atom.kind == "country" and role and country in (None, atom.value) and (
                    self.link.match(gap) or self._tight(gap)) and not (
                    self.body_after is not None and self.body_after.match(text, atom.end)):
                country = atom.value  # "President of Russia", "Председатель КНР", "presidente Usa"
            elif atom.kind == "country" and titled and self.sep.match(gap) and after \
                    and after.kind == "title" and self._tight(text[atom.end:after.start]):
                role, country = None, atom.value  # "... and Chinese President"
            elif atom.kind == "title" and role is None and country and self._tight(gap) and (
                    self.country_before is None or first.kind != "country"
                    or self.country_before.search(text, first.start, first.end)):
                role, country = atom.value[0], atom.value[1] or country  # "美国总统"
                head, titled = role, True
            elif atom.kind == "title" and titled and self.sep.match(gap):
                role, country = atom.value[0], atom.value[1] or country  # "总书记、国家主席"
                head = head if self.head_first else role
            else:
                break
            end, j = atom.end, j + 1
        body = party_body(self.lang, text, atoms, end, j) if titled else None
        if body is not None:  # "генсеком ЦК Компартии Вьетнама": the party's office
            end, j, country = body.end, body.next_atom, country or body.country
        if not titled or country is None and first.kind == "title" and j == i + 1 \
                and text[first.start:first.end] in self.country_only:
            return i + 1  # "глава Росатома": no country, no one
        if self.local_after is not None and self.local_after.match(text, end):
            return j  # "il presidente del Consiglio regionale": a local office, no one
        if first.kind == "title" and self.office_after is not None \
                and text[first.start:first.end] in self.country_only \
                and (office := self.office_after.match(text, end)):
            role, head, end = self.office_role[office.group(1)], role, office.end()
        if own and country is None:
            country = side
        nxt = atoms[j] if j < len(atoms) else None
        if nxt is not None and nxt.kind in ("name", "guarded") and \
                self.gap.match(text[end:nxt.start]):
            actor = self.index.pick(nxt.value, on)
            if actor and not self._of_another_state(actor, country, text[end:nxt.start]):
                self._emit(out, text, actor, nxt.start, nxt.end, "name")
                named.add(actor)
                return j + 1
        limit = next((a.start for a in atoms[j:] if a.kind != "country"), len(text))
        unknown = self._unknown(text, end, limit, country is not None)
        if role and country is None and first.kind == "title" and not (
                self.link_after is not None and self.link_after.match(text, end)):
            country = self.home.get(" ".join(text[first.start:first.end].split()))
            if country and not unknown and (unknown := self._apposed(text, end, limit)):
                country = None  # "il presidente della Repubblica, Kaies Saied": his title
        if unknown:
            u_start, u_end = unknown
            while j < len(atoms) and atoms[j].start < u_end:
                j += 1
            known = self._given_name_of(text, atoms, j, u_end, on)
            if known and not self._given_initial(known, text[u_start:u_end]):
                return j  # "Джаред Кушнер" is not Bernard Kouchner: the surname read alone
            if known:  # "Serghiei Lavrov", "Касымом-Жомартом Токаевым": a spelling of a name
                self._emit(out, text, known, u_start, atoms[j].end, "name")
                named.add(known)
                return j + 1
            holder = self.index.holder(role, country, on) if role and country else None
            if holder and not self.index.misspells(holder, text[u_start:u_end]):
                holder = self.index.misspelt_holder(role, country, text[u_start:u_end]) \
                    or holder  # "Wen Jibao" on an undated page: not today's premier
            if holder and (self.index.given_name(holder, text[u_start:u_end])
                           or self.index.misspells(holder, text[u_start:u_end])):
                self._emit(out, text, holder, first.start, u_end, "name")  # "leader russo
                named.add(holder)  # Vladimir": the holder's given name, not a new person
                return j
            holder = (self.index.holder_named(role, text[u_start:u_end], on) or (
                self.index.holder_given(role, text[u_start:u_end], on) if country is None
                else None)) if role else None
            if holder:  # "Premier Li": the premier of the day whose family name it is
                self._emit(out, text, holder, first.start, u_end, "name")
                named.add(holder)
                return j
            holder = self.index.seated_given(country, text[u_start:u_end], on) \
                if role and country else None
            if holder:  # "la presidente dell'Unione Europea Ursula von der Lyen"
                self._emit(out, text, holder, first.start, u_end, "name")
                named.add(holder)
                return j
            if any(a.kind == "country" and a.start == u_start for a in atoms):
                return j  # "с канцлером Германии" on a day no holder is known: a country
            slug = slugify_name(text[u_start:u_end])
            self.index.note_newcomer(slug, country, None if role == ROLE else head or role)
            self._emit(out, text, slug, u_start, u_end, "pattern")
            return j
        if role == ROLE:  # "his U.S. counterpart": the subject's office in that country
            subject = out[-1].actor if out else None
            actor = counterpart(self.index, subject, country, on) \
                if subject and country else None
            if actor:
                self._emit(out, text, actor, first.start, end, "title")
            return j
        if role and country and not (self.office is not None and self.office.search(
                text, max(0, first.start - 40), first.start)):
            before = text[max(0, first.start - 40):first.start]
            incoming = self.incoming is not None and self.incoming.search(before) is not None
            actor = self.index.previous_holder(role, country, on) \
                if self.former is not None and self.former.search(before) \
                else (self.index.next_holder(role, country, on) if incoming else None) \
                or self.index.named_holder(role, country, on, named) \
                or self.index.named_holder(role, country, on, set(story_names())) \
                or self.index.holder(role, country, on)
            if actor and not self._apposition(out, text, actor, first.start):
                self._emit(out, text, actor, first.start, end, "title")
        return j

    def _given_name_of(self, text: str, atoms: list[Atom], j: int, u_end: int,
                       on: str | None) -> str | None:
        """The known person whose name atom follows an unknown given name directly, or by
        the middle dot of a transliterated name ("国务卿迈克·蓬佩奥": Pompeo, not a "迈克")."""
        if j >= len(atoms) or atoms[j].kind not in ("name", "guarded"):
            return None
        if text[u_end:atoms[j].start].strip() not in ("", "·"):
            return None
        return self.index.pick(atoms[j].value, on)

    def _given_initial(self, actor: str, words: str) -> bool:
        """Can the word before a known surname be a spelling of his given name? Its first
        letter opens one of them (the particles of a name, "бен", "bin", left aside)."""
        given = [w for w in words.split() if w not in self.invariable]
        return not given or self.index.given_initial(actor, given[-1])

    def _tight(self, gap: str) -> bool:
        return gap == "" if self.lang == "zh" else gap.isspace() and len(gap) <= 2

    @staticmethod
    def _apposition(out: list[ActorMatch], text: str, actor: str, start: int) -> bool:
        """True when the title restates the name just before it ("Putin, President of ...")."""
        if not out or out[-1].actor != actor:
            return False
        return re.fullmatch(r"[\s,，(（—–-]*(?:the\s+)?", text[out[-1].end:start]) is not None

    @staticmethod
    def _emit(out: list[ActorMatch], text: str, actor: str, start: int, end: int,
              by: str) -> None:
        out.append(ActorMatch(actor, start, end, text[start:end], by))

    # labels ------------------------------------------------------------------------
    def not_person(self, label: str) -> bool:
        return label.lower() in self.not_persons
