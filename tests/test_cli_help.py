"""Help texts a user reads: what to type, never Python types like <bool> or <list[str]>."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from readouts.cli import app


def test_help_texts_have_no_python_type_labels() -> None:
    runner = CliRunner()
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"fix", "reanalyze", "delete", "show"} <= set(names)
    for name in names:
        shown = runner.invoke(app, [name, "--help"], env={"COLUMNS": "160"})
        assert shown.exit_code == 0, (name, shown.output)
        assert not re.search(r"<(bool|str|int|float|list\[|Path)", shown.output), shown.output
    fix = runner.invoke(app, ["fix", "--help"], env={"COLUMNS": "160"}).output
    assert re.search(r"--by\s+TEXT", fix) and re.search(r"--sentence\s+ID is a sentence", fix)
