"""Reading and writing the key file of a vault folder, always under the vault's process lock.

Unlocking derives the key first without the lock (a wrong passphrase changes no file), then takes the lock and
opens the newest authentic copy again if it changed meanwhile, and brings both copies in line before anything
else is written: a mirror one generation behind would otherwise wait for its chance to let a retired passphrase in.
"""

from __future__ import annotations

from lifeline_desktop.services.vault.folder import VaultFolder
from lifeline_desktop.store.backups import BackupInfo, BackupStore
from lifeline_desktop.store.vault_lock import VaultProcessLock
from lifeline_desktop.vault import master_keys
from lifeline_desktop.vault.keyfile import (
    copies_in_line,
    parse,
    read_key_file_copies,
    remove_stale_temp_files,
    serialise,
    write_key_file,
)
from lifeline_desktop.vault.master_keys import OpenKeys


def take_lock(vault: VaultFolder) -> VaultProcessLock:
    """The vault's process lock (raises VaultInUse at once); clears what a killed key-file write left behind."""
    lock = VaultProcessLock(vault.path, shared_between_accounts=vault.is_shared)
    lock.acquire()
    try:
        remove_stale_temp_files(vault.path)  # safe now: no other writer holds the vault
    except BaseException:
        lock.release()
        raise
    return lock


def open_keys_locked(vault: VaultFolder, opener: master_keys.Opener) -> tuple[OpenKeys, VaultProcessLock]:
    """The keys of the newest authentic copy, both copies in line on disk, and the lock, held."""
    keys = master_keys.open_newest_copy(read_key_file_copies(vault.path), opener)  # no file touched yet
    lock = take_lock(vault)
    try:
        newest = read_key_file_copies(vault.path)[0].key_file
        if serialise(newest) != serialise(keys.key_file):  # changed while the key was derived: open again
            keys = master_keys.open_newest_copy(read_key_file_copies(vault.path), opener)
        bring_copies_in_line(vault, keys)
    except BaseException:
        lock.release()
        raise
    return keys, lock


def bring_copies_in_line(vault: VaultFolder, keys: OpenKeys) -> None:
    """Both copies hold the key file just opened. Call with the lock held."""
    if not copies_in_line(vault.path, keys.key_file):
        write_key_file(vault.path, keys.key_file, vault.file_mode)


def restore_backup_files(vault: VaultFolder, backups: BackupStore, backup: BackupInfo, with_key_file: bool) -> None:
    """Put a backup's database (and, when asked, its key file) in place, under the lock."""
    with take_lock(vault):
        backups.restore(backup, vault.db_path, restore_key_file=with_key_file)
        if with_key_file and backup.key_file is not None:
            # Both copies hold the backup's key file: its generation is older, so a newer mirror would win.
            write_key_file(vault.path, parse(backup.key_file.read_bytes()), vault.file_mode)
