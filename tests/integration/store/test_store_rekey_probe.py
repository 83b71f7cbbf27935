"""Changing the database key in place, and asking read-only whether a key opens a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.store.backups import BackupStore
from lifeline_desktop.store.engine import dispose_engine, open_engine
from lifeline_desktop.store.errors import WrongDatabaseKey
from lifeline_desktop.store.integrity import check_integrity
from lifeline_desktop.store.probe import key_opens
from lifeline_desktop.store.rekey import rekey_database
from lifeline_desktop.store.vault_meta import read_meta, write_meta


def test_rekey_keeps_the_data_and_retires_the_old_key(engine: Engine, db_path: Path, db_key: bytes) -> None:
    with Session(engine) as session, session.begin():
        write_meta(session, "kept", "yes")
    dispose_engine(engine)
    new_key = os.urandom(32)

    rekey_database(db_path, db_key, new_key)

    assert key_opens(db_path, new_key) and not key_opens(db_path, db_key)
    with pytest.raises(WrongDatabaseKey):
        open_engine(db_path, db_key)
    assert check_integrity((db_path, new_key)) == []
    reopened = open_engine(db_path, new_key)
    try:
        with Session(reopened) as session:
            assert read_meta(session, "kept") == "yes"
    finally:
        dispose_engine(reopened)


def test_old_backups_still_open_with_the_old_key(engine: Engine, vault_dir: Path, db_path: Path, db_key: bytes) -> None:
    backup = BackupStore(vault_dir, ManualClock()).back_up(engine, "pre-key-change")
    dispose_engine(engine)
    rekey_database(db_path, db_key, os.urandom(32))
    before = backup.db_file.read_bytes()
    assert key_opens(backup.db_file, db_key)
    assert backup.db_file.read_bytes() == before  # the probe is read-only
    assert sorted(path.name for path in backup.path.iterdir()) == ["backup.json", "lifeline.db"]
