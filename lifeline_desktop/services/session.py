"""The facade the window talks to: a gate before the vault is open, and a session while it is.

Every method here may be slow (Argon2id, disk): the UI calls them off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import InvalidInput, KeyFileProblem, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.open_session import Session
from lifeline_desktop.services.vault import key_file_rescue
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.door import VaultDoor
from lifeline_desktop.services.vault.key_file_rescue import KeyFileRescue
from lifeline_desktop.services.vault.keys_on_disk import open_keys_locked, restore_backup_files, take_lock
from lifeline_desktop.services.vault.opening import open_checked_engine
from lifeline_desktop.services.vault.records import record_vault_created, unlock_label
from lifeline_desktop.services.vault.upkeep import DailyUpkeep
from lifeline_desktop.services.vault.views import KeyringStatus, PartnerSetup, PartnerTile
from lifeline_desktop.store.backups import BackupInfo, BackupReason, BackupStore
from lifeline_desktop.store.engine import create_database, dispose_engine
from lifeline_desktop.store.vault_lock import VaultProcessLock
from lifeline_desktop.vault import master_keys
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.keyfile import read_key_file_copies, write_key_file
from lifeline_desktop.vault.master_keys import NewPartner, OpenKeys
from lifeline_desktop.vault.recovery_key import format_recovery_key, parse_recovery_key
from lifeline_desktop.vault.remembered_key import RememberedKeys

if TYPE_CHECKING:
    pass

__all__ = ["BackupInfo", "BackupReason", "KeyFileRescue", "KeyringStatus", "PartnerSetup", "PartnerTile", "Session",
           "VaultGate", "unlock_label"]


class VaultGate(VaultDoor):
    """Everything before a vault is open: create, unlock, recover, restore."""

    def __init__(self, folder: Path, clock: Clock, keyring: RememberedKeys | None = None,
                 kdf_policy: KdfPolicy | None = None, remembered_hints_dir: Path | None = None) -> None:
        """`remembered_hints_dir`: this account's settings folder, where Lifeline notes which vaults it
        remembered, so the unlock screen never has to read the keyring just to ask."""
        super().__init__(folder, keyring or RememberedKeys(hints_dir=remembered_hints_dir))
        self._clock = clock
        self._kdf = kdf_policy or KdfPolicy()

    def prepare(self) -> None:
        """Nothing to load: this gate is the services (see DeferredGate, which loads them here)."""

    def create(self, a: PartnerSetup, b: PartnerSetup, *, shared_between_accounts: bool = False
               ) -> tuple[Session, str]:
        """A new vault for two partners; returns partner A's open session and the recovery key to write down."""
        for partner in (a, b):
            if not partner.name.strip():
                raise InvalidInput(msg("Each partner needs a name."))
        self._vault.ensure_exists(shared_between_accounts)
        lock = take_lock(self._vault)  # before anything is looked at or written: a second set-up stops here
        try:
            if self.exists():
                raise InvalidInput(msg("There is a vault in this folder already. Open it, or choose another folder."))
            self._vault.set_sharing(shared_between_accounts)
            self._set_aside_unfinished_vault()
            key_file, master_key, personal_keys = master_keys.create_key_file(
                [NewPartner(PartnerSlot.A, unlock_label(a.name), a.colour, a.passphrase),
                 NewPartner(PartnerSlot.B, unlock_label(b.name), b.colour, b.passphrase)],
                self._kdf.params_for_new_slot())
            # The key file first: a database must never exist without the keys that open it.
            write_key_file(self.folder, key_file, self._vault.file_mode)
            engine = create_database(self._vault.db_path, master_key,
                                     shared_between_accounts=shared_between_accounts)
            try:
                from lifeline_desktop.store.migrations import migrate_to_head  # Alembic, only when creating

                migrate_to_head(engine)
                record_vault_created(engine, {PartnerSlot.A: (a.name.strip(), a.colour),
                                              PartnerSlot.B: (b.name.strip(), b.colour)},
                                     self._clock.now(), key_file.generation)
            except BaseException:
                dispose_engine(engine)
                raise
        except BaseException:
            lock.release()
            raise
        keys = OpenKeys(key_file, master_key, PartnerSlot.A, personal_keys[PartnerSlot.A])
        return self._session(engine, keys, PartnerSlot.A, lock), format_recovery_key(master_key)

    def _set_aside_unfinished_vault(self) -> None:
        """A key file with no database is what a set-up cut short leaves behind: keep it aside, never delete.

        Only with the lock held: a set-up still running in another process holds it."""
        for leftover in (self._vault.key_file_path, self._vault.key_file_path.with_name("lifeline.keys.bak")):
            if leftover.exists() and not self._vault.db_path.exists():
                stamp = int(self._clock.now().timestamp())
                leftover.rename(leftover.with_name(f"{leftover.name}.unfinished-{stamp}"))

    def unlock(self, slot: PartnerSlot, passphrase: str) -> Session:
        keys, lock = open_keys_locked(
            self._vault, lambda key_file: master_keys.open_with_passphrase(key_file, slot, passphrase))
        try:
            keys = self._upgrade_kdf_if_below_floor(keys, slot, passphrase)
        except BaseException:
            lock.release()
            raise
        return self._open(keys, slot, lock)

    def check_recovery_key_format(self, text: str) -> None:
        parse_recovery_key(text)

    def unlock_with_recovery_key(self, text: str, slot: PartnerSlot, new_passphrase: str) -> Session:
        """Opens the shared vault and gives `slot` a new passphrase (their old private items stay sealed)."""
        master_key = parse_recovery_key(text)
        keys, lock = open_keys_locked(
            self._vault, lambda key_file: master_keys.open_with_master_key(key_file, master_key))
        try:
            key_file, personal_key = master_keys.reset_forgotten_passphrase(
                keys, slot, new_passphrase, self._kdf.params_for_new_slot())
            write_key_file(self.folder, key_file, self._vault.file_mode)
        except BaseException:
            lock.release()
            raise
        return self._open(OpenKeys(key_file, master_key, slot, personal_key), slot, lock)

    def unlock_remembered(self, slot: PartnerSlot) -> Session | None:
        """Opens with the master key from the OS keyring, private space closed; None on any keyring trouble."""
        vault_id = self._vault_id()
        if vault_id is None:
            return None
        master_key = self._remembered.recall(vault_id)
        if master_key is None:
            return None
        keys, lock = open_keys_locked(
            self._vault, lambda key_file: master_keys.open_with_master_key(key_file, master_key))
        return self._open(keys, slot, lock)

    def backups(self) -> list[BackupInfo]:
        return self._backup_store().list()

    # --- when both copies of the key file are gone or damaged (see key_file_rescue) ---------------------------

    def find_key_file_rescue(self, recovery_key: str) -> KeyFileRescue:
        """Verifies the recovery key against lifeline.db and looks for a key file in the backups; writes nothing."""
        return key_file_rescue.find_rescue(self._vault, self._backup_store(), parse_recovery_key(recovery_key))

    def restore_key_file_from_backup(self, recovery_key: str, backup: BackupInfo) -> None:
        key_file_rescue.restore_key_file_from_backup(self._vault, parse_recovery_key(recovery_key), backup)

    def rebuild_key_file(self, recovery_key: str, passphrases: dict[PartnerSlot, str]) -> None:
        """A new key file with a new passphrase for each partner; their old private spaces stay sealed."""
        master_key = parse_recovery_key(recovery_key)
        key_file_rescue.rebuild_key_file(self._vault, master_key, passphrases, self._kdf.params_for_new_slot())

    def _backup_store(self) -> BackupStore:
        return BackupStore(self.folder, self._clock, shared_between_accounts=self._vault.is_shared)

    def restore_backup(self, backup: BackupInfo) -> None:
        """From the damaged-vault screen: the database only, unless the key file is unusable too."""
        try:
            read_key_file_copies(self.folder)
            key_file_usable = True
        except KeyFileProblem:
            key_file_usable = False
        restore_backup_files(self._vault, self._backup_store(), backup, with_key_file=not key_file_usable)

    # --- inside -------------------------------------------------------------------------------------------------

    def _upgrade_kdf_if_below_floor(self, keys: OpenKeys, slot: PartnerSlot, passphrase: str) -> OpenKeys:
        if not self._kdf.is_below_floor(keys.key_file.slot(slot).kdf) or keys.personal_key is None:
            return keys
        key_file = master_keys.set_passphrase(keys, slot, passphrase, self._kdf.params_for_new_slot(),
                                              keys.personal_key)
        write_key_file(self.folder, key_file, self._vault.file_mode)  # the caller holds the lock
        return OpenKeys(key_file, keys.master_key, keys.partner, keys.personal_key)

    def _open(self, keys: OpenKeys, slot: PartnerSlot, lock: VaultProcessLock) -> Session:
        try:
            engine, keys, upkeep = open_checked_engine(self._vault, keys, self._backup_store(), self._clock)
        except BaseException:
            lock.release()
            raise
        return self._session(engine, keys, slot, lock, upkeep)

    def _session(self, engine: Engine, keys: OpenKeys, slot: PartnerSlot, lock: VaultProcessLock,
                 upkeep: DailyUpkeep | None = None) -> Session:
        return Session(self._vault, keys, VaultContext(engine, slot, keys.personal_key, self._clock), lock,
                       self._remembered, self._kdf, upkeep)
