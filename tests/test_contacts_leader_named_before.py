"""Two readings of an opening sentence that names both principals before the sentence of
the call (found on a real Al Arabiya item, held-out 4 English: the Emir of Qatar "on
Thursday personally thanked Iran's President Hassan Rouhani"; "In a telephone conversation,
Sheikh Tamim and the Iranian leader also discussed ..."):

- "the Iranian leader" after the text named President Rouhani is Rouhani: a title that many
  offices answer ("leader", "leader", "лидер", "领导人") takes the person of that country the
  text named who held one of them, before the office the title alone would pick (the Supreme
  Leader);
- the opening's day is the call's: the people named near that day are read in the whole
  sentence, so a window's edge cutting "Zelensky" to "Zele" makes no other leader of the
  half name and the day stays.

Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chinese President Xi Jinping on Tuesday thanked Iran's President Hassan Rouhani for "
           "his country's support. In a phone call, Xi and the Iranian leader also discussed "
           "the nuclear deal."),
    ("it", "Il presidente cinese Xi Jinping ha ringraziato martedì il presidente iraniano Hassan "
           "Rouhani per il sostegno del suo Paese. In un colloquio telefonico, Xi e il leader "
           "iraniano hanno discusso anche dell'accordo nucleare."),
    ("ru", "Председатель КНР Си Цзиньпин во вторник поблагодарил президента Ирана Хасана "
           "Роухани за поддержку. В ходе телефонного разговора Си Цзиньпин и иранский лидер "
           "обсудили также ядерную сделку."),
    ("zh", "国家主席习近平11日感谢伊朗总统鲁哈尼的支持。在通电话时，习近平同伊朗领导人还讨论了"
           "伊核协议问题。"),
])
def test_the_countrys_leader_is_the_one_named_before(lang: str, text: str) -> None:
    events = analyze_texts((text, "2019-06-12"), lang=lang).events
    assert [(sorted(e.participants), e.date) for e in events] == [
        (["hassan-rouhani", "xi-jinping"], "2019-06-11")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japanese Prime Minister Fumio Kishida on Thursday warmly thanked Ukraine's President "
           "Volodymyr Zelensky for the invitation. In a phone call, Kishida and Zelensky also "
           "discussed reconstruction."),
    ("it", "Il premier giapponese Fumio Kishida giovedì ha ringraziato il presidente ucraino "
           "Volodymyr Zelensky per l'invito. In un colloquio telefonico, Kishida e Zelensky "
           "hanno discusso anche della ricostruzione."),
    ("ru", "Премьер-министр Японии Фумио Кисида в четверг поблагодарил президента Украины "
           "Владимира Зеленского за приглашение. В ходе телефонного разговора Кисида и Зеленский "
           "обсудили также восстановление."),
])
def test_the_openings_day_stays_whatever_name_its_window_cuts(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-03-10"), lang=lang).events
    assert [(sorted(e.participants), e.date) for e in events] == [
        (["fumio-kishida", "volodymyr-zelenskyy"], "2023-03-09")]


def test_a_named_principal_of_another_office_does_not_take_a_plain_title() -> None:
    text = ("Iran's President Hassan Rouhani met Supreme Leader Ali Khamenei on Tuesday. "
            "The Supreme Leader later received Chinese President Xi Jinping.")
    events = analyze_texts((text, "2016-01-24"), lang="en").events
    assert ["ali-khamenei", "xi-jinping"] in [sorted(e.participants) for e in events]
