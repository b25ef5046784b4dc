"""Who stands in for a contact's party the clause leaves unnamed ("their meeting", "la
premier ... un colloquio con Mattarella", "l'incontro tra il capo del governo e il presidente
della Repubblica, Napolitano"), and whom a relative clause after a pair is about."""

from __future__ import annotations

from readouts.extract.contacts.pair_join import joined_pair
from readouts.extract.people.actors import actor_index
from readouts.model import Mention


def counterpart(named: str, previous: list[str], reported: list[str], before: str,
                 lang: str | None, on: str | None) -> str | None:
    """The other of "the two" when the clause names one of them: of the pair of the sentence
    before, then of the reported contact, the first that holds him ("两人上次通话是去年11月，
    当时习近平指出": Xi's counterpart in the call just told), else anyone of them, in the order
    of ``stand_in_order``."""
    for pair in (previous, reported):
        if named in pair:
            return next((a for a in pair if a != named), None)
    return next(iter(stand_in_order([a for a in (*reported, *previous) if a != named],
                                     named, before, lang, on)), None)


def aside_subjects(text: str, before: list[Mention], lang: str | None) -> list[Mention]:
    """Whom a relative clause is about: the one named right before its comma, with those
    joined to him ("Singh and Obama, who will hold talks tomorrow, ...": both)."""
    run = sorted(before, key=lambda m: m.end)[-1:]
    for m in sorted(before, key=lambda m: -m.end)[1:]:
        if not lang or not joined_pair(text, m.end, run[0].start, lang):
            break
        run.insert(0, m)
    return run


def titles_of_unnamed(text: str, lo: int, end: int, start: int, named: Mention) -> str:
    """Where the unnamed party's title stands: before the contact, or between it and the
    named party after it ("l'incontro tra il capo del governo e il presidente della
    Repubblica, Giorgio Napolitano": the head of government), that one's own title kept
    with his name."""
    return text[lo:named.end] if named.start >= end else text[lo:start]


def stand_in_order(candidates: list[str], named: str, before: str, lang: str | None,
                    on: str | None) -> list[str]:
    """The principals that may stand in for the unnamed party of a contact with ``named``,
    best first: one the clause calls by a title before the contact ("la premier era salita al
    Quirinale per un colloquio con Mattarella": Meloni), then those of another country than
    ``named``: of a visitor's talks with the host, the next talks with another of the host's
    countrymen are the visitor's ("lasciato il Quirinale, si recherà a palazzo Chigi per
    incontrare Draghi": Biden's, not Mattarella's)."""
    index = actor_index()
    home = index.country_of(named)

    def rank(actor: str) -> tuple[bool, bool]:
        titled = bool(lang) and index.titled(before, lang or "", actor, on)
        return not titled, home is not None and index.country_of(actor) == home
    return sorted(candidates, key=rank)
