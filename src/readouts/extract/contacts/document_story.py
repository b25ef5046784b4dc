"""How each account of a document stands to the contact the document's story reports: a
briefing or transcript after a readout follows its contact up, a relayed note is a fragment
of it, a news story resumed after the texts it quoted goes on about its first stretch's
contact. Kept apart from the pipeline, which only runs the accounts through these."""

from __future__ import annotations

from dataclasses import replace

from readouts.extract.contacts.contacts import ContactFacts, fill_duration
from readouts.extract.contacts.initiator import initiator_in_lead
from readouts.extract.contacts.kinds import medium_unsaid
from readouts.extract.contacts.leaders import can_be_party
from readouts.extract.people.actors import actor_index
from readouts.model import Mention, Readout

_FOLLOW_UP_KINDS = frozenset({"briefing", "transcript"})
_RESUMED_OPENING = 2  # sentences of a resumed story that name the contact it resumes


def follow_up(readout: Readout, story: ContactFacts) -> ContactFacts:
    """The document's story as a later account tells it: an aide's briefing or a transcript
    that names no contact of its own is about the one the document's earlier account
    reports, and its own text may say how long the contact lasted and who asked for it
    ("Разговор состоялся по инициативе американской стороны, говорится в сообщении
    пресс-службы Кремля", relayed after the agency's lead)."""
    facts = replace(story, participants=list(story.participants),
                    attendees=list(story.attendees), sentence=0,
                    evidence={"type": "the contact the document's earlier account reports",
                              # (where its day came from: a told day, or only the page's)
                              **{k: v for k, v in story.evidence.items() if k == "date"}})
    fill_duration(facts, readout.sentences, readout.language)
    if facts.initiated_by is None and readout.sentences:
        initiator_in_lead(facts, None, readout.sentences, 0, readout.language,
                          readout.published, readout.side)
    return facts


def about_story(readout: Readout, story: ContactFacts) -> bool:
    """Does an account that names no contact belong to the document's story? A briefing or
    transcript after it does; another side's readout does when it names nobody else (a
    compilation's "the two heads of state exchanged views"). News items never: a bulletin's
    other items are other stories."""
    if readout.kind in _FOLLOW_UP_KINDS:
        return True
    if readout.kind not in ("readout", "statement", "post"):
        return False
    people = set(story.participants) | set(story.attendees)
    return all(m.actor in people for m in readout.mentions)


_CALLS = ("phone_call", "video_call")


def fragment_of(facts: ContactFacts, story: ContactFacts, lang: str) -> bool:
    """Is an account's contact of one leader, or of none, a piece of the document's story (a
    note, a post or the host's words an article relays: "the Quirinale's note says the
    President welcomed his guest")? A contact has two sides; one the story already holds is
    the story's. So is one of the same two told by a word naming no medium after a call
    ("nel corso del colloquio i due non si erano espressi", after "Macron ha chiamato Conte"):
    the call again, never a meeting of its own."""
    if set(facts.participants) == set(story.participants) and (
            facts.type == "message" != story.type  # "Trump congratulated the Prime Minister"
            or facts.type == "meeting" and story.type in _CALLS
            and medium_unsaid(facts.evidence.get("type", ""), lang)):
        return True
    return len(facts.participants) < 2 and \
        set(facts.participants) <= set(story.participants) | set(story.attendees)


def on_the_storys_day(reported: list[ContactFacts], story: ContactFacts | None,
                       ref: str | None) -> None:
    """A government's text quoted in a story ('A Downing Street spokesperson said: "The
    Prime Minister spoke to President Macron this afternoon"') was issued on the day the
    story gives their contact ("on Saturday"), not the page's: its "today" is that day."""
    if story is None or not reported or story.date is None or story.date_precision != "day":
        return
    facts = reported[0]
    if facts.date == ref != story.date and set(facts.participants) == set(
            story.participants) and facts.type == story.type and story.status == "held":
        facts.date = story.date


def story_of(readout: Readout, stories: list[ContactFacts]) -> ContactFacts | None:
    """The contact an account that names none of its own follows up: of the contacts the
    document reported before it, the latest whose principals it names most of (a
    compilation of two calls: the Kremlin transcript after the Xi-Trump and the Xi-Putin
    readouts is about the Xi-Putin call). Never one without the account's own side's
    leader when the account names him: a Kremlin transcript with Putin speaking is no
    follow-up of a Xi-Trump call. The aide or spokesperson giving a briefing is no party
    ("佩斯科夫说，双方的通话持续近一个半小时" follows up the Putin-Trump call)."""
    index = actor_index()
    named = {m.actor for m in readout.mentions}
    own = {a for a in named if readout.side and index.country_of(a) == readout.side
           and can_be_party(a, readout.published)}  # the aide briefing is none of them
    fitting = [f for f in stories if not own or own & set(f.participants)]
    best = max(reversed(fitting), key=lambda f: len(named & set(f.participants)), default=None)
    if best is not None and named & set(best.participants):
        return best
    return fitting[0] if fitting else None


def resumes(readout: Readout, mentions: list[list[Mention]],
             earlier: ContactFacts | None) -> bool:
    """Is a news account the same publisher's story resumed after the accounts it quoted
    ("The big picture: Biden's conversation with Johnson came a day after he spoke to
    Trudeau", after the White House and Downing Street readouts)? Its opening names the
    principals of the contact its first stretch reports; the contacts it adds are mentions."""
    if earlier is None or readout.kind != "news":
        return False
    named = {m.actor for ms in mentions[:_RESUMED_OPENING] for m in ms}
    return set(earlier.participants) <= named
