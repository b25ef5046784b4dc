"""The command line run in the test process, its console a terminal's.

Running `readouts` in the test process instead of a new one keeps the analysis (knowledge,
cue patterns, language detector, sentence encoder) loaded between calls: a subprocess
spends a second or more loading them again. Tests that are about processes (a kill -9,
several writers at once, the `python -m readouts` entry) still start their own.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, redirect_stderr, redirect_stdout
from typing import NamedTuple
from unittest import mock

from rich.console import Console

from readouts import cli
from readouts.cli import analysis, browse, common, edit, service


@contextmanager
def console_on(screen: io.StringIO, width: int, terminal: bool = True) -> Iterator[None]:
    """Every command module's console writing to ``screen`` as a colour terminal would, so
    markup or escape sequences show as they would to a user (or as to a pipe)."""
    console = Console(file=screen, force_terminal=terminal, width=width)
    with ExitStack() as stack:
        for module in (common, analysis, browse, edit, service):
            if hasattr(module, "console"):
                stack.enter_context(mock.patch.object(module, "console", console))
        yield


class Ran(NamedTuple):
    code: int
    out: str  # what the user's terminal shows: standard output, then the console's lines
    err: str


def run_cli(*args: str, stdin: bytes = b"", width: int = 120, terminal: bool = False) -> Ran:
    """``readouts ARGS`` run in this process: its exit code, output and standard error,
    written to a pipe or (``terminal``) to a colour terminal."""
    out, err, screen = io.StringIO(), io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with console_on(screen, width, terminal), mock.patch.object(sys, "argv", ["readouts", *args]), \
            mock.patch.object(sys, "stdin", fake_stdin), redirect_stdout(out), \
            redirect_stderr(err):
        try:
            cli.main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return Ran(code, out.getvalue() + screen.getvalue(), err.getvalue())
