"""A damaged vault or an unreadable key file: say what was found, offer the latest good backup or the
recovery key. Never a traceback, never a delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.domain.errors import KeyFileProblem, LifelineError, VaultDamaged
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.card import card, error_label
from lifeline_desktop.ui.common.dialogs import ask
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import date_time, fill
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import BackupInfo, VaultGate


class DamagedPage(QWidget):
    restored = Signal()
    use_recovery_key = Signal()
    back = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._gate: VaultGate | None = None
        self._backup: BackupInfo | None = None

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName(self.tr("What happened"))
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        self.findings.setProperty("role", "warning")
        self.findings.setAccessibleName(self.tr("What was found"))
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offer = QLabel(self)
        self.offer.setWordWrap(True)
        self.offer.setAccessibleName(self.tr("What you can do"))
        self.message = error_label(self)
        self.busy = BusyIndicator(self)

        self.restore_button = QPushButton(self.tr("&Restore this backup…"), self)
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setAccessibleName(self.tr("Restore the latest good backup"))
        self.restore_button.clicked.connect(self._confirm_restore)
        self.recovery_button = QPushButton(self.tr("Use the &recovery key"), self)
        self.recovery_button.setAccessibleName(self.tr("Use the recovery key"))
        self.recovery_button.clicked.connect(self.use_recovery_key)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the unlock screen"))
        self.back_button.clicked.connect(self.back)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        buttons.addWidget(self.restore_button)

        frame, inner = card(self)
        for w in (self.title, self.explain, self.findings, self.offer, self.busy, self.message):
            inner.addWidget(w)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_problem(self, gate: VaultGate, error: LifelineError) -> None:
        self._gate = gate
        self._backup = None
        self.message.clear()
        if isinstance(error, KeyFileProblem):
            self.title.setText(self.tr("The key file cannot be read"))
            self.explain.setText(str(error))
            self.findings.hide()
            self.offer.setText(self.tr(
                "Your data is still there. The recovery key you printed or saved at set-up opens the shared "
                "vault without the key file, and lets you set a new passphrase."
            ))
            self.restore_button.hide()
            self.recovery_button.show()
            self.recovery_button.setFocus()
            return
        findings = error.findings if isinstance(error, VaultDamaged) else []
        self.title.setText(self.tr("Your vault needs a repair"))
        self.explain.setText(str(error) + " " + self.tr("Nothing has been deleted."))
        self.findings.setText("\n".join("• " + f for f in findings) or self.tr("No details were reported."))
        self.findings.show()
        self.recovery_button.hide()
        self.restore_button.hide()
        self.offer.setText(self.tr("Looking for backups…"))
        self._runner.run(gate.backups, self._got_backups, self._failed)

    def _got_backups(self, backups: list[BackupInfo]) -> None:
        if not backups:
            self.offer.setText(self.tr("No backup was found in the vault folder. Keep the folder as it is and "
                                       "ask someone you trust for help; nothing will be deleted."))
            return
        self._backup = backups[0]
        when = date_time(self._backup.created.astimezone())
        self.offer.setText(fill(self.tr(
            "The latest backup is from %1. Restoring it brings back everything up to that moment; the damaged "
            "file is kept aside, not deleted."
        ), when))
        self.restore_button.show()
        self.restore_button.setFocus()

    def _confirm_restore(self) -> None:
        if self._backup is None:
            return
        ask(self, self.tr("Restore the backup?"), self.tr("Restore the latest backup now?"),
            self.tr("Restore"), self._restore,
            informative=self.tr("Anything written after that backup will not be in the restored vault."),
            no_text=self.tr("Not now"))

    def _restore(self) -> None:
        gate, backup = self._gate, self._backup
        if gate is None or backup is None:
            return
        self.restore_button.setEnabled(False)
        self.busy.start(self.tr("Restoring the backup…"))
        self._runner.run(lambda: gate.restore_backup(backup), self._restored, self._failed)

    def _restored(self, _result: object) -> None:
        self.busy.stop()
        self.restore_button.setEnabled(True)
        self.restored.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.restore_button.setEnabled(True)
        self.message.setText(describe(error))
