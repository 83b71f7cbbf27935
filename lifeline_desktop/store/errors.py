"""Errors of the storage layer. The vault layer maps them to the user-facing errors of `domain.errors`."""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import DBAPIError


class StoreError(Exception):
    """Base class of the storage layer's own errors."""


class WrongDatabaseKey(StoreError):
    """The key does not decrypt the database's first page.

    Either the key is wrong, or the first page (which holds the salt) is damaged: SQLCipher cannot tell the two
    apart. When the key came from a verified key file, the caller should treat this as damage.
    """


class DatabaseUnreadable(StoreError):
    """The database file is missing, not a database, or cannot be set up safely (e.g. temp_store refused)."""


def is_disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full"), seen through SQLAlchemy or the driver."""
    original = getattr(error, "orig", error)
    return getattr(original, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(original)


# Errors of the database, through SQLAlchemy, straight from the driver (raw connections: backups, checks) or our own.
STORAGE_ERRORS: tuple[type[Exception], ...] = (DBAPIError, sqlcipher.DatabaseError, StoreError)

# SQLite's result codes for a file that is damaged or cannot be read back (with their extended forms, e.g.
# SQLITE_CORRUPT_INDEX, SQLITE_IOERR_READ). A failed SQLCipher page HMAC surfaces as SQLITE_CORRUPT.
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR", "SQLITE_FORMAT", "SQLITE_CANTOPEN")
_DAMAGE_WORDS = ("malformed", "not a database", "disk i/o error", "database corrupt")


def is_damage(error: BaseException) -> bool:
    """A storage error that means the file cannot be trusted or read: damage, not a bug or a busy vault."""
    if isinstance(error, StoreError):  # a pooled connection re-opened on a file whose first page broke
        return True
    original = getattr(error, "orig", error)
    if isinstance(original, StoreError):
        return True
    name = str(getattr(original, "sqlite_errorname", "") or "")
    if name.startswith(_DAMAGE_CODES):
        return True
    text = str(original).casefold()
    return any(word in text for word in _DAMAGE_WORDS)
