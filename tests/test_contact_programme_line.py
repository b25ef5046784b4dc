"""A programme's line with no verb of its own that opens on the plan ("In agenda incontri
anche con il presidente del Senato", "In programma anche un incontro con il premier", "On the
agenda is also a meeting with", «В программе также встреча с») tells a contact still ahead,
as "sono in agenda" does: never one held. Found on a real ANSAmed item (Sisi's day in Rome:
'In agenda incontri anche con' the Senate's president came out a meeting held)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PROGRAMME = {
    "it-agenda": ("it", "Il presidente egiziano al-Sisi è arrivato a Roma per una visita di due "
                        "giorni. In agenda incontri anche con il premier Matteo Renzi."),
    "it-programma": ("it", "Il presidente egiziano al-Sisi è arrivato a Roma per una visita di "
                           "due giorni. In programma anche un bilaterale con il premier Matteo "
                           "Renzi."),
    "en": ("en", "Egyptian President Abdel Fattah al-Sisi arrived in Rome for a two-day visit. "
                 "On the agenda is also a meeting with Prime Minister Matteo Renzi."),
    "ru": ("ru", "Президент Египта Абдель Фаттах ас-Сиси прибыл в Рим с двухдневным визитом. "
                 "В программе также встреча с премьер-министром Италии Маттео Ренци."),
}


@pytest.mark.parametrize("case", sorted(PROGRAMME))
def test_a_programme_line_tells_no_contact_held(case: str) -> None:
    lang, text = PROGRAMME[case]
    analysis = analyze_texts((text, "2024-11-24"), lang=lang)
    assert not [e for e in analysis.events if e.status == "held"], \
        [e.to_json() for e in analysis.events]


@pytest.mark.parametrize("lang, text", [
    ("it", "Il presidente egiziano al-Sisi ha incontrato ieri a Roma il premier Matteo Renzi. "
           "In agenda i temi della migrazione e del commercio."),
    ("en", "Egyptian President Abdel Fattah al-Sisi met Prime Minister Matteo Renzi in Rome "
           "yesterday. On the agenda were migration and trade."),
])
def test_topics_on_the_agenda_keep_the_meeting_held(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2024-11-24"), lang=lang)
    held = [e for e in analysis.events if e.status == "held"]
    assert held and set(held[0].participants) == {"abdel-fattah-el-sisi", "matteo-renzi"}
