"""A bare "Prime Minister's Office" is no one government's name (Japan's, India's and
Israel's are called so as much as Britain's): a Japanese story saying Kishida "told reporters
... at the Prime Minister's Office in Tokyo" is no British briefing whose own prime minister
joins the call (found on a real Yomiuri item); GOV.UK's own signature still names No 10.
The registry's other languages name Downing Street only by its own names."""

from test_contacts import analyze_texts


def test_a_japanese_office_is_no_british_source() -> None:
    text = ("Prime Minister Fumio Kishida said he held phone talks with Ukrainian President "
            "Volodymyr Zelenskyy on Tuesday evening.\n\n"
            "Kishida told reporters about the phone call with his Ukrainian counterpart at the "
            "Prime Minister's Office in Tokyo, saying, “We also agreed that Japan will begin to "
            "lobby the Global South and that both countries will continue to work closely "
            "together.”")
    analysis = analyze_texts((text, "2023-08-29"), lang="en")
    readouts = [r for d in analysis.documents for r in d.readouts]
    assert all(r.source != "uk-gov" for r in readouts)
    assert {frozenset(e.participants) for e in analysis.events} == {
        frozenset({"fumio-kishida", "volodymyr-zelenskyy"})}


def test_the_gov_uk_signature_still_names_number_10() -> None:
    text = ("PM call with President Macron: 12 March 2025\n"
            "Prime Minister's Office, 10 Downing Street\n"
            "The Prime Minister spoke to President Macron this afternoon.\n"
            "They discussed Ukraine and agreed to stay in close contact.")
    analysis = analyze_texts((text, "2025-03-12"), lang="en")
    assert [(r.source, r.side) for d in analysis.documents for r in d.readouts] == [
        ("uk-gov", "GBR")]


def test_a_news_agency_in_chinese_is_no_italian_source() -> None:
    """"新闻社" is Chinese for any news agency ("中国新闻社", China News Service), not Agenzia
    Nova's name: a Singaporean item saying "根据中国新闻社的报道：" over the leaders' words is no
    Nova account, and its lead keeps the meeting (found on a real Toutiao Singapore item,
    dev20 d20zh-011: the Lee–Xi meeting was lost)."""
    text = ("在中国访问的新加坡总理李显龙今早在人民大会堂同中国国家主席习近平会见。\n"
            "两人见面谈了些什么呢？根据中国新闻社的报道：\n"
            "习近平说，明年两国将迎来建交30周年。\n"
            "李显龙说，新加坡愿意继续成为中国改革发展的伙伴。")
    analysis = analyze_texts((text, "2019-04-29"), lang="zh")
    readouts = [r for d in analysis.documents for r in d.readouts]
    assert all(r.source != "agenzia-nova" for r in readouts)
    assert {frozenset(e.participants) for e in analysis.events} == {
        frozenset({"lee-hsien-loong", "xi-jinping"})}
