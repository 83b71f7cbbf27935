"""The open session: what the window talks to while a vault is open. It builds each feature's service the first time
it is used, and at lock drops the keys, the engine and every private text it opened."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from lifeline_desktop.domain.errors import InvalidInput, KeyringUnavailable, msg
from lifeline_desktop.services.session_story import StoryServices
from lifeline_desktop.services.vault.context import VaultContext, VaultLocked, storage_errors
from lifeline_desktop.services.vault.folder import VaultFolder
from lifeline_desktop.services.vault.keys_on_disk import restore_backup_files
from lifeline_desktop.services.vault.records import partner_names, set_partner_look, unlock_label
from lifeline_desktop.services.vault.upkeep import DailyUpkeep
from lifeline_desktop.services.vault.views import KeyringStatus
from lifeline_desktop.store.backups import BackupInfo, BackupReason, BackupStore
from lifeline_desktop.store.engine import dispose_engine, open_engine
from lifeline_desktop.store.probe import key_opens
from lifeline_desktop.store.rekey import rekey_database
from lifeline_desktop.store.vault_lock import VaultProcessLock
from lifeline_desktop.vault import master_keys
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.keyfile import KeyFile, write_key_file
from lifeline_desktop.vault.master_keys import OpenKeys
from lifeline_desktop.vault.recovery_key import format_recovery_key
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

__all__ = ["Session"]


class Session(StoryServices):
    """An open vault, for one partner. Everything it holds is dropped on `lock()`."""

    def __init__(self, vault: VaultFolder, keys: OpenKeys, context: VaultContext, process_lock: VaultProcessLock,
                 remembered: RememberedKeys, kdf: KdfPolicy, upkeep: DailyUpkeep | None = None) -> None:
        self._vault = vault
        self.upkeep = upkeep  # a large vault's check and backup of the day, for the window to run after unlock
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
        if self.upkeep is not None:  # stop the day's check or backup (an unfinished copy is removed) and wait
            self.upkeep.stop()
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
        if self.upkeep is not None:  # its connection holds the old key: stop it (it runs at the next unlock)
            self.upkeep.stop()
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

    def change_my_name_and_colour(self, name: str, colour: str) -> None:
        """The partner who unlocked renames and recolours themselves: the database first, then their tile.

        Each partner changes only their own: a name is how someone wishes to be called. Two colours stay apart,
        so each can tell their entries and tiles from the other's at a glance."""
        keys = self._open_keys()
        name = name.strip()
        if not name:
            raise InvalidInput(msg("Please write the name you would like to be called."))
        if name.casefold() == self.other_name.casefold():
            raise InvalidInput(msg("That is %1's name: please choose another, so each of you finds your own tile.",
                                   self.other_name))
        if colour.casefold() == self.other_colour.casefold():
            raise InvalidInput(msg("That is %1's colour: please choose another, so your entries stay easy to tell "
                                   "apart.", self.other_name))
        set_partner_look(self._context, self.partner, name, colour)
        self._write_key_file(master_keys.relabelled(keys, self.partner, unlock_label(name), colour))
        self.partner_name, self.partner_colour = name, colour

    def set_remembered(self, on: bool) -> None:
        keys = self._open_keys()
        if not on:
            self._remembered.forget(keys.vault_id)
            return
        try:
            self._remembered.remember(keys.vault_id, keys.master_key)
        except Exception as error:
            raise KeyringUnavailable(
                msg("Lifeline could not use the system keyring (%1). Your passphrase still works.", error)) from error

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
        with storage_errors():
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
