"""Talks told with their adjectives ("held extensive talks", "will hold wide-ranging talks")
are talks, and a relative clause set off by commas after a pair ("Singh and Obama, who will
hold talks tomorrow, ...", "Modi e Scholz, che si incontreranno domani, ...") is about both
of them, not only the one named last. "Prior to" is "before", no earlier contact: the talks it
leads to are the reported ones ("Prior to the bilateral talks, they had a tête-à-tête").
Found on two stranger English news items (an Indian paper's eve-of-talks meeting of a prime
minister and a US president, whose next day's talks were lost; a Bangladeshi item where the
talks came out twice)."""

import pytest
from test_contacts import analyze_texts

AHEAD = {
    "en": "Prime Minister Manmohan Singh and President Barack Obama had a one-on-one meeting "
          "tonight. Singh and Obama, who will hold wide-ranging talks tomorrow, discussed trade.",
    "it": "Il premier Manmohan Singh e il presidente Barack Obama hanno avuto stasera un "
          "colloquio a quattr'occhi. Singh e Obama, che si incontreranno di nuovo domani, "
          "hanno parlato di commercio.",
}


@pytest.mark.parametrize("lang", sorted(AHEAD))
def test_the_pair_of_a_relative_clause_meets_tomorrow(lang: str) -> None:
    analysis = analyze_texts((AHEAD[lang], "2010-11-07"))
    planned = [(tuple(sorted(e.participants)), e.date) for e in analysis.events
               if e.status == "planned"]
    assert planned == [(("barack-obama", "manmohan-singh"), "2010-11-08")], (lang, planned)


@pytest.mark.parametrize("words", ["will hold extensive talks",
                                   "will hold in-depth and candid talks", "will hold talks"])
def test_talks_with_their_adjectives(words: str) -> None:
    text = ("Prime Minister Narendra Modi welcomed Portuguese President Marcelo Rebelo de Sousa "
            f"at the airport on Thursday evening. Modi and Rebelo de Sousa {words} in New Delhi "
            "on Friday, exploring ways to deepen bilateral ties in trade.")
    analysis = analyze_texts((text, "2020-02-13"))
    planned = [(tuple(sorted(e.participants)), e.date) for e in analysis.events
               if e.type == "meeting" and e.status == "planned"]
    assert planned == [(("marcelo-rebelo-de-sousa", "narendra-modi"), "2020-02-14")], planned


def test_prior_to_the_talks_is_no_earlier_contact() -> None:
    text = ("Visiting Sri Lankan President Maithripala Sirisena and Prime Minister Sheikh "
            "Hasina are now in a bilateral meeting in Dhaka. Prior to the bilateral talks, "
            "Sirisena and Hasina had a tete-a-tete. Their previous talks were held in Colombo.")
    analysis = analyze_texts((text, "2017-07-14"))
    meetings = sorted((e.status, e.date or "", e.location or "") for e in analysis.events
                      if e.type == "meeting")
    assert meetings == [("held", "2017-07-14", "Dhaka")], meetings
