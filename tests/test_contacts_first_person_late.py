"""A leader's press conference that opens on other matters and tells his contact in the
first person only after them ("(On the telephone talk with President Biden) I have just held
a telephone talk with President Biden, starting at 8:15 a.m. for approximately 20 minutes"):
the contact is the account's, with the speaker as a party, as when the lead tells it. Texts
written for these tests."""

from __future__ import annotations

import pytest

from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document, link_results

CASES = [
    ("en", "https://japan.kantei.go.jp/101_kishida/statement/202305/_00001.html",
     "Press Conference by the Prime Minister on the Budget and Other Matters",
     "May 2, 2023\n[Provisional Translation]\n"
     "(On the new budget)\n"
     "Today, a day after the Kishida Cabinet approved the budget for the coming year, I feel "
     "the "
     "weight of the task before us and the hopes of the many families who wait for it. The "
     "budget supports families with young children, small firms hit by high prices and the "
     "towns that lost their young people to the big cities. We will submit it to the Diet "
     "next week and we will explain every measure in it to the members of both Houses.\n"
     "(On the telephone talk with President Biden)\n"
     "I have just held a telephone talk with President Biden, starting at 8:15 a.m. for "
     "approximately 20 minutes. We agreed to work together on the region.\n",
     "2023-05-02", {"fumio-kishida", "joe-biden"}, 20),
    ("en", "https://japan.kantei.go.jp/101_kishida/statement/202306/_00002.html",
     "Press Conference by the Prime Minister on the Diet Session",
     "June 21, 2023\n[Provisional Translation]\n"
     "The ordinary Diet session closed today, the first of the Kishida Cabinet, after 150 days "
     "of debate "
     "in both Houses on the budget, on child care and on the defence of the country. Many "
     "bills passed, among them the one on child care that so many parents had waited for. "
     "I thank the members of both Houses, and we will keep working on prices this summer.\n"
     "A short while ago, I had a telephone talk with Chancellor Scholz for about 25 "
     "minutes. We confirmed our cooperation on energy.\n",
     "2023-06-21", {"fumio-kishida", "olaf-scholz"}, 25),
]


@pytest.mark.parametrize(("lang", "url", "title", "text", "published", "parties", "minutes"),
                         CASES)
def test_a_first_person_contact_after_other_matters_is_the_account_s(
        lang: str, url: str, title: str, text: str, published: str, parties: set[str],
        minutes: int) -> None:
    raw = read_bytes(f"url: {url}\ntitle: {title}\n\n{text}".encode(), "test.txt")
    analysis = link_results([analyze_document(p, published) for p in prepare(raw)])
    reported = [e for e in analysis.events if e.reported_by]
    assert reported, [r.source for d in analysis.documents for r in d.readouts]
    event = reported[0]
    assert set(event.participants) == parties, event.to_json()
    assert (event.type, event.status, event.date, event.duration_minutes) == (
        "phone_call", "held", published, minutes)


def test_a_first_person_contact_to_come_is_not_the_account_s() -> None:
    text = ("title: Press Conference by the Prime Minister on the New Budget\n\n"
            "Today the Cabinet approved the budget for the coming year. It supports families. "
            "We will submit it to the Diet next week. I ask for the understanding of the "
            "public. I look forward to meeting President Biden in Hiroshima next month.\n")
    raw = read_bytes(("url: https://japan.kantei.go.jp/101_kishida/statement/202305/_2.html"
                      f"\n{text}").encode(), "test.txt")
    analysis = link_results([analyze_document(p, "2023-05-02") for p in prepare(raw)])
    assert not [e for e in analysis.events if e.reported_by]
