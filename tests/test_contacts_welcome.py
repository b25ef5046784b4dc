"""News told as a welcome or a face-to-face: "Macron accoglie Lula", "ad accoglierlo è stato il
principe", "un'ora di faccia a faccia", "ha tenuto colloqui bilaterali". Each is a meeting of
the two leaders named around it; a proposal or a decision welcomed is no contact."""

from __future__ import annotations

from test_contacts import analyze_texts, held

MACRON_LULA = {"emmanuel-macron", "luiz-inacio-lula-da-silva"}
MERZ_MBS = {"friedrich-merz", "mohammed-bin-salman"}

WELCOMES = [
    ("it", "Il presidente Emmanuel Macron accoglie Lula all'Eliseo per rilanciare l'intesa "
           "tra Francia e Brasile.", MACRON_LULA),
    ("it", "Emmanuel Macron ha accolto con calore il presidente brasiliano Lula, arrivato in "
           "mattinata a Parigi.", MACRON_LULA),
    ("it", "Il cancelliere Friedrich Merz è atterrato a Riad nel pomeriggio. Ad accoglierlo a "
           "palazzo c'era il principe ereditario Mohammed bin Salman.", MERZ_MBS),
    ("it", "Lula, il presidente brasiliano, è arrivato a Parigi. Emmanuel Macron l'accoglie "
           "con gli onori militari agli Invalides.", MACRON_LULA),
    ("en", "President Emmanuel Macron welcomes Lula to the Elysee to revive the ties between "
           "France and Brazil.", MACRON_LULA),
    ("en", "Chancellor Friedrich Merz landed in Riyadh in the afternoon. He was greeted at the "
           "palace by Crown Prince Mohammed bin Salman.", MERZ_MBS),
    ("ru", "Президент Франции Эммануэль Макрон принял в Елисейском дворце президента Бразилии "
           "Лулу да Силву.", MACRON_LULA),
    ("ru", "Канцлер Фридрих Мерц прибыл в Эр-Рияд. Во дворце его приветствовал наследный принц "
           "Мухаммед бин Сальман.", MERZ_MBS),
    ("zh", "法国总统马克龙在爱丽舍宫欢迎来访的巴西总统卢拉。", MACRON_LULA),
]


def test_a_leader_welcoming_another_is_their_meeting_in_four_languages() -> None:
    for lang, text, expected in WELCOMES:
        events = held(analyze_texts((text, "2024-03-27"), lang=lang))
        assert events, (lang, text)
        assert events[0].type == "meeting", (lang, text, events[0].type)
        assert set(events[0].participants) == expected, (lang, text, events[0].participants)


NOT_WELCOMES = [
    ("it", "Il presidente Emmanuel Macron ha accolto con favore la proposta del presidente "
           "Lula sul clima."),
    ("en", "President Emmanuel Macron welcomed the decision of President Lula on the Amazon."),
    ("ru", "Президент Франции Эммануэль Макрон принял решение поддержать инициативу Лулы да "
           "Силвы."),
    ("zh", "法国总统马克龙欢迎巴西总统卢拉的倡议。"),
]


def test_a_proposal_welcomed_is_no_meeting_in_four_languages() -> None:
    for lang, text in NOT_WELCOMES:
        assert not held(analyze_texts((text, "2024-03-27"), lang=lang)), (lang, text)


FACE_TO_FACE = [
    ("it", "Narendra Modi riceve Giorgia Meloni con il picchetto d'onore. Dopo un'ora di faccia "
           "a faccia i due leader parlano alla stampa.", {"narendra-modi", "giorgia-meloni"}, 60),
    ("it", "Il cancelliere Friedrich Merz è arrivato a Riad, dove ha tenuto colloqui bilaterali "
           "con il principe ereditario Mohammed bin Salman.", MERZ_MBS, None),
    ("en", "Chancellor Friedrich Merz arrived in Riyadh and had a bilateral with Crown Prince "
           "Mohammed bin Salman at the palace.", MERZ_MBS, None),
    ("ru", "Канцлер Фридрих Мерц провёл в Эр-Рияде беседу тет-а-тет с наследным принцем "
           "Мухаммедом бин Сальманом.", MERZ_MBS, None),
]


def test_a_face_to_face_is_a_meeting_in_three_languages() -> None:
    for lang, text, expected, minutes in FACE_TO_FACE:
        events = held(analyze_texts((text, "2023-03-02"), lang=lang))
        assert events, (lang, text)
        assert events[0].type == "meeting", (lang, text, events[0].type)
        assert set(events[0].participants) == expected, (lang, text, events[0].participants)
        assert events[0].duration_minutes == minutes, (lang, text, events[0].duration_minutes)


def test_a_lead_naming_nobody_takes_the_leaders_named_two_sentences_on() -> None:
    text = ("L'atterraggio a Gedda, un caffè sotto la tenda nel deserto e poi un bilaterale. "
            "Quindi la firma di una dozzina di intese. Giorgia Meloni ha così rafforzato i "
            "legami con l'Arabia Saudita del principe Mohammed bin Salman.")
    events = held(analyze_texts((text, "2025-01-27"), lang="it"))
    assert events and events[0].type == "meeting", events
    assert set(events[0].participants) == {"giorgia-meloni", "mohammed-bin-salman"}


def test_a_side_lead_naming_its_counterpart_keeps_its_own_leader() -> None:
    """"The Prime Minister held a call with Trump": the people two sentences on (a summit of
    others the two talked about) are not parties; the side's own leader is."""
    text = ("The Prime Minister held a telephone call with President Donald Trump this evening. "
            "They discussed trade. The leaders looked ahead to the summit between President "
            "Trump and Kim Jong-un in Singapore.")
    events = held(analyze_texts(("A Downing Street spokesperson said:\n\n" + text,
                                 "2018-05-17"), lang="en"))
    assert events and events[0].type == "phone_call", events
    assert set(events[0].participants) == {"theresa-may", "donald-trump"}, \
        events[0].participants


WELCOMED_BY = [
    ("it", "Il presidente Joe Biden ha fatto il suo ingresso nel cortile d'onore, accolto dal "
           "presidente della Repubblica Sergio Mattarella con gli onori militari."),
    ("en", "President Joe Biden entered the courtyard of honour, where he was welcomed with "
           "military honours by President Sergio Mattarella."),
]


def test_a_leader_welcomed_by_another_is_their_meeting() -> None:
    for lang, text in WELCOMED_BY:
        events = held(analyze_texts((text, "2021-10-29"), lang=lang))
        assert events and events[0].type == "meeting", (lang, text, events)
        assert set(events[0].participants) == {"joe-biden", "sergio-mattarella"}


ARRIVALS = [
    ("it", "Il presidente cinese Xi Jinping è atterrato a Fiumicino nel pomeriggio con la moglie. "
           "Ad accoglierlo sulla pista c'era il cerimoniale della Farnesina. Nella giornata di "
           "domani sono previsti incontri con il presidente della Repubblica Sergio Mattarella."),
    ("en", "Chinese President Xi Jinping landed in Rome in the afternoon with his wife. He was "
           "greeted on the tarmac by protocol officials. Meetings with President Sergio "
           "Mattarella are scheduled for tomorrow."),
]


def test_an_arrival_greeted_by_officials_is_no_meeting_with_the_leader_met_later() -> None:
    """The leader named in the next sentence is the party of a planned contact, not of the
    welcome at the airport."""
    for lang, text in ARRIVALS:
        assert not held(analyze_texts((text, "2019-03-21"), lang=lang)), (lang, text)


GUEST = [
    ("it", "«Abbiamo molte cose di cui parlare. Benvenuto, amico», ha detto Joe Biden al suo "
           "ospite. La guerra in Ucraina ha unito Roma e Washington, ha sottolineato il premier "
           "italiano Mario Draghi."),
    ("en", "\"We have a lot to talk about. Welcome, friend,\" President Joe Biden told his guest. "
           "The war in Ukraine has brought Rome and Washington closer, Italian Prime Minister "
           "Mario Draghi said."),
    ("ru", "«Нам есть о чём поговорить. Добро пожаловать, друг», — сказал Джо Байден своему "
           "гостю. Война на Украине сблизила Рим и Вашингтон, подчеркнул премьер-министр Италии "
           "Марио Драги."),
]


def test_a_leader_speaking_to_his_guest_is_their_meeting_in_three_languages() -> None:
    for lang, text in GUEST:
        events = held(analyze_texts((text, "2022-05-10"), lang=lang))
        assert events and events[0].type == "meeting", (lang, text, events)
        assert set(events[0].participants) == {"joe-biden", "mario-draghi"}, (lang, events[0])
