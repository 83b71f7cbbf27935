"""Settings (Ctrl+,): security, backups, vault location, appearance. Slow work goes to the runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.dialogs import ask, name_buttons
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.progress import WorkProgress
from lifeline_desktop.ui.common.text import date_time, fill
from lifeline_desktop.ui.operations import PARTNERS, ChangeBus
from lifeline_desktop.ui.preferences import Preferences
from lifeline_desktop.ui.settings.appearance_tab import AppearanceTab
from lifeline_desktop.ui.settings.backup_keeping import BackupKeeping
from lifeline_desktop.ui.settings.backups_model import BackupTableModel
from lifeline_desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from lifeline_desktop.ui.settings.people_tab import PeopleTab
from lifeline_desktop.ui.settings.recovery_key_dialog import RecoveryKeyDialog
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import BackupInfo, Session, VaultGate
    from lifeline_desktop.services.vault.views import KeyringStatus

GateFactory = Callable[[Path], "VaultGate"]


class SettingsDialog(QDialog):
    preferences_changed = Signal(object)  # Preferences
    restored = Signal()  # the session is locked now; show the unlock screen
    vault_changed = Signal(object)  # the VaultGate of another existing vault folder

    def __init__(self, session: Session, folder: Path, preferences: Preferences, runner: Runner,
                 open_gate: GateFactory, parent: QWidget | None = None, bus: ChangeBus | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(640, 500)
        self._session: Session | None = session
        self._runner = runner
        self._open_gate = open_gate
        self._prefs = preferences
        self._folder = folder
        self._bus = bus  # told when a name or colour changed, so every page shows the new one
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._security_tab(), self.tr("&Security"))
        self.tabs.addTab(self._backups_tab(), self.tr("&Backups"))
        self.tabs.addTab(self._vault_tab(), self.tr("&Vault"))
        self.people = PeopleTab(session, self._run, self)
        self.people.saved.connect(self._partners_saved)
        self.tabs.addTab(self.people, self.tr("&Who we are"))
        self.appearance = AppearanceTab(preferences, self)
        self.appearance.chosen.connect(lambda name, value: self._set_prefs(replace(self._prefs, **{name: value})))
        self.tabs.addTab(self.appearance, self.tr("&Appearance"))
        self.busy = BusyIndicator(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._refresh_keyring()
        self._refresh_backups()

    # --- tabs ---------------------------------------------------------------------------------------------
    def _security_tab(self) -> QWidget:
        tab = QWidget(self)
        self.auto_lock = QComboBox(tab)
        self.auto_lock.setAccessibleName(self.tr("Lock after idle time"))
        for minutes in defs.AUTO_LOCK_CHOICES:
            text = self.tr("Never") if minutes == 0 else self.tr("After %n minutes", "", minutes)
            self.auto_lock.addItem(text, minutes)
        self._select_auto_lock(self._prefs.auto_lock_minutes)
        self.auto_lock.activated.connect(self._auto_lock_chosen)

        self.remember = QCheckBox(self.tr("Remember the vault on this computer"), tab)
        self.remember.setAccessibleName(self.tr("Remember the vault on this computer"))
        self.remember.setEnabled(False)
        self.remember.clicked.connect(self._remember_clicked)
        self.keyring_reason = QLabel(self.tr("Checking the system keyring…"), tab)
        self.keyring_reason.setWordWrap(True)
        self.keyring_reason.setProperty("role", "muted")
        self.keyring_reason.setAccessibleName(self.tr("Keyring state"))

        self.change_passphrase = QPushButton(self.tr("Change my &passphrase…"), tab)
        self.change_passphrase.setAccessibleName(self.tr("Change my passphrase"))
        self.change_passphrase.clicked.connect(self._open_change_passphrase)
        self.rotate = QPushButton(self.tr("Make a &new recovery key…"), tab)
        self.rotate.setAccessibleName(self.tr("Make a new recovery key"))
        self.rotate.clicked.connect(self._confirm_rotate)

        form = QFormLayout(tab)
        form.setVerticalSpacing(defs.SPACING)
        form.addRow(self.tr("Lock automatically"), self.auto_lock)
        form.addRow(self.remember)
        form.addRow(self.keyring_reason)
        form.addRow(self.tr("Passphrase"), self.change_passphrase)
        form.addRow(self.tr("Recovery key"), self.rotate)
        return tab

    def _backups_tab(self) -> QWidget:
        tab = QWidget(self)
        self.backups_model = BackupTableModel()
        self.backups_view = QTableView(tab)
        self.backups_view.setModel(self.backups_model)
        self.backups_view.setAccessibleName(self.tr("Backups"))
        self.backups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_view.verticalHeader().hide()
        self.backups_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.back_up_now = QPushButton(self.tr("Back &up now"), tab)
        self.back_up_now.setAccessibleName(self.tr("Back up now"))
        self.back_up_now.clicked.connect(self._back_up_now)
        self.restore = QPushButton(self.tr("&Restore the selected backup…"), tab)
        self.restore.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore.clicked.connect(self._confirm_restore)
        note = QLabel(self.tr("Backups are encrypted like the vault and kept in its folder."), tab)
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        self.keeping = BackupKeeping(tab)
        self.keeping.keep_changed.connect(self._keep_daily)
        row = QHBoxLayout()
        row.addWidget(self.back_up_now)
        row.addStretch(1)
        row.addWidget(self.restore)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.backups_view, 1)
        layout.addWidget(note)
        layout.addWidget(self.keeping)
        layout.addLayout(row)
        return tab

    def _vault_tab(self) -> QWidget:
        tab = QWidget(self)
        self.folder_label = QLabel(str(self._folder), tab)
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Vault folder"))
        self.choose_folder = QPushButton(self.tr("Use an&other vault folder…"), tab)
        self.choose_folder.setAccessibleName(self.tr("Use another vault folder"))
        self.choose_folder.clicked.connect(self._choose_folder)
        note = QLabel(self.tr("Choose a folder that already holds a Lifeline vault, for example one shared by "
                              "two computer accounts. Lifeline locks and opens that vault instead."), tab)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Your vault is in:"), tab))
        layout.addWidget(self.folder_label)
        layout.addWidget(self.choose_folder)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    # --- helpers ------------------------------------------------------------------------------------------
    def _partners_saved(self) -> None:
        self.message.setText(self.tr("Saved. Every screen shows your new name and colour."))
        if self._bus is not None:
            self._bus.announce({PARTNERS}, self)

    def _set_prefs(self, prefs: Preferences) -> None:
        self._prefs = prefs
        self.preferences_changed.emit(prefs)

    def _run(self, text: str, fn: Callable[[], object], done: Callable[[object], None], why_not: str = "") -> None:
        """Slow work on the vault thread, under the busy line; with `why_not`, under a progress dialog that says
        why this work cannot be stopped halfway (a backup, a restore)."""
        self.message.clear()
        progress = WorkProgress(self, text, why_not=why_not) if why_not else None
        if progress is None:
            self.busy.start(text)

        def ended() -> None:
            self.busy.stop()
            if progress is not None:
                progress.finish()

        def finished(result: object) -> None:
            ended()
            done(result)

        def failed(error: BaseException) -> None:
            ended()
            self.message.setText(describe(error))

        self._runner.run(fn, finished, failed, owner=self)

    # --- auto-lock ----------------------------------------------------------------------------------------
    def _select_auto_lock(self, minutes: int) -> None:
        index = self.auto_lock.findData(minutes)
        if index < 0:
            self.auto_lock.addItem(self.tr("After %n minutes", "", minutes), minutes)
            index = self.auto_lock.count() - 1
        self.auto_lock.setCurrentIndex(index)

    def _auto_lock_chosen(self, _index: int) -> None:
        minutes = int(self.auto_lock.currentData())
        if minutes == 0:
            self._select_auto_lock(self._prefs.auto_lock_minutes)
            ask(self, self.tr("Never lock automatically?"),
                self.tr("Anyone who sits down at this computer while Lifeline is open could read your shared "
                        "journal and plans."),
                self.tr("Never lock"), self._never_lock,
                informative=self.tr("You can still lock at any time with Ctrl+L."),
                no_text=self.tr("Keep locking"))
            return
        self._set_prefs(replace(self._prefs, auto_lock_minutes=minutes))

    def _never_lock(self) -> None:
        self._select_auto_lock(0)
        self._set_prefs(replace(self._prefs, auto_lock_minutes=0))

    # --- keyring ------------------------------------------------------------------------------------------
    def _refresh_keyring(self) -> None:
        session = self._session
        if session is not None:
            self._runner.run(session.keyring_status, self._show_keyring, lambda e: self._show_keyring(None))

    def _show_keyring(self, status: KeyringStatus | None) -> None:
        if status is None:
            self.remember.setEnabled(False)
            self.keyring_reason.setText(self.tr("The system keyring could not be checked."))
            return
        self.remember.setEnabled(status.available)
        self.remember.setChecked(status.available and status.remembered)
        if not status.available:
            self.keyring_reason.setText(fill(self.tr("Not available here: %1"), status.reason))
        else:
            self.keyring_reason.setText(self.tr(
                "When on, anyone using this computer account can open your shared vault without a "
                "passphrase (not your private spaces)."))

    def _remember_clicked(self, on: bool) -> None:
        self.remember.setChecked(not on)  # the state follows the keyring, after confirming
        if on:
            ask(self, self.tr("Remember on this computer?"),
                self.tr("Anyone using this computer account can then open your shared vault."),
                self.tr("Remember"), lambda: self._set_remembered(True),
                informative=self.tr("Leave it off if children, relatives or guests use this account."),
                no_text=self.tr("Leave it off"))
        else:
            self._set_remembered(False)

    def _set_remembered(self, on: bool) -> None:
        session = self._session
        if session is None:
            return

        def work() -> KeyringStatus:
            session.set_remembered(on)
            return session.keyring_status()

        self._run(self.tr("Talking to the system keyring…"), work, self._show_keyring)  # type: ignore[arg-type]

    # --- passphrase and recovery key ----------------------------------------------------------------------
    def _open_change_passphrase(self) -> None:
        session = self._session
        if session is None:
            return
        self.passphrase_dialog = ChangePassphraseDialog(session, self._runner, self)
        self.passphrase_dialog.accepted.connect(
            lambda: self.message.setText(self.tr("Your passphrase is changed. Use the new one from now on."))
        )
        self.passphrase_dialog.open()

    def _confirm_rotate(self) -> None:
        ask(self, self.tr("Make a new recovery key?"),
            self.tr("Lifeline will make a new recovery key and the old one will stop working."),
            self.tr("Make a new key"), self._rotate,
            informative=self.tr("Your passphrases keep working. Backups made before now still open with the "
                                "old key."), no_text=self.tr("Keep the current key"))

    def _rotate(self) -> None:
        session = self._session
        if session is None:
            return
        self._run(self.tr("Making a new recovery key…"), session.rotate_master_key, self._show_new_key)

    def _show_new_key(self, key: object) -> None:
        self.key_dialog = RecoveryKeyDialog(str(key), self)
        self.key_dialog.open()
        self._refresh_backups()

    # --- backups ------------------------------------------------------------------------------------------
    def _refresh_backups(self) -> None:
        session = self._session
        if session is not None:
            self._runner.run(lambda: (session.backups(), session.daily_backups_kept()), self._show_backups,
                             lambda e: self.message.setText(describe(e)))

    def _show_backups(self, state: tuple[list[BackupInfo], int]) -> None:
        backups, daily_kept = state
        self.keeping.show_state(backups, daily_kept)
        self.backups_model.set_backups(backups)
        self.restore.setEnabled(bool(backups))
        if backups and not self.backups_view.selectionModel().hasSelection():
            self.backups_view.selectRow(0)

    def _keep_daily(self, count: int) -> None:
        session = self._session
        if session is not None:
            self._run(self.tr("Saving…"), lambda: session.keep_daily_backups(count), lambda _r: self._refresh_backups())

    def _back_up_now(self) -> None:
        session = self._session
        if session is None:
            return
        self._run(self.tr("Backing up…"), session.back_up_now, lambda _b: self._backed_up(), self.tr(
            "A backup is one careful copy made in one go; stopping halfway would only leave a broken copy."))

    def _backed_up(self) -> None:
        self.message.setText(self.tr("Backed up."))
        self._refresh_backups()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.backups_view.selectionModel().selectedRows()
        return self.backups_model.backup(rows[0].row()) if rows else None

    def _confirm_restore(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        when = date_time(backup.created.astimezone())
        ask(self, self.tr("Restore this backup?"),
            fill(self.tr("Restore the backup from %1?"), when),
            self.tr("Restore this backup"), lambda: self._restore(backup), no_text=self.tr("Not now"),
            informative=self.tr("Anything written after it will not be in the restored vault; the current "
                                "file is kept aside, not deleted. Lifeline locks, and you open it again."))

    def _restore(self, backup: BackupInfo) -> None:
        session = self._session
        if session is None:
            return
        self._run(self.tr("Restoring…"), lambda: session.restore_backup(backup), lambda _r: self._restored(),
                  self.tr("This cannot stop halfway: Lifeline is putting the backup in place of the vault's file, "
                          "and the current file is kept aside."))

    def _restored(self) -> None:
        self._session = None
        self.restored.emit()
        self.accept()

    # --- vault folder -------------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a vault folder"), str(self._folder))
        if folder:
            self.use_folder(Path(folder))

    def use_folder(self, folder: Path) -> None:
        open_gate = self._open_gate

        def check() -> VaultGate | None:
            gate = open_gate(folder)
            return gate if gate.exists() else None

        self._run(self.tr("Looking for a vault there…"), check, self._folder_checked)

    def _folder_checked(self, gate: object) -> None:
        if gate is None:
            self.message.setText(self.tr("There is no Lifeline vault in that folder. Nothing was changed."))
            return
        self._session = None
        self.vault_changed.emit(gate)
        self.accept()

    def done(self, result: int) -> None:
        self._session = None  # this dialog never outlives the session it was given
        self.people.release()
        super().done(result)
