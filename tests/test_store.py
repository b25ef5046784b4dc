"""Store: round trip, idempotency, event merging, rollback, search, filters, migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import copy_db
from sqlalchemy import create_engine, inspect
from sqlalchemy import text as sql
from store_dump import dump
from store_writers import fresh_postgres

from readouts.compare import compare_event
from readouts.model import (
    Analysis,
    Comparison,
    Discrepancy,
    Document,
    Event,
    Figure,
    Mention,
    Period,
    Readout,
    Sentence,
)
from readouts.store import Store, relink
from readouts.store.db import alembic_config

CALL = "2025-01-21_vladimir-putin_xi-jinping"
TRUMP_CALL = "2025-01-17_donald-trump_xi-jinping"
KAZAN = "2024-10_vladimir-putin_xi-jinping"
COUNTRIES = {"xi-jinping": "CHN", "vladimir-putin": "RUS", "donald-trump": "USA",
             "wang-yi": "CHN", "yuri-ushakov": "RUS"}


def _readout(rid: str, source: str, side: str | None, kind: str, lang: str, title: str,
             lines: list[tuple[str, str | None, list[str]]], event: str | None) -> Readout:
    sentences, pos = [], 0
    for i, (text, speaker, topics) in enumerate(lines):
        sentences.append(Sentence(i=i, text=text, start=pos, end=pos + len(text),
                                  speaker=speaker, topics=topics))
        pos += len(text) + 1
    return Readout(id=rid, source=source, side=side, kind=kind, language=lang, title=title,
                   text=" ".join(t for t, _, _ in lines), event=event, sentences=sentences,
                   characterization=["friendly"], source_evidence="header",
                   dateline="2025-01-21", published="2025-01-21")


def _document(did: str, lang: str, readouts: list[Readout], published: str = "2025-01-21",
              origin: str | None = None) -> Document:
    return Document(id=did, origin=origin or f"/tmp/{did}.txt", title=readouts[0].title,
                    language=lang, published=published, published_precision="day",
                    readouts=readouts, published_evidence="header", sha256=(did * 8)[:64])


def sample_analysis() -> Analysis:
    """Three accounts of one video call (zh, ru, it), one of a phone call (en)."""
    zh = _readout("dzh000000001-r1", "xinhua", "CHN", "readout", "zh", "习近平同普京举行视频会晤", [
        ("1月21日下午，国家主席习近平在北京同俄罗斯总统普京举行视频会晤。", None, []),
        ("习近平指出，中俄关系经受住了国际风云变幻的考验。", "xi-jinping", ["us-relations"]),
        ("双方同意加强贸易、能源和农业合作，去年两国贸易额达到2450亿美元。", "xi-jinping",
         ["trade", "energy"]),
        ("习近平强调，台湾问题是中国核心利益中的核心。", "xi-jinping", ["taiwan"]),
    ], CALL)
    zh.mentions = [Mention("xi-jinping", "习近平", 0, 7, 10), Mention("vladimir-putin", "普京", 0,
                                                                      21, 23)]
    zh.figures = [Figure("2450亿美元", 245e9, "USD", "exact", Period("2024", "2024"),
                         "trade", 2, "xi-jinping", 21, 29)]
    ru = _readout("dru000000001-r1", "kremlin", "RUS", "readout", "ru",
                  "Переговоры с Си Цзиньпином", [
        ("Владимир Путин провёл переговоры в режиме видеоконференции с Председателем КНР "
         "Си Цзиньпином.", None, []),
        ("Российско-китайские отношения выдержали проверку временем.", "vladimir-putin", []),
        ("Товарооборот между нашими странами в прошлом году превысил 240 миллиардов долларов.",
         "vladimir-putin", ["trade"]),
        ("Лидеры обсудили ситуацию вокруг Украины.", None, ["ukraine"]),
    ], CALL)
    ru.mentions = [Mention("vladimir-putin", "Владимир Путин", 0, 0, 14)]
    ru.figures = [Figure("240 миллиардов долларов", 240e9, "USD", "more_than",
                         Period("2024", "2024"), "trade", 2, "vladimir-putin", 58, 81)]
    it = _readout("dit000000001-r1", "ansa", None, "news", "it", "Xi e Putin in videoconferenza", [
        ("Il presidente cinese Xi Jinping e il presidente russo Vladimir Putin hanno tenuto "
         "martedì un colloquio in videoconferenza.", None, []),
        ("I due leader si erano incontrati a Kazan in ottobre, a margine del vertice dei BRICS.",
         None, ["multilateral"]),
    ], CALL)
    en = _readout("den000000001-r1", "whitehouse", "USA", "readout", "en",
                  "Readout of President Trump's Call with President Xi", [
        ("President Donald J. Trump spoke with President Xi Jinping of China by phone today.",
         None, []),
        ("The leaders discussed trade, fentanyl and TikTok.", None, ["trade"]),
        ("President Trump said the call was a very good one for both China and the USA.",
         "donald-trump", ["us-relations"]),
    ], TRUMP_CALL)
    documents = [
        _document("dzh000000001", "zh", [zh]),
        _document("dru000000001", "ru", [ru]),
        _document("dit000000001", "it", [it], published="2025-01-22"),
        _document("den000000001", "en", [en], published="2025-01-17"),
    ]
    events = [
        Event(id=CALL, type="video_call", participants=["xi-jinping", "vladimir-putin"],
              date="2025-01-21", date_precision="day", part_of_day="afternoon",
              reported_by=[zh.id, ru.id, it.id],
              evidence={"type": ru.sentences[0].text, "date": zh.sentences[0].text}),
        Event(id=TRUMP_CALL, type="phone_call", participants=["donald-trump", "xi-jinping"],
              date="2025-01-17", date_precision="day", reported_by=[en.id],
              evidence={"type": en.sentences[0].text}),
        Event(id=KAZAN, type="meeting", participants=["xi-jinping", "vladimir-putin"],
              date="2024-10", date_precision="month", location="Kazan",
              mentioned_in=[it.id]),
    ]
    comparison = Comparison(
        event=CALL, sides={"CHN": [zh.id], "RUS": [ru.id]},
        topics={"shared": ["trade"], "only": {"CHN": ["taiwan"], "RUS": ["ukraine"]}},
        aligned=[{"a": [zh.id, 1], "b": [ru.id, 1], "score": 0.81},
                 {"a": [zh.id, 2], "b": [ru.id, 2], "score": 0.74}],
        unmatched={"CHN": [[zh.id, 3]], "RUS": [[ru.id, 3]]},
        discrepancies=[Discrepancy("figures",
                                   {zh.id: "2450亿美元", ru.id: "240 миллиардов долларов"},
                                   "trade volume stated differently")])
    return Analysis(documents=documents, events=events, comparisons=[comparison])


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite store, migrated once: each test's store is a copy."""
    path = tmp_path_factory.mktemp("store") / "migrated.db"
    Store(f"sqlite:///{path}").close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path, migrated_sqlite: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)
    opened = Store(fresh_postgres() if request.param == "postgresql"
                   else copy_db(migrated_sqlite, tmp_path / "store.db"))
    yield opened
    opened.close()


def _counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        names = ("documents", "readouts", "sentences", "mentions", "figures", "events",
                 "event_readouts", "comparisons")
        return {n: conn.exec_driver_sql(f"SELECT count(*) FROM {n}").scalar_one() for n in names}


def _canonical(event: Event, analysis: Analysis) -> dict:
    """An analysed event as the store keeps it: accounts by date, then id."""
    published = {r.id: r.published or "" for d in analysis.documents for r in d.readouts}
    data = event.to_json()
    for name in ("reported_by", "mentioned_in"):
        data[name] = sorted(data[name], key=lambda r: (published[r], r))
    return data


def test_round_trip_keeps_every_field(store: Store) -> None:
    analysis = sample_analysis()
    summary = store.save(analysis)
    assert (summary.documents_added, summary.readouts_added, summary.events_added) == (4, 4, 3)
    for event in analysis.events:
        assert store.event(event.id).to_json() == _canonical(event, analysis)
    readouts = store.readouts_for_event(CALL)
    assert [r.id for r in readouts] == store.event(CALL).reported_by
    for got in readouts:
        want = analysis.readout(got.id).to_json()
        stored = got.to_json()
        for mine, theirs in zip(stored["sentences"], want["sentences"], strict=True):
            if not theirs["topics"]:  # the embedding signal may add one topic, as in analyze
                assert len(mine["topics"]) <= 1
                mine["topics"] = []
        assert stored == want
        assert got.sentences[0].start == 0 and got.sentences[1].start > 0
    zh = next(r for r in readouts if r.language == "zh")
    assert zh.figures[0].value == 245e9 and zh.figures[0].period.start == "2024"
    assert zh.mentions[1].start == 21
    comparison = store.comparison(CALL)  # computed from the stored accounts
    assert comparison.sides == {"RUS": ["dru000000001-r1"], "CHN": ["dzh000000001-r1"]}
    assert comparison.to_json() == compare_event(store.event(CALL), readouts).to_json()
    assert store.comparison(TRUMP_CALL) is None
    assert store.has_document(("dzh000000001" * 8)[:64])
    assert not store.has_document("f" * 64)


def test_analysis_for_events_holds_what_a_page_needs(store: Store) -> None:
    store.save(sample_analysis())
    shown = store.analysis_for_events([CALL, KAZAN])
    assert [e.id for e in shown.events] == [CALL, KAZAN]
    assert {d.id for d in shown.documents} == {"dzh000000001", "dru000000001", "dit000000001"}
    assert shown.readout("dit000000001-r1").sentences[1].text.startswith("I due leader")
    assert [c.event for c in shown.comparisons] == [CALL]
    assert shown.to_json()["schema"] == "readouts/1"


def test_saving_twice_stores_once(store: Store) -> None:
    store.save(sample_analysis())
    before = _counts(store)
    summary = store.save(sample_analysis())
    assert summary.documents_skipped == 4
    assert (summary.documents_added, summary.readouts_added, summary.events_added,
            summary.events_updated) == (0, 0, 0, 0)
    assert _counts(store) == before


def test_same_bytes_under_another_id_are_skipped(store: Store) -> None:
    store.save(sample_analysis())
    again = sample_analysis()
    again.documents = again.documents[:1]
    again.documents[0].id = "dother"
    assert store.save(again).documents_skipped == 1


def _briefing() -> Analysis:
    """An aide's briefing the day after the call, in a separate run: it names the call's
    duration, and mentions the earlier meeting in Kazan."""
    brief = _readout("dbr000000001-r1", "kremlin", "RUS", "briefing", "en",
                     "Yuri Ushakov briefs the press", [
                         ("The conversation between Putin and Xi Jinping lasted an hour and a "
                          "half.", "yuri-ushakov", []),
                     ], "2025-01-21_vladimir-putin_xi-jinping")
    brief.published = brief.dateline = "2025-01-22"
    later = Analysis(documents=[_document("dbr000000001", "en", [brief], "2025-01-22")],
                     events=[Event(id="2025-01-21_vladimir-putin_xi-jinping", type="phone_call",
                                   participants=["vladimir-putin", "xi-jinping"],
                                   date="2025-01-21", date_precision="day",
                                   duration_minutes=90, reported_by=[brief.id],
                                   evidence={"duration_minutes": brief.sentences[0].text})],
                     comparisons=[Comparison(event="2025-01-21_vladimir-putin_xi-jinping",
                                             sides={"RUS": [brief.id]}, summary="given")])
    later.events.append(Event(id="2024-10-22_vladimir-putin_xi-jinping", type="meeting",
                              participants=["xi-jinping", "vladimir-putin"], date="2024-10-22",
                              date_precision="day", mentioned_in=[brief.id]))
    return later


def test_matching_event_is_merged_not_duplicated(store: Store) -> None:
    store.save(sample_analysis())
    summary = store.save(_briefing())
    assert (summary.events_added, summary.events_updated) == (0, 2)
    kazan = "2024-10-22_vladimir-putin_xi-jinping"  # the day is finer than the month
    assert summary.event_ids == {CALL: CALL, kazan: kazan}
    assert store.event(KAZAN) is None
    assert store.event(kazan).mentioned_in == ["dit000000001-r1", "dbr000000001-r1"]
    assert store.count_events() == 3
    merged = store.event(CALL)
    assert merged.reported_by[-1] == "dbr000000001-r1"  # the latest account comes last
    assert merged.type == "video_call"  # the two readouts outvote the briefing's "call"
    assert merged.duration_minutes == 90  # a fact the stored event lacked is filled in
    assert "duration_minutes" in merged.evidence
    assert store.readouts_for_event(CALL)[-1].event == CALL
    assert store.comparison(CALL).summary != "given"  # computed from the stored accounts
    assert store.comparison(CALL).sides["RUS"] == ["dru000000001-r1", "dbr000000001-r1"]


def test_order_of_arrival_does_not_change_what_is_stored(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)
    together = sample_analysis()
    together.documents += _briefing().documents
    together.events += _briefing().events
    dumps = []
    for n, batches in enumerate([[together], [sample_analysis(), _briefing()],
                                 [_briefing(), sample_analysis()]]):
        store = Store(f"sqlite:///{tmp_path / f'{n}.db'}")
        for batch in batches:
            store.save(batch)
        dumps.append(dump(store.engine))
        store.close()
    assert dumps[0]["events"] and dumps[0]["comparisons"]
    assert dumps[1] == dumps[0] and dumps[2] == dumps[0]


def test_a_copy_differing_only_in_whitespace_is_stored_once(store: Store) -> None:
    store.save(sample_analysis())
    copy = sample_analysis()
    copy.documents = copy.documents[:1]
    copy.documents[0].id, copy.documents[0].sha256 = "dcopy", "c" * 64
    readout = copy.documents[0].readouts[0]
    readout.id, readout.text = "dcopy-r1", readout.text.replace("。", "。\r\n") + "\n\n"
    summary = store.save(copy)
    assert (summary.documents_added, summary.documents_skipped) == (0, 1)
    assert summary.event_ids[CALL] == CALL


def test_distant_date_or_other_people_make_a_new_event(store: Store) -> None:
    store.save(sample_analysis())
    note = _readout("dnt000000001-r1", "china-mfa", "CHN", "readout", "zh", "王毅会见", [
        ("2月3日，王毅在北京会见俄罗斯外长拉夫罗夫。", None, []),
    ], "2025-02-03_sergey-lavrov_wang-yi")
    other = Analysis(documents=[_document("dnt000000001", "zh", [note], "2025-02-03")], events=[
        Event(id="2025-02-03_sergey-lavrov_wang-yi", type="meeting",
              participants=["wang-yi", "sergey-lavrov"], date="2025-02-03",
              date_precision="day", reported_by=[note.id]),
        Event(id="2025-01-28_vladimir-putin_xi-jinping", type="phone_call",
              participants=["xi-jinping", "vladimir-putin"], date="2025-01-28",
              date_precision="day", mentioned_in=[note.id]),
    ])
    summary = store.save(other)
    assert (summary.events_added, summary.events_updated) == (2, 0)
    assert store.event("2025-01-28_vladimir-putin_xi-jinping").mentioned_in == [note.id]


def test_failure_midway_rolls_back_everything(store: Store) -> None:
    analysis = sample_analysis()
    analysis.documents[-1].readouts[0].figures = [
        Figure("troppi", 3.0, None, sentence=0)]  # type: ignore[arg-type]  # NOT NULL unit
    with pytest.raises(Exception, match="(?i)not.null|integrity"):
        store.save(analysis)
    assert set(_counts(store).values()) == {0}


def test_failure_after_events_rolls_back(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(relink, "put_comparison", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        store.save(sample_analysis())
    assert set(_counts(store).values()) == {0}
    monkeypatch.undo()
    assert store.save(sample_analysis()).documents_added == 4


def test_search_highlights_in_four_languages(store: Store) -> None:
    store.save(sample_analysis())
    hits = store.search('"товарооборот"')  # FTS5, case-insensitive in Cyrillic; quoted: as typed
    assert [(h.readout_id, h.sentence) for h in hits] == [("dru000000001-r1", 2)]
    assert "<mark>Товарооборот</mark>" in hits[0].highlighted
    assert hits[0].source == "kremlin" and hits[0].event_id == CALL
    hits = store.search('"贸易"')  # two characters: below a trigram, substring scan
    assert [h.sentence for h in hits] == [2]
    assert hits[0].highlighted.count("<mark>贸易</mark>") == 2
    hits = store.search('"colloquio in videoconferenza"')
    assert len(hits) == 1 and "<mark>colloquio in videoconferenza</mark>" in hits[0].highlighted
    assert {h.readout_id for h in store.search('"Xi Jinping"')} == {
        "dit000000001-r1", "den000000001-r1"}
    assert store.search("fentanyl Kazan") == []
    assert store.search("   ") == []


def test_search_escapes_document_text(store: Store) -> None:
    analysis = sample_analysis()
    analysis.documents[3].readouts[0].sentences[1].text = (
        "The leaders discussed <script>alert('x')</script> & trade.")
    store.save(analysis)
    for query in ("script", "<script>"):
        hit = store.search(query)[0]
        assert "<script>" not in hit.highlighted
        assert "&lt;" in hit.highlighted and "<mark>" in hit.highlighted


def test_event_filters_and_pagination(store: Store) -> None:
    store.save(sample_analysis())
    assert [e.id for e in store.events()] == [CALL, TRUMP_CALL, KAZAN]  # newest first
    assert [e.id for e in store.events(limit=1, offset=1)] == [TRUMP_CALL]
    assert [e.id for e in store.events(actor="donald-trump")] == [TRUMP_CALL]
    assert [e.id for e in store.events(type="meeting")] == [KAZAN]
    assert [e.id for e in store.events(source="kremlin")] == [CALL]
    assert [e.id for e in store.events(since="2025-01-18")] == [CALL]
    assert [e.id for e in store.events(until="2024")] == [KAZAN]
    assert [e.id for e in store.events(since="2024-10", until="2024-10")] == [KAZAN]
    assert [e.id for e in store.events(country_pair=("CHN", "USA"))] == [TRUMP_CALL]
    assert [e.id for e in store.events(country_pair=("rus", "chn"))] == [CALL, KAZAN]
    assert store.count_events(country_pair=("RUS", "CHN"), type="video_call") == 1
    assert store.count_events(actor="nobody") == 0
    sources = store.event_sources([CALL, KAZAN])
    assert sources[CALL] == [("ansa", None, "reported"), ("kremlin", "RUS", "reported"),
                             ("xinhua", "CHN", "reported")]  # by date, then account id
    assert sources[KAZAN] == [("ansa", None, "mentioned")]
    facets = store.facets()
    assert ("xi-jinping", 3) in facets["actors"] and ("CHN", 3) in facets["countries"]


def test_figures_come_with_sentence_and_source(store: Store) -> None:
    store.save(sample_analysis())
    rows = store.figures(about="trade")
    assert [(r.source, r.side, r.value, r.qualifier) for r in rows] == [
        ("xinhua", "CHN", 245e9, "exact"), ("kremlin", "RUS", 240e9, "more_than")]
    assert rows[1].sentence_text.startswith("Товарооборот")
    assert rows[0].period_start == "2024" and rows[0].published == "2025-01-21"
    assert store.figures(unit="percent") == []


def test_delete_document_drops_orphans_and_stale_comparisons(store: Store) -> None:
    store.save(sample_analysis())
    assert store.delete_document("den000000001")
    assert store.event(TRUMP_CALL) is None
    assert not store.delete_document("den000000001")
    assert store.delete_document("dru000000001")
    assert store.comparison(CALL) is None
    assert store.event(CALL).reported_by == ["dit000000001-r1", "dzh000000001-r1"]
    assert store.search('"товарооборот"') == []
    assert [d.id for d in store.documents()] == ["dit000000001", "dzh000000001"]
    assert store.documents()[1].readouts[0].source == "xinhua"
    readout, document = store.readout("dzh000000001-r1")
    assert document.language == "zh" and readout.figures[0].unit == "USD"
    assert store.readout("den000000001-r1") is None


def test_migrations_build_a_fresh_file_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "fresh.db"
    Store(f"sqlite:///{path}").close()
    tables = set(inspect(Store(f"sqlite:///{path}").engine).get_table_names())
    assert {"documents", "readouts", "sentences", "events", "event_readouts", "figures",
            "mentions", "comparisons", "sentences_fts", "alembic_version"} <= tables
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)


def test_in_memory_database_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)
    store = Store("sqlite://")
    store.save(sample_analysis())
    assert store.count_events() == 3


def test_postgres_search_uses_its_index() -> None:
    """The GIN index is on the expression search reads, so PostgreSQL can use it."""
    store = Store(fresh_postgres())
    try:
        with store.engine.begin() as conn:
            conn.execute(sql("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(r[0] for r in conn.execute(sql(
                "EXPLAIN SELECT id FROM sentences WHERE to_tsvector('simple', "
                "translate(text, '<>', '  ')) @@ websearch_to_tsquery('simple', 'trade')")))
        assert "ix_sentences_fts" in plan, plan
    finally:
        store.close()


def test_each_xdist_worker_empties_only_its_own_postgres_schema(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Under pytest-xdist two workers' PostgreSQL tests run at once: one emptying its
    database must not drop the tables the other is writing (each has a schema)."""
    first, second = f"gw{os.getpid()}a", f"gw{os.getpid()}b"
    monkeypatch.setenv("PYTEST_XDIST_WORKER", first)
    store = Store(fresh_postgres())
    try:
        store.save(sample_analysis())
        monkeypatch.setenv("PYTEST_XDIST_WORKER", second)
        other = Store(fresh_postgres())
        try:
            assert other.count_events() == 0
            assert store.count_events() == 3
            with store.engine.connect() as conn:
                assert conn.execute(sql("SELECT current_schema()")).scalar_one() == first
        finally:
            other.close()
    finally:
        store.close()
        engine = create_engine(os.environ["READOUTS_TEST_POSTGRES"])
        with engine.begin() as conn:
            for schema in (first, second):
                conn.execute(sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def test_an_unquoted_topic_word_finds_its_names_in_every_language(store: Store) -> None:
    store.save(sample_analysis())
    quoted = {h.language for h in store.search('"贸易"')}
    expanded = {h.language for h in store.search("贸易")}
    assert quoted == {"zh"} and {"zh", "ru"} <= expanded


def test_a_database_from_before_claims_keeps_its_contacts(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration 0006 turns each stored link into a claim: the events survive, and the
    next write links them with the new accounts as if they had come together."""
    from alembic import command

    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store(url)
    store.save(sample_analysis())
    before = store.events()
    config = alembic_config()
    with store.engine.connect().execution_options(write=True) as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    store.close()
    store = Store(url)  # brought back to head: the claims are filled in from the links
    assert [e.to_json() for e in store.events()] == [e.to_json() for e in before]
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM claims").scalar_one() == \
            conn.exec_driver_sql("SELECT count(*) FROM event_readouts").scalar_one() == 5
    store.save(_briefing())
    assert store.count_events() == 3
    assert store.event(CALL).duration_minutes == 90
    assert store.comparison(CALL).sides["RUS"] == ["dru000000001-r1", "dbr000000001-r1"]
    store.close()


def test_a_writer_waits_for_another_holding_the_lock(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)
    path = tmp_path / "busy.db"
    store = Store(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of its write
    release = threading.Timer(0.5, other.execute, ("COMMIT",))
    release.start()
    try:
        started = time.monotonic()
        assert store.save(sample_analysis()).documents_added == 4
        assert time.monotonic() - started >= 0.4
    finally:
        release.join()
        other.close()
        store.close()


@pytest.mark.parametrize("url", ["readouts.db", "mysql://u@h/db", "sqlite:////proc/none/x.db",
                                 "postgresql+psycopg://u:secret@127.0.0.1:1/db"])
def test_a_bad_database_url_is_one_line_and_exit_2(url: str, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from readouts import cli

    monkeypatch.setattr("sys.argv", ["readouts", "events", "--db", url])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.count("\n") == 1 and err.startswith("readouts: ")
    assert "SELECT" not in err and "secret" not in err and "Traceback" not in err
