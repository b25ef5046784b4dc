"""An Arabic given name is spelled each newsroom's way ("Mohammed", "Mohamed", "Muhammad";
"Abdulrahman", "Abdel-Rahman", "Abdul Rahman"; «Мухаммед», «Мохаммед»): a roster name is
matched in every spelling of its given names (knowledge/spellings.yaml), a rule of name forms,
not a list per person. Found on a real Agenzia Nova item (h16it-004: "Mohamed bin Abdel-Rahman
al Thani", Qatar's foreign minister, was nobody, so al-Sisi's meeting with him was lost)."""

import pytest
from test_contacts import analyze_texts, only_event

SPELLED = {
    "it": ("Il presidente egiziano, Abdel Fattah al Sisi, ha ricevuto oggi al Cairo il ministro "
           "degli Esteri, Mohamed bin Abdel-Rahman al Thani, con una lettera dell'emiro."),
    "en": ("Egyptian President Abdul-Fattah al-Sisi received Qatari Foreign Minister Muhammad "
           "bin Abdul Rahman Al Thani in Cairo on Tuesday."),
    "ru": ("Президент Египта Абдель Фаттах ас-Сиси во вторник принял в Каире министра "
           "иностранных дел Катара Мохаммеда бин Абдель Рахмана Аль Тани."),
}


@pytest.mark.parametrize("lang", sorted(SPELLED))
def test_a_given_name_spelled_another_way_is_the_known_person(lang: str) -> None:
    event = only_event(analyze_texts((SPELLED[lang], "2021-05-25"), lang=lang))
    assert set(event.participants) == {"abdel-fattah-el-sisi",
                                       "mohammed-bin-abdulrahman-al-thani"}


def test_abdullah_is_one_word_not_a_compound() -> None:
    from readouts.extract.people.spellings import given_spellings
    assert given_spellings("Abdullah II") == {"Abdullah II"}
    assert "Abdel Rahman" in " ".join(given_spellings("Mohammed bin Abdulrahman Al Thani"))


# The Gulf's English press capitalises the particle of descent ("Mohammad Bin Zayed", Gulf
# News; "Tamim Bin Hamad", The Nation), the wires do not; Italian pages copy either.
PARTICLE = {
    "en": ("Abu Dhabi: Shaikh Mohammad Bin Zayed Al Nahyan, Abu Dhabi Crown Prince, received "
           "a telephone call from Australian Prime Minister Malcolm Turnbull."),
    "it": ("Lo sceicco Khalifa Bin Zayed Al Nahyan ha ricevuto una telefonata dal presidente "
           "francese Emmanuel Macron."),
}
PARTICLE_PEOPLE = {"en": {"mohamed-bin-zayed", "malcolm-turnbull"},
                   "it": {"khalifa-bin-zayed", "emmanuel-macron"}}


@pytest.mark.parametrize("lang", sorted(PARTICLE))
def test_a_capitalised_particle_of_descent_is_the_known_person(lang: str) -> None:
    event = only_event(analyze_texts((PARTICLE[lang], "2017-05-05"), lang=lang))
    assert set(event.participants) == PARTICLE_PEOPLE[lang]


def test_the_particle_keeps_the_first_word_and_other_words_as_they_are() -> None:
    from readouts.extract.people.spellings import given_spellings
    forms = given_spellings("Tamim bin Hamad Al Thani")
    assert forms == {"Tamim bin Hamad Al Thani", "Tamim Bin Hamad Al Thani"}
    assert given_spellings("Bin Laden") == {"Bin Laden"}  # a first word is the name's own
