"""A second contact told by its noun and the pair it leads ("c'è stato poi l'incontro a
Palazzo Chigi tra Macri e il presidente del Consiglio Matteo Renzi", "the meeting between
Macri and Prime Minister Renzi took place") after the account's lead with another leader: the
third person stands in the pair, not as the partner after "con"/"with", and the English cue
holds its own "between"; the contact was lost (found on a real StrettoWeb item in held-out
23, a Macri day with the Pope and Renzi; the same form on real Il Foglio and Unione Sarda
items). A leader named by his title ("un bilaterale con il primo ministro giapponese") is no
meeting of ministers either. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

POPE = {
    "it": "Papa Francesco ha ricevuto questa mattina il presidente argentino Mauricio Macri. ",
    "en": "Pope Francis received Argentine President Mauricio Macri this morning. ",
}


@pytest.mark.parametrize(("lang", "line"), [
    ("it", "Alle 12 c'è stato l'incontro a Palazzo Chigi tra Macri e il presidente del "
           "Consiglio Matteo Renzi."),
    ("it", "A mezzogiorno si è svolto a Palazzo Chigi l'incontro tra Macri e Matteo Renzi."),
    ("en", "At noon the meeting between Macri and Prime Minister Matteo Renzi took place at "
           "Palazzo Chigi."),
])
def test_a_pair_with_a_third_leader_is_another_contact(lang: str, line: str) -> None:
    events = analyze_texts((POPE[lang] + line, "2016-02-27"), lang=lang).events
    assert sorted(sorted(e.participants) for e in events) == [
        ["matteo-renzi", "mauricio-macri"], ["mauricio-macri", "pope-francis"]]


@pytest.mark.parametrize(("lang", "line"), [
    ("it", "L'incontro tra il Papa e Macri è durato 22 minuti."),
    ("en", "The meeting between the two leaders lasted 22 minutes."),
])
def test_the_lead_pair_told_again_is_no_other(lang: str, line: str) -> None:
    events = analyze_texts((POPE[lang] + line, "2016-02-27"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [["mauricio-macri", "pope-francis"]]


KISHIDA = {
    "it": "Il primo ministro giapponese Fumio Kishida è atterrato oggi a Roma. Era la prima "
          "volta che la presidente del Consiglio Giorgia Meloni aveva un bilaterale con "
          "l'attuale primo ministro giapponese.",
    "en": "Japanese Prime Minister Fumio Kishida landed in Rome this morning. It was the first "
          "time that Giorgia Meloni had held a bilateral meeting with the Japanese prime "
          "minister.",
    "ru": "Премьер-министр Японии Фумио Кисида утром прилетел в Рим. Это была первая "
          "двусторонняя встреча Джорджи Мелони с японским премьер-министром.",
}


@pytest.mark.parametrize("lang", ["it", "en", "ru"])
def test_a_leader_named_by_his_title_is_no_group(lang: str) -> None:
    events = analyze_texts((KISHIDA[lang], "2023-01-10"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [["fumio-kishida", "giorgia-meloni"]]


def test_ministers_meeting_stays_a_group() -> None:
    events = analyze_texts(("La presidente del Consiglio Giorgia Meloni ha incontrato oggi a "
                            "Roma il primo ministro giapponese Fumio Kishida. Ieri c'era stato "
                            "un incontro tra i ministri degli Esteri.", "2023-01-10"),
                           lang="it").events
    assert [sorted(e.participants) for e in events] == [["fumio-kishida", "giorgia-meloni"]]
