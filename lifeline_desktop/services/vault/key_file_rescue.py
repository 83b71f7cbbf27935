"""The way back in when both copies of the key file are gone or damaged: the recovery key and `lifeline.db`.

First choice: the newest key file in `backups/` that this recovery key authenticates. It still holds both partners'
slots, so both private spaces come back with the passphrases of that day. Otherwise a new key file is made for the
same database: the recovery key (the master key) is verified against `lifeline.db`, both partners choose new
passphrases, and each gets a new personal key. A private space comes back only with a key file that holds its
owner's slot; its sealed rows stay in the database, unread, in case such a file turns up later.

Nothing here writes before the recovery key is verified, and every write runs under the vault's process lock.
Whatever key file was in the folder is kept aside (`lifeline.keys.damaged-<time>`), never deleted.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.errors import InvalidInput, KeyFileProblem, VaultDamaged, WrongRecoveryKey, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault.folder import VaultFolder
from lifeline_desktop.services.vault.keys_on_disk import take_lock
from lifeline_desktop.services.vault.records import unlock_label
from lifeline_desktop.store.backups import BackupInfo, BackupStore
from lifeline_desktop.store.engine import dispose_engine, open_engine
from lifeline_desktop.store.errors import DatabaseUnreadable, WrongDatabaseKey
from lifeline_desktop.store.models import PartnerRow
from lifeline_desktop.vault import master_keys
from lifeline_desktop.vault.kdf import KdfParams
from lifeline_desktop.vault.keyfile import (
    KeyFile,
    KeyFileFormatError,
    mirror_path,
    parse,
    read_key_file_copies,
    write_key_file,
)
from lifeline_desktop.vault.master_keys import NewPartner


@dataclass(frozen=True)
class KeyFileRescue:
    backup: BackupInfo | None  # the newest backup whose key file this recovery key opens, if any
    partner_names: dict[PartnerSlot, str]  # from the database, for the "your turn" pages
    partner_colours: dict[PartnerSlot, str] = field(default_factory=dict)  # each turn is in its partner's colour


@dataclass(frozen=True)
class _Partner:
    name: str
    colour: str


def find_rescue(vault: VaultFolder, backups: BackupStore, master_key: bytes) -> KeyFileRescue:
    """What the recovery key can bring back. Reads only: nothing is written."""
    _require_no_working_key_file(vault, master_key)
    partners = _partners_in_database(vault, master_key)
    return KeyFileRescue(_newest_backup_opening_with(backups, master_key),
                         {slot: partner.name for slot, partner in partners.items()},
                         {slot: partner.colour for slot, partner in partners.items()})


def restore_key_file_from_backup(vault: VaultFolder, master_key: bytes, backup: BackupInfo) -> None:
    """Put the backup's key file in place (both copies); the passphrases of that day open it again."""
    key_file = _key_file_opening_with(backup, master_key)
    if key_file is None:
        raise WrongRecoveryKey(msg("This backup's key file does not belong to this recovery key."))
    _partners_in_database(vault, master_key)
    lock = take_lock(vault)
    try:
        _require_no_working_key_file(vault, master_key)
        _write_keeping_old_aside(vault, key_file)
    finally:
        lock.release()


def rebuild_key_file(vault: VaultFolder, master_key: bytes, passphrases: dict[PartnerSlot, str],
                     kdf: KdfParams) -> None:
    """A new key file for the same database, with a new passphrase and a new personal key for each partner."""
    if sorted(slot.value for slot in passphrases) != ["a", "b"]:
        raise InvalidInput(msg("Both partners choose a new passphrase."))
    partners = _partners_in_database(vault, master_key)
    lock = take_lock(vault)
    try:
        _require_no_working_key_file(vault, master_key)
        key_file, _master, _personal = master_keys.create_key_file(
            [NewPartner(slot, unlock_label(partners[slot].name), partners[slot].colour, passphrases[slot])
             for slot in (PartnerSlot.A, PartnerSlot.B)],
            kdf, master_key=master_key, generation=_next_generation(vault))
        master_keys.open_with_master_key(key_file, master_key)  # verify before anything is written
        _write_keeping_old_aside(vault, key_file)
    finally:
        lock.release()


def _require_no_working_key_file(vault: VaultFolder, master_key: bytes) -> None:
    try:
        copies = read_key_file_copies(vault.path)
    except KeyFileProblem:
        return
    for copy in copies:
        try:
            master_keys.open_with_master_key(copy.key_file, master_key)
        except (KeyFileFormatError, WrongRecoveryKey):
            continue
        raise InvalidInput(msg("The key file in this folder still opens with this recovery key, so nothing was "
                           "changed. Use the recovery key on the unlock screen instead."))


def _partners_in_database(vault: VaultFolder, master_key: bytes) -> dict[PartnerSlot, _Partner]:
    """Opens lifeline.db with the recovery key alone: the proof that it is this vault's key."""
    try:
        engine = open_engine(vault.db_path, master_key)
    except WrongDatabaseKey as error:
        raise WrongRecoveryKey() from error
    except DatabaseUnreadable as error:
        raise VaultDamaged(msg("Lifeline cannot read this vault's database, so it cannot make a new key file for "
                           "it. Nothing was changed."), [str(error)]) from error
    try:
        with OrmSession(engine) as session:
            rows = {row.slot: _Partner(row.name, row.colour) for row in session.scalars(select(PartnerRow))}
    finally:
        dispose_engine(engine)
    if sorted(slot.value for slot in rows) != ["a", "b"]:
        raise VaultDamaged(msg("The vault's database does not name both partners, so Lifeline cannot make a new key "
                           "file for it. Nothing was changed."))
    return rows


def _key_file_opening_with(backup: BackupInfo, master_key: bytes) -> KeyFile | None:
    if backup.key_file is None:
        return None
    try:
        key_file = parse(backup.key_file.read_bytes())
        master_keys.open_with_master_key(key_file, master_key)
    except (OSError, KeyFileFormatError, WrongRecoveryKey):
        return None
    return key_file


def _newest_backup_opening_with(backups: BackupStore, master_key: bytes) -> BackupInfo | None:
    for backup in backups.list():  # newest first
        if _key_file_opening_with(backup, master_key) is not None:
            return backup
    return None


def _next_generation(vault: VaultFolder) -> int:
    """Above any copy still lying in the folder, so a damaged old copy can never count as newer."""
    generations = [0]
    for path in (vault.key_file_path, mirror_path(vault.key_file_path)):
        with contextlib.suppress(OSError, KeyFileFormatError):
            generations.append(parse(path.read_bytes()).generation)
    return max(generations) + 1


def _write_keeping_old_aside(vault: VaultFolder, key_file: KeyFile) -> None:
    stamp = time.strftime("%Y%m%dT%H%M%S")
    for path in (vault.key_file_path, mirror_path(vault.key_file_path)):
        if path.exists():
            path.rename(path.with_name(f"{path.name}.damaged-{stamp}"))
    write_key_file(vault.path, key_file, vault.file_mode)
