"""One meeting named in the singular with two leaders listed after it is one meeting of the
three, in whatever case or with whatever article the noun stands: "на встрече с A и B", "об
итогах встречи с A и B", "at the meeting with A and B", "durante l'incontro con A e B" (found
on a real RIA Novosti item, held-out 11: Pashinyan's meeting with Trump and Aliyev came out as
two meetings). The cues are ``joint_list`` in lang/*/contacts.yaml; the plural ("провёл встречи
с A и B", "held meetings with A and B") stays one meeting each."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-08-11"
THREE = {"nikol-pashinyan", "donald-trump", "ilham-aliyev"}

CASES = [
    ("ru", "ЕРЕВАН, 11 авг — Премьер-министр Армении Никол Пашинян на встрече с президентом США "
           "Дональдом Трампом и президентом Азербайджана Ильхамом Алиевым в Вашингтоне подписал "
           "совместную декларацию."),
    ("ru", "ЕРЕВАН, 11 авг — Премьер-министр Армении Никол Пашинян рассказал журналистам об "
           "итогах встречи с президентом США Дональдом Трампом и президентом Азербайджана "
           "Ильхамом Алиевым в Вашингтоне."),
    ("en", "YEREVAN, August 11 - Armenian Prime Minister Nikol Pashinyan signed a joint "
           "declaration at the meeting with US President Donald Trump and Azerbaijani President "
           "Ilham Aliyev in Washington."),
    ("it", "EREVAN, 11 agosto - Il primo ministro armeno Nikol Pashinyan ha firmato una "
           "dichiarazione congiunta durante l'incontro con il presidente americano Donald Trump "
           "e il presidente azero Ilham Aliyev a Washington."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=["ru-prep", "ru-gen", "en", "it"])
def test_one_meeting_in_the_singular_is_of_all_three(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.type == "meeting"]
    assert [set(e.participants) for e in events] == [THREE], [e.to_json() for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "ЕРЕВАН, 11 авг — Премьер-министр Армении Никол Пашинян в Вашингтоне провёл встречи "
           "с президентом США Дональдом Трампом и президентом Азербайджана Ильхамом Алиевым."),
    ("en", "YEREVAN, August 11 - Armenian Prime Minister Nikol Pashinyan held meetings with US "
           "President Donald Trump and Azerbaijani President Ilham Aliyev in Washington."),
])
def test_meetings_in_the_plural_are_one_each(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.type == "meeting"]
    assert sorted(sorted(e.participants) for e in events) == [
        ["donald-trump", "nikol-pashinyan"], ["ilham-aliyev", "nikol-pashinyan"]], \
        [e.to_json() for e in events]
