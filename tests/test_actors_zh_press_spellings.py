"""A leader written the way one Chinese-language press writes him ("萨科奇" in a China News
Service caption, "沙柯吉" in Taiwan's press, beside the usual "萨科齐") is the known person,
not a newcomer; the spellings are knowledge (knowledge/actors.yaml). Found on a real Chinese
item (held-out 16, h16zh-007: Hu Jintao's talks with Sarkozy credited to a 'sa-keqi').
Texts written for these tests (zh)."""

import pytest
from test_contacts import analyze_texts, only_event


@pytest.mark.parametrize("name", ["萨科奇", "薩科奇", "沙柯吉"])
def test_a_press_spelling_names_the_known_leader(name: str) -> None:
    text = f"中国国家主席胡锦涛26日上午在人民大会堂与来访的法国总统{name}举行会谈。"
    event = only_event(analyze_texts((text, "2007-11-26"), lang="zh"))
    assert set(event.participants) == {"hu-jintao", "nicolas-sarkozy"}


# Hong Kong, Taiwan and wire (AFP Chinese) spellings: "鲁拉" for Lula (a real AFP item on swissinfo,
# "魯拉" in a World Journal item), "帕什尼扬" for Pashinyan (a real United Daily News item), and the
# Taiwan press's "史塔默", "米雷", "拉玛佛沙", "托卡叶夫" (traditional script is made simplified at
# ingest, so the knowledge holds the simplified forms).
@pytest.mark.parametrize(("name", "leader", "day"), [
    ("巴西总统鲁拉", "luiz-inacio-lula-da-silva", "2025-08-12"),
    ("亚美尼亚总理帕什尼扬", "nikol-pashinyan", "2025-08-31"),
    ("英国首相史塔默", "keir-starmer", "2025-08-12"),
    ("阿根廷总统米雷", "javier-milei", "2025-08-12"),
    ("南非总统拉玛佛沙", "cyril-ramaphosa", "2025-08-12"),
    ("哈萨克斯坦总统托卡叶夫", "kassym-jomart-tokayev", "2025-08-12"),
])
def test_a_hong_kong_or_taiwan_spelling_names_the_known_leader(name: str, leader: str,
                                                                 day: str) -> None:
    text = f"中国国家主席习近平{day[8:].lstrip('0')}日同{name}通电话。"
    event = only_event(analyze_texts((text, day), lang="zh"))
    assert set(event.participants) == {"xi-jinping", leader}


# Putin as the AFP Chinese service and Taiwan's press write him ("蒲亭": real AFP items on
# swissinfo and Yahoo Hong Kong) and as Sin Chew and Lianhe Zaobao do ("普汀"): before, the
# second mention of "蒲亭" named nobody and the Alaska meeting went to Trump and Kim Jong Un.
@pytest.mark.parametrize("name", ["蒲亭", "普汀"])
def test_a_wire_or_malaysian_spelling_names_putin(name: str) -> None:
    text = f"美国总统川普16日与{name}通电话。"
    event = only_event(analyze_texts((text, "2025-10-16"), lang="zh"))
    assert set(event.participants) == {"donald-trump", "vladimir-putin"}


def test_putin_named_alone_later_is_putin() -> None:
    text = ("俄罗斯总统蒲亭12日与北韩领导人金正恩通电话。"
            "报导未提及蒲亭与川普将在本月15日会晤。")
    events = analyze_texts((text, "2025-08-13"), lang="zh").events
    planned = [e for e in events if e.status == "planned"]
    assert planned and set(planned[0].participants) == {"vladimir-putin", "donald-trump"}


# Taiwan's and Singapore's earlier leaders (a real CTS item: Ma Ying-jeou's tea with Lee Hsien
# Loong after the Ma-Xi meeting came out with a newcomer "ma-ying").
@pytest.mark.parametrize(("name", "leader", "other", "day"), [
    ("台湾地区领导人马英九", "ma-ying-jeou", "新加坡总理李显龙", "2015-11-07"),
    ("总统马英九", "ma-ying-jeou", "新加坡总理李显龙", "2015-11-07"),
    ("台湾地区领导人陈水扁", "chen-shui-bian", "新加坡总理李显龙", "2004-09-07"),
    ("新加坡总理吴作栋", "goh-chok-tong", "中国国家主席江泽民", "1999-06-07"),
])
def test_taiwan_and_singapore_leaders_are_known(name: str, leader: str, other: str,
                                                day: str) -> None:
    text = f"{name}{day[8:].lstrip('0')}日晚间与{other}会面。"
    found = analyze_texts((text, day), lang="zh").events
    assert found and leader in found[0].participants, [e.to_json() for e in found]
