"""A subject's run of calls ("上任后先与拜登通话，之后与普丁通话，习近平是他第三位通话的元首"):
the leader named after the last call, beyond its comma, is the next clause's subject, not the
caller; the caller is the subject named earlier in the sentence. Found on a real Taiwanese
item (a Kishida-Xi call whose Kishida-Putin call came out as Xi's). Texts written for these
tests (en/it/ru/zh)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2021-10-09"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "日本首相岸田文雄8日与中国国家主席习近平通电话。岸田文雄上任后，先与美国总统拜登通话，"
           "之后与俄罗斯总统普京通话，习近平是岸田文雄第三位通话的外国元首。"),
    ("en", "Japanese Prime Minister Fumio Kishida held phone talks with Chinese President Xi "
           "Jinping on Friday. After taking office Kishida first spoke with US President Joe "
           "Biden, and afterwards talked with Russian President Vladimir Putin, and Xi was the "
           "third leader he called."),
    ("it", "Il premier giapponese Fumio Kishida ha avuto venerdì un colloquio telefonico con il "
           "presidente cinese Xi Jinping. Dopo l'insediamento Kishida ha avuto prima una "
           "telefonata con il presidente americano Joe Biden, successivamente ha parlato al "
           "telefono con il presidente russo Vladimir Putin, e Xi è il terzo leader che ha "
           "chiamato."),
    ("ru", "Премьер-министр Японии Фумио Кисида в пятницу провёл телефонный разговор с "
           "председателем КНР Си Цзиньпином. После вступления в должность Кисида сначала "
           "провёл телефонный разговор с президентом США Джо Байденом, затем поговорил по "
           "телефону с президентом России Владимиром Путиным, а Си стал третьим лидером, "
           "которому он позвонил."),
])
def test_the_leader_after_the_last_call_is_not_its_caller(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    pairs = {frozenset(e.participants) for e in events}
    assert frozenset({"xi-jinping", "vladimir-putin"}) not in pairs, [e.to_json() for e in events]
    assert frozenset({"fumio-kishida", "vladimir-putin"}) in pairs
