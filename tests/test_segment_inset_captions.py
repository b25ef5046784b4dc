"""A photo caption in another script heading a paragraph (a Russian caption over a Chinese
paragraph on a Sputnik page, a Cyrillic caption in an Italian article) is no account in another
language: a paragraph's script is the one most of its letters are in. Found on a stranger item
(Sputnik's Chinese site, 2020): the caption opened a 'Russian' account holding the Chinese
announcement of a planned video meeting, which Russian rules then could not read. A paragraph
really written in another language still opens an account of its own."""

import pytest
from test_contacts import analyze_texts

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

CAPTIONED = {
    "zh": ("外交部发言人就中俄总理定期会晤答记者问\n\n"
           "外交部发言人11月26日在例行记者会上表示，双方正在为会晤做准备。\n\n"
           "16 ноября 2020. Председатель правительства России Михаил Мишустин во время "
           "заседания в режиме видеоконференции координационного совета. Фото агентства\n"
           "发言人宣布，经中俄双方商定，国务院总理李克强将于12月2日同俄罗斯总理米舒斯京以视频形式"
           "举行中俄总理第二十五次定期会晤。双方将就两国务实合作和共同关心的国际问题深入交换意见，"
           "并签署联合公报，规划下一阶段两国在经贸、能源、科技和人文等领域的合作。\n\n"
           "发言人指出，今年以来两国合作稳步发展。", "2020-11-26",
           ("video_call", "planned", {"li-keqiang", "mikhail-mishustin"}, "2020-12-02")),
    "it": ("Meloni sentirà Erdogan la prossima settimana\n\n"
           "Lo ha annunciato Palazzo Chigi in una nota diffusa oggi.\n\n"
           "Президент Турции Реджеп Тайип Эрдоган на пресс-конференции в Анкаре, 2024 год.\n"
           "La presidente del Consiglio Giorgia Meloni avrà un colloquio telefonico con il "
           "presidente turco Recep Tayyip Erdogan martedì prossimo, per parlare della crisi in "
           "Medio Oriente e dei flussi migratori nel Mediterraneo centrale, ha fatto sapere "
           "Palazzo Chigi in una nota diffusa nel pomeriggio.", "2024-03-14",
           ("phone_call", "planned", {"giorgia-meloni", "recep-tayyip-erdogan"}, "2024-03-19")),
}


@pytest.mark.parametrize("lang", sorted(CAPTIONED))
def test_a_caption_in_another_script_opens_no_account(lang: str) -> None:
    text, published, (kind, status, parties, date) = CAPTIONED[lang]
    analysis = analyze_texts((text, published), lang=lang)
    readouts = analysis.documents[0].readouts
    assert [r.language for r in readouts] == [lang]
    found = [(e.type, e.status, set(e.participants), e.date) for e in analysis.events]
    assert (kind, status, parties, date) in found


def test_a_paragraph_written_in_another_language_still_opens_an_account() -> None:
    text = ("国家主席习近平同俄罗斯总统普京通电话\n\n"
            "国家主席习近平5月8日同俄罗斯总统普京通电话。两国元首就双边关系深入交换意见。\n\n"
            "Президент России Владимир Путин провёл телефонный разговор с Председателем КНР "
            "Си Цзиньпином. Лидеры обсудили актуальные вопросы двусторонних отношений и "
            "договорились о встрече в ближайшее время.")
    readouts = analyze_texts((text, "2024-05-08"), lang="zh").documents[0].readouts
    assert [r.language for r in readouts] == ["zh", "ru"]


@pytest.mark.parametrize("text", [
    "国务院总理李克强12月2日同俄罗斯总理米舒斯京以视频形式举行中俄总理第二十五次定期会晤。",
    "國務院總理李克強12月2日同俄羅斯總理米舒斯京以視像形式舉行中俄總理第二十五次定期會晤。",
])
def test_a_meeting_held_in_video_form_is_a_video_call(text: str) -> None:
    """Through ingest, as a user's file goes: traditional script is read in simplified."""
    prepared = prepare(RawInput("page.txt", text.encode()))[0]
    (event,) = link_results([analyze_document(prepared, "2020-12-02")]).events
    assert event.type == "video_call"
