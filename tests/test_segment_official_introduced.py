# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""An official the page introduces by his role, then his name ("l'ambasciatore russo in
Italia Serghei Razov", "the Russian ambassador to Italy Sergei Razov", "посол России в Италии
Сергей Разов"), speaks for the role's source when named again by surname alone ("Razov ha
aggiunto che …", "“…”, Razov said", "– сказал Разов"): his words are that source's briefing,
cut from the writer's text. Found on a real Il Tempo item (h12comp-003: the Russian
ambassador's words on Putin's congratulations to Meloni). In it/en/ru (a Chinese text names
an ambassador by his full name each time); the guard: a surname no role introduced speaks
for no source. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = """\
Vladimir Putin si è congratulato con il nuovo presidente del Consiglio. Lo fa sapere l'ambasciatore russo in Italia Boris Telegin. Il premier ha sentito oggi anche il presidente ucraino.

Telegin ha aggiunto che anche il ministro degli Esteri russo si è congratulato con il collega italiano. "Posso dire che il presidente si è congratulato con il premier per l'incarico e che lavoreremo con il governo che rappresenta l'Italia, se la volontà sarà reciproca e il dialogo resterà aperto", ha detto Telegin a margine di un forum.

Intanto i mercati sono saliti.
"""

EN = """\
The new Italian prime minister received congratulations from Vladimir Putin. This was announced by the Russian ambassador to Italy Boris Telegin. The prime minister also spoke today with the Ukrainian president.

Telegin added that the Russian foreign minister had also congratulated his Italian counterpart. "I can say that the president congratulated the prime minister on the appointment and that we will work with the government that represents Italy, if the will is mutual and the dialogue stays open," Telegin said on the sidelines of a forum.

Markets rose meanwhile.
"""

RU = """\
Владимир Путин поздравил нового премьер-министра Италии. Об этом сообщил посол России в Италии Борис Телегин. Премьер сегодня также поговорила с президентом Украины.

Телегин добавил, что министр иностранных дел России также поздравил итальянского коллегу. «Могу сказать, что президент поздравил премьера с назначением и что мы будем работать с правительством, которое представляет Италию, если воля будет взаимной и диалог останется открытым», – сказал Телегин на полях форума.

Тем временем рынки выросли.
"""


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (EN, "en"), (RU, "ru")])
def test_an_official_introduced_by_role_speaks_by_surname(text: str, lang: str) -> None:
    accounts = split_accounts(text, {}, lang)
    assert [(a.source, a.side, a.kind) for a in accounts] == [
        ("unknown", None, "news"), ("russia-mfa", "RUS", "briefing"), ("unknown", None, "news")]
    assert "Telegin" in accounts[1].text or "Телегин" in accounts[1].text


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (EN, "en"), (RU, "ru")])
def test_a_surname_no_role_introduced_speaks_for_no_source(text: str, lang: str) -> None:
    for role in ("l'ambasciatore russo in Italia ", "the Russian ambassador to Italy ",
                 "посол России в Италии "):
        text = text.replace(role, "")
    assert [a.source for a in split_accounts(text, {}, lang)] == ["unknown"]
