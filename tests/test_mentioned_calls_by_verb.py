"""A leader's day of calls told one after another ("Renzi nel pomeriggio ha inoltre chiamato
il premier turco", "Later, Biden called the Turkish president"): each call told by a calling
verb with its partner as the object is a contact of its own, not only the lead's. Italian
puts adverbs between the auxiliary and the participle ("ha inoltre chiamato", "ha poi
telefonato", "aveva già contattato"), which the calling cues now allow. Found on a real
Italian news item of a prime minister's calls with three leaders, where the second was lost;
the partner as a calling verb's object is how Italian and Russian tell such calls (English
'also called' guards; a bare English 'called' is left: see lang/en/contacts.yaml)."""

import pytest
from test_contacts import analyze_texts

DAY = "2014-08-11"
CALLS = {
    "it": "Matteo Renzi ha parlato oggi al telefono con il presidente Barack Obama. "
          "Nel pomeriggio Renzi ha inoltre chiamato il premier turco Recep Tayyip Erdogan.",
    "en": "Matteo Renzi spoke today by phone with President Barack Obama. In the afternoon "
          "Renzi also called Turkish Prime Minister Recep Tayyip Erdogan.",
    "ru": "Маттео Ренци провел сегодня телефонный разговор с президентом Бараком Обамой. "
          "Днем Ренци также позвонил премьер-министру Турции Реджепу Тайипу Эрдогану.",
    "zh": "意大利总理伦齐今天同美国总统奥巴马通电话。当天下午，伦齐还同土耳其总理埃尔多安通电话。",
}


@pytest.mark.parametrize("lang", sorted(CALLS))
def test_each_call_of_the_day_is_a_contact(lang: str) -> None:
    analysis = analyze_texts((CALLS[lang], DAY))
    pairs = sorted(tuple(sorted(e.participants)) for e in analysis.events
                   if e.type == "phone_call" and e.status == "held")
    assert pairs == [("barack-obama", "matteo-renzi"),
                     ("matteo-renzi", "recep-tayyip-erdogan")], (lang, pairs)


@pytest.mark.parametrize("verb", ["ha poi telefonato al", "ha successivamente chiamato il",
                                  "ha inoltre contattato il", "ha anche parlato con il"])
def test_an_adverb_between_auxiliary_and_participle(verb: str) -> None:
    text = f"Il premier Mario Draghi {verb} presidente francese Emmanuel Macron."
    analysis = analyze_texts((text, "2021-03-11"))
    pairs = [tuple(sorted(e.participants)) for e in analysis.events if e.type == "phone_call"]
    assert pairs == [("emmanuel-macron", "mario-draghi")], (verb, pairs)


@pytest.mark.parametrize("text", [
    # called on someone, called by someone: no call
    "Joe Biden spoke with Emmanuel Macron on Monday. The summit, called by Olaf Scholz, "
    "opens in Berlin.",
    "Joe Biden ha parlato con Emmanuel Macron. Il ministro ha poi chiamato in causa Olaf Scholz.",
])
def test_no_call_where_the_verb_means_another_thing(text: str) -> None:
    analysis = analyze_texts((text, "2023-03-13"))
    assert not [e for e in analysis.events if "olaf-scholz" in e.participants
                and e.type == "phone_call"], analysis.events
