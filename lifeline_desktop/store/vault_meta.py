"""Small facts about the vault, stored as text under a key (table vault_meta): read, write, or read-or-write.

The caller owns the session and its transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from lifeline_desktop.store.models import VaultMetaRow


def read_meta(session: Session, key: str) -> str | None:
    """The value stored under `key`, or None when there is none."""
    row = session.get(VaultMetaRow, key)
    return None if row is None else row.value


def write_meta(session: Session, key: str, value: str) -> None:
    """Store `value` under `key`, replacing what was there; later reads in this transaction see it."""
    row = session.get(VaultMetaRow, key)
    if row is None:
        session.add(VaultMetaRow(key=key, value=value))
        session.flush()
    else:
        row.value = value


def read_or_write_meta(session: Session, key: str, make_value: Callable[[], str]) -> str:
    """The value under `key`; when there is none yet, `make_value()` is stored there first and returned."""
    value = read_meta(session, key)
    if value is None:
        value = make_value()
        write_meta(session, key, value)
    return value
