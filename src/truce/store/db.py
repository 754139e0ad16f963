"""Engine from a URL or a path, and schema migrations.

SQLite is the embedded default (one file, WAL so readers don't block the writer,
foreign keys on); a ``postgresql+psycopg://`` URL works with the same code, because
the tables use only portable types and the schema comes from Alembic migrations.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import SQLAlchemyError

from truce.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_DB = "truce.db"
ENV_VAR = "TRUCE_DB"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """A database URL from ``--db``, else ``$TRUCE_DB``, else ``./truce.db``.

    A value without ``://`` is a SQLite file path.
    """
    value = str(db) if db is not None else os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite, check the folder exists and set the pragmas."""
    if url.startswith("sqlite:///"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        if not folder.is_dir():
            raise StoreError(f"database folder {folder} does not exist", hint="create it first")
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot use database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    """Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config  # imported here: alembic costs ~0.4 s to import

    cfg = Config()
    location = resources.files("truce.store").joinpath("migrations")
    cfg.set_main_option("script_location", str(location))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"could not migrate the database: {exc}") from exc


def is_initialised(engine: Engine) -> bool:
    return "alembic_version" in inspect(engine).get_table_names()
