"""Each newsroom transliterates a Russian, Ukrainian or Central Asian name its own way
("Lukašenko", "Zelenskij", "Tokaev", "Šojgu", "Netanjahu"): an unlisted spelling of a known
name is that person, not a newcomer; a name written in Latin at home has no such variants.
A short text full of names is told by its other words ("Putin e Lukašenko si sono sentiti
oggi al telefono" is Italian, not German)."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index
from readouts.extract.people.spellings import spelling_key
from readouts.text.langid import detect_language


@pytest.mark.parametrize(("listed", "written"), [
    ("Lukashenko", "Lukašenko"), ("Tokayev", "Tokajev"), ("Zelensky", "Zelenskij"),
    ("Shoigu", "Šojgu"), ("Pashinyan", "Pašinjan"), ("Mirziyoyev", "Mirzijojev"),
    ("Netanyahu", "Netanjahu"), ("Yanukovych", "Janukovič"), ("Zelensky", "Zelens'kyj"),
])
def test_spellings_of_one_name_share_a_key(listed: str, written: str) -> None:
    assert spelling_key(listed) == spelling_key(written) is not None


@pytest.mark.parametrize(("text", "lang", "actor"), [
    ("Il presidente bielorusso Aleksandr Lukašenko ha parlato.", "it", "alexander-lukashenko"),
    ("Il ministro della Difesa Sergej Šojgu ha parlato.", "it", "sergei-shoigu"),
    ("Il presidente ucraino Zelenskij ha parlato.", "it", "volodymyr-zelenskyy"),
    ("President Tokaev of Kazakhstan spoke.", "en", "kassym-jomart-tokayev"),
    ("Prime Minister Netanjahu spoke.", "en", "benjamin-netanyahu"),
])
def test_an_unlisted_spelling_is_the_known_person(text: str, lang: str, actor: str) -> None:
    assert [m.actor for m in actor_index().find(text, lang, "2023-03-12")] == [actor]


@pytest.mark.parametrize("word", ["Macrone", "Conti", "Monty", "Tajano"])
def test_names_written_in_latin_at_home_have_no_variants(word: str) -> None:
    found = actor_index().find(f"Ne ha parlato {word} ieri.", "it", "2025-03-12")
    assert found == []


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Il presidente russo Vladimir Putin ha avuto oggi un colloquio telefonico con il "
     "presidente bielorusso Aleksandr Lukašenko.", "it",
     {"vladimir-putin", "alexander-lukashenko"}),
    ("Meloni ha avuto un colloquio telefonico con il presidente ucraino Zelenskij.", "it",
     {"giorgia-meloni", "volodymyr-zelenskyy"}),
    ("Vladimir Putin held talks with President Tokaev of Kazakhstan in the Kremlin today.",
     "en", {"vladimir-putin", "kassym-jomart-tokayev"}),
])
def test_a_contact_with_a_respelled_leader(text: str, lang: str, pair: set[str]) -> None:
    reported = [e for e in analyze_texts((text, "2025-03-12")).events if e.reported_by]
    assert [set(e.participants) for e in reported] == [pair]


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin e Lukašenko si sono sentiti oggi al telefono.", "it"),
    ("President Biden spoke with President Erdogan of Türkiye today.", "en"),
    ("Bundeskanzler Olaf Scholz hat heute mit dem Präsidenten Macron telefoniert.", "de"),
    ("Le président Macron a parlé avec Meloni de la situation au Proche-Orient.", "fr"),
])
def test_names_do_not_decide_a_short_texts_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang
