"""A newsletter's sign-up form read as the page's text is no text of the story: its prompts
("Sign up for the daily Inside Washington email … Please enter a valid email address",
"Iscriviti alla newsletter … Inserisci un indirizzo email valido", «Введите корректный адрес
электронной почты») and its unfilled template ("{{ #verifyErrors }} {{ message }}"). Read
as the story's opening, it hid the lead: a real Independent item (held-out 15, h15en-012)
reported no contact. The story's own words stay. Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

FORMS = [
    ("en", "Sign up for the daily Capitol Brief email for US news sent to your inbox Please "
           "enter a valid email address SIGN UP I would like to be emailed about offers from "
           "The Daily Planet. Read our privacy notice Thanks for signing up to the\n\nCapitol "
           "Brief email {{ #verifyErrors }} {{ message }} {{ /verifyErrors }} Something went "
           "wrong. Please try again later {{ /verifyErrors }}\n\n",
     "President Joe Biden will welcome British Prime Minister Rishi Sunak to the White House "
     "on 8 June, the White House has said."),
    ("it", "Iscriviti alla newsletter del mattino per ricevere le notizie nella tua email. "
           "Inserisci un indirizzo email valido\n\n{{ message }} Qualcosa è andato storto.\n\n",
     "Il presidente Joe Biden accoglierà il premier britannico Rishi Sunak alla Casa Bianca "
     "l'8 giugno."),
    ("ru", "Подпишитесь на утреннюю рассылку новостей. Введите корректный адрес электронной "
           "почты\n\n{{ message }} Что-то пошло не так.\n\n",
     "Президент Джо Байден примет премьер-министра Великобритании Риши Сунака в Белом доме "
     "8 июня."),
]


@pytest.mark.parametrize(("lang", "form", "story"), FORMS)
def test_a_signup_form_is_no_text_of_the_story(lang: str, form: str, story: str) -> None:
    raw = RawInput("page.txt", f"url: https://example.org/news/1\n\n{form}{story}".encode())
    prepared = prepare(raw)[0]
    assert "{{" not in prepared.body
    assert story in prepared.body
    analysis = link_results([analyze_document(prepared, "2023-05-30", lang=lang)])
    first = analysis.documents[0].readouts[0]
    assert first.facts
    assert sorted(first.facts["participants"]) == ["joe-biden", "rishi-sunak"]
    assert first.facts["status"] == "planned"
