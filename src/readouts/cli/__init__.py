"""The command line: analyze, ingest, events, show, compare, fix, watch, serve, ...

``common`` holds the app and what the commands share; each other module registers the
commands of one job on it (importing them here is what registers them); ``main`` runs it.
"""

from readouts.cli import analysis, browse, edit, service  # noqa: F401 - registers commands
from readouts.cli.analysis import example_paths
from readouts.cli.common import app
from readouts.cli.main import main

__all__ = ["app", "example_paths", "main"]
