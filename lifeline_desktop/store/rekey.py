"""Change the database key in place (SQLCipher's `PRAGMA rekey`), as one journaled transaction."""

from __future__ import annotations

from pathlib import Path

from lifeline_desktop.store.engine import _key_pragma, connect_raw


def rekey_database(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt every page under `new_key`. Call with no other connection open (dispose the engine first)."""
    connection = connect_raw(db_path, old_key)
    try:
        connection.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    finally:
        connection.close()
