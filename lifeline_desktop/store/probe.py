"""Does a key open a database file? Asked read-only, so a backup being looked at is never changed."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from lifeline_desktop.store.engine import _key_pragma


def key_opens(db_path: Path, key: bytes) -> bool:
    connection = sqlcipher.connect(f"file:{quote(str(db_path.resolve()))}?mode=ro", uri=True)
    try:
        connection.execute(_key_pragma(key))
        connection.execute("PRAGMA cipher_compatibility = 4")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        connection.close()
