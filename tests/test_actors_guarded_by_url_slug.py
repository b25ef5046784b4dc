"""A page's address is its headline written for machines: a slug naming a person in full
("…/giuseppe-conte-sente-emmanuel-macron-…") lets his guarded surname ("Conte", "Austin",
"Конте", "克里") name him in the story, as his full name in its text would; an address that
names someone else licenses nothing. Found on a real Il Tempo item (h15it-013) whose story
says only "Conte" and "il premier"."""

import pytest

from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document, link_results

SLUGGED = {
    "it": ("https://www.example-news.it/politica/2020/06/10/news/"
           "giuseppe-conte-sente-emmanuel-macron-recovery-fund-123456/",
           "Recovery Fund, Conte ha avuto oggi un colloquio telefonico con il presidente "
           "francese Emmanuel Macron.", "giuseppe-conte", "emmanuel-macron"),
    "en": ("https://www.example-news.com/world/2023/03/14/lloyd-austin-calls-sergei-shoigu/",
           "Austin spoke by phone on Tuesday with Russian Defense Minister Sergei Shoigu.",
           "lloyd-austin", "sergei-shoigu"),
    "ru": ("https://www.example-news.ru/world/2020/06/10/giuseppe-conte-putin-call/",
           "Конте провел в среду телефонный разговор с президентом России Владимиром Путиным.",
           "giuseppe-conte", "vladimir-putin"),
    "zh": ("https://www.example-news.cn/world/2016/08/10/john-kerry-wang-yi-phone.html",
           "克里10日同中国外交部长王毅通电话。", "john-kerry", "wang-yi"),
}


def _analysis(url: str, text: str):  # noqa: ANN202
    raw = read_bytes(f"url: {url}\n\n{text}".encode(), "test.txt")
    return link_results([analyze_document(p) for p in prepare(raw)])


@pytest.mark.parametrize("lang", sorted(SLUGGED))
def test_a_slug_naming_him_in_full_lets_his_guarded_surname_name_him(lang: str) -> None:
    url, text, guarded, other = SLUGGED[lang]
    analysis = _analysis(url, text)
    assert {m.actor for m in analysis.documents[0].readouts[0].mentions} == {guarded, other}
    assert [set(e.participants) for e in analysis.events if e.reported_by] == [{guarded, other}]


@pytest.mark.parametrize("lang", sorted(SLUGGED))
def test_a_slug_naming_someone_else_licenses_nothing(lang: str) -> None:
    url, text, guarded, _ = SLUGGED[lang]
    other_url = url.replace(guarded, "recovery-fund-talks")
    analysis = _analysis(other_url, text)
    assert guarded not in {m.actor for m in analysis.documents[0].readouts[0].mentions}
