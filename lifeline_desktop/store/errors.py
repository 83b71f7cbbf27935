"""Errors of the storage layer. The vault layer maps them to the user-facing errors of `domain.errors`."""

from __future__ import annotations


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
