"""The unlock screen: pick yourself, type your passphrase, Enter. The KDF runs off the GUI thread."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.errors import KeyFileProblem, VaultDamaged, WrongPassphrase
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.card import card, error_label
from lifeline_desktop.ui.common.layout import STRETCH, hbox, margins, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.unlock.backoff import Backoff
from lifeline_desktop.ui.unlock.tiles import PartnerTiles
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session, VaultGate
    from lifeline_desktop.services.vault.views import KeyringStatus, PartnerTile


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Session
    damaged = Signal(object)  # VaultDamaged or KeyFileProblem
    recovery_requested = Signal()
    starting = Signal()  # someone has started to unlock (typed, or picked their tile): time to get ready
    opening = Signal()  # the passphrase (or the remembered key) is being checked, on the vault thread

    def __init__(self, runner: Runner, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._gate: VaultGate | None = None
        self._backoff = Backoff(clock)
        self._preferred = PartnerSlot.A
        self._remembered = False
        self._working = False
        self._unlock_when_ready = False  # Enter pressed while the services were still loading
        self._prepared: VaultGate | None = None  # the gate asked to load its services (once, when unlocking starts)

        self.banner = QLabel(self)
        self.banner.setProperty("role", "warning")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Demo passphrases"))
        self.banner.hide()
        title = QLabel(self.tr("Welcome back"), self)
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        question = QLabel(self.tr("Who is opening Lifeline?"), self)
        question.setProperty("role", "muted")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tiles = PartnerTiles(self)
        self.tiles.selected.connect(self._tile_selected)
        for slot in PartnerSlot:
            self.tiles.button(slot).clicked.connect(self._prepare_gate)
        field_row = self._passphrase_row()
        self._status_lines()
        self._other_ways()
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(defs.WAIT_TICK_MS)
        self._wait_timer.timeout.connect(self.refresh_wait)

        centred = Qt.AlignmentFlag.AlignHCenter
        frame, inner = card(self, max_width=defs.UNLOCK_CARD_MAX_WIDTH, roomy=True)
        inner.addLayout(vbox(inner.spacing(), title, question, defs.SPACING, self.tiles, defs.SPACING, field_row,
                             (self.busy, 0, centred), self.message, (self.remembered_button, 0, centred),
                             (self.recovery_link, 0, centred)))
        page = vbox(defs.SPACING, self.banner, STRETCH, (frame, 0, centred), contents=margins(defs.MARGIN),
                    parent=self)
        page.addStretch(2)  # the card sits a little above the middle
        self._set_tab_order()
        self._update_buttons()

    def _passphrase_row(self) -> QHBoxLayout:
        """The passphrase (Enter opens) and the Open button, centred."""
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setFixedWidth(defs.FIELD_WIDTH)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textChanged.connect(self._update_buttons)
        self.passphrase.textEdited.connect(self._prepare_gate)
        self.unlock_button = QPushButton(self.tr("&Open"), self)
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setAccessibleName(self.tr("Open the vault"))
        self.unlock_button.clicked.connect(self.try_unlock)
        return hbox(defs.SPACING, STRETCH, self.passphrase, self.unlock_button, STRETCH)

    def _status_lines(self) -> None:
        """What went wrong (two lines tall always, so nothing jumps), and the busy line while opening."""
        self.message = error_label(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumWidth(defs.FIELD_WIDTH + 120)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)  # no jumping
        self.busy = BusyIndicator(self)
        self.busy.setFixedWidth(defs.FIELD_WIDTH)

    def _other_ways(self) -> None:
        """The key remembered on this computer (when there is one), and the recovery key."""
        self.remembered_button = QPushButton(self.tr("Open &without passphrase (remembered here)"), self)
        self.remembered_button.setProperty("role", "link")
        self.remembered_button.setAccessibleName(self.tr("Open with the key remembered on this computer"))
        self.remembered_button.clicked.connect(self.try_remembered)
        self.remembered_button.hide()
        self.recovery_link = QPushButton(self.tr("Forgot it? Use the &recovery key"), self)
        self.recovery_link.setProperty("role", "link")
        self.recovery_link.setAccessibleName(self.tr("Use the recovery key"))
        self.recovery_link.clicked.connect(self.recovery_requested)

    def _set_tab_order(self) -> None:
        chain = (self.tiles.button(PartnerSlot.A), self.tiles.button(PartnerSlot.B), self.passphrase,
                 self.unlock_button, self.remembered_button, self.recovery_link)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- fed by the shell -------------------------------------------------------------------------------
    def set_gate(self, gate: VaultGate | None, tiles: list[PartnerTile]) -> None:
        self._gate = gate
        self.tiles.set_tiles(tiles)
        self.tiles.select(self._preferred)
        self._update_buttons()
        if self.passphrase.text():  # typed while the tiles were read
            self._prepare_gate()
        if self._unlock_when_ready:
            self.drop_waiting_unlock()
            self.try_unlock()

    def _prepare_gate(self) -> None:
        """Someone has started to unlock: load the services now, so they are ready when Enter comes."""
        gate = self._gate
        if gate is None or self._prepared is gate:
            return
        self._prepared = gate
        self._runner.run(gate.prepare, None, lambda error: self.message.setText(describe(error)))
        self.starting.emit()

    def drop_waiting_unlock(self) -> None:
        """Forget an Enter pressed before the services were ready (they loaded, or could not)."""
        if self._unlock_when_ready:
            self._unlock_when_ready = False
            self._end()

    def prefer(self, slot: PartnerSlot) -> None:
        """The tile selected when the screen shows (the other partner after "switch partner")."""
        self._preferred = slot
        if self._gate is not None:
            self.tiles.select(slot)

    def set_keyring_status(self, status: KeyringStatus) -> None:
        self._remembered = status.available and status.remembered
        self.remembered_button.setVisible(self._remembered)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus()

    # --- actions -----------------------------------------------------------------------------------------
    def try_unlock(self) -> None:
        if self._gate is None and not self._working and self.passphrase.text():
            # The screen shows before the services have loaded: keep the Enter and unlock once they have.
            self._unlock_when_ready = True
            self._begin(self.tr("Opening… this takes a moment on purpose, to slow down guessing."))
            return
        slot = self.tiles.selected_slot()
        gate = self._gate
        if gate is None or slot is None or self._working or self._backoff.remaining() > 0:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self._begin(self.tr("Opening… this takes a moment on purpose, to slow down guessing."))
        self._runner.run(lambda: gate.unlock(slot, passphrase), self._opened, self._failed)
        self.opening.emit()

    def try_remembered(self) -> None:
        slot = self.tiles.selected_slot()
        gate = self._gate
        if gate is None or slot is None or self._working:
            return
        self._begin(self.tr("Opening with the key remembered on this computer…"))
        self._runner.run(lambda: gate.unlock_remembered(slot), self._opened_remembered, self._failed)
        self.opening.emit()

    def _begin(self, text: str) -> None:
        self._working = True
        self.message.clear()
        self.busy.start(text)
        self._update_buttons()

    def _end(self) -> None:
        self._working = False
        self.busy.stop()
        self._update_buttons()

    def _opened(self, session: Session) -> None:
        self._end()
        self._backoff.record_success()
        self.passphrase.clear()
        self.unlocked.emit(session)

    def _opened_remembered(self, session: Session | None) -> None:
        if session is None:
            self._end()
            self.message.setText(self.tr("The key remembered on this computer did not work. "
                                         "Please type your passphrase."))
            self.passphrase.setFocus()
            return
        self._opened(session)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, WrongPassphrase):
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            from lifeline_desktop.ui.common.shake import shake  # Qt's animation classes: 6 ms kept off start-up

            shake(self.passphrase)
            wait = self._backoff.record_failure()
            self.message.setText(describe(error))
            if wait > 0:
                self.refresh_wait()
                self._wait_timer.start()
            return
        if isinstance(error, VaultDamaged | KeyFileProblem):
            self.damaged.emit(error)
            return
        self.message.setText(describe(error))

    def refresh_wait(self) -> None:
        """Called by the timer (and by tests after advancing a ManualClock)."""
        remaining = self._backoff.remaining()
        if remaining <= 0:
            self._wait_timer.stop()
            if self.message.property("waiting"):
                self.message.setText(self.tr("You can try again now."))
            self.message.setProperty("waiting", False)
        else:
            seconds = int(remaining + 0.999)
            self.message.setText(
                self.tr("That passphrase does not open this vault. Too many tries: wait %n seconds.", "",
                        seconds)
            )
            self.message.setProperty("waiting", True)
        self._update_buttons()

    def _tile_selected(self, _slot: PartnerSlot) -> None:
        if not self._backoff.remaining():
            self.message.clear()
        self.passphrase.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._gate is not None and self.tiles.selected_slot() is not None and not self._working
        waiting = self._backoff.remaining() > 0
        self.unlock_button.setEnabled(ready and not waiting and bool(self.passphrase.text()))
        self.passphrase.setEnabled(not self._working)
        self.remembered_button.setEnabled(ready)
        self.recovery_link.setEnabled(self._gate is not None and not self._working)
