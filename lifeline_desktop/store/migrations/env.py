"""Alembic environment, run in code only: the caller passes an open SQLAlchemy connection in config.attributes."""

from __future__ import annotations

from typing import Any

from alembic import context

from lifeline_desktop.store.models import Base

# FTS5 tables and their shadow tables are made by revisions by hand; the models do not describe them.
SEARCH_TABLE_PREFIXES = ("entry_search", "reply_search")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIXES))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
