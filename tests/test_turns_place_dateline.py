"""A story opening on its city and a colon ("New Delhi: Prime Minister Narendra Modi on
Friday held talks with ...", as Indian papers write the dateline) is a news item, not a
transcript whose speaker is "New Delhi": the label was read as a speaker's turn, the account
became an unknown transcript and its sentences that city's words (found on real Indian news
items of earlier held-out sets). A place's name is no speaker (knowledge/places.yaml); a
title and a name stay one."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.segment.turns import find_turns

STORY = ("{place}: Prime Minister Narendra Modi on Friday held talks with his Australian "
         "counterpart Anthony Albanese, focusing on trade, defence and critical minerals.\n\n"
         "External Affairs Minister S Jaishankar was also present in the meeting.")


@pytest.mark.parametrize("place", ["New Delhi", "Washington", "Beijing"])
def test_a_dateline_city_is_no_speaker(place: str) -> None:
    assert find_turns(STORY.format(place=place)) == []


def test_the_story_is_one_news_account() -> None:
    analysis = analyze_texts((STORY.format(place="New Delhi"), "2023-03-10"), lang="en")
    assert [(r.kind, r.source) for d in analysis.documents for r in d.readouts] == [
        ("news", "unknown")]
    assert [sorted(e.participants) for e in analysis.events] == [
        ["anthony-albanese", "narendra-modi"]]


def test_a_speaker_with_a_title_still_takes_a_turn() -> None:
    text = "President of Russia Vladimir Putin: Good afternoon, Mr Prime Minister."
    assert [t.label for t in find_turns(text)] == ["President of Russia Vladimir Putin"]
