"""The encrypted engine: keying, pragmas on every connection, wrong keys, and nothing in plaintext on disk."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from lifeline_desktop.store.engine import (
    connect_raw,
    create_database,
    dispose_engine,
    file_mode,
    open_engine,
)
from lifeline_desktop.store.errors import DatabaseUnreadable, WrongDatabaseKey
from lifeline_desktop.store.migrations import migrate_to_head
from lifeline_desktop.store.repositories import add_journal
from tests.support.store_rows import add_shared_entry

SQLITE_HEADER = b"SQLite format 3\x00"
EXPECTED_PRAGMAS = {
    "temp_store": 2,
    "journal_mode": "wal",
    "synchronous": 2,
    "busy_timeout": 5000,
    "foreign_keys": 1,
    "secure_delete": 1,
    "cipher_memory_security": "0",
}
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _pragmas(connection: object) -> dict[str, object]:
    execute = connection.exec_driver_sql if hasattr(connection, "exec_driver_sql") else connection.execute  # type: ignore[attr-defined]
    return {name: execute(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED_PRAGMAS}


def _vault_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.is_file())


def _contains_marker(path: Path, marker: str) -> bool:
    data = path.read_bytes()
    return any(marker.encode(encoding) in data for encoding in ("utf-8", "utf-16-le", "utf-16-be"))


def test_every_new_connection_gets_every_pragma(engine: Engine) -> None:
    # Hold two connections at once so the pool must make a second, fresh one.
    with engine.connect() as first, engine.connect() as second:
        assert _pragmas(first) == EXPECTED_PRAGMAS
        assert _pragmas(second) == EXPECTED_PRAGMAS
    engine.dispose()  # drop pooled connections: the next one is brand new
    with engine.connect() as fresh:
        assert _pragmas(fresh) == EXPECTED_PRAGMAS


def test_raw_connection_for_backups_gets_every_pragma(engine: Engine, db_path: Path, db_key: bytes) -> None:
    raw = connect_raw(db_path, db_key)
    try:
        assert _pragmas(raw) == EXPECTED_PRAGMAS
    finally:
        raw.close()


def test_wrong_key_fails_cleanly_and_changes_nothing(db_path: Path, db_key: bytes) -> None:
    engine = create_database(db_path, db_key)
    migrate_to_head(engine)
    dispose_engine(engine)
    before = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in _vault_files(db_path.parent)}

    with pytest.raises(WrongDatabaseKey):
        open_engine(db_path, os.urandom(32))
    with pytest.raises(WrongDatabaseKey):
        connect_raw(db_path, os.urandom(32))

    after = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in _vault_files(db_path.parent)}
    assert after == before  # same files (no -wal/-shm appeared), same bytes, same times


def test_opening_never_creates_a_missing_database(tmp_path: Path, db_key: bytes) -> None:
    missing = tmp_path / "lifeline.db"
    with pytest.raises(DatabaseUnreadable):
        open_engine(missing, db_key)
    with pytest.raises(DatabaseUnreadable):
        connect_raw(missing, db_key)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_an_existing_file_and_short_keys(db_path: Path, db_key: bytes) -> None:
    db_path.write_bytes(b"someone else's file")
    with pytest.raises(DatabaseUnreadable):
        create_database(db_path, db_key)
    assert db_path.read_bytes() == b"someone else's file"
    with pytest.raises(ValueError):
        open_engine(db_path, b"short")


def test_not_a_database_is_reported_not_crashed(db_path: Path, db_key: bytes) -> None:
    db_path.write_bytes(os.urandom(8192))
    with pytest.raises((WrongDatabaseKey, DatabaseUnreadable)):
        open_engine(db_path, db_key)


def test_the_raw_key_opens_the_file_with_plain_sqlcipher(engine: Engine, db_path: Path, db_key: bytes) -> None:
    with Session(engine) as session, session.begin():
        journal = add_journal(session, "Ours", NOW)
        add_shared_entry(session, journal.id, "a", "Lake day", "We swam.", NOW)  # type: ignore[arg-type]
    dispose_engine(engine)

    # No code of ours: what a couple with the recovery key and any SQLCipher 4 tool can do.
    connection = sqlcipher.connect(str(db_path))
    try:
        connection.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        rows = connection.execute("SELECT title, body FROM journal_entries").fetchall()
    finally:
        connection.close()
    assert rows == [("Lake day", "We swam.")]


def test_no_plaintext_on_disk(engine: Engine, db_path: Path) -> None:
    marker = "MARKER-lifeline-7f3a-こんにちは"
    with Session(engine) as session, session.begin():
        journal = add_journal(session, marker, NOW)
        add_shared_entry(session, journal.id, "a", marker, marker * 50, NOW)  # type: ignore[arg-type]
        # A sort that would spill to a temp file with temp_store = FILE.
        session.execute(text("SELECT body FROM journal_entries ORDER BY body")).all()
    files = _vault_files(db_path.parent)
    assert {path.name for path in files} >= {"lifeline.db", "lifeline.db-wal", "lifeline.db-shm"}
    for path in files:
        assert not _contains_marker(path, marker), path
    assert db_path.read_bytes()[:16] != SQLITE_HEADER

    dispose_engine(engine)  # checkpoint: the text now lives in the main file
    for path in _vault_files(db_path.parent):
        assert not _contains_marker(path, marker), path


def test_the_plaintext_scan_finds_a_marker_in_plain_sqlite(tmp_path: Path) -> None:
    """Negative control: the same scan on an unencrypted file must find the marker, or the scan proves nothing."""
    marker = "MARKER-lifeline-7f3a-こんにちは"
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.execute("INSERT INTO t VALUES (?)", (marker,))
    connection.close()
    assert plain.read_bytes()[:16] == SQLITE_HEADER
    assert _contains_marker(plain, marker)


def test_savepoints_roll_back_only_the_inner_work(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        journal = add_journal(session, "Ours", NOW)
        try:
            with session.begin_nested():
                add_journal(session, "Gone", NOW)
                raise RuntimeError("undo the inner part")
        except RuntimeError:
            pass
        journal_id = journal.id
    with engine.connect() as connection:
        names = connection.exec_driver_sql("SELECT id, name FROM journals").fetchall()
    assert names == [(journal_id, "Ours")]


def test_a_vault_shared_between_accounts_is_group_writable(tmp_path: Path, db_key: bytes) -> None:
    old_umask = os.umask(0o077)  # the strictest umask a user might have
    try:
        engine = create_database(tmp_path / "lifeline.db", db_key, shared_between_accounts=True)
        try:
            migrate_to_head(engine)
            for name in ("lifeline.db", "lifeline.db-wal", "lifeline.db-shm"):
                assert file_mode(tmp_path / name) == 0o660, name
        finally:
            dispose_engine(engine)
    finally:
        os.umask(old_umask)


def test_a_private_vault_is_only_for_its_owner(engine: Engine, db_path: Path) -> None:
    assert file_mode(db_path) == 0o600
