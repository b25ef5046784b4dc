# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A news item that sets a government's readout beside an unnamed official of the same
side quoted ("Biden asked for the call, a U.S. official said, to “…”") and beside the
other side's state media ("Chinese state media called the call “…” and said …", "i media
statali cinesi hanno definito il colloquio …", "中国官方媒体称") holds three accounts: the
official's words are his government's briefing, apart from its readout (not folded into
it as a named spokesperson's are), and the state media's are their side's readout, its
outlet unnamed. Found on a real The Week item (Biden-Xi call of September 2021). Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Biden and Xi spoke for two hours, the White House says

President Joe Biden and Chinese President Xi Jinping spoke for two hours on Tuesday evening, their third call this year. Biden asked for the call, a U.S. official said, to "see whether talking at the leader level works better than the meetings of our ministers have."

"The two leaders discussed the areas where our interests meet and those where they part, and agreed to keep the lines of communication open," the White House said. "They also discussed the duty of both nations to keep competition from veering into conflict."

Chinese state media called the call "frank and deep" and said Xi told Biden that "confrontation between China and the United States would be a disaster for both countries and for the world."

Analysts said the two accounts showed how far apart the capitals remain.
"""

IT = """\
Biden e Xi al telefono per due ore

Il presidente americano Joe Biden e il presidente cinese Xi Jinping si sono sentiti per due ore martedì sera, la loro terza telefonata quest'anno.

“I due leader hanno discusso dei temi su cui i nostri interessi coincidono e di quelli su cui divergono, e hanno concordato di tenere aperti i canali di comunicazione”, ha detto la Casa Bianca in una nota. “Hanno anche discusso della responsabilità di entrambe le nazioni di evitare che la competizione sfoci in conflitto”.

I media statali cinesi hanno definito il colloquio “franco e approfondito” e hanno riferito che Xi ha detto a Biden che “lo scontro tra Cina e Stati Uniti sarebbe un disastro per entrambi i paesi e per il mondo intero”.

Secondo gli analisti, i due resoconti mostrano quanto le capitali restino lontane.
"""

ZH = """\
拜登与习近平通话两小时

美国总统拜登与中国国家主席习近平周二晚间通电话，这是两人今年第三次通话。

白宫在声明中说：“两国领导人讨论了双方利益一致和存在分歧的领域，同意保持沟通渠道畅通。双方还讨论了两国确保竞争不演变为冲突的责任。”

中国官方媒体称，这次通话坦诚、深入。报道说，习近平对拜登表示，“中美对抗对两国和世界都将是一场灾难”，双方应当加强沟通与合作。

分析人士说，两份表述显示两国首都之间的距离依然很远。
"""


@pytest.mark.parametrize(("text", "lang", "want"), [
    (EN, "en", [("unknown", None, "news"), ("whitehouse", "USA", "briefing"),
                ("whitehouse", "USA", "readout"), ("unknown", "CHN", "readout")]),
    (IT, "it", [("unknown", None, "news"), ("whitehouse", "USA", "readout"),
                ("unknown", "CHN", "readout")]),
    (ZH, "zh", [("unknown", None, "news"), ("whitehouse", "USA", "statement"),
                ("unknown", "CHN", "readout")]),
])
def test_an_official_and_the_other_sides_state_media_are_accounts(
        text: str, lang: str, want: list[tuple[str, str | None, str]]) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]
    assert list(dict.fromkeys(got)) == want
