"""Change my passphrase, in my own turn: the dialog opens on "Sam's turn — Alex, look away" in my colour, then the
old passphrase and the new one twice, then a clear end of the turn. The change runs off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.passphrase_field import PassphraseField
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.common.turn_card import turn_card
from lifeline_desktop.ui.common.turns import TurnParty, TurnScreen
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.resize(*defs.WINDOW_SIZE)
        self._session = session
        self._runner = runner
        card, layout = turn_card(fill(self.tr("A new passphrase for you, %1"), session.partner_name))
        self.old = QLineEdit(card)
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setAccessibleName(self.tr("Current passphrase"))
        old_label = QLabel(self.tr("&Current passphrase"), card)
        old_label.setBuddy(self.old)
        self.new = PassphraseField("", card)
        self.new.set_related(session.partner_name, session.other_name)
        self.message = QLabel(card)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.busy = BusyIndicator(card)
        self.ok = QPushButton(self.tr("C&hange"), card)
        self.ok.setProperty("role", "primary")
        self.ok.setAccessibleName(self.tr("Change the passphrase"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._change)
        self.cancel = QPushButton(self.tr("Cancel"), card)
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        for widget in (old_label, self.old, self.new, self.busy, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.turn = TurnScreen(TurnParty(session.partner_name, session.other_name, session.partner_colour), card)
        self.turn.cancelled.connect(self.reject)
        self.turn.started.connect(self.old.setFocus)
        self.turn.finished.connect(self.accept)
        self.turn.cover(self)
        self.old.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self.old.returnPressed.connect(self.new.focus_first)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.old.text()) and self.new.is_acceptable() and self.busy.isHidden())

    def _change(self) -> None:
        if self.ok.isEnabled():
            self.new.confirm_weak(self._run_change)

    def _run_change(self) -> None:
        session, old, new = self._session, self.old.text(), self.new.passphrase()
        self.busy.start(self.tr("Changing your passphrase…"))
        self.message.clear()
        self._update()
        self._runner.run(lambda: session.change_passphrase(old, new), self._changed, self._failed)

    def _changed(self, _result: object) -> None:
        self.busy.stop()
        self.old.clear()
        self.new.clear()
        self.turn.end_turn()  # "Thank you, Sam. Alex, you can look again." — then the dialog closes

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.message.setText(describe(error))
        self._update()
