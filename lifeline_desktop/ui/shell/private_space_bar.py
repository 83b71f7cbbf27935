"""After opening from this computer's keyring, the partner's private space stays closed until their passphrase.

A calm bar above the pages says so and opens it in place: the passphrase runs through the KDF off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.operations import PRIVATE_SPACE, Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class PrivateSpaceBar(QFrame):
    opened = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None  # until `attach`
        self._ops = ops
        self.setProperty("role", "banner")
        self.text = QLabel(self.tr("Lifeline opened from this computer's keyring, so your private space is still "
                                   "closed. Your passphrase opens it."), self)
        self.text.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.passphrase.setAccessibleName(self.tr("Your passphrase, to open your private space"))
        self.passphrase.setMaximumWidth(defs.FIELD_WIDTH)
        self.open_button = QPushButton(self.tr("Open my private space"), self)
        self.open_button.setAccessibleName(self.tr("Open my private space"))
        self.message = QLabel(self)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(defs.MARGIN * 2, defs.SPACING, defs.MARGIN * 2, defs.SPACING)
        row.setSpacing(defs.SPACING)
        row.addWidget(self.text, 1)
        row.addWidget(self.passphrase)
        row.addWidget(self.open_button)
        row.addWidget(self.message)
        self.open_button.clicked.connect(self._open)
        self.passphrase.returnPressed.connect(self._open)
        self.hide()

    def attach(self, session: Session) -> None:
        """The vault opened: shown if it opened from the keyring, with the private space still closed."""
        self._session = session
        self.setVisible(not session.private_space_open)

    def _open(self) -> None:
        session, passphrase = self._session, self.passphrase.text()
        if session is None or not passphrase:
            return
        self.open_button.setEnabled(False)
        self.message.hide()
        self._ops.change(lambda s: s.open_private_space(passphrase), {PRIVATE_SPACE}, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.passphrase.clear()
        self.open_button.setEnabled(True)
        self.hide()
        self.opened.emit()

    def _failed(self, error: BaseException) -> None:
        self.passphrase.selectAll()
        self.open_button.setEnabled(True)
        self.message.setText(describe(error))
        self.message.show()

    def release(self) -> None:
        self._session = None
        self.passphrase.clear()
