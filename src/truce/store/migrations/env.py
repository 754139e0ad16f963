"""Alembic environment: uses the engine the store hands over (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from truce.store.tables import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
