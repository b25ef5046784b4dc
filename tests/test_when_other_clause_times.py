"""Times that belong to another clause than the contact's. A relative clause about a
principal told in the future ("Macron, che stasera formalizzerà la sua ricandidatura, ha reso
noto di aver avuto colloqui telefonici con Putin") times what is still to come, not the
call held (found on a real Freedom24News item, h19it-017; the same clause past the lead, "che
in serata ripartirà per Mosca", already was skipped, h17it-022). A sentence past the lead
that opens on an earlier contact ("L'ultimo incontro tra i due risale allo scorso 17 ottobre,
quando … a notte inoltrata") times that one (found on a real ANSA item, h17it-022: the
Berlusconi-Putin meeting at Fiumicino came out at night). Texts written for these tests;
Russian's future relative clause («который вечером объявит») is left: the tense reader takes
that perfective verb for a past one; zh 上一次 joins the earlier words."""

import pytest
from test_contacts import analyze_texts

PAGE = "2022-03-03"
PAIR = ["emmanuel-macron", "vladimir-putin"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Emmanuel Macron, che stasera presenterà la sua candidatura, ha reso "
           "noto di aver avuto un colloquio telefonico con Vladimir Putin."),
    ("en", "French President Emmanuel Macron, who will announce his candidacy this evening, "
           "said he had held a phone call with Vladimir Putin."),
])
def test_a_future_clause_about_a_principal_does_not_time_the_held_call(lang: str,
                                                                        text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert main and main[0].part_of_day is None, [e.to_json() for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Emmanuel Macron ha ricevuto oggi all'Eliseo Vladimir Putin. Un breve "
           "colloquio, spiegano i consiglieri. L'ultimo incontro tra i due risale allo scorso 17 "
           "ottobre quando al termine della cena con i capi di Stato, il presidente russo "
           "raggiunse a notte inoltrata Macron."),
    ("en", "French President Emmanuel Macron held a phone call with Vladimir Putin today. The "
           "conversation was frank. The previous call between the two was in February, when "
           "they spoke late in the evening."),
    ("ru", "Президент Франции Эммануэль Макрон провел сегодня телефонный разговор с Владимиром "
           "Путиным. Беседа была откровенной. Предыдущий разговор двух лидеров состоялся в "
           "феврале, когда они созвонились поздно вечером."),
    ("zh", "法国总统马克龙今天与普京通电话。双方进行了坦率的交流。两人上一次通话是在今年2月，"
           "当时他们在深夜通话。"),
])
def test_an_earlier_contact_told_after_the_lead_keeps_its_time(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    main = [e for e in events if sorted(e.participants) == PAIR and e.date == PAGE]
    assert main and main[0].part_of_day is None, [e.to_json() for e in events]


def test_the_contact_s_own_time_past_the_lead_still_counts() -> None:
    text = ("Il presidente Emmanuel Macron ha avuto oggi un colloquio telefonico con Vladimir "
            "Putin. La conversazione è stata franca. Il colloquio si è svolto in serata.")
    events = analyze_texts((text, PAGE), lang="it").events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert main and main[0].part_of_day == "evening", [e.to_json() for e in events]


def test_a_lead_going_on_to_a_plan_keeps_its_own_time() -> None:
    text = ("Prime Minister Justin Trudeau's office says he spoke with U.S. President Donald "
            "Trump this morning and will speak with him again later this afternoon.")
    events = analyze_texts((text, "2025-02-03"), lang="en").events
    held = [e for e in events if e.status == "held"]
    assert held and held[0].part_of_day == "morning", [e.to_json() for e in events]
