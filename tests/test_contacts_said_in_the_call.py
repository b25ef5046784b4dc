"""A government's statement quoted under a story of a call, whose own words name only what
was said in it ("President Trump congratulated the Prime Minister on the electoral
victory"), tells the story's call, not a message of its own, and its office names its own
leader ("the Prime Minister" in India's statement is Modi, not India's president); found
on a real IANS item in the second blind batch."""

import pytest
from test_contacts import analyze_texts

PAGES = {
    "en": ("New Delhi, May 25 - US President Donald Trump on Friday called up Prime Minister "
           "Narendra Modi to congratulate him on his election victory.\n\n"
           "\"President Trump congratulated the Prime Minister on the unprecedented electoral "
           "victory. The two leaders agreed to meet at the forthcoming G-20 Summit in Osaka,\" "
           "the Ministry of External Affairs said in a statement."),
    "it": ("Nuova Delhi, 25 maggio - Il presidente americano Donald Trump ha telefonato venerdì "
           "al premier indiano Narendra Modi per congratularsi per la vittoria elettorale.\n\n"
           "\"Il Presidente Trump si è congratulato con il Primo Ministro per la storica "
           "vittoria elettorale. I due leader hanno concordato di incontrarsi al prossimo "
           "vertice del G20 a Osaka\", ha affermato il ministero degli Esteri indiano in una "
           "nota."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_statement_tells_the_storys_call(lang: str) -> None:
    events = analyze_texts((PAGES[lang], "2019-05-25"), lang=lang).events
    held = [(e.type, tuple(sorted(e.participants))) for e in events if e.status == "held"]
    assert held == [("phone_call", ("donald-trump", "narendra-modi"))]
