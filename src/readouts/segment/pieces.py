"""The pieces an article's quoted-text pass cuts, settled into accounts: one source's
words are one account, whatever names it (its spokesperson's briefing, its country's
text: "According to the readout from Russia, … The Kremlin said …")."""

from __future__ import annotations

from dataclasses import dataclass

from readouts.segment.sources import Source
from readouts.segment.voices import Voice

Key = tuple[str, str | None, str]  # a voice's source id, side and kind


@dataclass(frozen=True)
class Piece:
    """A stretch of an article: `voice` None is the article's own text; `empty` is an
    account the article points to without giving it."""

    start: int
    voice: Voice | None
    empty: bool = False


def key(voice: Voice | None) -> Key | None:
    """What tells two voices apart: source, side and kind."""
    return None if voice is None else (voice.source.id, voice.side, voice.kind)


def settled(heard: dict[Key, int]) -> dict[Key, int]:
    """The sentences heard per voice, a side's unnamed text counted to the one source of
    that side the article names (as `named_sides` settles its pieces), and a source's
    words of two kinds counted as one (as `one_kind` settles them: "The Kremlin released a
    statement. The Kremlin said …" is one statement of two sentences)."""
    named: dict[str | None, list[Key]] = {}
    for key in heard:
        if key[0] != "unknown" and key[1] is not None and key[2] != "post":
            named.setdefault(key[1], []).append(key)
    out: dict[Key, int] = {}
    first: dict[tuple[str, str | None], Key] = {}
    for key, n in heard.items():
        own = named.get(key[1], [])
        if key[0] == "unknown" and key[2] != "post" and len({k[0] for k in own}) == 1:
            key = own[0]
        if key[0] != "unknown" and key[2] != "post":
            key = first.setdefault((key[0], key[1]), key)
        out[key] = out.get(key, 0) + n
    return out


def named_sides(pieces: list[Piece], publishers: tuple[Source, ...] = ()) -> list[Piece]:
    """A side's text named before its publisher ("According to the readout from Russia, … The
    Kremlin said …") is that publisher's, where the article names one source of that side:
    a voice of its pieces, else one of the `publishers` (governments and state media) its
    own sentences name ("The official Chinese readout says …" in a newsletter that tells
    where Xinhua placed the story)."""
    named: dict[str, set[str]] = {}
    voices: dict[str, Voice] = {}
    for p in pieces:
        v = p.voice
        if v is not None and v.side is not None and v.kind != "post" and \
                v.source.id != "unknown":
            named.setdefault(v.side, set()).add(v.source.id)
            voices.setdefault(v.side, v)
    told: dict[str, set[str]] = {}
    for source in publishers:
        if source.side is not None and source.type in ("government", "state-media"):
            told.setdefault(source.side, set()).add(source.id)
    out: list[Piece] = []
    for p in pieces:
        v = p.voice
        if v is not None and v.source.id == "unknown" and v.kind != "post" and \
                len(named.get(v.side or "", ())) == 1:
            named_voice = voices[v.side or ""]
            if v.kind == "briefing":  # an unnamed official of its side ("a U.S. official
                named_voice = Voice(named_voice.source, v.side, v.kind,  # said"): its
                                    f"{v.evidence}; its publisher named: "  # briefing
                                    f"{named_voice.source.id}")
            p = Piece(p.start, named_voice, p.empty)
        elif v is not None and v.source.id == "unknown" and v.kind != "post" and \
                v.side not in named and len(told.get(v.side or "", ())) == 1:
            source = next(s for s in publishers if s.id in told[v.side or ""])
            p = Piece(p.start, Voice(source, v.side, v.kind, f"{v.evidence}; its publisher "
                                     f"named: {source.id}"), p.empty)
        if out and not p.empty and not out[-1].empty and key(p.voice) == key(out[-1].voice):
            continue  # the same voice runs on
        out.append(p)
    return out


def one_kind(pieces: list[Piece], cut: list[Piece]) -> list[Piece]:
    """One source's words in an article are one account: where its spokesperson is named
    anywhere ("外交部发言人毛宁说"), what the ministry "said" elsewhere is that briefing; where
    its text is named a statement ("In a statement, the White House said"), that statement.
    Only a briefing its source is named in (`cut`: the pieces before `named_sides`): an
    unnamed official of its side ("a U.S. official said") leaves its readout apart."""
    briefed = {p.voice.source.id: p.voice for p in cut if p.voice is not None
               and p.voice.kind == "briefing" and p.voice.source.id != "unknown"}
    for p in cut:  # ... and where its words are named a statement ("In a statement, the
        # White House said …"), what it "said" elsewhere is that statement
        if p.voice is not None and p.voice.kind == "statement" and \
                p.voice.source.id != "unknown":
            briefed.setdefault(p.voice.source.id, p.voice)
    if not briefed:
        return pieces
    out: list[Piece] = []
    for p in pieces:
        if p.voice is not None and p.voice.source.id in briefed and \
                p.voice.kind == p.voice.source.kind:
            p = Piece(p.start, briefed[p.voice.source.id], p.empty)
        if not out or p.empty or out[-1].empty or key(p.voice) != key(out[-1].voice):
            out.append(p)  # a readout piece now the briefing runs on into the next
    return out
