"""A contact told as the second day running ("连续第二天通电话", "the second day in a row",
"второй день подряд", "il secondo giorno consecutivo") came the day after the earlier one
whose day the story tells ("特朗普于周日…亦曾与普京通话"), not on the page's day (found
on a real Sing Tao item, trial zh-011, dated to its page)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-12-30"  # a Tuesday; the earlier call was on Sunday the 28th

RUNNING = [
    ("zh", "白宫新闻秘书表示，特朗普与俄罗斯总统普京进行了一次积极的通话。这是特朗普与普京连续"
           "第二天通电话。特朗普于周日会晤泽连斯基前，亦曾与普京通话。"),
    ("en", "The White House press secretary said President Donald Trump had a positive phone "
           "call with Russian President Vladimir Putin. It was the second day in a row that the "
           "two leaders spoke by phone. On Sunday, before meeting Zelensky, Trump also spoke "
           "with Putin by phone."),
    ("ru", "Пресс-секретарь Белого дома заявила, что Дональд Трамп провел позитивный "
           "телефонный разговор с Владимиром Путиным. Лидеры говорили по телефону второй день "
           "подряд. В воскресенье, перед встречей с Зеленским, Трамп также разговаривал с "
           "Путиным по телефону."),
    ("it", "La portavoce della Casa Bianca ha detto che Donald Trump ha avuto una telefonata "
           "positiva con Vladimir Putin. È il secondo giorno consecutivo che i due leader si "
           "sentono al telefono. Domenica, prima di incontrare Zelensky, Trump aveva già avuto "
           "una telefonata con Putin."),
]


@pytest.mark.parametrize(("lang", "text"), RUNNING)
def test_the_second_day_running_is_the_day_after(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    call = next(e for e in events if set(e.participants) == {"donald-trump", "vladimir-putin"})
    assert call.date == "2025-12-29", (lang, call.date)
