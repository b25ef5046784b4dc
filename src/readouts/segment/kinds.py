"""An account's kind (readout, transcript, briefing, statement, news, post) from its cue,
title, lead, speaker turns and source."""

from __future__ import annotations

from readouts.segment.scan_state import Open
from readouts.segment.source_cues import kind_cue, strip_markup
from readouts.segment.sources import Source, registry
from readouts.segment.turns import Turn, is_question

LEAD = 300  # characters of an account's start read for kind cues


def kind_of(acc: Open, source: Source | None, text: str, title: str | None,
          turns: list[Turn], region: str) -> str:
    """region: the account's span with the furniture around it (a byline under the
    headline, a copyright line after the text), where a newspaper's marks stand."""
    head = " ".join(x for x in (acc.cue, title) if x)
    lead = text[:LEAD]
    if acc.cue_kind == "post" or (source is not None and source.type == "platform"):
        return "post"
    if source is None and acc.lead:
        return "news"
    official_voice = source is None or source.type == "government"
    if acc.cue_kind == "briefing" or kind_cue("briefing", head) or (
            official_voice and kind_cue("briefing_lead", lead)):
        return "briefing"
    if _speaker_led(turns, text) or kind_cue("transcript", head):
        return "transcript"
    if acc.cue_kind == "statement" or (title and kind_cue("statement", title)):
        return "statement"
    if source is None:  # a byline, a wire dateline, a copyright line: a newspaper's report
        if kind_cue("news", region[:LEAD]) or kind_cue("news", region[-LEAD:]) or (
                kind_cue("reported", text) or registry().publishers_in(text) >= 2):
            return "news"
        # a side's account a compiler announces ("Китайская версия:") is its readout; an
        # unsigned text nobody announces is an article about the contact, even with no byline
        return "readout" if acc.announced else "news"
    if source.type == "media":
        return "news"
    if source.type == "state-media" and source.kind == "readout":
        # Xinhua and CCTV carry the official readout of their own leader's talks, and news;
        # a compiler's "La versione cinese (Xinhua)" calls it the readout
        if acc.cue and kind_cue("announce", strip_markup(acc.cue)):
            return "readout"
        own_leader = registry().voice_in(f"{head} {lead}") == source.side
        return "readout" if own_leader and kind_cue("readout", f"{head} {lead}") else "news"
    return source.kind


_CARRIED = 0.6  # share of the text one lone speaker's words fill in a transcript
_FRAGMENT = 80  # a label's words this short, with no punctuation closing them, are no speech


def _fragment(turn: Turn, text: str) -> bool:
    """Is what follows the label a page's keyword, setting or headline ("关键词：外交部毛宁",
    "字号：小", "外交部：中俄、中美通话是…的安排"), not a speaker's words? A speech's
    first line closes with punctuation or runs on with a comma ("Mr Chairman, dear friend,")."""
    end = text.find("\n", turn.speech_start)
    line = text[turn.speech_start:turn.end if end < 0 else min(end, turn.end)].strip()
    return len(line) < _FRAGMENT and bool(line) and line[-1].isalnum()


def _speaker_led(turns: list[Turn], text: str) -> bool:
    """Do speaker turns carry the account? Two speakers' turns, or a speaker answering a
    question, make a transcript; one lone label only when its words fill most of the text
    (a leader's statement "Vladimir Putin: Colleagues, ..."). A footer line that looks like
    a label ("声明：本文由…采编", "Disclaimer: …") under a readout does not."""
    speakers = [t for t in turns if not is_question(t.label) and not _fragment(t, text)]
    if len(speakers) >= 2 or (speakers and len(speakers) < len(turns)):
        return True
    if not speakers:
        return False
    return speakers[0].end - speakers[0].speech_start >= _CARRIED * len(text.strip())


def briefing_official(text: str) -> Source | None:
    """The source of the aide or spokesperson whose briefing this is ("Aide to the President
    Yury Ushakov answered media questions ..." -> kremlin)."""
    lead = text[:LEAD]
    return registry().official_in(lead) if kind_cue("briefing_lead", lead) else None

