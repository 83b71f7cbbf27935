"""Schema migrations: Alembic revisions shipped inside the package, run in code at unlock (no alembic.ini).

The caller takes an encrypted backup first (DESIGN.md section 3); `migrate_to_head` runs every pending revision in
one transaction, so a failure leaves the schema as it was.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from lifeline_desktop.store.errors import DatabaseUnreadable

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Revisions that free much of the file (a rebuilt index): the file is vacuumed after them, so it shrinks on disk.
SHRINKING_REVISIONS = frozenset({"0009"})


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config built in code: script_location is the folder inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    if head is None:  # only if the package lost its versions folder
        raise DatabaseUnreadable("This installation has no schema revisions.")
    return head


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None for a database no revision has touched yet."""
    with engine.connect() as connection:
        return _current(connection)


def needs_migration(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()  # (unlock uses schema_version's, free of Alembic)


def pending_revisions(current: str | None) -> list[str]:
    """The revisions an upgrade from `current` to head would apply, oldest first."""
    scripts = _scripts()
    upgrades = scripts.iterate_revisions(head_revision(), current)
    return [script.revision for script in reversed(list(upgrades))]


def migrate_to_head(engine: Engine) -> list[str]:
    """Apply every pending revision in one transaction; return the revisions applied, oldest first."""
    with engine.connect() as connection:
        driver_connection = connection.connection.driver_connection
        assert driver_connection is not None
        # Foreign keys off for the migration (SQLite's documented table-rebuild procedure): a batch migration
        # drops and recreates a table, and with foreign keys on that DROP would cascade-delete child rows. The
        # pragma is a no-op inside a transaction, so it is set on the raw connection before BEGIN.
        driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                applied = pending_revisions(_current(connection))
                if applied:
                    command.upgrade(alembic_config(connection), "head")
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise DatabaseUnreadable(f"A migration broke {len(problems)} references; nothing changed.")
        finally:
            driver_connection.execute("PRAGMA foreign_keys = ON")
        if SHRINKING_REVISIONS.intersection(applied):
            driver_connection.execute("VACUUM")  # outside any transaction, as SQLite requires
    return applied
