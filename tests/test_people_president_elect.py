"""A president-elect, however the title is spelt, is the one elected, not the holder on the day:
"US President-Elect" capitalised by a presidency's statement, "the US President-elect" with no
name in a Downing Street readout of 2016 (when the roster keeps no weeks as president-elect for
Trump), "il presidente eletto degli Stati Uniti", "с избранным президентом США", "美国当选总统".
The office won ("elected President", "избран президентом", "当选美国总统") stays no person.
Texts written for this project."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index
from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results


@pytest.mark.parametrize(("lang", "text", "on", "elect"), [
    ("en", "Ramaphosa spoke with US President-Elect Joe Biden.", "2020-11-17", "joe-biden"),
    ("en", "Modi called the US President Elect.", "2020-11-17", "joe-biden"),
    ("en", "Theresa May called the US President-elect this afternoon.", "2016-11-29",
     "donald-trump"),
    ("it", "Renzi ha telefonato al presidente eletto degli Stati Uniti.", "2016-11-20",
     "donald-trump"),
    ("ru", "Путин направил телеграмму избранному президенту США.", "2020-12-15", "joe-biden"),
    ("ru", "Путин поговорил с избранным президентом США по телефону.", "2016-11-14",
     "donald-trump"),
    ("zh", "习近平同美国当选总统通电话。", "2016-11-14", "donald-trump"),
])
def test_the_president_elect_is_the_one_elected(lang: str, text: str, on: str,
                                                elect: str) -> None:
    found = [m.actor for m in actor_index().find(text, lang, on)]
    assert found[-1] == elect
    assert "barack-obama" not in found


@pytest.mark.parametrize(("lang", "text", "on", "holder"), [
    ("en", "Modi called the US President.", "2020-11-17", "donald-trump"),
    ("it", "Renzi ha telefonato al presidente degli Stati Uniti.", "2016-11-20", "barack-obama"),
    ("ru", "Путин поговорил с президентом США по телефону.", "2016-11-14", "barack-obama"),
])
def test_the_plain_title_stays_the_holder(lang: str, text: str, on: str, holder: str) -> None:
    assert actor_index().find(text, lang, on)[-1].actor == holder


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Трамп был избран президентом США в 2016 году."),
    ("zh", "特朗普当选美国总统。"),
    ("en", "Trump was elected President of the United States."),
])
def test_the_office_won_is_no_person(lang: str, text: str) -> None:
    found = [m.actor for m in actor_index().find(text, lang, "2016-11-14")]
    assert found == ["donald-trump"]


def test_a_call_with_the_capitalised_president_elect() -> None:
    raw = RawInput("page.txt", b"President Ramaphosa had a call with US President-Elect Joe "
                   b"Biden on Tuesday evening, 17 November 2020.\n")
    analysis = link_results([analyze_document(prepare(raw)[0], "2020-11-19")])
    assert [set(e.participants) for e in analysis.events] == [{"cyril-ramaphosa", "joe-biden"}]
