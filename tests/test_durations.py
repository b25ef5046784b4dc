"""How long a contact lasted, in four languages, and the spans that are not that."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_duration, parse_duration


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("Il colloquio è durato quasi due ore e ha toccato tutti i dossier.", "it", 120),
        ("La telefonata tra i due presidenti è durata un'ora e mezza.", "it", 90),
        ("La conversazione si è protratta per oltre tre ore.", "it", 180),
        ("Zelensky had an hour-long phone conversation with the US President.", "en", 60),
        ("The conversation, which lasted more than an hour and a half, was frank.", "en", 90),
        ("It lasted for just over an hour.", "en", 60),
        ("The two leaders held a 50-minute call on Tuesday.", "en", 50),
        ("The conversation lasted 1 hour 40 minutes.", "en", 100),
        ("The leaders talked for about two hours.", "en", 120),
        ("Разговор продолжался около двух часов.", "ru", 120),
        ("Беседа длилась более полутора часов.", "ru", 90),
        ("Состоялся двухчасовой разговор президентов.", "ru", 120),
        # an hour with no number, right after a verb of lasting or talking
        ("По данным СМИ, беседа длилась час.", "ru", 60),
        ("Лидеры общались час, обсудив ситуацию на Ближнем Востоке.", "ru", 60),
        ("两国元首通话持续约两小时。", "zh", 120),
        ("双方进行了一个多小时的通话。", "zh", 60),
        ("两国元首举行了两个半小时的会谈。", "zh", 150),
    ],
)
def test_contact_duration(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None
    assert found.minutes == minutes
    assert sentence[found.start:found.end] == found.text


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The talks ended two hours ago.", "en"),
        ("The parties agreed on a 30-day ceasefire.", "en"),
        ("Trade has grown for three consecutive years.", "en"),
        ("The teams will meet in the next two weeks.", "en"),
        ("He has led the country for eight years.", "en"),
        ("The President will call him in two hours.", "en"),
        ("I colloqui si sono conclusi due ore fa.", "it"),
        ("La tregua di trenta giorni è scaduta.", "it"),
        ("Переговоры закончились два часа назад.", "ru"),
        ("Товарооборот растёт три года подряд.", "ru"),
        ("Президенты говорили час назад о встрече.", "ru"),
        ("会谈两小时前结束。", "zh"),
        ("中方连续三年保持俄罗斯第一大贸易伙伴地位。", "zh"),
        ("双方将在未来两周内举行会谈。", "zh"),
    ],
)
def test_not_a_contact_duration(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None


@pytest.mark.parametrize(
    ("span", "lang", "seconds"),
    [
        ("an hour and a half", "en", 5400),
        ("3 days", "en", 259200),
        ("twenty min", "en", 1200),
        ("due ore e mezza", "it", 9000),
        ("una settimana e tre giorni", "it", 864000),
        ("двух часов", "ru", 7200),
        ("三年半", "zh", 110376000),
        ("8天20小时", "zh", 763200),
    ],
)
def test_parse_duration_span(span: str, lang: str, seconds: float) -> None:
    got = parse_duration(span, lang)
    assert got is not None and abs(got - seconds) < 1


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("The two leaders talked for a couple of hours.", "en", 120),
        ("Il colloquio, durato oltre un'ora e mezza, è stato franco.", "it", 90),
        ("Переговоры в узком составе продолжались около трёх часов.", "ru", 180),
        ("两国元首的会谈持续了三个多小时。", "zh", 180),
    ],
)
def test_more_contact_durations(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Two hours after the call, the White House issued a statement.", "en"),
        ("Due ore dopo la telefonata, Palazzo Chigi ha diffuso una nota.", "it"),
        ("Через два часа после разговора Кремль опубликовал заявление.", "ru"),
        ("通话结束两小时后，白宫发表声明。", "zh"),
    ],
)
def test_elapsed_time_after_the_call_is_no_duration(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None


@pytest.mark.parametrize(
    ("span", "lang", "seconds"),
    [
        ("a fortnight", "en", 1209600),
        ("a couple of days", "en", 172800),
        ("two decades", "en", 630720000),
        ("一年多三个月又20天8小时余50分钟20秒", "zh", 41071820),
    ],
)
def test_parse_more_duration_spans(span: str, lang: str, seconds: float) -> None:
    got = parse_duration(span, lang)
    assert got is not None and abs(got - seconds) < 1


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        # "for" after a talk verb, a qualifier between
        ("I due presidenti hanno parlato al telefono per circa 90 minuti.", "it", 90),
        ("The two leaders spoke by phone for 90 minutes on Monday.", "en", 90),
        # a noun phrase of the talk with a qualified span
        ("È stata una chiamata di oltre un'ora, riferiscono fonti di governo.", "it", 60),
        ("Durante una riunione di quasi tre ore i ministri hanno discusso i dazi.", "it", 180),
        # hours and minutes, and quarters of an hour
        ("Secondo il Cremlino, il colloquio è durato 2 ore e 5 minuti.", "it", 125),
        ("Il vertice è durato due ore e un quarto.", "it", 135),
        ("The meeting lasted two hours and a quarter.", "en", 135),
        ("Переговоры продолжались два часа с четвертью.", "ru", 135),
        # the quarter with no article ("un'ora e quarto") and the one hour with no number
        # before its part ("час с половиной", "около часа с четвертью")
        ("Il colloquio tra i due presidenti è durato un'ora e quarto.", "it", 75),
        ("La riunione si è protratta per due ore e quarto.", "it", 135),
        ("Переговоры продолжались час с половиной.", "ru", 90),
        ("Беседа лидеров длилась около часа с четвертью.", "ru", 75),
        ("Беседа лидеров длилась час.", "ru", 60),
        ("Беседа продолжалась 2 часа 5 минут.", "ru", 125),
        ("通话持续了两个小时十五分钟。", "zh", 135),
        # the talk named after the span
        ("Dopo un'ora di colloquio i due leader hanno incontrato la stampa.", "it", 60),
        ("After two hours of talks the leaders issued a joint statement.", "en", 120),
        ("После двух часов переговоров лидеры вышли к журналистам.", "ru", 120),
        ("双方进行了近三个小时的会谈。", "zh", 180),
        # an end after the span
        ("È terminato dopo un'ora e mezza l'incontro tra i due leader.", "it", 90),
        ("The summit ended after about three hours.", "en", 180),
        ("Переговоры завершились спустя почти три часа.", "ru", 180),
        # one span said twice is not a sum
        ("La telefonata è durata 90 minuti, un'ora e mezza.", "it", 90),
        ("The call lasted 90 minutes, an hour and a half.", "en", 90),
        ("Разговор длился 90 минут, полтора часа.", "ru", 90),
        ("会谈持续了90分钟，一个半小时。", "zh", 90),
        ("两国元首通话一个多小时。", "zh", 60),
        # held for the span: "si è svolto per", "was held for", "проходили"
        ("Si è svolto per circa un'ora, nella mattinata di ieri, il colloquio tra i due "
         "ministri.", "it", 60),
        ("Si è tenuto per quasi due ore il vertice tra i due leader.", "it", 120),
        ("Il vertice a tre si è svolto in soli 40 minuti.", "it", 40),
        ("C'è stato un colloquio bilaterale di poco più di mezz'ora nella sede del governo.",
         "it", 30),
        ("The meeting was held for about forty minutes behind closed doors.", "en", 40),
        ("Переговоры проходили около трёх часов.", "ru", 180),
        ("会谈进行了约两个小时。", "zh", 120),
    ],
)
def test_contact_duration_phrasings(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("La telefonata si è conclusa poco più di un'ora fa.", "it"),
        ("La seduta è stata sospesa per due ore.", "it"),
        ("The call ended a little over an hour ago.", "en"),
        ("Разговор завершился чуть больше часа назад.", "ru"),
        ("通话在一个多小时前结束。", "zh"),
    ],
)
def test_elapsed_time_is_no_duration(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("La telefonata, iniziata alle 8.33, è terminata alle 10.50.", "it", 137),
        ("Il colloquio si è svolto dalle 8.33 alle 10.50.", "it", 137),
        ("The call took place 8:33–10:50.", "en", 137),
        ("The call ran from 8:33 to 10:50 a.m.", "en", 137),
        ("Разговор продолжался с 17:00 до 18:15.", "ru", 75),
        ("Разговор начался в 17:00 и завершился в 18:15.", "ru", 75),
        ("拜登于北京时间晚上8时33分与习近平通话，通话在10时50分结束。", "zh", 137),
    ],
)
def test_a_start_and_an_end_time_give_the_duration(sentence: str, lang: str,
                                                   minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes


def test_two_clock_times_of_different_things_are_no_duration() -> None:
    assert find_duration("The meeting is at 9:00, the lunch at 12:30.", "en") is None
    assert find_duration("Il vertice alle 9, la conferenza stampa alle 12.", "it") is None


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes", "at_least"),
    [
        ("La telefonata è durata oltre due ore.", "it", 120, True),
        ("La telefonata è durata due ore e cinque minuti.", "it", 125, False),
        ("The two leaders spoke by phone for more than two hours.", "en", 120, True),
        ("Разговор длился более двух часов.", "ru", 120, True),
        ("Лидеры общались почти час.", "ru", 60, False),
        ("会谈持续了两个多小时。", "zh", 120, True),
        ("会谈持续了2小时05分钟。", "zh", 125, False),
    ],
)
def test_a_lower_bound_is_marked(sentence: str, lang: str, minutes: int,
                                 at_least: bool) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and (found.minutes, found.at_least) == (minutes, at_least)


# A wait before or during a call is no length of the talk, even beside a talk word.
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("泽连斯基接到电话后，对马克龙说他正在与记者交谈，请对方等待15到20分钟。", "zh"),
        ("通话开始前，普京让默克尔等了20分钟。", "zh"),
        ("He took the call and asked Macron to wait 15 to 20 minutes while he spoke with "
         "reporters.", "en"),
        ("Ha risposto alla telefonata e ha chiesto a Macron di attendere 15-20 minuti, il "
         "tempo di finire il colloquio con i giornalisti.", "it"),
        ("Он ответил на звонок и попросил Макрона подождать 15–20 минут, пока заканчивает "
         "разговор с журналистами.", "ru"),
    ],
)
def test_a_wait_is_no_duration(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None


# A start time then the length, as Japanese and other foreign ministries' summaries put it,
# and a compound length after an article ("a two hour-long conversation").
@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("On May 4, commencing at 9:05 a.m. for approximately 35 minutes, the Prime Minister "
         "held a telephone talk with the President of Chile.", "en", 35),
        ("Starting at around 10 p.m. (local time) for about 15 minutes, the two leaders held "
         "a telephone talk.", "en", 15),
        ("For approximately 40 minutes from 7:30 a.m. on Monday, the Prime Minister held a "
         "telephone conversation with the Chancellor.", "en", 40),
        ("The leaders met virtually for a three hour-long conversation on Tuesday.", "en", 180),
        ("Il 4 maggio, a partire dalle 9.05 per circa 35 minuti, la presidente del Consiglio "
         "ha avuto un colloquio telefonico con il presidente cileno.", "it", 35),
        ("Per circa 40 minuti dalle 7.30 di lunedì la premier ha parlato al telefono con il "
         "cancelliere.", "it", 40),
    ],
)
def test_a_start_time_then_a_length(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, found


# A start time and a span of something else: no length of a talk.
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The office stays closed from 2 p.m. for two days.", "en"),
        ("He has been in office for ten years from 2014.", "en"),
        ("Alle 10 per due ore la strada resterà chiusa.", "it"),
    ],
)
def test_a_start_time_and_another_span(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None
