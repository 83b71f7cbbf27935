"""Encrypted backups: made whole or not at all, kept five a day, restored without deleting anything."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.errors import StorageFull
from lifeline_desktop.store.backups import BackupReason, BackupStore
from lifeline_desktop.store.engine import connect_raw, dispose_engine, open_engine
from lifeline_desktop.store.repositories import add_journal
from lifeline_desktop.store.vault_meta import read_meta, write_meta

SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def manual_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def backups(vault_dir: Path, manual_clock: ManualClock) -> BackupStore:
    (vault_dir / "lifeline.keys").write_text('{"format": 1, "generation": 1}', encoding="utf-8")
    return BackupStore(vault_dir, manual_clock)


def _mark(engine: Engine, value: str) -> None:
    with Session(engine) as session, session.begin():
        write_meta(session, "test-mark", value)


def _read_mark(db_path: Path, key: bytes) -> str | None:
    engine = open_engine(db_path, key)
    try:
        with Session(engine) as session:
            return read_meta(session, "test-mark")
    finally:
        dispose_engine(engine)


def test_a_backup_is_encrypted_under_the_same_key(
    engine: Engine, backups: BackupStore, db_key: bytes, vault_dir: Path
) -> None:
    _mark(engine, "before backup")
    info = backups.back_up(engine, BackupReason.MANUAL)

    assert info.db_file.read_bytes()[:16] != SQLITE_HEADER
    assert _read_mark(info.db_file, db_key) == "before backup"
    assert info.key_file is not None
    assert info.key_file.read_bytes() == (vault_dir / "lifeline.keys").read_bytes()
    assert info.size_bytes == sum(path.stat().st_size for path in info.path.iterdir())
    assert info.reason == "manual" and info.created == backups._clock.now()
    assert backups.list() == [info]


def test_a_raw_connection_can_be_backed_up(engine: Engine, backups: BackupStore, db_path: Path, db_key: bytes) -> None:
    raw = connect_raw(db_path, db_key)
    try:
        info = backups.back_up(raw, BackupReason.PRE_UPGRADE)
    finally:
        raw.close()
    assert info.db_file.read_bytes()[:16] != SQLITE_HEADER


def test_list_is_newest_first_and_ignores_half_backups(
    engine: Engine, backups: BackupStore, manual_clock: ManualClock
) -> None:
    first = backups.back_up(engine, "manual")
    manual_clock.advance(timedelta(minutes=5))
    second = backups.back_up(engine, "pre-upgrade")
    same_second = backups.back_up(engine, "pre-upgrade")  # same time, same reason: a second folder
    half = backups.folder / ".partial-20260101T000000Z-deadbeef"
    half.mkdir()
    (half / "lifeline.db").write_bytes(b"half")
    stray = backups.folder / "not-a-backup"
    stray.mkdir()

    assert [info.path for info in backups.list()] == [same_second.path, second.path, first.path]
    backups.back_up(engine, "manual")
    assert not half.exists()  # cleaned by the next backup
    assert stray.exists()  # not ours: never deleted


def test_daily_backups_keep_the_last_five(engine: Engine, backups: BackupStore, manual_clock: ManualClock) -> None:
    manual = backups.back_up(engine, BackupReason.MANUAL)
    made = []
    for _day in range(8):
        made.append(backups.daily_backup_if_due(engine))
        assert backups.daily_backup_if_due(engine) is None  # once a day
        manual_clock.advance(timedelta(hours=11))  # 23:00 the same (UTC) day: still not due
        assert backups.daily_backup_if_due(engine) is None
        manual_clock.advance(timedelta(hours=13))
    dailies = [info for info in backups.list() if info.reason == "daily"]
    assert [info.path for info in dailies] == [info.path for info in reversed(made[-5:]) if info]
    assert manual.path.exists()  # manual backups are never pruned


def test_the_couple_chooses_how_many_daily_backups_to_keep(
    engine: Engine, backups: BackupStore, manual_clock: ManualClock, vault_dir: Path
) -> None:
    manual = backups.back_up(engine, BackupReason.MANUAL)
    for _day in range(4):
        backups.daily_backup_if_due(engine)
        manual_clock.advance(timedelta(days=1))
    assert backups.daily_kept() == 5
    backups.keep_daily(2)  # fewer: the oldest go at once
    dailies = [info for info in backups.list() if info.reason == "daily"]
    assert len(dailies) == 2 and manual.path.exists()
    assert BackupStore(vault_dir, manual_clock).daily_kept() == 2  # stored beside the backups, for both partners
    backups.keep_daily(12)
    for _day in range(11):
        backups.daily_backup_if_due(engine)
        manual_clock.advance(timedelta(days=1))
    assert len([info for info in backups.list() if info.reason == "daily"]) == 12
    for wrong in (0, 31):
        with pytest.raises(ValueError):
            backups.keep_daily(wrong)
    (backups.folder / "keep.json").write_text("{not json", encoding="utf-8")
    assert backups.daily_kept() == 5  # a damaged choice falls back to the default, never to none


def test_restore_puts_the_backup_in_place_and_keeps_the_old_files(
    engine: Engine, backups: BackupStore, db_path: Path, db_key: bytes, vault_dir: Path, manual_clock: ManualClock
) -> None:
    _mark(engine, "good day")
    good = backups.back_up(engine, BackupReason.MANUAL)
    _mark(engine, "later change")
    (vault_dir / "lifeline.keys").write_text('{"format": 1, "generation": 2}', encoding="utf-8")
    dispose_engine(engine)
    old_db = db_path.read_bytes()
    manual_clock.advance(timedelta(days=1))

    report = backups.restore(good, db_path, restore_key_file=True)

    assert _read_mark(db_path, db_key) == "good day"
    assert (vault_dir / "lifeline.keys").read_bytes() == good.key_file.read_bytes()  # type: ignore[union-attr]
    names = sorted(path.name for path in report.moved_aside)
    assert names == ["lifeline.db.damaged-20260102T120000Z", "lifeline.keys.replaced-20260102T120000Z"]
    assert (vault_dir / "lifeline.db.damaged-20260102T120000Z").read_bytes() == old_db
    assert 'generation": 2' in (vault_dir / "lifeline.keys.replaced-20260102T120000Z").read_text()
    assert not [path for path in vault_dir.iterdir() if path.name.startswith(".restoring")]


def test_restore_moves_the_wal_aside_with_its_database(
    engine: Engine, backups: BackupStore, db_path: Path, db_key: bytes, vault_dir: Path
) -> None:
    good = backups.back_up(engine, BackupReason.MANUAL)
    # A crashed process leaves -wal and -shm behind; simulate by copying them while the engine is open.
    _mark(engine, "in the wal")
    leftovers = {suffix: (vault_dir / f"lifeline.db{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")}
    dispose_engine(engine)
    for suffix, data in leftovers.items():
        (vault_dir / f"lifeline.db{suffix}").write_bytes(data)

    report = backups.restore(good, db_path)

    assert sorted(path.name for path in report.moved_aside) == [
        "lifeline.db.damaged-20260101T120000Z",
        "lifeline.db.damaged-20260101T120000Z-shm",
        "lifeline.db.damaged-20260101T120000Z-wal",
    ]
    assert _read_mark(db_path, db_key) is None
    # The old copy still opens with its WAL, so nothing in it is lost.
    assert _read_mark(vault_dir / "lifeline.db.damaged-20260101T120000Z", db_key) == "in the wal"


@pytest.fixture
def tiny_disk(vault_dir: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs mounted as the backups folder; skipped where mounting is not allowed."""
    folder = vault_dir / "backups"
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_makes_no_backup_and_leaves_the_vault_as_it_was(
    engine: Engine, backups: BackupStore, tiny_disk: Path, db_path: Path, db_key: bytes
) -> None:
    with Session(engine) as session, session.begin():
        for number in range(400):  # about 2 MB of text: more than the 1 MiB disk holds
            add_journal(session, f"{number} " + os.urandom(2500).hex(), backups._clock.now())
    _mark(engine, "still here")

    with pytest.raises(StorageFull):
        backups.back_up(engine, BackupReason.PRE_UPGRADE)

    assert list(tiny_disk.iterdir()) == []  # no half backup left behind
    assert backups.list() == []
    dispose_engine(engine)
    assert _read_mark(db_path, db_key) == "still here"


def test_automatic_backups_are_capped_per_reason(
    engine: Engine, backups: BackupStore, manual_clock: ManualClock
) -> None:
    made = []
    for _ in range(12):
        made.append(backups.back_up(engine, BackupReason.PRE_UPGRADE))
        manual_clock.advance(timedelta(minutes=1))
    kept = [info.path for info in backups.list()]
    assert kept == [info.path for info in reversed(made[-10:])]
