"""The entry point: run the app, every user-facing failure one line on stderr and exit
code 2; a traceback only with READOUTS_DEBUG=1."""

from __future__ import annotations

import os
import re
import sys

import typer

from readouts.cli.common import app
from readouts.errors import InputError


def _fail(message: str, code: int) -> None:
    """Print one line on stderr, however long or multi-line the message, and exit; control
    characters in a file name or URL it quotes are dropped, not sent to the terminal."""
    line = re.sub(r"[\x00-\x1f\x7f-\x9f]", "", " ".join(message.split()))
    sys.stderr.write("readouts: " + line + "\n")
    sys.exit(code)


def main() -> None:
    """Entry point: run the app, turning failures into one line and exit code 2."""
    debug = os.environ.get("READOUTS_DEBUG") == "1"
    try:
        app(standalone_mode=False)
    except InputError as exc:
        _fail(str(exc), 2)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", None) if isinstance(exc, typer.Exit) else exc.code
        sys.exit(code or 0)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        # Usage errors (unknown command, option or value) come from the click that typer
        # runs on, which recent typer versions vendor: told apart by what they can do.
        if callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None),
                                                                int):
            exc.show()
            sys.exit(2)
        if isinstance(exc, typer.Abort) or type(exc).__name__ == "Abort":
            sys.exit(130)
        if debug:
            raise
        _fail(f"unexpected error: {type(exc).__name__}: {exc} "
              "(set READOUTS_DEBUG=1 for details)", 1)
