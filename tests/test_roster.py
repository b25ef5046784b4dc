"""The roster as data: it loads from its region files, ids are unique, dates make sense and
no office has two holders at once; leaders it covers are parties of the contacts reported
about them in it/en/ru/zh."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from test_contacts import analyze_texts, only_event

from readouts import knowledge
from readouts.data_yaml import parse_yaml
from readouts.extract.people.actors import actor_index

# Offices one person holds at a time in a country or organisation.
SINGLE_SEATS = {"president", "prime_minister", "chancellor", "king", "emir", "pope",
                "foreign_minister", "secretary_of_state", "premier", "supreme_leader",
                "crown_prince", "commission_president", "council_president",
                "high_representative", "secretary_general", "director_general",
                "managing_director", "chairperson"}


def _raw(name: str) -> list[dict]:
    """Every file of a knowledge table as written, the main one first (parsed as the
    package parses it: libyaml, read back from the session's cache where the loader put it;
    the pure-Python parser took seconds a file)."""
    root = resources.files(knowledge)
    files = [root.joinpath(f"{name}.yaml")]
    folder = root.joinpath(name)
    if folder.is_dir():
        files += sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")),
                        key=lambda p: p.name)
    return [parse_yaml(f.read_text(encoding="utf-8")) or {} for f in files]


def test_the_roster_loads_from_every_region_file() -> None:
    parts = _raw("actors")
    assert len(parts) > 1
    written = sum(len(p.get("actors") or []) for p in parts)
    assert len(knowledge.load("actors")["actors"]) == written > 550
    assert knowledge.load("actors")["role_groups"]["president"]


def test_ids_and_country_codes_are_unique_across_files() -> None:
    ids = [a["id"] for p in _raw("actors") for a in p.get("actors") or []]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    codes = [c for p in _raw("countries") for c in p]
    assert len(codes) == len(set(codes)), sorted({c for c in codes if codes.count(c) > 1})
    assert len(codes) > 120


def test_every_role_has_a_valid_range_and_a_known_country() -> None:
    countries = knowledge.load("countries")
    index = actor_index()
    for actor in knowledge.load("actors")["actors"]:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", actor["id"]), actor["id"]
        assert actor["country"] in countries, actor["id"]
        for role in index.roles(actor["id"]):
            for day in (role["from"], role["to"]):
                assert day is None or re.fullmatch(r"(19|20)\d\d-[01]\d-[0-3]\d", day), actor
            assert role["from"] is not None, actor["id"]
            assert role["to"] is None or role["from"] < role["to"], actor["id"]
            assert role["country"] in countries, (actor["id"], role)


def test_no_two_holders_of_one_office_at_once() -> None:
    index = actor_index()
    seats: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for actor in knowledge.load("actors")["actors"]:
        for role in index.roles(actor["id"]):
            if role["role"] in SINGLE_SEATS:
                seats.setdefault((role["role"], role["country"]), []).append(
                    (role["from"], role["to"] or "9999-12-31", actor["id"]))
    clashes = []
    for seat, terms in seats.items():
        terms.sort()
        for (_, end, who), (start, _, other) in zip(terms, terms[1:], strict=False):
            if start < end:
                clashes.append((seat, who, other))
    assert not clashes, clashes


# A leader introduced by a title and a country, the contact with a leader the press knows.
NEW_LEADERS = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto oggi un colloquio telefonico "
           "con il presidente finlandese Alexander Stubb. Al centro della conversazione il "
           "sostegno all'Ucraina.", "2024-11-05", {"giorgia-meloni", "alexander-stubb"}),
    ("en", "Prime Minister Keir Starmer met Prime Minister Kyriakos Mitsotakis of Greece in "
           "Downing Street today. The leaders discussed migration and defence.", "2025-01-20",
           {"keir-starmer", "kyriakos-mitsotakis"}),
    ("ru", "Владимир Путин провёл телефонный разговор с Президентом Финляндии Саули "
           "Ниинистё. Обсуждалась ситуация на границе.", "2021-08-20",
           {"vladimir-putin", "sauli-niinisto"}),
    ("zh", "国家主席习近平同西班牙首相桑切斯举行会谈。双方就中欧关系交换意见。", "2024-09-09",
           {"xi-jinping", "pedro-sanchez"}),
    ("it", "Il presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale re "
           "Filippo del Belgio. Il colloquio è durato un'ora.", "2024-03-14",
           {"sergio-mattarella", "king-philippe"}),
    ("zh", "国家主席习近平会见来华进行国事访问的波兰总统杜达。", "2024-06-24",
           {"xi-jinping", "andrzej-duda"}),
]


@pytest.mark.parametrize(("lang", "text", "day", "parties"), NEW_LEADERS)
def test_a_newly_covered_leader_is_a_party(lang: str, text: str, day: str,
                                           parties: set[str]) -> None:
    event = only_event(analyze_texts((text, day), lang=lang))
    assert set(event.participants) == parties, (lang, event.participants)


# The same office named by a title alone resolves to whoever held it on the date.
@pytest.mark.parametrize(("lang", "text", "day", "who"), [
    ("it", "Il premier greco ha telefonato a Meloni.", "2017-03-01", "alexis-tsipras"),
    ("it", "Il premier greco ha telefonato a Meloni.", "2023-03-01", "kyriakos-mitsotakis"),
    ("en", "The Austrian Chancellor called Merkel.", "2016-10-01", "christian-kern"),
    ("ru", "Президент Польши позвонил Зеленскому.", "2025-09-01", "karol-nawrocki"),
    ("zh", "芬兰总统同习近平通电话。", "2019-01-10", "sauli-niinisto"),
])
def test_a_title_with_a_country_is_the_holder_on_the_date(lang: str, text: str, day: str,
                                                          who: str) -> None:
    assert who in {m.actor for m in actor_index().find(text, lang, day)}


# Monarchs and emirs are heads of state: their title with a country names the one reigning.
@pytest.mark.parametrize(("lang", "text", "day", "who"), [
    ("it", "L'emiro del Qatar ha telefonato al presidente Erdogan.", "2022-05-01",
     "tamim-bin-hamad-al-thani"),
    ("en", "The Emir of Kuwait received the Iranian foreign minister.", "2024-03-01",
     "mishal-al-ahmad"),
    ("ru", "Король Иордании прибыл в Москву.", "2019-10-01", "abdullah-ii"),
    ("zh", "阿曼苏丹会见伊朗外长。", "2023-05-01", "haitham-bin-tarik"),
    ("it", "La regina di Danimarca ha ricevuto Mattarella.", "2019-11-12", "margrethe-ii"),
])
def test_a_monarchs_title_is_the_one_reigning(lang: str, text: str, day: str, who: str) -> None:
    assert who in {m.actor for m in actor_index().find(text, lang, day)}


# A regnal number after a title the other bearer's alias opens with: "re Filippo" is Belgium's
# king, "re Filippo VI" Spain's.
@pytest.mark.parametrize(("lang", "text", "who", "not_who"), [
    ("it", "Mattarella incontrerà il re Filippo VI a Madrid.", "felipe-vi", "king-philippe"),
    ("it", "Mattarella ha ricevuto il re Filippo del Belgio.", "king-philippe", "felipe-vi"),
    ("ru", "Путин встретился с королём Испании Филиппом VI.", "felipe-vi", "king-philippe"),
])
def test_a_regnal_number_names_its_king(lang: str, text: str, who: str, not_who: str) -> None:
    found = {m.actor for m in actor_index().find(text, lang, "2021-11-10")}
    assert who in found and not_who not in found


NEW_LEADERS_MIDDLE_EAST_AFRICA = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha incontrato a Palazzo Chigi il "
           "presidente del Kenya William Ruto. Al centro del colloquio il Piano Mattei.",
     "2024-02-01", {"giorgia-meloni", "william-ruto"}),
    ("en", "President Xi Jinping held talks with Egyptian President Abdel Fattah el-Sisi in "
           "Beijing on Tuesday.", "2024-05-28", {"xi-jinping", "abdel-fattah-el-sisi"}),
    ("ru", "Владимир Путин провёл телефонный разговор с Эмиром Государства Катар Тамимом бен "
           "Хамадом Аль Тани.", "2023-10-15", {"vladimir-putin", "tamim-bin-hamad-al-thani"}),
    ("zh", "国家主席习近平同加纳总统马哈马通电话。", "2025-03-10", {"xi-jinping", "john-mahama"}),
]


@pytest.mark.parametrize(("lang", "text", "day", "parties"), NEW_LEADERS_MIDDLE_EAST_AFRICA)
def test_a_leader_of_the_middle_east_or_africa_is_a_party(lang: str, text: str, day: str,
                                                         parties: set[str]) -> None:
    event = only_event(analyze_texts((text, day), lang=lang))
    assert set(event.participants) == parties, (lang, event.participants)


NEW_LEADERS_AMERICAS_ASIA = [
    ("it", "Il presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale il "
           "presidente cileno Gabriel Boric. Il colloquio si è concentrato sull'America "
           "latina.", "2023-06-12", {"sergio-mattarella", "gabriel-boric"}),
    ("en", "Prime Minister Narendra Modi held a telephone conversation with Prime Minister "
           "Anwar Ibrahim of Malaysia today.", "2023-05-10", {"narendra-modi", "anwar-ibrahim"}),
    ("ru", "Владимир Путин провёл переговоры с Президентом Вьетнама То Ламом в Ханое.",
     "2024-06-20", {"vladimir-putin", "to-lam"}),
    ("zh", "国务院总理李强同新西兰总理拉克森举行会谈。", "2024-06-13",
     {"li-qiang", "christopher-luxon"}),
    ("zh", "国家主席习近平同世界卫生组织总干事谭德塞通电话。", "2020-03-12",
     {"xi-jinping", "tedros-adhanom-ghebreyesus"}),
]


@pytest.mark.parametrize(("lang", "text", "day", "parties"), NEW_LEADERS_AMERICAS_ASIA)
def test_a_leader_of_the_americas_asia_or_an_organisation_is_a_party(
        lang: str, text: str, day: str, parties: set[str]) -> None:
    event = only_event(analyze_texts((text, day), lang=lang))
    assert set(event.participants) == parties, (lang, event.participants)


# An organisation's head by title: the one in office on the date.
@pytest.mark.parametrize(("lang", "text", "day", "who"), [
    ("it", "Il direttore generale dell'Oms ha parlato con Meloni.", "2016-05-01",
     "margaret-chan"),
    ("en", "The Managing Director of the IMF met Lula.", "2023-05-01", "kristalina-georgieva"),
    ("ru", "Генеральный директор МАГАТЭ прибыл в Тегеран.", "2018-03-01", "yukiya-amano"),
    ("zh", "文莱苏丹会见王毅。", "2024-01-01", "hassanal-bolkiah"),
])
def test_an_organisations_head_by_title(lang: str, text: str, day: str, who: str) -> None:
    assert who in {m.actor for m in actor_index().find(text, lang, day)}


# Arabic name particles keep their form in every Russian case, capitalised or not.
@pytest.mark.parametrize(("text", "day", "who"), [
    ("Состоялся телефонный разговор с Президентом ОАЭ Мухаммедом Бен Заидом Аль Нахайяном.",
     "2023-06-26", "mohamed-bin-zayed"),
    ("Переговоры с Халифой бен Заидом Аль Нахайяном прошли в Абу-Даби.", "2019-10-15",
     "khalifa-bin-zayed"),
    ("Путин поздравил Эмира Катара Тамима Бен Хамада Аль Тани.", "2024-06-03",
     "tamim-bin-hamad-al-thani"),
])
def test_arabic_name_particles_do_not_decline_in_russian(text: str, day: str, who: str) -> None:
    assert who in {m.actor for m in actor_index().find(text, "ru", day)}


# Where the party leads the state, its leader is the general secretary, not the president.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Putin ha ricevuto al Cremlino il leader vietnamita."),
    ("en", "Putin received the Vietnamese leader in the Kremlin."),
    ("ru", "Путин принял в Кремле вьетнамского лидера."),
    ("zh", "普京在克里姆林宫会见越南领导人。"),
])
def test_a_party_states_leader_is_its_general_secretary(lang: str, text: str) -> None:
    found = {m.actor for m in actor_index().find(text, lang, "2025-05-10")}
    assert "to-lam" in found and "luong-cuong" not in found


# The Taiwan and Hong Kong press (converted to Simplified at ingest) spell some leaders its way.
@pytest.mark.parametrize(("text", "day", "who"), [
    ("马来西亚首相安华今日与李强通话。", "2024-05-01", "anwar-ibrahim"),
    ("菲律宾总统小马可仕会见美国国务卿。", "2023-05-01", "ferdinand-marcos-jr"),
    ("前总统杜特蒂抵达海牙。", "2025-03-12", "rodrigo-duterte"),
    ("西班牙首相桑契斯访问北京。", "2025-04-11", "pedro-sanchez"),
])
def test_taiwan_and_hong_kong_spellings(text: str, day: str, who: str) -> None:
    assert who in {m.actor for m in actor_index().find(text, "zh", day)}
