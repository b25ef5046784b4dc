"""The `readouts watch` command's work: write the starter config, or watch (once, or on)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from readouts.errors import InputError
from readouts.store import Store, default_db_url
from readouts.watch.config import load_config
from readouts.watch.poll import CycleReport, Watcher


def write_starter(path: Path) -> None:
    """Copy the packaged starter config to ``path`` (never over an existing file)."""
    if path.exists():
        raise InputError(f"--init {path}: the file exists; choose another path")
    text = resources.files("readouts.watch").joinpath("starter.yaml").read_text(encoding="utf-8")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--init {path}: cannot write there ({exc.strerror or exc})") from exc


def watch(config_path: Path, db: str | None, once: bool,
          terminal: Callable[[str], None]) -> CycleReport | None:
    """Poll the config's sources: one cycle (the sources that are due) with ``once``,
    else until interrupted."""
    config = load_config(config_path)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("readouts watch: %(message)s"))
    log = logging.getLogger("readouts.watch")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    store = Store(db or config.database or default_db_url())
    try:
        watcher = Watcher(config, store, terminal=terminal)
        if once:
            return watcher.poll_once()
        watcher.run(time.sleep)
        return None
    finally:
        store.close()
        log.removeHandler(handler)
