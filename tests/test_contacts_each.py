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


IN_TURN = [
    ("zh", "11日下午，习主席在下榻的酒店先后会见了三位邻居：韩国总统文在寅、日本首相安倍晋三、"
           "菲律宾总统杜特尔特。", ["moon-jae-in", "shinzo-abe", "rodrigo-duterte"]),
    ("ru", "Си Цзиньпин в субботу поочерёдно встретился с премьер-министром Японии Синдзо Абэ и "
           "президентом Филиппин Родриго Дутерте.", ["shinzo-abe", "rodrigo-duterte"]),
]


def test_meetings_in_turn_with_the_counterparts_listed_are_one_each() -> None:
    for lang, text, counterparts in IN_TURN:
        analysis = analyze_texts((text, "2017-11-12"), lang=lang)
        pairs = {frozenset(e.participants) for e in held(analysis) if e.type == "meeting"}
        assert pairs == {frozenset({"xi-jinping", c}) for c in counterparts}, (lang, pairs)
        main = analysis.documents[0].readouts[0].event
        assert main is not None and counterparts[0] in main, (lang, main)


def test_a_visit_looked_forward_to_is_planned_in_the_year_ahead() -> None:
    text = ("国家主席习近平21日应约同美国总统奥巴马通电话。奥巴马表示，美国人民正期待着欢迎"
            "习近平主席今年9月对美国进行国事访问。")
    visits = [e for e in analyze_texts((text, "2015-07-21"), lang="zh").events
              if e.type == "visit"]
    assert [(e.status, e.date) for e in visits] == [("planned", "2015-09")], visits
