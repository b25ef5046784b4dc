"""Migrations form one line: several people adding a migration at once must chain them
(a second head would stop every database from opening), and a store built by them keeps
what the model holds (a figure's target)."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

from readouts.model import Analysis, Document, Figure, Readout
from readouts.store import Store
from readouts.store.db import alembic_config


def test_the_migrations_have_one_head_and_no_gap() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, f"several heads: {script.get_heads()}"
    revisions = list(script.walk_revisions())
    assert revisions[-1].down_revision is None
    for newer, older in zip(revisions, revisions[1:], strict=False):
        assert newer.down_revision == older.revision


def test_a_figures_target_survives_the_store(tmp_path: Path) -> None:
    readout = Readout(id="dtarget00001-r1", source="xinhua", side="CHN", kind="readout",
                      language="en", title=None, text="Trade will reach 300 billion dollars.")
    readout.figures = [Figure("300 billion dollars", 300e9, "USD", "more_than", about="trade",
                              target=True),
                       Figure("200 billion dollars", 200e9, "USD", about="trade")]
    document = Document(id="dtarget00001", origin="t.txt", title=None, language="en",
                        published="2026-01-02", published_precision="day", sha256="f" * 64,
                        readouts=[readout])
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    store.save(Analysis(documents=[document], events=[]))
    rows = store.figures(about="trade")
    assert sorted((row.value, row.target) for row in rows) == [(200e9, False), (300e9, True)]
