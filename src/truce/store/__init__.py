"""Persistence: SQLite by default, any SQLAlchemy URL (PostgreSQL) with the same code."""

from truce.store.db import DEFAULT_DB, ENV_VAR, resolve_url
from truce.store.store import Store

__all__ = ["DEFAULT_DB", "ENV_VAR", "Store", "resolve_url"]
