"""A length told in a sentence naming no leader ("此次通话时间约20分钟", "The call lasted
about 20 minutes") right after a sentence telling another pair's contact is that contact's,
not the account's (found on a real SET News item, h12zh-009: Kishida's call with Biden,
"此次通话时间约20分钟", gave its 20 minutes to his call with Xi planned for the afternoon)."""

import pytest
from test_contacts import analyze_texts

STORY = {
    "zh": "日本首相岸田文雄8日下午与中国国家主席习近平通电话，双方就中日关系交换了意见。"
          "岸田文雄上任后，5日上午首度与美国总统拜登进行通话，双方强调日美同盟的重要性。"
          "此次通话时间约20分钟，两人同意尽快安排面对面会谈。",
    "en": "Japanese Prime Minister Fumio Kishida spoke by phone with Chinese President Xi "
          "Jinping on Friday afternoon. After taking office, Kishida first spoke with U.S. "
          "President Joe Biden on the morning of the 5th, stressing the alliance. The call "
          "lasted about 20 minutes, and they agreed to meet in person soon.",
    "it": "Il premier giapponese Fumio Kishida ha avuto venerdì pomeriggio una telefonata con il "
          "presidente cinese Xi Jinping. Dopo l'insediamento, Kishida ha avuto il 5 mattina un "
          "primo colloquio telefonico con il presidente americano Joe Biden. La telefonata è "
          "durata circa 20 minuti.",
    "ru": "Премьер-министр Японии Фумио Кисида в пятницу днем провел телефонный разговор с "
          "председателем КНР Си Цзиньпином. После вступления в должность Кисида 5 октября "
          "утром впервые поговорил по телефону с президентом США Джо Байденом. Разговор "
          "продолжался около 20 минут.",
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_length_told_after_another_pairs_call_is_that_calls(lang: str) -> None:
    analysis = analyze_texts((STORY[lang], "2021-10-09"))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(set(e.participants), e.duration_minutes) for e in reported] == [
        ({"fumio-kishida", "xi-jinping"}, None)], (lang, reported)


def test_a_length_after_the_leads_own_sentence_stays() -> None:
    """"此次通话时间约20分钟" right after the lead's own call is its length."""
    text = ("日本首相岸田文雄8日下午与中国国家主席习近平通电话。双方就中日关系交换了意见。"
            "此次通话时间约20分钟。")
    analysis = analyze_texts((text, "2021-10-09"))
    assert [e.duration_minutes for e in analysis.events if e.reported_by] == [20]
