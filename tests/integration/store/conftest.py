"""Fixtures for the store tests: a real SQLCipher file in tmp_path, keyed with a random 32-byte key."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from lifeline_desktop.store.engine import create_database, dispose_engine
from lifeline_desktop.store.migrations import migrate_to_head


@pytest.fixture
def db_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(vault_dir: Path) -> Path:
    return vault_dir / "lifeline.db"


@pytest.fixture
def engine(db_path: Path, db_key: bytes) -> Iterator[Engine]:
    """An encrypted database migrated to head."""
    engine = create_database(db_path, db_key)
    migrate_to_head(engine)
    yield engine
    dispose_engine(engine)
