"""Change my passphrase: the old one, then the new one twice. Runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.dialogs import name_buttons
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.passphrase_pair import PassphrasePair
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change my passphrase"))
        self._session = session
        self._runner = runner
        self.old = QLineEdit(self)
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setAccessibleName(self.tr("Current passphrase"))
        self.old.setMinimumWidth(defs.FIELD_WIDTH)
        self.new = PassphrasePair(self.tr("you"), self)
        self.message = QLabel(self)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Change"))
        self.ok.setAccessibleName(self.tr("Change the passphrase"))
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.old)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("New passphrase"), self))
        layout.addWidget(self.new)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.old.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.old.text()) and self.new.is_acceptable() and not self.busy.isVisible())

    def _change(self) -> None:
        if not self.ok.isEnabled():
            return
        session, old, new = self._session, self.old.text(), self.new.passphrase()
        self.busy.start(self.tr("Changing your passphrase…"))
        self._update()
        self._runner.run(lambda: session.change_passphrase(old, new), self._changed, self._failed)

    def _changed(self, _result: object) -> None:
        self.busy.stop()
        self.old.clear()
        self.new.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.message.setText(describe(error))
        self._update()
