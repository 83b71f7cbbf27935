"""Which screen shows when: set-up, unlock, home, lock, damaged vault. Holds the open session while unlocked
and drops every reference to it on lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import KeyFileProblem, LifelineError, VaultDamaged
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.preferences import Preferences
from lifeline_desktop.ui.shell.idle import IdleWatcher
from lifeline_desktop.ui.shell.main_window import MainWindow
from lifeline_desktop.ui.shell.upkeep_status import UpkeepRun, UpkeepStatus
from lifeline_desktop.ui.shell.warm_up import import_home_screen
from lifeline_desktop.ui.unlock.unlock_page import UnlockPage
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session, VaultGate
    from lifeline_desktop.services.vault.views import KeyringStatus, PartnerTile
    from lifeline_desktop.ui.settings.dialog import SettingsDialog
    from lifeline_desktop.ui.setup.wizard import SetupWizard
    from lifeline_desktop.ui.shell.home import HomeView
    from lifeline_desktop.ui.unlock.damaged_page import DamagedPage
    from lifeline_desktop.ui.unlock.key_file_rescue_page import KeyFileRescuePage
    from lifeline_desktop.ui.unlock.recovery_page import RecoveryPage

GateFactory = Callable[[Path], "VaultGate"]


@dataclass(frozen=True)
class DemoSetup:
    banner: Callable[[], str]  # runs off the GUI thread, once the demo vault is made: its passphrases


@dataclass(frozen=True)
class _Loaded:
    gate: VaultGate
    exists: bool
    tiles: list[PartnerTile]
    keyring: KeyringStatus | None
    problem: LifelineError | None
    banner: str = ""


class AppFlow(QObject):
    session_opened = Signal()
    locked = Signal()
    gate_ready = Signal()

    def __init__(self, window: MainWindow, runner: Runner, clock: Clock, idle: IdleWatcher,
                 open_gate: GateFactory, default_folder: Path, preferences: Preferences,
                 save_preferences: Callable[[Preferences], None], apply_theme: Callable[[str, str], None],
                 demo: DemoSetup | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._runner = runner
        self._idle = idle
        self._open_gate = open_gate
        self._default_folder = default_folder
        self.preferences = preferences
        self._save_preferences = save_preferences
        self._apply_theme = apply_theme
        self._demo = demo
        self._gate: VaultGate | None = None
        self._tiles: list[PartnerTile] = []  # the gate's, for the recovery screen when it is first built
        self._session: Session | None = None
        self._home: HomeView | None = None
        self._empty_home: HomeView | None = None  # built while a passphrase is checked (see _build_empty_home)
        self._settings: SettingsDialog | None = None
        self._wizard: SetupWizard | None = None

        self.unlock = UnlockPage(runner, clock)
        self._recovery: RecoveryPage | None = None  # built on first use: kept off the start-up path
        self._damaged: DamagedPage | None = None
        self._key_file_rescue: KeyFileRescuePage | None = None
        self._key_file_lost = False  # the damaged screen shows a key file problem: recovery means rescue
        self._next_unlock_message = ""  # said on the unlock screen once the gate has loaded again
        self.unlock.unlocked.connect(self._opened)
        self.unlock.damaged.connect(self._show_damaged)
        self.unlock.recovery_requested.connect(self._show_recovery)
        self.unlock.starting.connect(lambda: self._runner.run(import_home_screen))
        self.unlock.opening.connect(self._build_empty_home)
        self.unlock.opening.connect(idle.watch_input)  # its first event is costly: paid during the KDF (idle.py)
        runner.vault_damaged.connect(self._damage_found)
        self._upkeep = UpkeepRun(self._upkeep_status, self)  # a large vault's check and backup of the day
        self._upkeep.runner.vault_damaged.connect(self._damage_found)
        window.lock_shortcut.connect(self.lock)
        window.settings_shortcut.connect(self.open_settings)
        window.closing.connect(self.lock)
        idle.set_minutes(preferences.auto_lock_minutes)
        idle.idle.connect(self.lock)

    @property
    def recovery(self) -> RecoveryPage:
        if self._recovery is None:
            from lifeline_desktop.ui.unlock.recovery_page import RecoveryPage

            self._recovery = RecoveryPage(self._runner)
            self._recovery.unlocked.connect(self._opened)
            self._recovery.damaged.connect(self._show_damaged)
            self._recovery.back.connect(self._show_unlock)
            if self._gate is not None:
                self._recovery.set_gate(self._gate, self._tiles)
        return self._recovery

    @property
    def damaged(self) -> DamagedPage:
        if self._damaged is None:
            from lifeline_desktop.ui.unlock.damaged_page import DamagedPage

            self._damaged = DamagedPage(self._runner)
            self._damaged.restored.connect(self._after_restore)
            self._damaged.use_recovery_key.connect(self._recover_from_damage)
            self._damaged.back.connect(self._show_unlock)
        return self._damaged

    @property
    def key_file_rescue(self) -> KeyFileRescuePage:
        if self._key_file_rescue is None:
            from lifeline_desktop.ui.unlock.key_file_rescue_page import KeyFileRescuePage

            self._key_file_rescue = KeyFileRescuePage(self._runner)
            self._key_file_rescue.done.connect(self._key_file_rescued)
            self._key_file_rescue.damaged.connect(self._show_damaged)
            self._key_file_rescue.back.connect(self._show_unlock)
        return self._key_file_rescue

    # --- start-up -----------------------------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return Path(self.preferences.vault_folder) if self.preferences.vault_folder else self._default_folder

    def start(self) -> None:
        """Shows the first screen now; the services load right after, off the GUI thread."""
        if self._demo is not None:
            self.unlock.busy.start(self.tr("Preparing the demo vault…"))
            self.window.show_screen(self.unlock)
        elif self._looks_like_first_run():
            self._show_wizard()
        else:
            self.window.show_screen(self.unlock)
            self.unlock.passphrase.setFocus()  # typing works at once, while the services load

    def load(self) -> None:
        """Import the services and read the vault's tiles (call once the window is on screen)."""
        self._load_gate(self.folder, self._demo.banner if self._demo else None)

    def _looks_like_first_run(self) -> bool:
        folder = self.folder
        return not folder.is_dir() or not any(folder.iterdir())

    def _load_gate(self, folder: Path, banner: Callable[[], str] | None = None) -> None:
        open_gate = self._open_gate

        def load() -> _Loaded:
            gate = open_gate(folder)
            text = banner() if banner is not None else ""
            if not gate.exists():
                return _Loaded(gate, False, [], None, None, text)
            try:
                return _Loaded(gate, True, gate.tiles(), gate.remembered_status(), None, text)
            except LifelineError as problem:
                return _Loaded(gate, True, [], None, problem, text)

        self._runner.run(load, self._loaded, self._load_failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self._gate = loaded.gate
        self.unlock.busy.stop()
        if not loaded.exists or loaded.problem is not None:
            self.unlock.drop_waiting_unlock()
        if loaded.banner:
            self.unlock.show_banner(loaded.banner)
        if not loaded.exists:
            self._show_wizard()
            return
        if loaded.problem is not None:
            self._show_damaged(loaded.problem)
            return
        self.unlock.set_gate(loaded.gate, loaded.tiles)
        self._tiles = loaded.tiles
        if self._recovery is not None:
            self._recovery.set_gate(loaded.gate, loaded.tiles)
        if loaded.keyring is not None:
            self.unlock.set_keyring_status(loaded.keyring)
        showing_damage = self._damaged is not None and self.window.current_screen is self._damaged
        if self._session is None and not showing_damage and self.window.current_screen is not self.unlock:
            self._show_unlock()  # (already showing: keep what was typed while the services loaded)
        if self._next_unlock_message:
            self.unlock.message.setText(self._next_unlock_message)
            self._next_unlock_message = ""
        self.gate_ready.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.unlock.drop_waiting_unlock()
        self.unlock.busy.stop()
        self.window.show_screen(self.unlock)
        self.unlock.message.setText(describe(error))

    # --- screens ------------------------------------------------------------------------------------------
    def _show_wizard(self) -> None:
        if self._wizard is None:
            from lifeline_desktop.ui.setup.wizard import SetupWizard  # first run only: not on the start-up path

            self._wizard = SetupWizard(self._runner, self._open_gate, self.folder)
            self._wizard.completed.connect(self._wizard_done)
        self.window.show_screen(self._wizard)

    def _wizard_done(self, gate: VaultGate, session: Session) -> None:
        if gate.folder != self.folder:
            self._update_preferences(replace(self.preferences, vault_folder=str(gate.folder)))
        if self._wizard is not None:
            self.window.remove_screen(self._wizard)
            self._wizard = None
        self._gate = gate
        # Both partners are still at the screen: nobody's session stays open, and each opens it with their own.
        self._runner.run(session.lock)
        del session
        self._next_unlock_message = self.tr("Your vault is ready. Each of you opens it with your own passphrase: "
                                            "choose your tile.")
        self._load_gate(gate.folder)  # the tiles, then the unlock screen

    def _show_unlock(self) -> None:
        self.window.show_screen(self.unlock)
        self.unlock.reset()

    def _show_recovery(self) -> None:
        self.recovery.start(self.unlock.tiles.selected_slot())
        self.window.show_screen(self.recovery)

    def _show_damaged(self, error: LifelineError) -> None:
        if self._gate is None:
            return
        if not isinstance(error, VaultDamaged | KeyFileProblem):
            self.unlock.message.setText(describe(error))
            return
        self._key_file_lost = isinstance(error, KeyFileProblem)
        self.damaged.show_problem(self._gate, error)
        self.window.show_screen(self.damaged)

    def _recover_from_damage(self) -> None:
        if not self._key_file_lost or self._gate is None:
            self._show_recovery()
            return
        self.key_file_rescue.start(self._gate)
        self.window.show_screen(self.key_file_rescue)

    def _key_file_rescued(self, message: str) -> None:
        self._key_file_lost = False
        self._next_unlock_message = message
        self._show_unlock()
        if self._gate is not None:
            self._load_gate(self._gate.folder)  # the tiles come from the new key file

    def _damage_found(self, error: VaultDamaged) -> None:
        """Damage met by any work while the vault is open: lock first (the restore needs the vault free), then
        offer the backup. Damage met while unlocking is the unlock page's to show."""
        if self._session is None:
            return
        self.lock()
        self._show_damaged(error)

    def _after_restore(self) -> None:
        self._show_unlock()
        self.unlock.message.setText(self.tr("The backup is restored. Open it with your passphrase."))

    # --- open and lock ------------------------------------------------------------------------------------
    def _build_empty_home(self) -> HomeView:
        """While the passphrase is checked (the KDF: about half a second on the vault thread, which lets go of the
        interpreter meanwhile) the home view and Today's page are built and laid out in the window, hidden and
        holding nothing of the vault. Once the passphrase opens it, only the names and Today's content are left to
        show. Kept for the next try if the passphrase was wrong."""
        if self._empty_home is None:
            from lifeline_desktop.ui.shell.home import HomeView  # after the first Enter: off the start-up path

            self._empty_home = HomeView(self._runner)
            self.window.add_screen(self._empty_home)
        return self._empty_home

    def _opened(self, session: Session) -> None:
        self._session = session
        home = self._build_empty_home()  # built already, unless opened another way (recovery key, set-up wizard)
        self._empty_home = None
        self._home = home
        home.lock_requested.connect(self.lock)
        home.switch_requested.connect(self.switch_partner)
        home.settings_requested.connect(self.open_settings)
        home.talking.connect(self._idle.set_talking)
        home.open(session)
        self.window.show_screen(home)
        self._home.navigation.setFocus()
        self._idle.set_minutes(self.preferences.auto_lock_minutes)
        self._idle.start()
        self.session_opened.emit()
        self._upkeep.start(session)

    def _upkeep_status(self, session: Session) -> UpkeepStatus | None:
        """The sidebar's status line for the day's check and backup, while `session` is the open one."""
        return self._home.upkeep_status if self._session is session and self._home is not None else None

    @property
    def is_open(self) -> bool:
        return self._session is not None

    def lock(self, *, select_other: bool = False) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        self._idle.stop()
        self._upkeep.cancel()
        settings, self._settings = self._settings, None
        if settings is not None:
            settings.close()  # its finished signal lands in _settings_closed, which finds nothing to do
            settings.deleteLater()
        if self._home is not None:
            self._home.release()
            self.window.remove_screen(self._home)
            self._home = None
        self.unlock.prefer(session.partner.other if select_other else session.partner)
        self._show_unlock()
        gate = self._gate
        self._runner.run(session.lock)  # the engine is disposed and the keys wiped, on the vault thread
        del session
        if gate is not None:
            self._runner.run(gate.remembered_status, self.unlock.set_keyring_status, lambda _e: None)
        self.locked.emit()

    def switch_partner(self) -> None:
        self.lock(select_other=True)

    # --- settings -----------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        if self._session is None or self._settings is not None:
            return
        from lifeline_desktop.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self._session, self.folder, self.preferences, self._runner, self._open_gate,
                                self.window, self._home.changes if self._home is not None else None)
        dialog.preferences_changed.connect(self._update_preferences)
        dialog.restored.connect(self._restored_from_settings)
        dialog.vault_changed.connect(self._vault_changed)
        dialog.finished.connect(self._settings_closed)
        self._settings = dialog
        dialog.open()

    def _settings_closed(self) -> None:
        if self._settings is not None:
            self._settings.deleteLater()
            self._settings = None

    def _restored_from_settings(self) -> None:
        self._settings = None
        self.lock()
        self.unlock.message.setText(self.tr("The backup is restored. Open it with your passphrase."))

    def _vault_changed(self, gate: VaultGate) -> None:
        self._settings = None
        self.lock()
        self._update_preferences(replace(self.preferences, vault_folder=str(gate.folder)))
        self._load_gate(gate.folder)

    def _update_preferences(self, preferences: Preferences) -> None:
        old, self.preferences = self.preferences, preferences
        if (preferences.theme, preferences.text_size) != (old.theme, old.text_size):
            self._apply_theme(preferences.theme, preferences.text_size)
        self._idle.set_minutes(preferences.auto_lock_minutes)
        save = self._save_preferences
        self._runner.run(lambda: save(preferences), None, lambda e: self.unlock.message.setText(describe(e)))

    # --- for tests: what the window can still reach -------------------------------------------------------
    def reachable_session(self) -> Session | None:
        return self._session

    @property
    def home(self) -> HomeView | None:
        return self._home

    @property
    def wizard(self) -> SetupWizard | None:
        return self._wizard

    @property
    def settings(self) -> SettingsDialog | None:
        return self._settings

    @property
    def upkeep(self) -> UpkeepRun:
        return self._upkeep
