"""A headline's contact over an opening about another one: the lead is the headline's."""

from __future__ import annotations

from readouts.extract.contacts.kinds import contact_type
from readouts.extract.contacts.leaders import is_leader, names_in
from readouts.extract.contacts.status import contact_status, denied


def off_title(title: str | None, named: set[str], lang: str, ref: str | None,
              side: str | None) -> bool:
    """Do the people ``named`` by the opening's contact leave out both people of a headline
    telling a held contact of two ("Meloni chiama Erdogan" over "… attenzione all'incontro
    tra Putin e Zelensky")? The opening then sets the scene; the headline's contact is told
    further on."""
    if not title or contact_type(title, lang) is None or denied(title, lang) \
            or contact_status(title, lang) != "held":
        return False
    told = {a for a in names_in(title, lang, ref, side) if is_leader(a, ref)}
    return len(told) >= 2 and not told & named
