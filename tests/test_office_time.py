"""An undated story's office titles are read when the people it names held office together,
not today."""

from __future__ import annotations

from test_contacts import analyze_texts, held

from readouts.extract.people.office_time import implied_day

# Draghi, Merkel and Johnson were in office together from February to December 2021
NAMED_THEN = [
    ("it", "Il presidente degli Stati Uniti ha avuto una telefonata con il premier Mario Draghi, "
           "la cancelliera Angela Merkel e il premier britannico Boris Johnson."),
    ("en", "The President of the United States held a call with Prime Minister Mario Draghi, "
           "Chancellor Angela Merkel and Prime Minister Boris Johnson."),
    ("ru", "Президент США провёл телефонный разговор с Марио Драги, Ангелой Меркель и Борисом "
           "Джонсоном."),
    ("zh", "美国总统同意大利总理德拉吉、德国总理默克尔和英国首相约翰逊通电话。"),
]


def test_the_people_named_say_when_an_undated_story_is_set_in_four_languages() -> None:
    for lang, text in NAMED_THEN:
        day = implied_day([text], lang, None)
        assert day is not None and "2021-02-13" < day < "2021-12-08", (lang, day)


NOT_SAID = [
    # leaders in office today: titles are read today
    ("it", "Il presidente Donald Trump ha telefonato al presidente Vladimir Putin."),
    # one name says no span
    ("en", "The President of the United States spoke with Chancellor Angela Merkel."),
]


def test_no_span_where_the_names_run_to_today_or_are_too_few() -> None:
    for lang, text in NOT_SAID:
        assert implied_day([text], lang, None) is None, (lang, text)


def test_an_undated_storys_title_is_its_own_times_holder() -> None:
    for lang, text in NAMED_THEN[:2]:
        events = held(analyze_texts((text, None), lang=lang))
        assert events and "joe-biden" in events[0].participants, (lang, events)
        assert "donald-trump" not in events[0].participants, (lang, events)
