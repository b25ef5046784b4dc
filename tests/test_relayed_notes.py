"""An article, then the official note it relays (a headline, a wire dateline, a lead
telling of a leader hosting another, then "Nota di Palazzo Chigi", "Downing Street readout",
"Кремль", "外交部" and the note). The article's lead is its own account, never dropped as a
compilation's intro; the note, naming only its own leader, reports the article's contact,
not a contact of one, and its side's other office holder is no second party."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ARTICLES = [
    ("it", ('giorgia-meloni', 'narendra-modi'), "ha ricevuto oggi", (
        'Meloni riceve Modi a Palazzo Chigi\n'
        '\n'
        'ROMA, 3 marzo - La presidente del Consiglio Giorgia Meloni ha '
        'ricevuto oggi a Palazzo Chigi il primo ministro indiano Narendra '
        'Modi. I due leader hanno discusso di commercio, di difesa e della '
        'connettività tra Europa e Asia.\n'
        '\n'
        'Nota di Palazzo Chigi\n'
        '\n'
        'La presidente del Consiglio Giorgia Meloni ha avuto oggi un cordiale '
        'incontro a Palazzo Chigi, nel quale ha ribadito la solida amicizia '
        "tra i due Paesi e l'impegno comune per la pace.\n"
    )),
    ("en", ('keir-starmer', 'anthony-albanese'), "hosted Australian", (
        'Starmer hosts Albanese in Downing Street\n'
        '\n'
        'LONDON, March 3 (Reuters) - British Prime Minister Keir Starmer '
        'hosted Australian Prime Minister Anthony Albanese in Downing Street '
        'on Monday. The two leaders discussed trade, defence and the AUKUS '
        'partnership.\n'
        '\n'
        'Downing Street readout\n'
        '\n'
        'The Prime Minister Keir Starmer held a warm meeting in Downing Street '
        'today, in which he reaffirmed the deep friendship between the two '
        'countries.\n'
    )),
    ("ru", ('vladimir-putin', 'kassym-jomart-tokayev'), "принял в Кремле", (
        'Путин принял Токаева в Кремле\n'
        '\n'
        'МОСКВА, 3 марта. /ТАСС/. Президент России Владимир Путин принял в '
        'Кремле президента Казахстана Касым-Жомарта Токаева. Лидеры обсудили '
        'торговлю и энергетику.\n'
        '\n'
        'Кремль\n'
        '\n'
        'Владимир Путин провёл сегодня встречу в Кремле, в ходе которой '
        'подтвердил прочность союзнических отношений двух стран.\n'
    )),
    ("zh", ('xi-jinping', 'kassym-jomart-tokayev'), "在人民大会堂会见", (
        '习近平会见哈萨克斯坦总统托卡耶夫\n'
        '\n'
        '新华社北京3月3日电 国家主席习近平3日在人民大会堂会见哈萨克斯坦总统托卡耶夫。'
        '两国元首就双边关系和共同关心的国际问题交换了意见。\n'
        '\n'
        '外交部\n'
        '\n'
        '习近平在会见中表示，中方愿同各方一道，推动两国关系不断向前发展。\n'
    )),
]


@pytest.mark.parametrize(("lang", "pair", "lead", "lines"), ARTICLES)
def test_a_relayed_note_reports_the_article_s_contact(lang: str, pair: tuple[str, str], lead: str,
                                                        lines: tuple[str, ...]) -> None:
    analysis = analyze_texts(("".join(lines), "2025-03-03"), lang=lang)
    readouts = analysis.documents[0].readouts
    assert len(readouts) == 2 and lead in readouts[0].text, (lang, [r.text for r in readouts])
    reported = [e for e in analysis.events if e.reported_by]
    assert len(reported) == 1, (lang, [e.to_json() for e in reported])
    assert set(reported[0].participants) == set(pair), (lang, reported[0].participants)
    assert set(reported[0].reported_by) == {r.id for r in readouts}, lang
