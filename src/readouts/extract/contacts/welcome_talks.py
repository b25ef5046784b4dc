"""A welcome ceremony followed by talks: the talks are the contact. Official accounts of a
state visit open on the welcome ("习近平在人民大会堂东门外广场举行仪式，欢迎…", "held a
welcoming ceremony for", "состоялась церемония официальной встречи") and tell the talks in
the next sentences ("欢迎仪式后，两国元首举行会谈", "After the ceremony, the two presidents
held talks"); the ceremony is the contact only where no talks are told, or only ahead."""

from __future__ import annotations

from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.leaders import is_leader
from readouts.extract.contacts.status import held_kind, other_time_at_cue
from readouts.model import Mention, Sentence

_TALKS_REACH = 4  # sentences after the welcome to read for its talks


def talks_after_welcome(facts: ContactFacts, sentences: list[Sentence],
                        mentions: list[list[Mention]], lead: int, lang: str,
                        ref: str | None) -> None:
    """A held ceremony whose account tells, within a few sentences, talks held by the lead's
    leaders, with a counterpart, or by no one named ("两国元首举行会谈"), is a meeting. Talks
    still ahead ("歡迎儀式后,胡錦濤將與奧巴馬…舉行會談"), of another time, or of other
    leaders keep the ceremony."""
    if facts.type != "ceremony" or facts.status != "held":
        return
    hosts = {m.actor for m in mentions[lead] if is_leader(m.actor, ref)}
    for s in sentences[lead + 1:lead + 1 + _TALKS_REACH]:
        if held_kind(s.text, lang) != "meeting" or other_time_at_cue(s.text, lang):
            continue  # (the talks' own cue held: "会晤，…并强调未来将持续深化" is held)
        leaders = {m.actor for m in mentions[s.i] if is_leader(m.actor, ref)}
        if leaders <= hosts or len(leaders) == 2 and hosts <= leaders:
            facts.type, facts.evidence["type"] = "meeting", s.text
            return
