"""Tamper detection: any flipped byte in any page of the database file is found, and never crashes the check."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from lifeline_desktop.store.engine import dispose_engine
from lifeline_desktop.store.integrity import FIRST_PAGE_UNREADABLE, check_integrity
from lifeline_desktop.store.repositories import add_journal
from tests.support.store_rows import add_shared_entry

PAGE_SIZE = 4096
SALT_BYTES = 16
NOW = datetime(2026, 4, 1, tzinfo=UTC)


@pytest.fixture
def closed_db(engine: Engine, db_path: Path) -> Path:
    """A checkpointed, closed database of a few dozen pages."""
    with Session(engine) as session, session.begin():
        journal = add_journal(session, "Ours", NOW)
        for number in range(60):
            add_shared_entry(session, journal.id, "a", f"Entry {number}", "words " * 200, NOW)  # type: ignore[arg-type]
        session.flush()
    dispose_engine(engine)
    return db_path


def _flip(original: Path, copy: Path, offset: int) -> None:
    shutil.copyfile(original, copy)
    with open(copy, "r+b") as file:
        file.seek(offset)
        byte = file.read(1)[0]
        file.seek(offset)
        file.write(bytes([byte ^ (1 << random.randrange(8))]))


def test_a_healthy_vault_has_no_findings(engine: Engine, closed_db: Path, db_key: bytes) -> None:
    assert check_integrity((closed_db, db_key)) == []


def test_a_live_engine_can_be_checked(engine: Engine) -> None:
    assert check_integrity(engine) == []


def test_every_flipped_byte_is_found(closed_db: Path, db_key: bytes, tmp_path: Path) -> None:
    size = closed_db.stat().st_size
    assert size >= 20 * PAGE_SIZE
    rng = random.Random(20260401)
    offsets = (
        list(range(SALT_BYTES))  # the salt: the key itself then fails
        + [rng.randrange(SALT_BYTES, PAGE_SIZE) for _ in range(20)]  # the rest of the first page
        + [rng.randrange(PAGE_SIZE, size) for _ in range(150)]  # any later page, headers and HMACs included
        + [size - 1, PAGE_SIZE, 2 * PAGE_SIZE - 1]
    )
    copy = tmp_path / "tampered.db"
    for offset in offsets:
        _flip(closed_db, copy, offset)
        findings = check_integrity((copy, db_key))
        assert findings, f"a flipped byte at offset {offset} went unnoticed"
        if offset < PAGE_SIZE:
            assert findings == [FIRST_PAGE_UNREADABLE]


def test_a_truncated_file_is_found(closed_db: Path, db_key: bytes, tmp_path: Path) -> None:
    copy = tmp_path / "truncated.db"
    data = closed_db.read_bytes()
    copy.write_bytes(data[: len(data) - PAGE_SIZE - 100])
    assert check_integrity((copy, db_key)) != []


def test_a_missing_file_is_a_finding_not_a_crash(tmp_path: Path, db_key: bytes) -> None:
    assert check_integrity((tmp_path / "gone.db", db_key)) != []
