"""A caption closed by its picture's author and the network or agency it came from
("(Volodymyr Zelenskyy / X)") is a caption in every language: its call and its date are no
story's contact (found on a real Kyiv Independent item whose photo caption, a call of the
year before, became the story's call)."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.ingest.captions import caption_spans
from readouts.pipeline import analyze_document, link_results


def dropped(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in caption_spans(text)]


@pytest.mark.parametrize("caption", [
    "Leader A holds a phone call with Prime Minister B on Jan. 12, 2023. (Leader A / X)",
    "Il presidente A al telefono con il premier B, 12 gennaio 2023 (Presidenza / Telegram)",
    "Президент А во время разговора с премьером Б, 12 января 2023 года "
    "(Офис президента / Telegram)",
    "2023年1月12日，总统甲同总理乙通电话。（总统办公室/X）",
])
def test_a_caption_credited_to_a_network_is_dropped(caption: str) -> None:
    assert dropped(f"Headline\n\nby A Writer\n{caption}\n\nThe story.\n") == [caption]


@pytest.mark.parametrize("line", [
    "The two sides agreed on a joint plan (see the annex / X).",  # prose: no network credit
    "The ministers met in Rome (Italy/France talks).",
    "The leaders spoke by phone (X).",
])
def test_prose_ending_in_brackets_is_kept(line: str) -> None:
    assert dropped(f"Headline\n\n{line}\n") == []


def test_the_captioned_call_is_not_the_storys_call() -> None:
    text = ("Zelensky thanks Chancellor Scholz\n\nby A Writer May 6, 2025 4:36 AM 2 min read\n"
            "Zelensky holds a phone call with Greek Prime Minister Kyriakos Mitsotakis on Jan. 29, "
            "2024. (Volodymyr Zelenskyy / X)\n\nPresident Volodymyr Zelensky spoke with German "
            "Chancellor Olaf Scholz in a phone call on May 5 and thanked him.\n")
    raw = RawInput("page.txt", text.encode())
    analysis = link_results([analyze_document(prepare(raw)[0], "2025-05-06")])
    found = {(tuple(sorted(e.participants)), e.date) for e in analysis.events}
    assert found == {(("olaf-scholz", "volodymyr-zelenskyy"), "2025-05-05")}
