"""The encrypted engine: SQLCipher keyed with the raw vault master key, with the pragmas of DESIGN.md section 3.

Every DBAPI connection (pooled engine connections and the raw ones used for backups) goes through
`_key_and_configure`, in this order: key; `cipher_compatibility = 4`; a read of `sqlite_master` (a wrong key fails
here, before anything could write); `temp_store = MEMORY` (verified, because with FILE SQLCipher's sort spill files
hold plaintext); `journal_mode = WAL`; `synchronous = FULL`; `busy_timeout`; `foreign_keys`; `secure_delete`.
`cipher_memory_security` is left off on purpose (4–7x slower search, and it cannot be turned off again).

Connections are opened with a `file:…?mode=rw` URI, so opening a vault never creates a missing file; only
`create_database` creates one.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from lifeline_desktop.store.errors import DatabaseUnreadable, WrongDatabaseKey
from lifeline_desktop.store.slow_calls import warn_about_slow_gui_thread_calls

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000
TEMP_STORE_MEMORY = 2
SHARED_FILE_MODE = 0o660
PAGE_CACHE_KIB = 64 * 1024

# (pragma, value to set, value it must read back). Applied after the key has been verified.
_PRAGMAS_AFTER_KEY: tuple[tuple[str, str, object], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("busy_timeout", str(BUSY_TIMEOUT_MS), BUSY_TIMEOUT_MS),
    ("foreign_keys", "ON", 1),
    ("secure_delete", "ON", 1),
    # Decrypted pages are kept in this cache (at most 64 MiB, grown only as pages are read). With SQLite's 2 MiB
    # default every scan of a larger vault decrypts each page again: 5x slower than plain SQLite at 10k entries,
    # on par with it with this cache (benchmarks/bench_vault.py).
    ("cache_size", str(-PAGE_CACHE_KIB), -PAGE_CACHE_KIB),
)


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"The database key must be {KEY_BYTES} raw bytes, not {len(key)}.")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _key_and_configure(dbapi_connection: sqlcipher.Connection, key: bytes) -> None:
    """Key a fresh DBAPI connection and apply every pragma, refusing to go on when one does not hold."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(_key_pragma(key))
        cursor.execute("PRAGMA cipher_compatibility = 4")
        # A read-only check before anything writes: with a wrong key this fails and the file stays untouched.
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher.DatabaseError as error:
            if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise WrongDatabaseKey("The key does not open this database.") from error
            raise DatabaseUnreadable(f"The database cannot be read: {error}") from error
        cursor.execute("PRAGMA temp_store = MEMORY")
        temp_store = cursor.execute("PRAGMA temp_store").fetchone()
        if temp_store is None or temp_store[0] != TEMP_STORE_MEMORY:
            raise DatabaseUnreadable("SQLite refused to keep temporary data in memory; refusing to open.")
        for name, value, expected in _PRAGMAS_AFTER_KEY:
            row = cursor.execute(f"PRAGMA {name} = {value}").fetchone()
            if row is None:
                row = cursor.execute(f"PRAGMA {name}").fetchone()
            actual = row[0] if row is not None else None
            if isinstance(actual, str):
                actual = actual.lower()
            if actual != expected:
                raise DatabaseUnreadable(f"The database refused PRAGMA {name} = {value} (it reads {actual!r}).")
    finally:
        cursor.close()


def _connect_uri(db_path: Path) -> str:
    # mode=rw: never create a missing file when opening a vault.
    return f"file:{quote(str(db_path.resolve()))}?mode=rw"


def _new_dbapi_connection(db_path: Path) -> sqlcipher.Connection:
    try:
        # isolation_level=None: the driver never issues its own BEGIN; SQLAlchemy's "begin" event does, so
        # SAVEPOINT and transactional DDL work (the pysqlite recipe of SQLAlchemy's docs).
        return sqlcipher.connect(_connect_uri(db_path), uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher.OperationalError as error:
        raise DatabaseUnreadable(f"The database file {db_path} cannot be opened: {error}") from error


def connect_raw(db_path: Path, key: bytes) -> sqlcipher.Connection:
    """A plain keyed DBAPI connection (autocommit mode) with every pragma applied, for backup and checks."""
    connection = _new_dbapi_connection(db_path)
    try:
        _key_and_configure(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def open_engine(db_path: Path, key: bytes) -> Engine:
    """An engine over an existing encrypted database; raises WrongDatabaseKey or DatabaseUnreadable at once."""
    _key_pragma(key)  # validate the key's length before anything touches the file
    if not db_path.is_file():
        raise DatabaseUnreadable(f"There is no database file at {db_path}.")
    engine = create_engine(
        URL.create("sqlite", database=str(db_path)),
        module=sqlcipher,
        creator=lambda: _new_dbapi_connection(db_path),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        _key_and_configure(dbapi_connection, key)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    warn_about_slow_gui_thread_calls(engine)

    # Connect once now, so a wrong key or a broken file is reported by the call that opens the vault.
    try:
        with engine.connect():
            pass
    except BaseException:
        engine.dispose()
        raise
    return engine


def create_database(db_path: Path, key: bytes, *, shared_between_accounts: bool = False) -> Engine:
    """Create a new, empty encrypted database and return its engine. Refuses to overwrite an existing file.

    With `shared_between_accounts`, the file is made 0660 (group-writable). SQLite gives the -wal and -shm files
    the database file's permissions, so they follow. The mode is set with fchmod rather than by changing the
    process umask, which is process-wide and would race with other threads.
    """
    _key_pragma(key)
    mode = SHARED_FILE_MODE if shared_between_accounts else 0o600
    try:
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError as error:
        raise DatabaseUnreadable(f"A database already exists at {db_path}; it was not touched.") from error
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
    finally:
        os.close(fd)
    try:
        return open_engine(db_path, key)
    except BaseException:
        if db_path.stat().st_size == 0:
            db_path.unlink()
        raise


def file_mode(path: Path) -> int:
    """The permission bits of a file, e.g. 0o660 (for tests and diagnostics)."""
    return stat.S_IMODE(path.stat().st_mode)


def dispose_engine(engine: Engine) -> None:
    """Close every pooled connection; the last close checkpoints the WAL and removes -wal/-shm."""
    engine.dispose()
