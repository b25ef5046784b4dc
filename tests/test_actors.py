"""The actor matcher: names in four scripts, titles resolved by date and side, unknown people."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from readouts import knowledge
from readouts.extract.people.actors import actor_index, slugify_name
from readouts.ingest.chinese_script import to_simplified


def ids(text: str, lang: str, on: str | None = None, side: str | None = None) -> list[str]:
    return [m.actor for m in actor_index().find(text, lang, on, side)]


# -- names in every language ------------------------------------------------------------
def test_english_names_and_variants() -> None:
    text = ("President Joseph R. Biden, Jr. spoke with Volodymyr Zelenskiy; Yuri Ushakov and "
            "Sergei Lavrov briefed reporters, and Biden's aides met Zelensky's team.")
    assert ids(text, "en", "2022-02-12") == [
        "joe-biden", "volodymyr-zelenskyy", "yury-ushakov", "sergei-lavrov", "joe-biden",
        "volodymyr-zelenskyy"]


def test_title_and_name_are_one_match() -> None:
    found = actor_index().find("Chinese President Xi Jinping met U.S. President Biden.", "en",
                               "2023-11-15")
    assert [(m.actor, m.text, m.by) for m in found] == [
        ("xi-jinping", "Xi Jinping", "name"), ("joe-biden", "Biden", "name")]


def test_italian_names_titles_and_adjectives() -> None:
    text = ("La presidente del Consiglio Giorgia Meloni ha sentito il presidente cinese, "
            "mentre il ministro degli Esteri Antonio Tajani incontrava Sergej Shojgu.")
    assert ids(text, "it", "2024-07-29") == [
        "giorgia-meloni", "xi-jinping", "antonio-tajani", "sergei-shoigu"]


def test_russian_case_forms_and_initials() -> None:
    text = ("Состоялся разговор Владимира Путина с Председателем КНР Си Цзиньпином. "
            "Путину позвонил Дональд Трамп; В.Путин поблагодарил Трампа, "
            "помощник Президента Юрий Ушаков рассказал о беседе с Виткоффом.")
    assert ids(text, "ru", "2025-03-18") == [
        "vladimir-putin", "xi-jinping", "vladimir-putin", "donald-trump", "vladimir-putin",
        "donald-trump", "yury-ushakov", "steve-witkoff"]


def test_russian_feminine_and_adjectival_surnames() -> None:
    text = "Зеленскому ответила Мария Захарова; с Марией Захаровой согласился Зеленский."
    assert ids(text, "ru", "2023-05-01") == [
        "volodymyr-zelenskyy", "maria-zakharova", "maria-zakharova", "volodymyr-zelenskyy"]


def test_chinese_names_without_word_boundaries() -> None:
    text = "国家主席习近平同美国总统拜登通电话。王毅、丁薛祥、何立峰参加会见。普京表示。"
    assert ids(text, "zh", "2021-11-16") == [
        "xi-jinping", "joe-biden", "wang-yi", "ding-xuexiang", "he-lifeng", "vladimir-putin"]


def test_chinese_stacked_titles_before_a_name() -> None:
    text = "中共中央总书记、国家主席、中央军委主席习近平在北京会见了来访的俄罗斯总统普京。"
    found = actor_index().find(text, "zh", "2024-05-16")
    assert [(m.actor, m.text) for m in found] == [
        ("xi-jinping", "习近平"), ("vladimir-putin", "普京")]


# -- titles resolved by date and side ---------------------------------------------------
@pytest.mark.parametrize(("on", "expected"), [
    ("2022-06-01", "joe-biden"), ("2026-02-01", "donald-trump"), ("2019-05-01", "donald-trump"),
    ("2010-01-01", "barack-obama")])
def test_us_president_by_date(on: str, expected: str) -> None:
    assert ids("The US President said so.", "en", on) == [expected]
    assert ids("美国总统表示。", "zh", on) == [expected]
    assert ids("Президент США заявил.", "ru", on) == [expected]


@pytest.mark.parametrize(("on", "expected"), [
    ("2021-06", "mario-draghi"), ("2024", "giorgia-meloni"), ("2019-03-01", "giuseppe-conte")])
def test_italian_prime_minister_by_date(on: str, expected: str) -> None:
    assert ids("Il presidente del Consiglio ha telefonato.", "it", on) == [expected]
    assert ids("The Italian Prime Minister called.", "en", on) == [expected]


def test_titles_with_country_in_every_language() -> None:
    on = "2023-03-21"
    assert ids("Il presidente degli Stati Uniti ha chiamato.", "it", on) == ["joe-biden"]
    assert ids("He met the President of Russia.", "en", on) == ["vladimir-putin"]
    assert ids("Председатель КНР прибыл в Москву.", "ru", on) == ["xi-jinping"]
    assert ids("国家主席出席。", "zh", on) == ["xi-jinping"]
    assert ids("the Russian President and the Chinese premier", "en", on) == [
        "vladimir-putin", "li-qiang"]


def test_chinese_premier_changes_with_the_date() -> None:
    assert ids("国务院总理出席。", "zh", "2020-05-22") == ["li-keqiang"]
    assert ids("国务院总理出席。", "zh", "2024-03-05") == ["li-qiang"]


def test_our_president_needs_the_side() -> None:
    assert ids("Our President thanked him.", "en", "2022-01-27", "UKR") == ["volodymyr-zelenskyy"]
    assert ids("наш Президент поблагодарил.", "ru", "2022-01-27", "RUS") == ["vladimir-putin"]
    assert ids("Our President thanked him.", "en", "2022-01-27", None) == []


def test_title_after_the_name_is_not_a_second_mention() -> None:
    text = "Vladimir Putin, President of Russia, spoke first. 习近平主席表示。"
    assert ids(text, "en", "2022-02-04") == ["vladimir-putin", "xi-jinping"]


def test_a_role_held_by_several_people_names_nobody() -> None:
    assert ids("Помощник Президента России рассказал журналистам.", "ru", "2024-06-01") == []


# -- unknown people and false friends -----------------------------------------------------
def test_unknown_people_found_by_title_pattern() -> None:
    found = actor_index().find(
        "Prime Minister Boyko Tsvetkov called Minister Vesna Marković on Monday.", "en", "2022")
    assert [(m.actor, m.by) for m in found] == [
        ("boyko-tsvetkov", "pattern"), ("vesna-markovic", "pattern")]
    zh = actor_index().find("联合国大会主席沙希德表示，中国外交部长王文博说。", "zh", "2022")
    assert [m.text for m in zh] == ["沙希德", "王文博"]
    assert ids("美国总统高度评价。总统任期内。主席呼吁。", "zh", "2022") == ["joe-biden"]
    ru = actor_index().find("Министр обороны Хорватии Зоран Милетич прибыл.", "ru", "2022")
    assert [(m.actor, m.by) for m in ru] == [("zoran-miletich", "pattern")]


def test_no_match_inside_longer_words() -> None:
    assert ids("Xinhua reported from Xi'an; the Xiamen forum and a Trumpet solo.", "en") == []
    assert ids("It is a question of the Hague and of Austin, Texas.", "en") == []


def test_guarded_surnames_need_a_title_or_the_full_name() -> None:
    assert ids("Il Conte di Cavour. Conte parlò.", "it", "2019-06-01") == []
    assert ids("Il premier Conte ha parlato.", "it", "2019-06-01") == ["giuseppe-conte"]
    text = "Giuseppe Conte met the press. Later Conte left."
    assert ids(text, "en", "2019-06-01") == ["giuseppe-conte", "giuseppe-conte"]


def test_ambiguous_short_form_resolved_by_office_on_the_date() -> None:
    assert ids("Clinton spoke.", "en", "1999-05-01") == ["bill-clinton"]
    assert ids("Clinton spoke.", "en", "2010-05-01") == ["hillary-clinton"]
    assert ids("Clinton spoke.", "en", "2020-05-01") == []  # neither in office: no guess


def test_names_wrapped_across_lines() -> None:
    assert ids("call with President Volodymyr\nZelenskyy of Ukraine", "en", "2022") == [
        "volodymyr-zelenskyy"]


def test_matches_are_sorted_and_do_not_overlap() -> None:
    text = "美国总统拜登和俄罗斯总统普京。Biden and Putin, Путин и Байден."
    found = actor_index().find(text, "zh", "2021-12-07")
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[m.start:m.end] == m.text for m in found)


# -- speaker labels, lookups ----------------------------------------------------------
@pytest.mark.parametrize(("label", "lang", "expected"), [
    ("President of Russia Vladimir Putin", "en", "vladimir-putin"),
    ("Президент России В.Путин", "ru", "vladimir-putin"),
    ("La presidente del Consiglio Giorgia Meloni", "it", "giorgia-meloni"),
    ("Xi Jinping (retranslated)", "en", "xi-jinping"),
    ("习近平", "zh", "xi-jinping"),
    ("Yury Ushakov", "en", "yury-ushakov"),
    ("Ю.Ушаков", "ru", "yury-ushakov"),
    ("Question", "en", None),
    ("Вопрос", "ru", None),
    ("记者", "zh", None),
    ("Domanda", "it", None),
    ("Andrej Babiš", "en", "andrej-babis"),
    ("Андрей Пленкович", "ru", "andrej-plenkovic"),
])
def test_resolve_speaker_labels(label: str, lang: str, expected: str | None) -> None:
    assert actor_index().resolve_name(label, lang, "2022-03-30", "RUS") == expected


def test_holder_roles_and_names() -> None:
    index = actor_index()
    assert index.holder("president", "USA", "2021-01-20") == "joe-biden"
    assert index.holder("president", "USA", "2021-01-19") == "donald-trump"
    assert index.holder("chairman", "CHN", "2020") == "xi-jinping"
    assert index.holder("foreign_minister", "CHN", "2023-04-01") == "qin-gang"
    assert index.holder("foreign_minister", "CHN", "2024-04-01") == "wang-yi"
    assert index.holder("prime_minister", "DEU", "2023") == "olaf-scholz"
    assert index.holder("president", "USA", None) == "donald-trump"
    terms = [r for r in index.roles("donald-trump") if r["role"] == "president"]
    assert [(r["from"], r["to"]) for r in terms] == [
        ("2017-01-20", "2021-01-20"), ("2025-01-20", None)]
    assert {r["country"] for r in index.roles("marco-rubio")} == {"USA"}
    assert index.country_of("volodymyr-zelenskyy") == "UKR"
    assert index.country_of("nobody-known") is None
    assert index.name("xi-jinping") == "Xi Jinping"
    assert index.name("xi-jinping", "zh") == "习近平"
    assert index.name("tomas-hruby") == "Tomas Hruby"


def test_slugify_transliterates() -> None:
    assert slugify_name("Путин") == "putin"
    assert slugify_name("Шойгу") == "shoigu"
    assert slugify_name("Юрий Ушаков") == "yury-ushakov"
    assert slugify_name("Andrej Plenković") == "andrej-plenkovic"
    assert slugify_name("沙希德") == "sha-xide"
    assert slugify_name("安娜·马利亚尔") == "an-na-ma-liyaer"
    assert re.fullmatch(r"[a-z0-9-]+", slugify_name("王文博 (外交部)"))


def test_knowledge_base_is_consistent() -> None:
    data = knowledge.load("actors")
    countries = knowledge.load("countries")
    seen: set[str] = set()
    for actor in data["actors"]:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", actor["id"]), actor["id"]
        assert actor["id"] not in seen
        seen.add(actor["id"])
        assert actor.get("en"), actor["id"]
        for role in actor_index().roles(actor["id"]):
            assert role["from"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", role["from"])
            assert role["to"] is None or role["from"] is None or role["from"] < role["to"]
    for iso in ("USA", "CHN", "RUS", "UKR", "ITA", "IRN", "BLR", "KAZ", "KOR", "PRK", "JPN",
                "DEU", "FRA", "GBR", "IND", "BRA", "ARG", "MEX", "CAN", "AUS", "SAU", "ZAF",
                "TUR", "IDN", "VEN", "CUB", "ISR", "PSE", "EU", "NATO", "UN"):
        assert all(countries[iso].get(lang) for lang in ("en", "it", "ru", "zh")), iso


# -- the real corpus ------------------------------------------------------------------
_PRINCIPAL = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)+) \(([A-Z]{2})\b")


def _read(path: Path) -> tuple[dict[str, str], str]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    header = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    return header, body


def test_corpus_principals_are_found_in_every_file_of_their_event(corpus: Path) -> None:
    index = actor_index()
    missing: list[str] = []
    with (corpus / "events.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            principals = [index.resolve_name(name, "en", row["date"])
                          for name, _ in _PRINCIPAL.findall(row["participants"])]
            assert principals and all(p and index.country_of(p) for p in principals), row
            for name in row["files"].split(";"):
                header, body = _read(corpus / name)
                text = f"{header.get('title', '')}\n{body}"
                found = {m.actor for m in index.find(text, header["language"],
                                                     header["date"][:10])}
                missing += [f"{name}: {p}" for p in principals if p not in found]
    assert not missing, missing


def test_foreign_ministers_of_japan_and_korea_by_date_in_every_language() -> None:
    assert ids("Il ministro degli Esteri giapponese ha incontrato Lavrov.", "it",
               "2003-06-01") == ["yoriko-kawaguchi", "sergei-lavrov"]
    assert ids("The Japanese Foreign Minister met Lavrov.", "en", "2011-12-01") == [
        "koichiro-gemba", "sergei-lavrov"]
    assert ids("Министр иностранных дел Японии встретился с Лавровым.", "ru", "2005-01-10") == [
        "nobutaka-machimura", "sergei-lavrov"]
    assert ids("日本外相会见王毅。", "zh", "2010-01-10") == ["katsuya-okada", "wang-yi"]
    assert ids("韩国外长会见王毅。", "zh", "2015-01-10") == ["yun-byung-se", "wang-yi"]
    assert ids("韩国外长会见王毅。", "zh", "2024-06-10") == ["cho-tae-yul", "wang-yi"]


def _found(text: str, lang: str, on: str) -> list[tuple[str, str]]:
    from readouts.extract.people.actors import actor_index

    return [(m.actor, m.text) for m in actor_index().find(text, lang, on, None)]


def test_italian_titles_naming_a_country_in_full_and_the_home_presidency() -> None:
    assert _found("Il Presidente della Repubblica Popolare Cinese Xi Jinping ha ricevuto il "
                  "Presidente della Federazione Russa Vladimir Putin.", "it", "2025-11-01") == [
        ("xi-jinping", "Xi Jinping"), ("vladimir-putin", "Vladimir Putin")]
    # Alone, in the Italian press, the President of the Republic is Italy's.
    assert _found("Il presidente della Repubblica ha inviato un messaggio.", "it",
                  "2025-11-01") == [("sergio-mattarella", "presidente della Repubblica")]
    assert [a for a, _ in _found("Il Presidente della Repubblica di Corea ha telefonato al Capo "
                                 "dello Stato.", "it", "2025-11-01")] == [
        "lee-jae-myung", "sergio-mattarella"]
    assert [a for a, _ in _found("Il Capo dello Stato cinese ha ricevuto il presidente della "
                                 "Repubblica francese.", "it", "2025-11-01")] == [
        "xi-jinping", "emmanuel-macron"]


def test_an_unknown_name_stops_where_a_known_one_starts() -> None:
    assert _found("Il presidente Giovanni Rossi ha parlato con il presidente Xi Jinping.", "it",
                  "2025-11-01") == [("giovanni-rossi", "Giovanni Rossi"),
                                    ("xi-jinping", "Xi Jinping")]


def test_popes_and_taiwan_leaders_in_four_languages() -> None:
    assert _found("Papa Francesco ha ricevuto il presidente Zelensky.", "it", "2024-06-01")[0] \
        == ("pope-francis", "Papa Francesco")
    assert _found("Pope Leo XIV received President Zelenskyy.", "en", "2025-07-09")[0][0] \
        == "leo-xiv"
    assert _found("Папа Римский Лев XIV принял Зеленского.", "ru", "2025-07-09")[0][0] \
        == "leo-xiv"
    assert _found("赖清德当局顽固坚持台独立场。", "zh", "2024-11-16") == [
        ("lai-ching-te", "赖清德")]
    assert _found("蔡英文当局", "zh", "2020-01-01") == [("tsai-ing-wen", "蔡英文")]


@pytest.mark.parametrize(
    ("lang", "text", "on", "actor"),
    [
        ("it", "Ha parlato il ministro degli Esteri russo Serghiei Lavrov.", "2023-05-02",
         "sergei-lavrov"),
        ("en", "Russian Foreign Minister Serghei Lavrov arrived later.", "2023-05-02",
         "sergei-lavrov"),
        ("ru", "Состоялся разговор с Президентом Казахстана Касымом-Жомартом Токаевым.",
         "2023-05-02", "kassym-jomart-tokayev"),
        ("ru", "Президент Узбекистана Шавкат Мирзиеев прибыл в Москву.", "2023-05-02",
         "shavkat-mirziyoyev"),
        ("it", "Il presidente statunitense Donalde ha risposto.", "2025-03-18", "donald-trump"),
        ("it", "Al telefono c'era il leader russo Vladimir.", "2025-03-18", "vladimir-putin"),
        ("en", "On the line was the Russian President Vladimir.", "2025-03-18",
         "vladimir-putin"),
    ],
)
def test_variant_and_partial_names_resolve_to_the_known_person(lang: str, text: str, on: str,
                                                               actor: str) -> None:
    found = actor_index().find(text, lang, on)
    assert [m.actor for m in found] == [actor]


@pytest.mark.parametrize(
    ("lang", "text", "on"),
    [
        ("it", "Il presidente cinese X ha parlato di commercio.", "2024-05-02"),
        ("it", "Il vertice dei Leader Economici dell'APEC si terrà a Shenzhen.", "2024-05-02"),
        ("ru", "Пресс-секретарь Белого дома выступила утром.", "2024-05-02"),
        ("en", "The Chinese President X spoke about trade.", "2024-05-02"),
    ],
)
def test_a_letter_an_adjective_or_a_building_is_no_person(lang: str, text: str,
                                                           on: str) -> None:
    found = actor_index().find(text, lang, on)
    assert all(actor_index().country_of(m.actor) for m in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Xi si è congratulato con Biden per la sua elezione a presidente degli Stati "
               "Uniti."),
        ("en", "Xi congratulated Biden on being elected President of the United States."),
        ("ru", "Си Цзиньпин поздравил Байдена с избранием президентом США."),
        ("zh", "习近平致电拜登，祝贺他当选美国总统。"),
    ],
)
def test_an_office_won_is_not_its_outgoing_holder(lang: str, text: str) -> None:
    found = [m.actor for m in actor_index().find(text, lang, "2020-11-25")]
    assert "donald-trump" not in found and "joe-biden" in found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Il Papa ha ricevuto il presidente della Repubblica di Colombia, Gustavo Francisco "
         "Petro Urrego.", "gustavo-petro"),
        ("Il Papa ha ricevuto il Presidente della Georgia, S.E. la Sig.ra Salomé "
         "Zourabichvili.", "salome-zourabichvili"),
    ],
)
def test_another_countrys_president_of_the_republic_is_not_italys(text: str,
                                                                   actor: str) -> None:
    found = [m.actor for m in actor_index().find(text, "it", "2022-09-01")]
    assert "sergio-mattarella" not in found and actor in found


def test_a_home_title_of_an_unlisted_country_is_nobody_at_home() -> None:
    found = [m.actor for m in actor_index().find(
        "Ha parlato il presidente della Repubblica di Slovenia.", "it", "2022-09-01")]
    assert "sergio-mattarella" not in found


def test_taiwan_press_spellings_after_conversion() -> None:
    # Traditional text is read in Simplified characters: 歐巴馬 -> 欧巴马, 普亭, 馬克宏 -> 马克宏
    text = "习近平今天与欧巴马通电话；普亭、马克宏与梅克尔随后也通了电话。"
    assert ids(text, "zh", "2015-02-11") == [
        "xi-jinping", "barack-obama", "vladimir-putin", "emmanuel-macron", "angela-merkel"]


# A seat for its holder ("il capo dell'Eliseo", "хозяин Белого дома"); "the former" office
# holder is the one before the holder on the date.
SEATS = [
    ("it", "A chiamare è stato il capo dell'Eliseo.", "2018-06-14", ["emmanuel-macron"]),
    ("it", "L'inquilino della Casa Bianca ha risposto.", "2022-03-01", ["joe-biden"]),
    ("ru", "Позвонил хозяин Белого дома.", "2018-06-14", ["donald-trump"]),
    ("it", "Meloni ha ricevuto l'ex presidente del Consiglio.", "2022-10-24",
     ["giorgia-meloni", "mario-draghi"]),
    ("ru", "Мелони приняла бывшего премьер-министра Италии.", "2022-10-24",
     ["giorgia-meloni", "mario-draghi"]),
    ("it", "Meloni ha ricevuto il presidente del Consiglio uscente.", "2022-10-20",
     ["giorgia-meloni", "mario-draghi"]),
]


@pytest.mark.parametrize(("lang", "text", "on", "expected"), SEATS)
def test_seats_and_former_holders(lang: str, text: str, on: str, expected: list[str]) -> None:
    assert ids(text, lang, on) == expected


# Taiwan and Hong Kong media spell leaders their own way; written in Traditional characters,
# each is read after conversion to Simplified ones, never cut into a made-up actor.
TAIWAN_SPELLINGS = [
    ("普丁今天與澤倫斯基通電話。", "2022-02-25", ["vladimir-putin", "volodymyr-zelenskyy"]),
    ("艾爾段在安卡拉會見了蕭茲。", "2022-03-14", ["recep-tayyip-erdogan", "olaf-scholz"]),
    ("施凱爾致電川普，杜魯道隨後也與川普通話。", "2025-02-20",
     ["keir-starmer", "donald-trump", "justin-trudeau", "donald-trump"]),
    ("強森與麥克宏在倫敦會談。", "2021-06-12", ["boris-johnson", "emmanuel-macron"]),
    ("梅爾茨同賀錦麗見面，盧比歐也在場。", "2024-09-01",
     ["friedrich-merz", "kamala-harris", "marco-rubio"]),
]


@pytest.mark.parametrize(("traditional", "on", "expected"), TAIWAN_SPELLINGS)
def test_traditional_script_spellings(traditional: str, on: str, expected: list[str]) -> None:
    simplified, _ = to_simplified(traditional, {})
    assert simplified != traditional
    assert ids(simplified, "zh", on) == expected


# A name run together, as pages and tags write it ("XiJinping", "#EmmanuelMacron"), is the
# person; a word that only starts like one is not.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "President XiJinping held talks with EmmanuelMacron.",
     ["xi-jinping", "emmanuel-macron"]),
    ("it", "Il presidente XiJinping ha ricevuto #EmmanuelMacron.",
     ["xi-jinping", "emmanuel-macron"]),
    ("ru", "Председатель КНР Си Цзиньпин (#XiJinping) встретился с Макроном.",
     ["xi-jinping", "xi-jinping", "emmanuel-macron"]),
    ("zh", "国家主席习近平（XiJinping）会见法国总统马克龙。",
     ["xi-jinping", "xi-jinping", "emmanuel-macron"]),
    ("en", "The XiJinpingThought institute opened.", []),
])
def test_names_run_together(lang: str, text: str, expected: list[str]) -> None:
    assert [m.actor for m in actor_index().find(text, lang, "2024-05-06")] == expected


# A social-media handle writes a name run together in lower case and without accents
# ("@narendramodi", "@vonderleyen", "@antonioguterres"), and the US president's account is
# "@POTUS": a post relayed in any language names its people by them.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "PM @narendramodi and @vonderleyen held talks, then spoke with @POTUS.",
     ["narendra-modi", "ursula-von-der-leyen", "joe-biden"]),
    ("it", "«Ottimo colloquio con @antonioguterres», ha scritto @narendramodi su X.",
     ["antonio-guterres", "narendra-modi"]),
    ("ru", "«Хороший разговор с @POTUS», написала @vonderleyen в соцсети X.",
     ["joe-biden", "ursula-von-der-leyen"]),
    ("zh", "莫迪在社交媒体X上发文（@narendramodi），感谢古特雷斯（@antonioguterres）。",
     ["narendra-modi", "narendra-modi", "antonio-guterres", "antonio-guterres"]),
    ("en", "The modi operandi of the summit differ; a potus of tea.", []),
])
def test_handles_name_people(lang: str, text: str, expected: list[str]) -> None:
    assert [m.actor for m in actor_index().find(text, lang, "2022-05-06")] == expected
