"""The author of a quotation opened in the lead is the leader named after its closing mark
("… Ringrazio ancora Lula per l'invito». Lo ha detto Mattarella"), never the counterpart
named in the quotation's own last words: the remark tells the talk, its author is a party.
(The Russian case passes on main too: its closing sentence names Lula in a case the roster
does not read; it guards the same reading.)"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

PAIR = {"luiz-inacio-lula-da-silva", "sergio-mattarella"}

QUOTED = {
    "it": ("it", "Brasilia, 15 lug. - \"Oggi è stata una giornata importante. Il colloquio con "
                 "Lula ha confermato la vicinanza tra i nostri due Paesi. Abbiamo parlato di "
                 "commercio, di clima e della comunità italiana che vive qui da oltre un secolo "
                 "e che tiene vivo ogni giorno il legame tra le due nazioni. Ringrazio ancora "
                 "Lula per l'invito\". Lo ha detto il presidente della Repubblica Sergio "
                 "Mattarella al termine della colazione ufficiale."),
    "ru": ("ru", "Бразилиа, 15 июля. «Сегодня был важный день. Переговоры с Лулой "
                 "подтвердили близость наших стран. Мы говорили о торговле, о климате и об "
                 "итальянской общине, которая живёт здесь больше века и каждый день хранит "
                 "связь между нашими народами. Я ещё раз благодарю Лулу за приглашение». Об "
                 "этом заявил президент Италии Серджо Маттарелла после официального обеда."),
}


@pytest.mark.parametrize("case", sorted(QUOTED))
def test_the_quote_s_author_is_named_after_its_closing_mark(case: str) -> None:
    lang, text = QUOTED[case]
    event = only_event(analyze_texts((text, "2024-07-15"), lang=lang))
    assert (event.type, set(event.participants)) == ("meeting", PAIR), event.to_json()


def test_a_quote_closed_with_its_author_named_inside_still_counts_him() -> None:
    # the author named in the closing sentence, after the mark, as before
    text = ("Roma, 3 mag. - \"Il colloquio con Lula è stato molto utile. Abbiamo molti progetti "
            "comuni\", ha detto il presidente della Repubblica Sergio Mattarella.")
    event = only_event(analyze_texts((text, "2024-05-03"), lang="it"))
    assert set(event.participants) == PAIR
