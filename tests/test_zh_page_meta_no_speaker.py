"""A copied page's meta line ("发布时间:2023/05/26 来源:网络 浏览次数:") under the headline labels
the page, not a speaker: an agency's item under it is no transcript. Texts written for these
tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ITEM = ("新华社北京3月14日电 国务院总理李强14日上午在人民大会堂同来华进行正式访问的新西兰总理"
        "希普金斯举行会谈。\n\n李强表示，中方愿同新方深化务实合作。\n")


@pytest.mark.parametrize("meta", [
    "发布时间:2024/03/15 来源:网络 浏览次数:",
    "發布時間：2024-03-15 瀏覽次數：128",
])
def test_a_page_meta_line_is_no_speakers_turn(meta: str) -> None:
    text = f"李强同新西兰总理举行会谈\n\n{meta}\n\n{ITEM}"
    readouts = analyze_texts((text, "2024-03-15"), lang="zh").documents[0].readouts
    assert all(r.kind != "transcript" for r in readouts)
