"""The day's upkeep of a large vault: the full page check and the daily backup, after the vault is open.

Verifying every page and copying the file take seconds at 50,000 entries, so for a vault above the full-check size
the first unlock of the day leaves them to this, and the window runs it off the GUI thread once the home screen
shows. It has a connection of its own (the open vault's engine stays free for the pages), and SQLite's progress
handler lets a lock or a quit stop it within milliseconds: an interrupted check is not recorded and an interrupted
backup's unfinished copy is removed, so both run again at the next unlock. Damage it finds is VaultDamaged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import LifelineError, VaultDamaged
from lifeline_desktop.services.vault.context import storage_errors
from lifeline_desktop.store.backups import BackupStore
from lifeline_desktop.store.engine import connect_raw
from lifeline_desktop.store.integrity import run_integrity_checks

DAMAGED_MESSAGE = ("Lifeline found damage in this vault's database, so it did not open it. Nothing was deleted. "
                   "You can restore the latest backup, which keeps the damaged file aside.")
LAST_FULL_CHECK_KEY = "last_full_integrity_check"
PROGRESS_EVERY = 10_000  # SQLite steps between looks at the stop flag (well under a millisecond apart)
# The check and the backup read each page once, so a page cache gains them nothing; the engine's 64 MiB one would
# fill with the whole decrypted file (about 40 MiB at 50,000 entries) for the rest of the session.
UPKEEP_PAGE_CACHE_KIB = 2048


class UpkeepStep(StrEnum):
    CHECK = "check"
    BACKUP = "backup"


@dataclass(frozen=True)
class UpkeepProgress:
    step: UpkeepStep
    number: int  # 1-based
    total: int


class UpkeepStopped(LifelineError):
    def __init__(self) -> None:
        super().__init__("The vault was locked before today's check and backup finished; they run at the next "
                         "unlock.")


class DailyUpkeep:
    def __init__(self, db_path: Path, master_key: bytes, backups: BackupStore, clock: Clock, *,
                 check: bool, backup: bool) -> None:
        self._db_path = db_path
        self._master_key = master_key
        self._backups = backups
        self._clock = clock
        self._steps = [step for step, due in ((UpkeepStep.CHECK, check), (UpkeepStep.BACKUP, backup)) if due]
        self._done = not self._steps
        self._stop = threading.Event()
        self._running = threading.Lock()

    @property
    def pending(self) -> bool:
        return not self._done and not self._stop.is_set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self, report: Callable[[UpkeepProgress], None] | None = None) -> None:
        """Runs what is due (blocking: call it off the GUI thread); UpkeepStopped if `stop()` came first."""
        with self._running:
            if self._done:
                return
            if self._stop.is_set():
                raise UpkeepStopped()
            try:
                with storage_errors():
                    self._run_steps(report)
            except Exception as error:
                if self._stop.is_set():  # what an interrupted step raised is not damage
                    raise UpkeepStopped() from error
                raise
            self._done = True

    def stop(self) -> None:
        """Stops a running upkeep (or one not started yet) and waits until it has: safe to call from any thread
        but the one running it, and more than once."""
        self._stop.set()
        with self._running:
            pass

    def _run_steps(self, report: Callable[[UpkeepProgress], None] | None) -> None:
        connection = connect_raw(self._db_path, self._master_key)
        try:
            connection.execute(f"PRAGMA cache_size = -{UPKEEP_PAGE_CACHE_KIB}")
            connection.set_progress_handler(self._stop.is_set, PROGRESS_EVERY)  # True stops the statement
            for number, step in enumerate(self._steps, start=1):
                if report is not None:
                    report(UpkeepProgress(step, number, len(self._steps)))
                if step is UpkeepStep.CHECK:
                    findings = run_integrity_checks(connection)
                    if self._stop.is_set():
                        raise UpkeepStopped()
                    if findings:
                        raise VaultDamaged(DAMAGED_MESSAGE, findings)
                    connection.execute(
                        "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (LAST_FULL_CHECK_KEY, self._clock.now().isoformat()))
                else:
                    self._backups.daily_backup_if_due(connection)
        finally:
            connection.close()
