"""Three leaders or more listed as the subject of one contact, with nobody after it ("Putin,
Macron e Scholz hanno avuto una conversazione telefonica"), held one three-way contact: not a
contact of the first two (found on real Italian agency items on three-way calls). Where a
contact's word comes before the list, its first name is that contact's, not the subject's."""

from __future__ import annotations

from test_contacts import analyze_texts, held

THREE = {"vladimir-putin", "emmanuel-macron", "olaf-scholz"}

CHAINS = [
    ("it", "Il presidente russo Vladimir Putin, il presidente francese Emmanuel Macron e il "
           "cancelliere tedesco Olaf Scholz hanno avuto in mattinata una lunga conversazione "
           "telefonica sulla crisi. I tre hanno concordato di restare in contatto."),
    ("en", "Russian President Vladimir Putin, French President Emmanuel Macron and German "
           "Chancellor Olaf Scholz held a long phone call on the crisis on Sunday morning. The "
           "three agreed to stay in touch."),
    ("ru", "Президент России Владимир Путин, президент Франции Эммануэль Макрон и канцлер "
           "Германии Олаф Шольц провели в воскресенье продолжительный телефонный разговор о "
           "кризисе. Стороны договорились поддерживать контакт."),
]


def test_three_leaders_as_one_subject_hold_one_contact() -> None:
    for lang, text in CHAINS:
        events = held(analyze_texts((text, "2022-05-29"), lang=lang))
        assert [set(e.participants) for e in events] == [THREE], (
            lang, [e.to_json() for e in events])
        assert events[0].type == "phone_call", (lang, events[0].type)


def test_a_contact_word_before_the_list_keeps_the_subject_apart() -> None:
    text = ("Dopo la telefonata con il presidente russo Vladimir Putin, il presidente francese "
            "Emmanuel Macron e il cancelliere tedesco Olaf Scholz hanno avuto un incontro.")
    events = held(analyze_texts((text, "2022-05-29"), lang="it"))
    assert all(set(e.participants) != THREE for e in events), [e.to_json() for e in events]


PAIR_WITH = [
    ("it", "La cancelliera tedesca Angela Merkel e il presidente francese Emmanuel Macron hanno "
           "avuto una conversazione telefonica con il presidente russo Vladimir Putin sulla "
           "Siria. I due hanno chiesto una tregua."),
    ("en", "German Chancellor Angela Merkel and French President Emmanuel Macron held a phone "
           "call with Russian President Vladimir Putin on Syria. The two asked for a truce."),
    ("ru", "Канцлер Германии Ангела Меркель и президент Франции Эммануэль Макрон провели "
           "телефонный разговор с президентом России Владимиром Путиным по Сирии."),
]


def test_two_leaders_on_one_call_with_a_third_are_its_parties_together() -> None:
    for lang, text in PAIR_WITH:
        events = held(analyze_texts((text, "2020-02-20"), lang=lang))
        assert [set(e.participants) for e in events] == [
            {"angela-merkel", "emmanuel-macron", "vladimir-putin"}], (
            lang, [e.to_json() for e in events])


def test_a_third_leader_not_on_the_call_is_not_its_party() -> None:
    text = ("Il presidente francese Emmanuel Macron e la cancelliera tedesca Angela Merkel hanno "
            "avuto una telefonata mentre il presidente russo Vladimir Putin era in volo.")
    events = held(analyze_texts((text, "2020-02-20"), lang="it"))
    assert all(len(e.participants) == 2 for e in events), [e.to_json() for e in events]
