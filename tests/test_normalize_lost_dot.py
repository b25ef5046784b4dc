"""A transliterated name's middle dot lost to a bad re-encoding ("弗拉基米爾?普京") is the
dot, not a question mark: the sentence is not cut inside the name, and a part of day before it
stays the contact's (found on a real FT Chinese repost, heldout9 h9zh-005, whose "周四上午"
was lost); a "?" after a question's particle stays a question mark."""

from __future__ import annotations

from readouts.ingest import prepare, read_bytes
from readouts.ingest.normalize import normalize
from readouts.pipeline import analyze_document, link_results


def test_a_question_mark_inside_a_name_is_its_dot() -> None:
    assert normalize("俄羅斯總統弗拉基米爾?普京抵達").text == "俄羅斯總統弗拉基米爾·普京抵達"


def test_a_question_stays_a_question() -> None:
    assert normalize("他会来吗?我们不知道").text == "他会来吗?我们不知道"


def test_the_part_of_day_before_a_mangled_name_is_the_contacts() -> None:
    text = "周四上午,俄羅斯總統弗拉基米爾?普京與中國國家主席習近平在北京會面。"
    results = [analyze_document(p, "2024-05-16") for p in prepare(read_bytes(text.encode(), "t"))]
    events = [e for e in link_results(results).events if e.reported_by]
    assert [(e.part_of_day, set(e.participants)) for e in events] == [
        ("morning", {"vladimir-putin", "xi-jinping"})]
