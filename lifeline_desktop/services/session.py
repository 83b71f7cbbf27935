"""The facade the window talks to: a gate before the vault is open, and a session while it is.

Every method here may be slow (Argon2id, disk): the UI calls them off the GUI thread.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import InvalidInput, KeyFileProblem, KeyringUnavailable
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session_story import StoryServices
from lifeline_desktop.services.vault import key_file_rescue
from lifeline_desktop.services.vault.context import VaultContext, VaultLocked
from lifeline_desktop.services.vault.folder import VaultFolder
from lifeline_desktop.services.vault.key_file_rescue import KeyFileRescue
from lifeline_desktop.services.vault.keys_on_disk import open_keys_locked, restore_backup_files, take_lock
from lifeline_desktop.services.vault.opening import open_checked_engine
from lifeline_desktop.services.vault.records import partner_names, record_vault_created, unlock_label
from lifeline_desktop.services.vault.views import KeyringStatus, PartnerSetup, PartnerTile
from lifeline_desktop.store.backups import BackupInfo, BackupReason, BackupStore
from lifeline_desktop.store.engine import create_database, dispose_engine, open_engine
from lifeline_desktop.store.probe import key_opens
from lifeline_desktop.store.rekey import rekey_database
from lifeline_desktop.store.vault_lock import VaultProcessLock
from lifeline_desktop.vault import master_keys
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.keyfile import KeyFile, read_key_file_copies, read_tiles_key_file, write_key_file
from lifeline_desktop.vault.master_keys import NewPartner, OpenKeys
from lifeline_desktop.vault.recovery_key import format_recovery_key, parse_recovery_key
from lifeline_desktop.vault.remembered_key import RememberedKeys

if TYPE_CHECKING:
    from lifeline_desktop.services.checkins.service import CheckInService
    from lifeline_desktop.services.conversations.service import ConversationService
    from lifeline_desktop.services.guide.service import GuideService
    from lifeline_desktop.services.journal.service import JournalService
    from lifeline_desktop.services.planner.planner import Planner
    from lifeline_desktop.services.play.service import PlayService
    from lifeline_desktop.services.programs.service import ProgramService
    from lifeline_desktop.services.today.service import TodayService

__all__ = ["BackupInfo", "KeyFileRescue", "KeyringStatus", "PartnerSetup", "PartnerTile", "Session", "VaultGate",
           "unlock_label"]


class VaultGate:
    """Everything before a vault is open: create, unlock, recover, restore."""

    def __init__(self, folder: Path, clock: Clock, keyring: RememberedKeys | None = None,
                 kdf_policy: KdfPolicy | None = None, remembered_hints_dir: Path | None = None) -> None:
        """`remembered_hints_dir`: this account's settings folder, where Lifeline notes which vaults it
        remembered, so the unlock screen never has to read the keyring just to ask."""
        self.folder = folder
        self._vault = VaultFolder(folder)
        self._clock = clock
        self._remembered = keyring or RememberedKeys(hints_dir=remembered_hints_dir)
        self._kdf = kdf_policy or KdfPolicy()

    def exists(self) -> bool:
        return self._vault.holds_vault()

    def tiles(self) -> list[PartnerTile]:
        key_file = read_tiles_key_file(self.folder)
        return [PartnerTile(s.slot, s.label, s.colour) for s in key_file.slots]

    def create(self, a: PartnerSetup, b: PartnerSetup, *, shared_between_accounts: bool = False
               ) -> tuple[Session, str]:
        """A new vault for two partners; returns partner A's open session and the recovery key to write down."""
        for partner in (a, b):
            if not partner.name.strip():
                raise InvalidInput("Each partner needs a name.")
        self._vault.ensure_exists(shared_between_accounts)
        lock = take_lock(self._vault)  # before anything is looked at or written: a second set-up stops here
        try:
            if self.exists():
                raise InvalidInput("There is a vault in this folder already. Open it, or choose another folder.")
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
        try:
            vault_id = read_tiles_key_file(self.folder).vault_id
        except Exception:
            return None
        master_key = self._remembered.recall(vault_id)
        if master_key is None:
            return None
        keys, lock = open_keys_locked(
            self._vault, lambda key_file: master_keys.open_with_master_key(key_file, master_key))
        return self._open(keys, slot, lock)

    def remembered_status(self) -> KeyringStatus:
        """For the unlock screen: whether "open without passphrase" can be offered. When this account's hints
        say the vault was never remembered here, the keyring is not even loaded (`available` is then False:
        not asked, and not needed)."""
        try:
            vault_id = read_tiles_key_file(self.folder).vault_id
        except Exception:
            return KeyringStatus(False, "", False)
        if self._remembered.known_not_remembered(vault_id):
            return KeyringStatus(False, "", False)
        return self.keyring_status()

    def keyring_status(self) -> KeyringStatus:
        state = self._remembered.state()
        remembered = False
        if state.available and self.exists():
            try:
                remembered = self._remembered.is_remembered(read_tiles_key_file(self.folder).vault_id)
            except Exception:
                remembered = False
        return KeyringStatus(state.available, state.reason, remembered)

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
            engine, keys = open_checked_engine(self._vault, keys, self._backup_store(), self._clock)
        except BaseException:
            lock.release()
            raise
        return self._session(engine, keys, slot, lock)

    def _session(self, engine: Engine, keys: OpenKeys, slot: PartnerSlot, lock: VaultProcessLock) -> Session:
        return Session(self._vault, keys, VaultContext(engine, slot, keys.personal_key, self._clock), lock,
                       self._remembered, self._kdf)


class Session(StoryServices):
    """An open vault, for one partner. Everything it holds is dropped on `lock()`."""

    def __init__(self, vault: VaultFolder, keys: OpenKeys, context: VaultContext, process_lock: VaultProcessLock,
                 remembered: RememberedKeys, kdf: KdfPolicy) -> None:
        self._vault = vault
        self._keys: OpenKeys | None = keys
        self._context = context
        self._process_lock = process_lock
        self._remembered = remembered
        self._kdf = kdf
        self._backups = BackupStore(vault.path, context.clock, shared_between_accounts=vault.is_shared)
        self.partner = context.partner
        self.clock = context.clock
        partners = partner_names(context)
        self.partner_name, self.partner_colour = partners[self.partner]
        self.other_name, self.other_colour = partners[self.partner.other]

    # Each feature's service (with its module, content and their imports) is built the first time it is used, so
    # unlocking costs only what the first screen needs. One of each per open vault.
    @cached_property
    def journal(self) -> JournalService:
        from lifeline_desktop.services.journal.service import JournalService

        return JournalService(self._context)

    @cached_property
    def conversations(self) -> ConversationService:
        from lifeline_desktop.services.conversations.service import ConversationService

        return ConversationService(self._context, self.journal)

    @cached_property
    def planner(self) -> Planner:
        from lifeline_desktop.services.planner.planner import Planner

        return Planner(self._context, self.journal)

    @cached_property
    def checkins(self) -> CheckInService:
        from lifeline_desktop.services.checkins.service import CheckInService

        return CheckInService(self._context)

    @cached_property
    def programs(self) -> ProgramService:
        from lifeline_desktop.services.programs.service import ProgramService

        return ProgramService(self._context, self.journal, left_out=lambda: self.guide.left_out())

    @cached_property
    def play(self) -> PlayService:
        from lifeline_desktop.services.play.service import PlayService

        return PlayService(self._context, self.journal)

    @cached_property
    def today(self) -> TodayService:
        from lifeline_desktop.services.today.service import TodayService

        return TodayService(self.journal, self.planner, self.conversations, self.checkins, self.programs,
                            self.guide, self.memories, self.milestones)

    @cached_property
    def guide(self) -> GuideService:
        from lifeline_desktop.services.guide.service import GuideService

        return GuideService(self._context, self.journal, self.checkins, self.conversations, self.programs)

    @property
    def is_locked(self) -> bool:
        return self._keys is None

    @property
    def private_space_open(self) -> bool:
        return self._context.private_space_open

    @property
    def folder(self) -> Path:
        return self._vault.path

    def _open_keys(self) -> OpenKeys:
        if self._keys is None:
            raise VaultLocked()
        return self._keys

    def lock(self) -> None:
        """Dispose the engine, drop the keys, let another process open the vault. Safe to call twice."""
        if self._keys is None:
            return
        self._keys = None
        if "journal" in self.__dict__:  # built only if used
            self.journal.forget_private_text()
        self._context.close()
        self._process_lock.release()

    def open_private_space(self, passphrase: str) -> None:
        """After a keyring unlock: the partner's own passphrase opens their private space."""
        keys = master_keys.open_with_passphrase(self._open_keys().key_file, self.partner, passphrase)
        assert keys.personal_key is not None
        self._keys = OpenKeys(keys.key_file, keys.master_key, self.partner, keys.personal_key)
        self._context.open_private_space(keys.personal_key)

    def change_passphrase(self, old: str, new: str) -> None:
        keys = self._open_keys()
        if keys.partner is None or keys.personal_key is None:
            keys = master_keys.open_with_passphrase(keys.key_file, self.partner, old)
        key_file = master_keys.change_passphrase(keys, old, new, self._kdf.params_for_new_slot())
        self._write_key_file(key_file)

    def rotate_master_key(self) -> str:
        """A new master key and recovery key (LUKS order); the old recovery key stops working.

        Backups made before stay readable with the old recovery key only.
        """
        keys = self._open_keys()
        self.back_up_now(reason=BackupReason.PRE_KEY_CHANGE)
        rotating, new_master = master_keys.begin_rotation(keys)
        self._write_key_file(rotating, new_master)
        dispose_engine(self._context.engine)
        rekey_database(self._vault.db_path, keys.master_key, new_master)
        self._context.replace_engine(open_engine(self._vault.db_path, new_master))
        self._write_key_file(master_keys.finish_rotation(self._open_keys()))
        if self._remembered.is_remembered(keys.vault_id):
            self._remembered.remember(keys.vault_id, new_master)
        return format_recovery_key(new_master)

    def _write_key_file(self, key_file: KeyFile, master_key: bytes | None = None) -> None:
        """Write the key file and hold what it opens from now on (a new master key during a rotation)."""
        keys = self._open_keys()
        write_key_file(self._vault.path, key_file, self._vault.file_mode)
        self._keys = OpenKeys(key_file, master_key or keys.master_key, keys.partner, keys.personal_key)

    def set_remembered(self, on: bool) -> None:
        keys = self._open_keys()
        if not on:
            self._remembered.forget(keys.vault_id)
            return
        try:
            self._remembered.remember(keys.vault_id, keys.master_key)
        except Exception as error:
            raise KeyringUnavailable(
                f"Lifeline could not use the system keyring ({error}). Your passphrase still works.") from error

    def keyring_status(self) -> KeyringStatus:
        state = self._remembered.state()
        remembered = state.available and self._remembered.is_remembered(self._open_keys().vault_id)
        return KeyringStatus(state.available, state.reason, remembered)

    def backups(self) -> list[BackupInfo]:
        return self._backups.list()

    def daily_backups_kept(self) -> int:
        return self._backups.daily_kept()

    def keep_daily_backups(self, count: int) -> None:
        """How many daily backups to keep (the same for both partners: it is stored beside the backups)."""
        self._open_keys()
        self._backups.keep_daily(count)

    def back_up_now(self, reason: BackupReason = BackupReason.MANUAL) -> BackupInfo:
        self._open_keys()
        return self._backups.back_up(self._context.engine, reason)

    def restore_backup(self, backup: BackupInfo) -> None:
        """Locks first (the window then shows the unlock screen), keeps the current database aside.

        A backup from before a new recovery key was made opens only with its own key file: restore that too.
        """
        keys = self._open_keys()
        backup_opens_with_current_keys = key_opens(backup.db_file, keys.master_key)
        self.lock()
        restore_backup_files(self._vault, self._backups, backup,
                             with_key_file=not backup_opens_with_current_keys)
