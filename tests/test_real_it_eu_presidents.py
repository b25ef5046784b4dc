"""The Union's presidents meet leaders as leaders (found on real Italian items): "von der
Leyen ha incontrato Sanchez" is their meeting even where the sentence names a third leader
(not one of Sanchez with the leader he spoke of), and an announced meeting of hers is
planned. Italian pages capitalise them ("Ursula Von der Leyen", "il presidente del
Consiglio Europeo Charles Michel"): still the known people, never a made-up one."""

from __future__ import annotations

from test_contacts import analyze_texts, held

PAIR = {"ursula-von-der-leyen", "pedro-sanchez"}

THIRD_NAMED = [
    ("it", "La presidente della Commissione europea Ursula von der Leyen ha incontrato il "
           "premier spagnolo Pedro Sanchez, che le ha chiesto sanzioni contro il governo di "
           "Benjamin Netanyahu."),
    ("en", "European Commission President Ursula von der Leyen met Spanish Prime Minister Pedro "
           "Sanchez, who asked her for sanctions on the government of Benjamin Netanyahu."),
    ("ru", "Председатель Еврокомиссии Урсула фон дер Ляйен встретилась с премьер-министром "
           "Испании Педро Санчесом, который призвал ввести санкции против правительства "
           "Биньямина Нетаньяху."),
    ("zh", "欧盟委员会主席冯德莱恩会见西班牙首相桑切斯，桑切斯呼吁制裁内塔尼亚胡政府。"),
]


def test_her_meeting_is_hers_whoever_else_is_named() -> None:
    for lang, text in THIRD_NAMED:
        analysis = analyze_texts((text, "2025-05-28"), lang=lang)
        events = {e.id: e for e in analysis.events}
        main = analysis.documents[0].readouts[0].event
        assert main is not None and set(events[main].participants) == PAIR, (
            lang, [e.to_json() for e in analysis.events])
        assert all("benjamin-netanyahu" not in e.participants for e in analysis.events), lang


def test_her_announced_meeting_is_planned() -> None:
    text = ("Lunedì la presidente Ursula von der Leyen sarà a Madrid. All'arrivo sarà ricevuta "
            "dal primo ministro Pedro Sánchez, con il quale terrà un incontro bilaterale.")
    analysis = analyze_texts((text, "2023-06-30"), lang="it")
    assert [(e.status, set(e.participants)) for e in analysis.events] == [("planned", PAIR)], (
        [e.to_json() for e in analysis.events])


def test_capitalised_names_and_titles_are_the_known_people() -> None:
    text = ("La presidente della Commissione Europea, Ursula Von der Leyen, e il presidente del "
            "Consiglio Europeo, Charles Michel, hanno incontrato ieri ad Ankara il presidente "
            "turco Recep Tayyip Erdogan. Von der Leyen si è detta preoccupata.")
    events = held(analyze_texts((text, "2021-04-07"), lang="it"))
    people = {a for e in events for a in e.participants}
    assert people <= {"ursula-von-der-leyen", "charles-michel", "recep-tayyip-erdogan"}, people
    assert {"ursula-von-der-leyen", "recep-tayyip-erdogan"} <= people, people
