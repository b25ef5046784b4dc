"""A Chinese photographer's credit ("新华社记者 黄敬文 摄"), on its own line under a caption or
closing the caption's line without brackets, marks that line a caption: the caption is page
furniture, even one ending with a full stop ("这是会谈前，…举行欢迎仪式。"), so the page is not
split at it and an old meeting a file photo shows is not the story's contact. A sentence that
merely ends with 摄 is no credit."""

from __future__ import annotations

from readouts.ingest import RawInput, prepare
from readouts.ingest.captions import caption_spans
from readouts.model import Analysis
from readouts.pipeline import analyze_document, link_results

ARRIVAL = ("李克强抵达圣彼得堡开始正式访问\n\n"
           "新华社圣彼得堡9月16日电 应俄罗斯总理梅德韦杰夫邀请,国务院总理李克强16日下午乘专机"
           "抵达圣彼得堡,对俄罗斯进行正式访问。\n\n"
           "9月16日,国务院总理李克强乘专机抵达圣彼得堡,对俄罗斯进行正式访问。"
           " 新华社记者 黄敬文 摄\n\n"
           "俄方在机场为李克强举行隆重的欢迎仪式。")

TALKS = ("习近平同帕努埃洛会谈\n\n"
         "十二月十三日,国家主席习近平在北京同总统帕努埃洛会谈。这是会谈前,习近平为帕努埃洛举行欢迎仪式。\n"
         "新华社记者 申宏摄\n\n"
         "本报北京12月13日电 国家主席习近平13日在人民大会堂同帕努埃洛会谈。")

FILE_PHOTO = ("外交部宣布,国家主席习近平将于3月18日晚同美国总统拜登通电话。\n\n"
              "资料图:2021年11月16日上午,国家主席习近平在北京同美国总统拜登举行视频会晤。"
              "新华社记者 岳月伟 摄")


def _analyze(text: str, published: str) -> Analysis:
    """As a user's file is read: through ingest, which drops captions."""
    return link_results([analyze_document(p, published, lang="zh")
                         for p in prepare(RawInput("page.txt", text.encode()))])


def _dropped(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in caption_spans(text)]


def test_a_caption_closed_by_its_photographer_is_dropped() -> None:
    dropped = _dropped(ARRIVAL)
    assert len(dropped) == 1 and dropped[0].endswith("黄敬文 摄"), dropped
    analysis = _analyze(ARRIVAL, "2019-09-17")
    assert [len(d.readouts) for d in analysis.documents] == [1]


def test_a_photographer_line_signs_the_caption_above_it() -> None:
    dropped = _dropped(TALKS)
    assert dropped == [TALKS.split("\n")[2], "新华社记者 申宏摄"], dropped


def test_a_file_photo_is_not_the_story_s_contact() -> None:
    analysis = _analyze(FILE_PHOTO, "2022-03-17")
    assert [(e.type, e.date) for e in analysis.events] == [("phone_call", "2022-03-18")], \
        [e.to_json() for e in analysis.events]


def test_a_sentence_ending_in_she_is_no_credit() -> None:
    text = "两国元首会谈。\n\n这张合影由他亲自拍摄\n\n双方同意加强合作。"
    assert _dropped(text) == []


def test_a_lead_printed_again_under_its_photo_stays_the_lead() -> None:
    lead = "应国家主席习近平邀请,美国总统特朗普8日下午抵达北京,开始对中国进行国事访问。"
    page = (f"美国总统特朗普抵京访华\n\n{lead}\n\n"
            "11月8日,应国家主席习近平邀请,美国总统特朗普抵达北京。新华社记者 庞兴雷 摄\n\n"
            f"{lead}\n")
    analysis = _analyze(page, "2017-11-08")
    readouts = [r for d in analysis.documents for r in d.readouts]
    assert [r.title for r in readouts] == ["美国总统特朗普抵京访华"]
    assert [(e.type, e.status, e.part_of_day) for e in analysis.events] == \
        [("visit", "held", "afternoon")], [e.to_json() for e in analysis.events]
