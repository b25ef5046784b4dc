"""A title read before, or instead of, the name it stands for is the person the story names in
full, where its role answers the title: "Obama speaks to Iran leader by phone" over a story
naming President Rouhani is Rouhani, not the Supreme Leader the title alone picks (the
headlines of real US, Italian and Russian reports on Iran's presidents' calls). And a
president's counterpart is the other country's president where he leads it ("Obama called
his Iranian counterpart": Rouhani). Texts written for this project."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.people.actors import actor_index

HEADLINED = [
    ("en", "Obama speaks to Iran leader by phone\n\nPresident Barack Obama said on Friday that "
           "he had spoken by phone with Iranian President Hassan Rouhani.\n", "2013-09-27",
     {"barack-obama", "hassan-rouhani"}),
    ("it", "Telefonata tra Putin e il leader iraniano\n\nIl presidente russo Vladimir Putin ha "
           "avuto oggi un colloquio telefonico con il presidente iraniano Ebrahim Raisi.\n",
     "2022-05-10", {"vladimir-putin", "ebrahim-raisi"}),
    ("ru", "Путин поговорил по телефону с иранским лидером\n\nПрезидент России Владимир Путин "
           "провёл телефонный разговор с Президентом Ирана Масудом Пезешкианом.\n",
     "2025-01-10", {"vladimir-putin", "masoud-pezeshkian"}),
    ("zh", "习近平同伊朗领导人通电话\n\n国家主席习近平同伊朗总统莱希通电话。\n", "2023-02-10",
     {"xi-jinping", "ebrahim-raisi"}),
]


@pytest.mark.parametrize(("lang", "text", "on", "expected"), HEADLINED)
def test_a_headlines_title_is_the_holder_the_story_names(
        lang: str, text: str, on: str, expected: set[str]) -> None:
    event = only_event(analyze_texts((text, on), lang=lang))
    assert set(event.participants) == expected


def test_the_supreme_leader_named_in_full_stays_the_leader() -> None:
    text = ("Putin meets Iran leader in Tehran\n\nPresident Vladimir Putin met Supreme Leader "
            "Ali Khamenei in Tehran on Tuesday.\n")
    event = only_event(analyze_texts((text, "2022-07-19"), lang="en"))
    assert set(event.participants) == {"vladimir-putin", "ali-khamenei"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Barack Obama called his Iranian counterpart today.", "hassan-rouhani"),
    ("it", "Barack Obama ha telefonato oggi al suo omologo iraniano.", "hassan-rouhani"),
    # where the head of government leads, a president's counterpart is still its leader
    ("en", "Barack Obama called his German counterpart today.", "angela-merkel"),
])
def test_a_presidents_counterpart_is_the_president_who_leads(
        lang: str, text: str, expected: str) -> None:
    assert [m.actor for m in actor_index().find(text, lang, "2013-09-27")][-1] == expected
