"""Keeping analyses in a database (SQLite by default, PostgreSQL too) and reading them back."""

from readouts.store.db import StoreError, default_db_url
from readouts.store.figures import FigureRow
from readouts.store.queries import SearchHit
from readouts.store.save import SaveSummary
from readouts.store.store import Store

__all__ = ["FigureRow", "SaveSummary", "SearchHit", "Store", "StoreError", "default_db_url"]
