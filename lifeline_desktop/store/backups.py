"""Encrypted backups in `<vault folder>/backups/`, and restoring one.

Each backup is a folder named `<UTC time>-<reason>` (e.g. `20260101T120000Z-daily`) holding:
- `lifeline.db`: a copy made with `VACUUM INTO`, which SQLCipher 4 encrypts under the same key (tested: the copy
  has no "SQLite format 3" header and opens with the vault key); it is also compact and consistent;
- `lifeline.keys`: the key file as it was, so the copy opens with the passphrases of that day;
- `backup.json`: reason and time, written last.
The folder is built under a `.partial-…` name, fsynced, then renamed: a crash leaves only a `.partial-…` folder,
which `list()` never shows and the next backup removes.

Kept: the last five daily backups, or as many as the couple chose in Settings (1 to 30, kept in `backups/keep.json`
beside the backups, so both partners and both OS accounts see the same choice). Backups made before an upgrade, a
restore or a key change are kept ten per
reason. Manual backups are never deleted by the app. Pruning runs only after a new backup succeeded.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import StorageFull, msg
from lifeline_desktop.durable import fsync_file, fsync_folder
from lifeline_desktop.store.errors import is_disk_full

BACKUPS_DIR_NAME = "backups"
DB_FILE_NAME = "lifeline.db"
KEY_FILE_NAME = "lifeline.keys"
INFO_FILE_NAME = "backup.json"
PARTIAL_PREFIX = ".partial-"
DAILY_KEPT = 5
DAILY_KEPT_RANGE = (1, 30)
KEEP_FILE_NAME = "keep.json"
AUTOMATIC_KEPT_PER_REASON = 10
_STAMP = "%Y%m%dT%H%M%SZ"
_REASON_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,31}$")


class BackupReason(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    PRE_UPGRADE = "pre-upgrade"
    PRE_RESTORE = "pre-restore"
    PRE_KEY_CHANGE = "pre-key-change"


@dataclass(frozen=True)
class BackupInfo:
    path: Path  # the backup's folder
    created: datetime
    size_bytes: int
    reason: str

    @property
    def db_file(self) -> Path:
        return self.path / DB_FILE_NAME

    @property
    def key_file(self) -> Path | None:
        candidate = self.path / KEY_FILE_NAME
        return candidate if candidate.is_file() else None


@dataclass(frozen=True)
class RestoreReport:
    restored_from: BackupInfo
    moved_aside: list[Path]  # the files that were in place before, renamed, never deleted


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return is_disk_full(error)


def _copy_file_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fsync_file(target)


def _vacuum_into(source: Engine | sqlcipher.Connection, target: Path) -> None:
    """Write an encrypted, consistent copy of the database to `target` (which must be an empty file)."""
    if isinstance(source, Engine):
        raw = source.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("VACUUM INTO ?", (str(target),))
        finally:
            raw.close()
    else:
        source.execute("VACUUM INTO ?", (str(target),))


class BackupStore:
    """The backups of one vault folder. Time comes from the injected clock."""

    def __init__(self, vault_dir: Path, clock: Clock, *, shared_between_accounts: bool = False) -> None:
        self.vault_dir = vault_dir
        self.folder = vault_dir / BACKUPS_DIR_NAME
        self._clock = clock
        self._file_mode = 0o660 if shared_between_accounts else 0o600
        self._dir_mode = 0o2770 if shared_between_accounts else 0o700

    # --- making backups -----------------------------------------------------------------------------------------

    def back_up(self, source: Engine | sqlcipher.Connection, reason: BackupReason | str) -> BackupInfo:
        """Make a complete backup or none; a full disk raises StorageFull and leaves the vault as it was."""
        reason = str(reason)
        if not _REASON_PATTERN.match(reason):
            raise ValueError(f"A backup reason is a short lowercase word, not {reason!r}.")
        self._ensure_folder()
        self._remove_partial_backups()
        created = self._clock.now().astimezone(UTC)
        partial = self.folder / f"{PARTIAL_PREFIX}{created.strftime(_STAMP)}-{uuid.uuid4().hex[:8]}"
        try:
            os.mkdir(partial, self._dir_mode)
            os.chmod(partial, self._dir_mode)  # mkdir's mode is cut by the umask; the other account needs it whole
            db_copy = partial / DB_FILE_NAME
            os.close(os.open(db_copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, self._file_mode))
            os.chmod(db_copy, self._file_mode)
            _vacuum_into(source, db_copy)
            fsync_file(db_copy)
            key_file = self.vault_dir / KEY_FILE_NAME
            if key_file.is_file():
                _copy_file_durably(key_file, partial / KEY_FILE_NAME)
                os.chmod(partial / KEY_FILE_NAME, self._file_mode)
            info = {"format": 1, "reason": reason, "created": created.isoformat()}
            (partial / INFO_FILE_NAME).write_text(json.dumps(info), encoding="utf-8")
            os.chmod(partial / INFO_FILE_NAME, self._file_mode)
            fsync_file(partial / INFO_FILE_NAME)
            fsync_folder(partial)
            final = self._free_name(f"{created.strftime(_STAMP)}-{reason}")
            os.rename(partial, final)
            fsync_folder(self.folder)
        except BaseException as error:
            shutil.rmtree(partial, ignore_errors=True)
            if _is_disk_full(error):
                raise StorageFull(
                    msg("The disk is full, so the backup was not made. Your vault is unchanged; free some space "
                    "and try again.")
                ) from error
            raise
        self._prune()
        size = sum(child.stat().st_size for child in final.iterdir())
        return BackupInfo(path=final, created=created, size_bytes=size, reason=reason)

    def daily_backup_due(self) -> bool:
        """Whether today's (UTC calendar day) daily backup is still to be made."""
        today = self._clock.now().astimezone(UTC).date()
        dailies = [info for info in self.list() if info.reason == BackupReason.DAILY]
        return not (dailies and dailies[0].created.date() >= today)

    def daily_backup_if_due(self, source: Engine | sqlcipher.Connection) -> BackupInfo | None:
        """Back up once per UTC calendar day; returns the new backup, or None when today's exists."""
        if not self.daily_backup_due():
            return None
        return self.back_up(source, BackupReason.DAILY)

    # --- how many are kept ---------------------------------------------------------------------------------------

    def daily_kept(self) -> int:
        """How many daily backups are kept (the couple's choice, or five)."""
        try:
            chosen = json.loads((self.folder / KEEP_FILE_NAME).read_text(encoding="utf-8"))["daily"]
        except (OSError, ValueError, KeyError, TypeError):
            return DAILY_KEPT
        low, high = DAILY_KEPT_RANGE
        return chosen if isinstance(chosen, int) and low <= chosen <= high else DAILY_KEPT

    def keep_daily(self, count: int) -> None:
        """Keep `count` daily backups from now on; older ones beyond it are removed at once."""
        low, high = DAILY_KEPT_RANGE
        if not low <= count <= high:
            raise ValueError(f"Keep between {low} and {high} daily backups, not {count}.")
        self._ensure_folder()
        target = self.folder / KEEP_FILE_NAME
        partial = self.folder / f".{KEEP_FILE_NAME}.tmp"
        partial.write_text(json.dumps({"daily": count}), encoding="utf-8")
        os.chmod(partial, self._file_mode)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_folder(self.folder)
        self._prune()

    # --- listing ------------------------------------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Complete backups, newest first."""
        if not self.folder.is_dir():
            return []
        infos = [info for info in map(self._read_info, self._backup_folders()) if info is not None]
        return sorted(infos, key=lambda info: (info.created, info.path.name), reverse=True)

    # --- restoring ----------------------------------------------------------------------------------------------

    def restore(self, backup: BackupInfo, db_path: Path, *, restore_key_file: bool = False) -> RestoreReport:
        """Put a backup in place of the database. The engine must be disposed first.

        The current database and its -wal/-shm are renamed to `lifeline.db.damaged-<time>` (with `-wal`/`-shm`
        after it, so SQLite still pairs them if someone opens the old copy); nothing is deleted. With
        `restore_key_file`, the backup's key file replaces the current one, which is kept as
        `lifeline.keys.replaced-<time>`.
        """
        stamp = self._clock.now().astimezone(UTC).strftime(_STAMP)
        folder = db_path.parent
        staged: list[tuple[Path, Path]] = [(folder / f".restoring-{uuid.uuid4().hex[:8]}-{db_path.name}", db_path)]
        if restore_key_file and backup.key_file is not None:
            staged.append((folder / f".restoring-{uuid.uuid4().hex[:8]}-{KEY_FILE_NAME}", folder / KEY_FILE_NAME))
        sources = [backup.db_file, backup.key_file]
        try:
            for (staged_file, _), source in zip(staged, sources, strict=False):
                assert source is not None
                _copy_file_durably(source, staged_file)
                os.chmod(staged_file, self._file_mode)
        except BaseException as error:
            for staged_file, _ in staged:
                staged_file.unlink(missing_ok=True)
            if _is_disk_full(error):
                raise StorageFull() from error
            raise

        moved: list[Path] = []
        aside_db = self._free_name(f"{db_path.name}.damaged-{stamp}", folder)
        for suffix in ("-wal", "-shm", ""):  # the WAL first: never leave a WAL beside the wrong database
            current = folder / f"{db_path.name}{suffix}"
            if current.exists():
                target = aside_db.with_name(aside_db.name + suffix)
                os.replace(current, target)
                moved.append(target)
        for staged_file, final in staged:
            if final.name == KEY_FILE_NAME and final.exists():
                aside_keys = self._free_name(f"{KEY_FILE_NAME}.replaced-{stamp}", folder)
                os.replace(final, aside_keys)
                moved.append(aside_keys)
            os.replace(staged_file, final)
        fsync_folder(folder)
        return RestoreReport(restored_from=backup, moved_aside=moved)

    # --- helpers ------------------------------------------------------------------------------------------------

    def _ensure_folder(self) -> None:
        if not self.folder.is_dir():
            self.folder.mkdir(mode=self._dir_mode, parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                os.chmod(self.folder, self._dir_mode)  # mkdir's mode is cut by the umask

    def _backup_folders(self) -> Iterator[Path]:
        for child in self.folder.iterdir():
            if child.is_dir() and not child.name.startswith("."):
                yield child

    def _remove_partial_backups(self) -> None:
        for child in self.folder.iterdir():
            if child.name.startswith(PARTIAL_PREFIX):
                shutil.rmtree(child, ignore_errors=True)

    def _free_name(self, name: str, folder: Path | None = None) -> Path:
        folder = folder or self.folder
        candidate, counter = folder / name, 2
        while candidate.exists() or candidate.with_name(candidate.name + "-wal").exists():
            candidate, counter = folder / f"{name}-{counter}", counter + 1
        return candidate

    def _read_info(self, folder: Path) -> BackupInfo | None:
        try:
            info = json.loads((folder / INFO_FILE_NAME).read_text(encoding="utf-8"))
            created = datetime.fromisoformat(info["created"]).astimezone(UTC)
            reason = str(info["reason"])
            size = sum(child.stat().st_size for child in folder.iterdir() if child.is_file())
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not a backup of ours, or damaged: never listed, never deleted
        if not (folder / DB_FILE_NAME).is_file():
            return None
        return BackupInfo(path=folder, created=created, size_bytes=size, reason=reason)

    def _prune(self) -> None:
        daily_kept = self.daily_kept()
        by_reason: dict[str, list[BackupInfo]] = {}
        for info in self.list():
            by_reason.setdefault(info.reason, []).append(info)
        for reason, infos in by_reason.items():
            if reason == BackupReason.MANUAL:
                continue
            kept = daily_kept if reason == BackupReason.DAILY else AUTOMATIC_KEPT_PER_REASON
            for old in infos[kept:]:
                shutil.rmtree(old.path, ignore_errors=True)
