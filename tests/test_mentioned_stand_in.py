"""A mentioned contact whose clause names one leader and leaves the other unsaid takes one of
the reported contact's principals for him: the one the clause calls by a title, else one of
another country than the leader named. A visitor received by a host goes on to meet the host's
countrymen ("lasciato il Quirinale, si recherà a palazzo Chigi per incontrare Draghi" is
Biden's meeting, not Mattarella's); "la premier … un colloquio con Mattarella" is Meloni's."""

from __future__ import annotations

import pytest
from test_mentioned_parties import mentioned


@pytest.mark.parametrize(
    ("lang", "reported", "ref", "line", "parties"),
    [
        ("it", ["sergio-mattarella", "joe-biden"], "2021-10-29",
         "Lasciato il Quirinale, si recherà a Palazzo Chigi per incontrare il presidente del "
         "Consiglio Mario Draghi.", {"joe-biden", "mario-draghi"}),
        ("it", ["giorgia-meloni", "luiz-inacio-lula-da-silva"], "2023-06-21",
         "In mattinata, l'incontro al Quirinale con il presidente della Repubblica Sergio "
         "Mattarella.", {"luiz-inacio-lula-da-silva", "sergio-mattarella"}),
        ("en", ["charles-iii", "cyril-ramaphosa"], "2022-11-22",
         "The programme of the visit will include an address to Parliament and a meeting "
         "with Prime Minister Rishi Sunak.", {"cyril-ramaphosa", "rishi-sunak"}),
        ("ru", ["vladimir-putin", "xi-jinping"], "2024-05-16",
         "Затем в программе визита встреча с председателем правительства Михаилом "
         "Мишустиным.", {"xi-jinping", "mikhail-mishustin"}),
        ("zh", ["xi-jinping", "emmanuel-macron"], "2024-05-06",
         "访问期间还将会见国务院总理李强。", {"emmanuel-macron", "li-qiang"}),
    ],
)
def test_a_visitor_meets_the_hosts_countryman(lang: str, reported: list[str], ref: str,
                                              line: str, parties: set[str]) -> None:
    found = mentioned(lang, ("meeting", reported), line, ref=ref)
    assert [p for _, _, p, _ in found] == [frozenset(parties)]


def test_a_principal_called_by_title_stands_in_before_a_foreigner() -> None:
    line = ("Prima della telefonata la premier era salita al Quirinale per un colloquio con il "
            "presidente Sergio Mattarella.")
    found = mentioned("it", ("phone_call", ["giorgia-meloni", "joe-biden"]), line)
    assert [p for _, _, p, _ in found] == [frozenset({"giorgia-meloni", "sergio-mattarella"})]
