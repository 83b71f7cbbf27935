"""The first-run wizard: a stack of pages with Back and Next. Creating the vault runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.card import card, error_label
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.setup.base import WizardPage
from lifeline_desktop.ui.setup.pages_intro import PartnersPage, WelcomePage
from lifeline_desktop.ui.setup.pages_keys import ConfirmKeyPage, RecoveryKeyPage, RememberPage
from lifeline_desktop.ui.setup.pages_secrets import LocationPage, PassphrasesPage
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session, VaultGate
    from lifeline_desktop.services.vault.views import KeyringStatus

GateFactory = Callable[[Path], "VaultGate"]


class SetupWizard(QWidget):
    completed = Signal(object, object)  # VaultGate, Session

    def __init__(self, runner: Runner, open_gate: GateFactory, default_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._open_gate = open_gate
        self._gate: VaultGate | None = None
        self._session: Session | None = None
        self._working = False

        self.welcome = WelcomePage(self)
        self.partners = PartnersPage(self)
        self.passphrases = PassphrasesPage(self)
        self.location = LocationPage(default_folder, self)
        self.key_page = RecoveryKeyPage(self)
        self.confirm = ConfirmKeyPage(self)
        self.remember = RememberPage(self)
        self.pages: list[WizardPage] = [self.welcome, self.partners, self.passphrases, self.location,
                                        self.key_page, self.confirm, self.remember]
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
            page.changed.connect(self._update)

        self.step = QLabel(self)
        self.step.setProperty("role", "muted")
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("What is still needed"))
        self.message = error_label(self)
        self.busy = BusyIndicator(self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setProperty("role", "primary")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)

        buttons = QHBoxLayout()
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        frame, inner = card(self, max_width=defs.WIZARD_CARD_MAX_WIDTH, roomy=True)
        frame.setMinimumWidth(defs.WIZARD_CARD_MIN_WIDTH)
        inner.addWidget(self.stack, 1)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)
        inner.addWidget(self.hint)
        inner.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        layout.addWidget(frame, 1, Qt.AlignmentFlag.AlignHCenter)
        self._show(0)

    # --- navigation -------------------------------------------------------------------------------------
    @property
    def current(self) -> WizardPage:
        page = self.stack.currentWidget()
        assert isinstance(page, WizardPage)
        return page

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.message.clear()
        self.step.setText(fill(self.tr("Step %1 of %2"), str(index + 1), str(len(self.pages))))
        self.current.entered()
        self._update()

    def go_next(self) -> None:
        page = self.current
        if self._working or not page.is_complete():
            self._update()
            return
        if page is self.partners:
            self.passphrases.set_partners(*self.partners.parties())
        if page is self.location:
            self._create()
            return
        if page is self.remember:
            self._finish()
            return
        self._show(self.stack.currentIndex() + 1)

    def go_back(self) -> None:
        index = self.stack.currentIndex()
        if self._working or index == 0 or self.current is self.key_page:
            return  # once the vault exists, there is no going back to before it
        self._show(index - 1)

    def _update(self) -> None:
        page = self.current
        self.hint.setText(page.problem())
        self.next_button.setEnabled(page.is_complete() and not self._working)
        self.back_button.setEnabled(
            not self._working and self.stack.currentIndex() > 0 and page is not self.key_page
        )
        if page is self.location:
            self.next_button.setText(self.tr("&Create the vault"))
        elif page is self.remember:
            self.next_button.setText(self.tr("&Finish"))
        else:
            self.next_button.setText(self.tr("&Next"))

    # --- the slow parts, off the GUI thread -------------------------------------------------------------
    def _create(self) -> None:
        (name_a, name_b) = self.partners.names()
        colour_a, colour_b = self.partners.colour_a.colour(), self.partners.colour_b.colour()
        pass_a, pass_b = self.passphrases.passphrase(PartnerSlot.A), self.passphrases.passphrase(PartnerSlot.B)
        folder, shared, open_gate = self.location.folder(), self.location.shared, self._open_gate

        def create() -> tuple[VaultGate, Session, str, KeyringStatus]:
            from lifeline_desktop.services.vault.views import PartnerSetup

            gate = open_gate(folder)
            session, key = gate.create(
                PartnerSetup(name_a, pass_a, colour_a), PartnerSetup(name_b, pass_b, colour_b),
                shared_between_accounts=shared,
            )
            return gate, session, key, gate.keyring_status()

        self._set_working(True, self.tr("Creating your vault… this takes a few seconds."))
        self._runner.run(create, self._created, self._failed)

    def _created(self, result: tuple[VaultGate, Session, str, KeyringStatus]) -> None:
        self._gate, self._session, key, status = result
        self.passphrases.clear()
        self.key_page.view.set_key(key)
        self.confirm.set_key(key)
        self.remember.set_status(status)
        self._set_working(False)
        self._show(self.pages.index(self.key_page))

    def _finish(self) -> None:
        session, gate = self._session, self._gate
        if session is None or gate is None:
            return
        if self.remember.remember.isChecked():
            self._set_working(True, self.tr("Saving the key in the system keyring…"))
            self._runner.run(lambda: session.set_remembered(True), lambda _r: self._done(), self._failed, owner=self)
        else:
            self._done()

    def _done(self) -> None:
        self._set_working(False)
        session, gate = self._session, self._gate
        self._session = None
        self._gate = None
        self.key_page.view.clear()
        self.confirm.set_key("")
        self.completed.emit(gate, session)

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        self.message.setText(describe(error))

    def _set_working(self, working: bool, text: str = "") -> None:
        self._working = working
        if working:
            self.busy.start(text)
        else:
            self.busy.stop()
        self._update()
