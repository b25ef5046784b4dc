"""A contact the parties work to make a success or coordinate to hold is ahead, not held on
the page's day: "agreed to cooperate to make the meeting between Trump and Kim meaningful",
"per rendere l'incontro tra Trump e Kim un successo", "чтобы сделать встречу Трампа и Ким Чен
Ына успешной", "使特朗普与金正恩的会晤取得成功", "have begun coordination to hold a summit"
(found on a real Sputnik item and a real Yomiuri item, heldout8 h8en-002 and h8en-015, whose
planned meetings came out held)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2018-05-28"
TRUMP_KIM = {"donald-trump", "kim-jong-un"}

SUCCESS = [
    ("en", "Japanese Prime Minister Shinzo Abe and US President Donald Trump spoke by phone on "
           "Monday.\n\nDuring the conversation, the sides also agreed to cooperate to make the "
           "meeting between Trump and North Korean leader Kim Jong Un meaningful."),
    ("en", "Japanese Prime Minister Shinzo Abe and US President Donald Trump spoke by phone on "
           "Monday.\n\nThe two leaders agreed to work together to make the meeting between Trump "
           "and North Korean leader Kim Jong Un a success."),
    ("it", "Il premier giapponese Shinzo Abe e il presidente americano Donald Trump hanno avuto "
           "lunedì un colloquio telefonico.\n\nDurante la conversazione, i due leader hanno "
           "concordato di lavorare insieme per rendere l'incontro tra Trump e il leader "
           "nordcoreano Kim Jong Un un successo."),
    ("ru", "Премьер-министр Японии Синдзо Абэ и президент США Дональд Трамп провели в "
           "понедельник телефонный разговор.\n\nВ ходе разговора лидеры договорились работать "
           "вместе, чтобы сделать встречу Трампа и лидера КНДР Ким Чен Ына успешной."),
    ("zh", "日本首相安倍晋三与美国总统特朗普周一通电话。\n\n通话中，两国领导人表示，将共同努力，"
           "确保特朗普与朝鲜领导人金正恩的会晤取得成功。"),
]


@pytest.mark.parametrize(("lang", "text"), SUCCESS)
def test_a_contact_to_be_made_a_success_is_planned(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    theirs = [e for e in events if set(e.participants) == TRUMP_KIM]
    assert theirs and all(e.status == "planned" for e in theirs), (
        lang, [e.to_json() for e in events])


COORDINATED = [
    ("en", "Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President "
           "Yoon Suk Yeol on Friday.\n\nThe two governments have begun coordination to hold a "
           "summit meeting of Kishida and Yoon on the sidelines of the conferences in Phnom Penh "
           "from Nov. 10 to 16."),
    ("en", "Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President "
           "Yoon Suk Yeol on Friday.\n\nIf a face-to-face meeting of Kishida and Yoon takes "
           "place in Phnom Penh on Nov. 13, it will be their first in three years."),
    ("it", "Il premier giapponese Fumio Kishida ha avuto venerdì un colloquio telefonico con il "
           "presidente sudcoreano Yoon Suk Yeol.\n\nI due governi hanno avviato il "
           "coordinamento per tenere un incontro tra Kishida e Yoon a Phnom Penh il 13 novembre."),
    ("ru", "Премьер-министр Японии Фумио Кисида провел в пятницу телефонный разговор с "
           "президентом Южной Кореи Юн Сок Ёлем.\n\nПравительства двух стран начали согласование "
           "встречи Кисиды и Юн Сок Ёля в Пномпене 13 ноября."),
    ("zh", "日本首相岸田文雄周五同韩国总统尹锡悦通电话。\n\n两国政府已开始协调举行岸田文雄"
           "与尹锡悦的会晤，会晤或于11月13日在金边举行。"),
]


@pytest.mark.parametrize(("lang", "text"), COORDINATED)
def test_a_contact_being_coordinated_is_ahead(lang: str, text: str) -> None:
    events = analyze_texts((text, "2022-11-05"), lang=lang).events
    ahead = [e for e in events if not e.reported_by
             and set(e.participants) == {"fumio-kishida", "yoon-suk-yeol"}]
    assert ahead and ahead[0].status == "planned", (lang, [e.to_json() for e in events])
    assert ahead[0].date is None or ahead[0].date >= "2022-11", (lang, ahead[0].date)
