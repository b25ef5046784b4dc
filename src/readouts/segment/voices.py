"""Whose voice a source's quoted text is: its kind (a readout, statement, briefing, post
or news) and its side, a post's being its author's, named before or after the words that say
he wrote it. Apart from `attribution`, which finds who speaks in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.attribution import speaks
from readouts.segment.leader_words import ARTICLE, AUTHOR_AFTER
from readouts.segment.quoting_cues import cues
from readouts.segment.source_cues import kind_cue
from readouts.segment.sources import Source, registry
from readouts.text.alternation import word_alternation

# a quotation, "“…“" too: pages that close it with the opening mark ("“…climatico“: è quanto
# ha scritto …") would else run it on to the next quotation's end
_QUOTATION = re.compile(r'“[^”“]*[”“]|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|"[^"]*"')
_PLATFORM = 40  # ... or after the platform ("in un post sul suo profilo X") at most
_ASIDE = 60  # ... and an aside in commas at most (", corredato dalle foto dell'incontro,")


@dataclass(frozen=True)
class Voice:
    """Whose text a stretch of the article is: a source's account, or the article's."""

    source: Source
    side: str | None
    kind: str
    evidence: str
    author: str | None = None  # the person a post is signed by, as written: its "I"


def voice_of(source: Source, text: str, how: str) -> Voice:
    """The voice of a source's quoted text; `text` is what introduces it."""
    reg = registry()
    statement = cues().statement
    if source.type == "platform" or kind_cue("post", text):
        author = _author(_QUOTATION.sub(" ", text))  # the author, not whom he names
        if author is None and source.side is None:  # "il profilo Twitter ufficiale della
            author = next((s.side for s, _, _ in reg.named_all(text)  # presidenza del
                           if s.type == "government"), None)  # Consiglio": its government's
        return Voice(source, author or source.side, "post", f"quoted post: {how}")
    if source.type == "media":
        return Voice(source, None, "news", f"quoted: {how}")
    aide = reg.aide_in(text)  # its own aide or spokesperson, or another speaking to it
    # ("Песков подтвердил ТАСС"), not another's it names ("a proposal Kerry had pitched")
    named = statement.search(text) is not None  # a text the words call a statement, a
    # spokesperson's too ("the statement by the Foreign Ministry spokesperson read")
    spokesman = not named and aide is not None and (
        aide[0] is source or speaks(text, aide[1], text.find(aide[1])))
    if kind_cue("briefing", text) or kind_cue("officials", text) or (
            spokesman and not (aide is not None and aide[0] is source
                               and source.spokesman_readout)):
        kind = "briefing"
    elif named:
        kind = "statement"
    else:
        kind = source.kind if source.kind in ("readout", "statement", "briefing") else "news"
    return Voice(source, source.side, kind, f"quoted: {how}")


def told_by_earlier(voice: Voice, before: str) -> Voice:
    """A post announced with no author named ("Per poi aggiungere, sempre su X: «…»", "Then,
    again on X, he added: “…”") is by the leader the paragraph's sentences before it name
    first, outside any quotation: its subject ("È il presidente ucraino Volodymyr Zelensky a
    dare la notizia")."""
    if voice.kind != "post" or voice.side is not None:
        return voice
    side = registry().voice_in(_QUOTATION.sub(" ", before), author=True)
    return Voice(voice.source, side, "post", voice.evidence) if side else voice


def _author(text: str) -> str | None:
    """The side of a post's author: the leader named last before the words that say he
    wrote it ("After talking to Xi, Trump wrote …"), or right after them ("Lo scrive Trump
    su Truth"); else, with no such words, the first leader named. A leader named only
    further on is whom the post speaks of."""
    reg = registry()
    cue = cues().speech.search(text) or cues().post.search(text)
    if cue is None:
        return reg.voice_in(text, author=True)
    return reg.voice_in_last(text[:cue.start()], author=True) or _named_after(
        text[cue.end():cue.end() + AUTHOR_AFTER + _PLATFORM + _ASIDE])


_TITLE_TAIL = 30  # "primo ministro| indiano Narendra Modi", "президент| Украины Владимир
_TITLE_WORDS = 3  # Зеленский": the words after a title before the leader's name at most


@lru_cache(maxsize=1)
def _leader_title() -> re.Pattern[str]:
    """A leader's title, a short article at most before it, in any language ("il primo
    ministro", "the President", "президент"): the titles of lang/*/titles.yaml that ask
    for a role whose holders' posts speak for their side (sources.yaml voice_roles)."""
    roles = registry().voice_roles
    words = {title for lang in SUPPORTED
             for title, role in (load_lang(lang, "titles").get("titles") or {}).items()
             if (role[0] if isinstance(role, list) else role) in roles}
    # an article ("il", "the", "l'"), a country adjective before the title ("Indian")
    before = r"(?:\w{1,3}['’]?\s*)?(?-i:[A-ZА-ЯЁ]\w+\s+)?"
    return re.compile(rf"{before}(?:{word_alternation(words)})(?!\w)", re.I)


def _author_at(text: str) -> str | None:
    """The side of the leader the words open with, an article at most before him ("Trump
    su Truth", "l'inquilino della Casa Bianca"), or past his title ("il primo ministro
    indiano Narendra Modi", "президент Украины Владимир Зеленский")."""
    reg = registry()
    if (side := reg.voice_at(text[:AUTHOR_AFTER], ARTICLE, author=True)) is not None:
        return side
    titled = _leader_title().match(text)
    if titled is None:
        return None
    rest = text[titled.end():titled.end() + _TITLE_TAIL + AUTHOR_AFTER]
    if not rest[:1].isspace():
        return None
    words = rest.split()  # his country or office ("indiano", "della Repubblica francese")
    return next((side for k in range(_TITLE_WORDS + 1)
                 if (side := reg.voice_at(" ".join(words[k:]), author=True)) is not None),
                None)


def _named_after(after: str) -> str | None:
    """The side of the leader named right after the words that say he wrote ("Lo scrive
    Trump su Truth"), or after the platform named between them ("Lo ha scritto su X
    Zelensky", "написал в Telegram Зеленский") and an aside in commas ("ha scritto in un
    post sul suo profilo X, corredato dalle foto, il presidente ucraino")."""
    reg = registry()
    if (side := _author_at(after.lstrip())) is not None:
        return side
    rest = next((after[at + len(name):] for source, name, at in reg.named_all(
        after[:_PLATFORM]) if source.type == "platform"), after)
    platform = rest is not after
    stripped = rest.lstrip()
    aside = stripped.startswith(",") and 0 < (comma := stripped.find(",", 1)) <= _ASIDE
    if aside:
        stripped = stripped[comma + 1:].lstrip()
    return _author_at(stripped) if platform or aside else None
