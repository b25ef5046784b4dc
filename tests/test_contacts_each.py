"""A leader's contact with each of several counterparts listed together ("分别同A、B通电话",
"sent messages to A, B and C") is one contact per counterpart, the first listed the lead's;
a leader named in a clause of its own after the counterpart is no counterpart."""

from __future__ import annotations

from test_contacts import analyze_texts, held

EACH = [
    ("zh", "新华社北京4月2日电 国家主席习近平2日晚分别同法国总统马克龙、德国总理默克尔通电话。",
     "2020-04-02", "phone_call", ["emmanuel-macron", "angela-merkel"]),
    ("zh", "新华社北京4月2日电 国家主席习近平日前就洪灾分别向法国总统马克龙、德国总理默克尔、"
           "塞尔维亚总统武契奇致慰问电。", "2020-04-02", "message",
     ["emmanuel-macron", "angela-merkel", "aleksandar-vucic"]),
    ("en", "President Xi Jinping on Thursday sent messages of sympathy over the floods to French "
           "President Emmanuel Macron, German Chancellor Angela Merkel and Serbian President "
           "Aleksandar Vucic.", "2020-04-02", "message",
     ["emmanuel-macron", "angela-merkel", "aleksandar-vucic"]),
    ("ru", "Си Цзиньпин направил телеграммы сочувствия в связи с наводнениями президенту Франции "
           "Эммануэлю Макрону, канцлеру Германии Ангеле Меркель и президенту Сербии Александру "
           "Вучичу.", "2020-04-02", "message",
     ["emmanuel-macron", "angela-merkel", "aleksandar-vucic"]),
]


def test_a_contact_with_each_listed_counterpart_is_one_each_in_three_languages() -> None:
    for lang, text, published, kind, counterparts in EACH:
        analysis = analyze_texts((text, published), lang=lang)
        events = held(analysis)
        pairs = {frozenset(e.participants) for e in events if e.type == kind}
        subject = "xi-jinping"
        assert pairs == {frozenset({subject, c}) for c in counterparts}, (lang, events)
        main = analysis.documents[0].readouts[0].event
        assert main is not None and counterparts[0] in main, (lang, main)


def test_a_message_of_sympathy_to_a_king_is_a_message_from_its_sender() -> None:
    text = "新华社北京9月9日电 9月9日，国家主席习近平就强烈地震向摩洛哥国王穆罕默德六世致慰问电。"
    events = held(analyze_texts((text, "2023-09-09"), lang="zh"))
    assert [(e.type, set(e.participants), e.initiated_by) for e in events] == [
        ("message", {"xi-jinping", "mohammed-vi"}, "xi-jinping")]


NOT_LISTED = [
    ("en", "President Xi Jinping held a phone call on Thursday with French President Emmanuel "
           "Macron, who had met German Chancellor Angela Merkel the day before.", "2020-04-02"),
    ("ru", "Си Цзиньпин провёл телефонный разговор с президентом Франции Эммануэлем Макроном, "
           "который накануне встретился с канцлером Германии Ангелой Меркель.", "2020-04-02"),
]


def test_a_leader_in_a_relative_clause_after_the_counterpart_is_no_counterpart() -> None:
    for lang, text, published in NOT_LISTED:
        calls = [e for e in held(analyze_texts((text, published), lang=lang))
                 if e.type == "phone_call"]
        assert [set(e.participants) for e in calls] == [{"xi-jinping", "emmanuel-macron"}], \
            (lang, calls)
