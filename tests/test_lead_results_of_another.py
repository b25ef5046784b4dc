"""A line telling the results of another, earlier contact as a topic of the call («во время
диалога были затронуты итоги встречи со спецпосланником Уиткоффом») is the story's
background, like "the last time", not its lead: the call the Kremlin's quoted words tell
(«Путин позвонил Токаеву») stays the contact, a phone call, not a meeting (results_of in
ru/contacts.yaml, read by lead.background). Found on a real Gazeta.ru item (Putin's call to
Tokayev on the Witkoff talks came out as a meeting); the same topic line is on Life and
Mail.ru/Sputnik items of the same genre. English, Italian and Chinese already keep the call
and guard. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-08-08"

TEXTS = [
    ("ru", "Путин обсудил с Токаевым ход диалога с Вашингтоном. «Владимир Путин позвонил "
           "Президенту Казахстана Касым-Жомарту Токаеву, чтобы рассказать о ходе диалога», — "
           "говорится в сообщении. Сообщается, что во время диалога также были затронуты итоги "
           "встречи со спецпосланником президента США Стивом Уиткоффом."),
    ("en", "Putin discussed the dialogue with Washington with Tokayev. \"Vladimir Putin called "
           "President of Kazakhstan Kassym-Jomart Tokayev to tell him about the dialogue,\" the "
           "statement said. The results of the meeting with US special envoy Steve Witkoff were "
           "also discussed during the conversation."),
    ("it", "Putin ha discusso con Tokayev il dialogo con Washington. «Vladimir Putin ha "
           "telefonato al presidente del Kazakistan Kassym-Jomart Tokayev per informarlo sul "
           "dialogo», si legge nella nota. Durante il dialogo si è parlato anche degli esiti "
           "dell'incontro con l'inviato speciale americano Steve Witkoff."),
    ("zh", "普京同托卡耶夫讨论了与华盛顿的对话。克里姆林宫称，普京同哈萨克斯坦总统托卡耶夫通电话，"
           "介绍对话进展。双方还谈及同美国特使威特科夫会晤的成果。"),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_call_stays_the_story(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    reported = [e for e in events if e.reported_by]
    assert reported and reported[0].type == "phone_call", (lang, [e.to_json() for e in events])
    assert set(reported[0].participants) == {"vladimir-putin", "kassym-jomart-tokayev"}


def test_results_told_alone_still_lead() -> None:
    text = "Путин проинформировал Токаева об итогах переговоров с Трампом в Анкоридже."
    events = analyze_texts((text, PAGE), lang="ru").events
    reported = [e for e in events if e.reported_by]
    assert reported and set(reported[0].participants) == {"vladimir-putin",
                                                          "kassym-jomart-tokayev"}
