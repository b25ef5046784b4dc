"""A sentence adding "also" a contact its subject told the other of ("Путин также сообщил
американскому лидеру итоги его встречи с Асадом", "Putin also briefed Trump on his meeting
with Assad") adds no contact to the account: the one told of is another time's, mentioned,
and the teller's. Texts written for these tests (ru/en/it)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2017-05-02"


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Владимир Путин и Дональд Трамп провели телефонный разговор. Путин также сообщил "
           "американскому лидеру итоги своей встречи с президентом Сирии Башаром Асадом."),
    ("en", "Vladimir Putin and Donald Trump held a phone call. Putin also briefed Trump on his "
           "meeting with Syrian President Bashar al-Assad."),
    ("it", "Vladimir Putin e Donald Trump hanno avuto un colloquio telefonico. Putin ha anche "
           "informato Trump del suo incontro con il presidente siriano Bashar al-Assad."),
])
def test_a_contact_told_of_is_no_other_contact_of_the_account(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    reported = [sorted(e.participants) for e in events if e.reported_by]
    assert reported == [["donald-trump", "vladimir-putin"]]
    assert all("donald-trump" not in e.participants or "bashar-al-assad" not in e.participants
               for e in events)
