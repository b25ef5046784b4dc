"""A numbered regular meeting is one meeting, not a habit: "举行中俄总理第二十四次定期会晤",
"для проведения 24-й регулярной встречи глав правительств", "the 24th regular meeting",
"il 24° incontro periodico" do not deny the arrival's contact as "定期" / "регулярн" /
"regularly" alone would."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LI_MEDVEDEV = {"li-keqiang", "dmitry-medvedev"}
TEXTS = {
    "zh": "应俄罗斯联邦政府总理梅德韦杰夫邀请,国务院总理李克强当地时间9月16日下午乘专机抵达"
          "圣彼得堡,对俄罗斯进行正式访问并举行中俄总理第二十四次定期会晤。",
    "ru": "По приглашению председателя правительства России Дмитрия Медведева премьер Госсовета "
          "КНР Ли Кэцян 16 сентября прибыл в Санкт-Петербург с официальным визитом и для "
          "проведения 24-й регулярной встречи глав правительств.",
    "en": "At the invitation of Russian Prime Minister Dmitry Medvedev, Chinese Premier Li Keqiang "
          "arrived in St Petersburg on September 16 for an official visit and the 24th regular "
          "meeting of heads of government.",
    "it": "Su invito del primo ministro russo Dmitry Medvedev, il premier cinese Li Keqiang è "
          "arrivato il 16 settembre a San Pietroburgo per una visita ufficiale e il 24° incontro "
          "periodico dei capi di governo.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_numbered_regular_meeting_is_a_contact(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2019-09-17"), lang=lang)
    found = [e for e in analysis.events if set(e.participants) == LI_MEDVEDEV]
    assert found and all(e.date == "2019-09-16" for e in found), \
        [e.to_json() for e in analysis.events]


def test_a_regular_habit_still_denies() -> None:
    text = "Путин и Лукашенко регулярно встречаются и говорят по телефону."
    analysis = analyze_texts((text, "2019-09-17"), lang="ru")
    assert not [e for e in analysis.events if e.reported_by], \
        [e.to_json() for e in analysis.events]
