"""An opening clause that sets another contact of the subject aside ("oltre al colloquio con il
Papa,", "besides his meeting with the Pope,", «помимо встречи с Папой», "除了与教皇会谈外，")
before the sentence's own contacts: the one it names is the subject's other counterpart, never
the subject of the calls told after it. Found on a real Italian item (a Palazzo Chigi note relayed
by Giornale di Sicilia: the Pope came out calling six leaders)."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

LEADS = {
    "it": ("Le telefonate della premier",
           "Nella giornata di ieri, oltre al colloquio con il Santo Padre, la presidente del "
           "Consiglio Giorgia Meloni si è sentita telefonicamente con il presidente francese "
           "Emmanuel Macron e con il cancelliere tedesco Friedrich Merz."),
    "en": ("The prime minister's calls",
           "Yesterday, besides her meeting with the Pope, Italian Prime Minister Giorgia Meloni "
           "spoke by phone with French President Emmanuel Macron and German Chancellor "
           "Friedrich Merz."),
    "ru": ("Телефонные разговоры Мелони",
           "Вчера, помимо встречи с Папой Римским, премьер-министр Италии Джорджа Мелони "
           "провела телефонные разговоры с президентом Франции Эммануэлем Макроном и "
           "канцлером Германии Фридрихом Мерцем."),
    "zh": ("梅洛尼通电话",
           "除了与教皇会谈外，意大利总理梅洛尼昨天还分别同法国总统马克龙和德国总理默茨通了电话。"),
}


def _events(lang: str) -> list[tuple[str, list[str]]]:
    title, lead = LEADS[lang]
    text = f"{title}\n\n{lead}\n"
    analysis = link_results([analyze_document(p, "2025-05-21", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    return [(e.type, sorted(e.participants)) for e in analysis.events]


@pytest.mark.parametrize("lang", sorted(LEADS))
def test_the_one_set_aside_is_no_subject_of_the_calls(lang: str) -> None:
    events = _events(lang)
    pairs = [set(people) for _, people in events]
    assert {"emmanuel-macron", "giorgia-meloni"} in pairs, events
    assert {"friedrich-merz", "giorgia-meloni"} in pairs, events
    assert not any(len(people) > 1 and people & {"leo-xiv", "pope-francis"} and
                   "giorgia-meloni" not in people for people in pairs), events


def test_a_same_time_opening_still_names_the_contact() -> None:
    """Guard: "Durante la telefonata con Macron, Meloni ha ribadito…" is that very call."""
    text = ("Meloni sente Macron\n\nDurante la telefonata con il presidente francese Emmanuel "
            "Macron, la presidente del Consiglio Giorgia Meloni ha ribadito il sostegno a Kiev.\n")
    analysis = link_results([analyze_document(p, "2025-05-21", lang="it")
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [sorted(e.participants) for e in analysis.events][:1] == [
        ["emmanuel-macron", "giorgia-meloni"]]
