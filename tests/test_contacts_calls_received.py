"""A leader who received calls from several ('ha ricevuto le telefonate di A, B e C',
'received calls from A, B and C', 'получил звонки от A, B и C', '先后接到A、B和C的电话')
had one call with each, never a call between two of them; a headline pair before such a list
('Obama chiama Renzi: … Telefonate anche da Hollande e Netanyahu') is the story's contact."""

import pytest
from test_contacts import analyze_texts

PAGE = "2016-12-06"
CALLERS = {"francois-hollande", "barack-obama", "benjamin-netanyahu"}


def _pairs(text: str, lang: str) -> list[tuple[str, ...]]:
    analysis = analyze_texts((text, PAGE), lang=lang)
    return [tuple(sorted(e.participants)) for e in analysis.events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il presidente del Consiglio Matteo Renzi ha ricevuto oggi le telefonate del "
               "presidente francese Francois Hollande, del presidente americano Barack Obama e "
               "del premier israeliano Benjamin Netanyahu."),
        ("en", "Prime Minister Matteo Renzi received calls from French President Francois "
               "Hollande, US President Barack Obama and Israeli Prime Minister Benjamin "
               "Netanyahu on Tuesday."),
        ("ru", "Председатель Совета министров Италии Маттео Ренци получил звонки от Президента "
               "Франции Франсуа Олланда, Президента США Барака Обамы и Премьер-министра Израиля "
               "Биньямина Нетаньяху."),
        ("zh", "意大利总理伦齐6日先后接到法国总统奥朗德、美国总统奥巴马和以色列总理"
               "内塔尼亚胡的电话。"),
    ],
)
def test_calls_received_from_a_list_are_one_call_with_each(lang: str, text: str) -> None:
    pairs = _pairs(text, lang)
    assert sorted(pairs) == sorted(tuple(sorted(("matteo-renzi", c))) for c in CALLERS)


def test_a_headline_pair_before_a_list_of_other_callers_leads() -> None:
    text = ("Obama chiama Renzi: grazie per l'amicizia. Telefonate anche da Hollande e "
            "Netanyahu\n\nIl presidente americano Barack Obama ha telefonato oggi al presidente "
            "del Consiglio Matteo Renzi dopo il referendum.")
    analysis = analyze_texts((text, PAGE), lang="it")
    ids = [r.event for d in analysis.documents for r in d.readouts]
    events = {e.id: e for e in analysis.events}
    main = events[ids[0]]
    assert sorted(main.participants) == ["barack-obama", "matteo-renzi"]
    assert main.initiated_by == "barack-obama"
    assert all("matteo-renzi" in e.participants for e in analysis.events)


def test_a_list_after_the_sentences_own_pair_is_another_contacts() -> None:
    text = ("Il presidente americano Donald Trump ha sentito ieri al telefono la premier Giorgia "
            "Meloni per proporre Roma come sede del vertice con Putin e Zelensky.")
    analysis = analyze_texts((text, "2025-08-20"), lang="it")
    ids = [r.event for d in analysis.documents for r in d.readouts]
    main = next(e for e in analysis.events if e.id == ids[0])
    assert sorted(main.participants) == ["donald-trump", "giorgia-meloni"]
    assert not any(set(e.participants) == {"giorgia-meloni", "vladimir-putin"}
                   for e in analysis.events)
