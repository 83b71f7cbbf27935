"""Integrity checks at unlock: SQLite's structure (`quick_check`) and SQLCipher's HMAC of every page.

`cipher_integrity_check` reads every page of the file, free pages included, and verifies its HMAC, so any flipped
byte is found. A flip in the first page (which holds the salt) makes the key itself fail; that is reported as a
finding too, not raised, because the key has already been verified by the key file when this runs.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from lifeline_desktop.store.engine import connect_raw
from lifeline_desktop.store.errors import StoreError, WrongDatabaseKey

HEALTHY = "ok"
FIRST_PAGE_UNREADABLE = (
    "The first page of the database cannot be decrypted: it is damaged, or the key does not belong to it."
)


def run_integrity_checks(connection: sqlcipher.Connection) -> list[str]:
    """Both checks on an open, keyed connection; an empty list means healthy."""
    findings: list[str] = []
    for pragma in ("quick_check", "cipher_integrity_check"):
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        except sqlcipher.DatabaseError as error:
            findings.append(f"{pragma}: {error}")
            continue
        findings.extend(f"{pragma}: {row[0]}" for row in rows if str(row[0]) != HEALTHY)
    return findings


def check_integrity(target: Engine | tuple[Path, bytes]) -> list[str]:
    """Findings of both checks; an empty list means the database is healthy.

    Pass the vault's engine, or `(db_path, key)` to check a file that is not open (a backup, say).
    """
    try:
        if isinstance(target, Engine):
            raw = target.raw_connection()
            try:
                driver = raw.driver_connection
                assert driver is not None
                return run_integrity_checks(driver)
            finally:
                raw.close()
        db_path, key = target
        connection = connect_raw(db_path, key)
        try:
            return run_integrity_checks(connection)
        finally:
            connection.close()
    except WrongDatabaseKey:
        return [FIRST_PAGE_UNREADABLE]
    except (StoreError, DBAPIError, sqlcipher.DatabaseError) as error:
        # SQLAlchemy wraps our listener's errors only sometimes; unwrap to a readable finding either way.
        original = getattr(error, "orig", None)
        if isinstance(original, WrongDatabaseKey):
            return [FIRST_PAGE_UNREADABLE]
        return [f"The database cannot be opened: {original or error}"]
