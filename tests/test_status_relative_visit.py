"""A planned contact whose guest is described in a relative clause as on a visit ("will
meet ... Obama, who is on his first state visit to China") is still the story's planned
contact: the clause tells the guest's stay, not a held contact of its own (found on a real
Xinhua item, h8en-023). Chinese puts the stay before the name ("正在中国进行国事访问的"),
which never read as a clause of its own. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("en", "Chinese Premier to meet German Chancellor\n\nBEIJING, Nov. 18 - Chinese Premier Li "
           "Qiang will meet here Wednesday with German Chancellor Olaf Scholz, who is on his "
           "first official visit to China since taking office.\nThey will have a working lunch "
           "before Scholz's visit to the Great Wall.\nScholz arrived in Shanghai on Sunday "
           "night.\nPresident Xi Jinping held talks with him in Beijing on Tuesday."),
    ("it", "Il premier cinese vedrà il cancelliere tedesco\n\nPECHINO, 18 nov - Il premier "
           "cinese Li Qiang incontrerà mercoledì il cancelliere tedesco Olaf Scholz, che si "
           "trova in Cina per la sua prima visita ufficiale.\nI due avranno un pranzo di "
           "lavoro prima della visita di Scholz alla Grande Muraglia.\nScholz è arrivato a "
           "Shanghai domenica sera.\nIl presidente Xi Jinping ha avuto colloqui con lui a "
           "Pechino martedì."),
    ("ru", "Премьер КНР встретится с канцлером ФРГ\n\nПЕКИН, 18 ноября. Премьер Госсовета КНР "
           "Ли Цян в среду встретится с канцлером ФРГ Олафом Шольцем, который находится в "
           "Китае с первым официальным визитом.\nОни проведут рабочий обед перед поездкой "
           "Шольца на Великую стену.\nШольц прибыл в Шанхай в воскресенье вечером.\n"
           "Председатель КНР Си Цзиньпин провел с ним переговоры в Пекине во вторник."),
    ("zh", "李强将会见朔尔茨\n\n新华社北京11月18日电 国务院总理李强周三将会见正在中国进行首次正式"
           "访问的德国总理朔尔茨。\n双方将共进工作午餐。\n朔尔茨周日晚抵达上海。\n"
           "国家主席习近平周二在北京同他举行会谈。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_guest_on_a_visit_in_a_relative_clause_leaves_the_meeting_planned(
        lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2023-11-15")
    assert (facts["type"], facts["status"]) == ("meeting", "planned"), facts
    assert set(facts["participants"]) == {"li-qiang", "olaf-scholz"}, facts
