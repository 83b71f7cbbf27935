"""Opening the database once the keys are known: finish a rotation, check integrity, migrate, back up (or leave the
day's check and backup of a large vault to DailyUpkeep)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import VaultDamaged
from lifeline_desktop.services.vault.context import storage_errors
from lifeline_desktop.services.vault.folder import VaultFolder
from lifeline_desktop.services.vault.upkeep import DAMAGED_MESSAGE, LAST_FULL_CHECK_KEY, DailyUpkeep
from lifeline_desktop.store.backups import BackupReason, BackupStore
from lifeline_desktop.store.engine import dispose_engine, open_engine
from lifeline_desktop.store.errors import DatabaseUnreadable, WrongDatabaseKey
from lifeline_desktop.store.integrity import check_integrity
from lifeline_desktop.store.rekey import rekey_database
from lifeline_desktop.store.schema_version import needs_migration
from lifeline_desktop.store.vault_meta import read_meta, write_meta
from lifeline_desktop.vault.keyfile import write_key_file
from lifeline_desktop.vault.master_keys import OpenKeys, finish_rotation, retiring_master_key

_log = logging.getLogger(__name__)

# Verifying every page (quick_check + cipher_integrity_check) costs about 11 ms per MB here. Small vaults are
# verified, and backed up once a day, before they open. Larger ones are verified once a day, and that and the daily
# backup run after the vault is open (DailyUpkeep: the window runs it in the background after the home screen
# shows), so unlocking a vault of years stays quick. Between full checks every page is still verified as it is
# read (SQLCipher's per-page HMAC), so damage is never read as data: it stops the read with VaultDamaged.
FULL_CHECK_ALWAYS_BELOW_BYTES = 4 * 1024 * 1024
FULL_CHECK_EVERY = timedelta(days=1)


def open_checked_engine(folder: VaultFolder, keys: OpenKeys, backups: BackupStore,
                        clock: Clock) -> tuple[Engine, OpenKeys, DailyUpkeep | None]:
    """The engine of an up-to-date database, the keys again (rewritten if a rotation was finished), and the day's
    check and backup still to run for a large vault (None when nothing is left)."""
    engine, keys = _open_engine_finishing_rotation(folder, keys)
    try:
        with storage_errors():  # a damaged page read on the way (the schema version, say) is VaultDamaged too
            return _checked(engine, keys, folder, backups, clock)
    except BaseException:
        dispose_engine(engine)
        raise


def _checked(engine: Engine, keys: OpenKeys, folder: VaultFolder, backups: BackupStore,
             clock: Clock) -> tuple[Engine, OpenKeys, DailyUpkeep | None]:
    large = folder.db_path.stat().st_size >= FULL_CHECK_ALWAYS_BELOW_BYTES
    check_due = _full_check_due(engine, folder, clock.now())
    if check_due and not large:
        _check_now(engine, clock)
        check_due = False
    if needs_migration(engine):
        if check_due:  # never upgrade a file that was not verified first
            _check_now(engine, clock)
            check_due = False
        from lifeline_desktop.store.migrations import migrate_to_head  # Alembic: only when there is work

        backups.back_up(engine, BackupReason.PRE_UPGRADE)
        applied = migrate_to_head(engine)
        _log.info("vault upgraded through %d revision(s)", len(applied))
    backup_due = backups.daily_backup_due()
    if backup_due and not large:
        backups.daily_backup_if_due(engine)
        backup_due = False
    if not (check_due or backup_due):
        return engine, keys, None
    return engine, keys, DailyUpkeep(folder.db_path, keys.master_key, backups, clock, check=check_due,
                                     backup=backup_due)


def _check_now(engine: Engine, clock: Clock) -> None:
    findings = check_integrity(engine)
    if findings:
        raise VaultDamaged(DAMAGED_MESSAGE, findings)
    _record_full_check(engine, clock.now())


def _open_engine_finishing_rotation(folder: VaultFolder, keys: OpenKeys) -> tuple[Engine, OpenKeys]:
    retiring = retiring_master_key(keys)
    try:
        if retiring is not None:
            _finish_database_rekey(folder, retiring, keys.master_key)
        engine = open_engine(folder.db_path, keys.master_key)
    except WrongDatabaseKey as error:
        # The key came from an authenticated key file, so the database's first page must be damaged.
        raise VaultDamaged(DAMAGED_MESSAGE, ["The database's first page does not match its key."]) from error
    except DatabaseUnreadable as error:
        raise VaultDamaged(DAMAGED_MESSAGE, [str(error)]) from error
    if retiring is not None:
        finished = finish_rotation(keys)
        write_key_file(folder.path, finished, folder.file_mode)
        keys = OpenKeys(finished, keys.master_key, keys.partner, keys.personal_key)
    return engine, keys


def _finish_database_rekey(folder: VaultFolder, old_key: bytes, new_key: bytes) -> None:
    """A rotation stopped between writing the key file and rekeying: rekey now, if not done yet."""
    try:
        probe = open_engine(folder.db_path, new_key)
    except WrongDatabaseKey:
        rekey_database(folder.db_path, old_key, new_key)
    else:
        dispose_engine(probe)


def _full_check_due(engine: Engine, folder: VaultFolder, now: datetime) -> bool:
    if folder.db_path.stat().st_size < FULL_CHECK_ALWAYS_BELOW_BYTES:
        return True
    with OrmSession(engine) as session:
        last = read_meta(session, LAST_FULL_CHECK_KEY)
    return last is None or now - datetime.fromisoformat(last) >= FULL_CHECK_EVERY


def _record_full_check(engine: Engine, now: datetime) -> None:
    with OrmSession(engine) as session, session.begin():
        write_meta(session, LAST_FULL_CHECK_KEY, now.isoformat())
