"""Consent of both partners (DESIGN.md 4a): each confirms, in their own turn, with their own passphrase.

Built once for everything that leaves the encryption with both partners' words in it (the keepsake book, the full
export; later the check-up's summary and more). `ConsentFlow` runs one `TurnScreen` per partner, in order. In each,
the partner reads what will be made, types their passphrase and agrees; `verify(slot, passphrase)` runs OFF the GUI
thread (it is the key derivation, about half a second) as an operation (ui/operations.py). A wrong passphrase keeps
the turn open with a calm message; "Not now" from either partner stops the whole flow (`declined`). When every
partner agreed, `agreed` carries their consent tokens, which the service checks again before making anything.

    flow = ConsentFlow(ops, [ConsentParty(PartnerSlot.A, "Sam", "Alex", "#c8643b"), ...],
                       what="Make “Our year” as a PDF …", verify=lambda slot, p: session.verify_partner_passphrase(
                           slot, p, ConsentPurpose.KEEPSAKE))
    flow.agreed.connect(make_the_book)
    flow.start(window)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.common.turns import TURN_TEXT_WIDTH, TurnParty, TurnScreen, fit_wrapped
from lifeline_desktop.ui.operations import Operations

Verify = Callable[[PartnerSlot, str], Any]  # returns that partner's consent token; raises on a wrong passphrase


@dataclass(frozen=True)
class ConsentParty:
    slot: PartnerSlot
    name: str
    other_name: str
    colour: str


class PassphraseConsent(QWidget):
    """One partner's part: what will be made, their passphrase, and "I agree"."""

    agree = Signal(str)

    def __init__(self, party: ConsentParty, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent-form")
        question = QLabel(fill(self.tr("%1, do you agree?"), party.name), self)
        question.setProperty("role", "subtitle")
        explanation = QLabel(what, self)
        explanation.setObjectName("consent-what")
        explanation.setWordWrap(True)
        fit_wrapped(explanation, TURN_TEXT_WIDTH - 2 * defs.SPACING)
        self.field = QLineEdit(self)
        self.field.setObjectName("consent-passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(fill(self.tr("%1's passphrase"), party.name))
        self.field.setAccessibleName(fill(self.tr("Passphrase of %1"), party.name))
        self.button = QPushButton(self.tr("I agree"), self)
        self.button.setObjectName("consent-agree")
        self.message = QLabel(self)
        self.message.setObjectName("consent-message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(question)
        layout.addWidget(explanation)
        layout.addWidget(self.field)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        self.button.clicked.connect(self._agree)
        self.field.returnPressed.connect(self._agree)

    def _agree(self) -> None:
        if not self.field.text():
            self.message.setText(self.tr("Type your passphrase to agree, or step back with “Not now”."))
            return
        self.set_busy(True)
        self.agree.emit(self.field.text())

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.field.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking…"))

    def refused(self, text: str) -> None:
        self.set_busy(False)
        self.field.clear()
        self.field.setFocus()
        self.message.setText(text)


class ConsentFlow(QObject):
    agreed = Signal(object)  # tuple of consent tokens, one per party
    declined = Signal()

    def __init__(self, ops: Operations, parties: Sequence[ConsentParty], what: str, verify: Verify,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parties = list(parties)
        self._what = what
        self._verify = verify
        self._tokens: list[Any] = []
        self._window: QWidget | None = None
        self.current: TurnScreen | None = None

    def start(self, window: QWidget) -> None:
        self._window = window
        self._tokens = []
        self._next()

    def _next(self) -> None:
        assert self._window is not None
        if len(self._tokens) == len(self._parties):
            self.current = None
            self.agreed.emit(tuple(self._tokens))
            return
        party = self._parties[len(self._tokens)]
        form = PassphraseConsent(party, self._what)
        turn = TurnScreen(TurnParty(party.name, party.other_name, party.colour), form)
        form.agree.connect(lambda passphrase, p=party, f=form, t=turn: self._check(p, passphrase, f, t))
        turn.cancelled.connect(self._cancelled)
        turn.finished.connect(self._next)
        self.current = turn
        turn.cover(self._window)

    def _check(self, party: ConsentParty, passphrase: str, form: PassphraseConsent, turn: TurnScreen) -> None:
        verify = self._verify

        def done(token: object) -> None:
            self._tokens.append(token)
            form.field.clear()
            turn.end_turn()

        def failed(error: BaseException) -> None:
            form.refused(describe(error))

        self._ops.query(lambda _session: verify(party.slot, passphrase), done, failed, owner=form)

    def _cancelled(self) -> None:
        self._tokens = []
        self.current = None
        self.declined.emit()
