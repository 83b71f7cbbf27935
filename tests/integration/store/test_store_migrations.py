"""Schema migrations: from an empty vault, from a vault made at revision 0001 (data kept), models == schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from lifeline_desktop.store.engine import create_database, dispose_engine, open_engine
from lifeline_desktop.store.migrations import (
    alembic_config,
    current_revision,
    head_revision,
    migrate_to_head,
    needs_migration,
    pending_revisions,
)
from lifeline_desktop.store.models import Base
from tests.support.store_rows import search_shared

NOW = "2026-02-14T18:00:00.000000+00:00"


def _upgrade_to(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def test_an_empty_vault_migrates_to_head(db_path: Path, db_key: bytes) -> None:
    engine = create_database(db_path, db_key)
    try:
        assert current_revision(engine) is None
        assert needs_migration(engine)
        applied = migrate_to_head(engine)
        assert applied[:2] == ["0001", "0002"] and applied[-1] == head_revision()  # later features add more
        assert current_revision(engine) == head_revision()
        assert not needs_migration(engine)
        assert migrate_to_head(engine) == []  # nothing left to do
    finally:
        dispose_engine(engine)


def test_a_vault_from_revision_0001_keeps_its_data(db_path: Path, db_key: bytes) -> None:
    engine = create_database(db_path, db_key)
    _upgrade_to(engine, "0001")
    # Raw SQL: what a release-1 app wrote, without today's models.
    with engine.begin() as connection:
        connection.exec_driver_sql(f"INSERT INTO journals (id, name, created_at) VALUES (1, 'Ours', '{NOW}')")
        connection.exec_driver_sql(
            "INSERT INTO journal_entries (id, journal_id, author_slot, visibility, title, body, sealed_body,"
            f" created_at, updated_at) VALUES (1, 1, 'a', 'shared', 'Picnic', 'by the river', NULL, '{NOW}',"
            f" '{NOW}'), (2, 1, 'b', 'private', '', '', X'00ff', '{NOW}', '{NOW}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO entry_replies (id, entry_id, author_slot, body, created_at, updated_at)"
            f" VALUES (1, 1, 'b', 'lovely afternoon', '{NOW}', '{NOW}')"
        )
    dispose_engine(engine)

    engine = open_engine(db_path, db_key)  # as a newer release would, at unlock
    try:
        assert current_revision(engine) == "0001"
        pending = pending_revisions("0001")
        assert pending[0] == "0002" and pending[-1] == head_revision()
        assert migrate_to_head(engine) == pending
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT id, title, sealed_body FROM journal_entries ORDER BY id").all()
            replies = connection.exec_driver_sql("SELECT count(*) FROM entry_replies").scalar()
        assert rows == [(1, "Picnic", None), (2, "", b"\x00\xff")]
        assert replies == 1  # the foreign keys (with cascades) did not fire during the migration
        with Session(engine) as session:  # existing shared text was indexed by the revision
            assert search_shared(session, "river") == [1]
            assert search_shared(session, "afternoon") == [1]
    finally:
        dispose_engine(engine)


def test_the_models_and_the_migrated_schema_agree(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: (
                    not (type_ == "table" and str(name).startswith(("entry_search", "reply_search")))
                ),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_alembic_free_schema_check_agrees_with_alembic(tmp_path):
    """Unlock decides 'migrate or not' without Alembic; this keeps that answer equal to Alembic's own."""
    import os

    from lifeline_desktop.store.engine import create_database, dispose_engine
    from lifeline_desktop.store.schema_version import database_revision, packaged_head
    from lifeline_desktop.store.schema_version import needs_migration as quick_needs_migration

    assert packaged_head() == head_revision()
    engine = create_database(tmp_path / "v.db", os.urandom(32))
    try:
        assert database_revision(engine) is None and quick_needs_migration(engine)
        migrate_to_head(engine)
        assert database_revision(engine) == current_revision(engine) == packaged_head()
        assert not quick_needs_migration(engine)
    finally:
        dispose_engine(engine)
