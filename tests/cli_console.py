"""The command line's console, for tests that look at what a user's terminal shows."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from unittest import mock

from rich.console import Console

from readouts.cli import analysis, browse, common, edit, service


@contextmanager
def console_on(screen: io.StringIO, width: int) -> Iterator[None]:
    """Every command module's console writing to ``screen`` as a colour terminal would, so
    markup or escape sequences show as they would to a user."""
    console = Console(file=screen, force_terminal=True, width=width)
    with ExitStack() as stack:
        for module in (common, analysis, browse, edit, service):
            if hasattr(module, "console"):
                stack.enter_context(mock.patch.object(module, "console", console))
        yield
