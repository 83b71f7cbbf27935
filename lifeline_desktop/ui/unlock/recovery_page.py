"""Unlock with the recovery key: type it (checked at once), choose who you are, set a new passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lifeline_desktop.domain.errors import KeyFileProblem, RecoveryKeyTypo, VaultDamaged
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.card import card, error_label
from lifeline_desktop.ui.common.layout import STRETCH, hbox, margins, never_squeezed, scrolled_page, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.passphrase_field import PassphraseField
from lifeline_desktop.ui.unlock.tiles import PartnerTiles
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session, VaultGate
    from lifeline_desktop.services.vault.views import PartnerTile


class RecoveryPage(QWidget):
    unlocked = Signal(object)  # Session
    damaged = Signal(object)
    back = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._gate: VaultGate | None = None
        self._key_ok = False
        self._working = False

        title = QLabel(self.tr("Open with the recovery key"), self)
        title.setProperty("role", "title")
        explain = QLabel(self.tr(
            "Type the recovery key you printed or saved at set-up. It opens your shared vault; then choose who "
            "you are and set a new passphrase. Private entries written with the old passphrase stay sealed."
        ), self)
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self._key_entry()
        who = QLabel(self.tr("Who are you?"), self)
        who.setProperty("role", "subtitle")
        self.tiles = PartnerTiles(self)
        self.tiles.selected.connect(lambda _slot: self._update())
        self.new_passphrase = PassphraseField("", self)
        self.new_passphrase.changed.connect(self._update)
        self.message = error_label(self)
        self.busy = BusyIndicator(self)
        buttons = self._buttons()

        frame, inner = card(self)
        inner.addLayout(vbox(inner.spacing(), title, explain, self.key_field, self.key_status, who, self.tiles,
                             self.new_passphrase, self.busy, self.message, buttons))
        never_squeezed(frame)  # the page scrolls instead of pressing the passphrase fields flat
        inside = QWidget(self)
        vbox(defs.SPACING, STRETCH, (frame, 0, Qt.AlignmentFlag.AlignHCenter), STRETCH,
             contents=margins(defs.SMALL_SPACING), parent=inside)  # a tall card: little margin around it
        scrolled_page(self, inside)  # at 1000x680 or large text the card scrolls rather than squeezing its fields
        self._update()

    def _key_entry(self) -> None:
        """The recovery key in a fixed-width font, and the line that checks it as it is typed."""
        self.key_field = QLineEdit(self)
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        self.key_field.setPlaceholderText("ABCD-EFGH-…")
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_field.textChanged.connect(self._check_key)
        self.key_status = QLabel(self)
        self.key_status.setWordWrap(True)
        self.key_status.setProperty("role", "muted")
        self.key_status.setAccessibleName(self.tr("Recovery key check"))

    def _buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the passphrase"))
        self.back_button.clicked.connect(self.back)
        self.open_button = QPushButton(self.tr("&Open and set the new passphrase"), self)
        self.open_button.setProperty("role", "primary")
        self.open_button.setAccessibleName(self.tr("Open and set the new passphrase"))
        self.open_button.clicked.connect(self.try_unlock)
        return hbox(defs.SPACING, self.back_button, STRETCH, self.open_button)

    def set_gate(self, gate: VaultGate | None, tiles: list[PartnerTile]) -> None:
        self._gate = gate
        self.tiles.set_tiles(tiles)
        self._update()

    def start(self, slot: PartnerSlot | None) -> None:
        self.key_field.clear()
        self.new_passphrase.clear()
        self.message.clear()
        if slot is not None:
            self.tiles.select(slot)
        self.key_field.setFocus()

    def _check_key(self, text: str) -> None:
        """Instant: the checksum catches a typo before any slow work."""
        self._key_ok = False
        if not text.strip() or self._gate is None:
            self.key_status.setText("")
        else:
            try:
                self._gate.check_recovery_key_format(text)
            except RecoveryKeyTypo as error:
                self.key_status.setText(describe(error))
            else:
                self._key_ok = True
                self.key_status.setText(self.tr("The recovery key looks right."))
        self._update()

    def _update(self) -> None:
        self.open_button.setEnabled(
            self._key_ok and not self._working and self.tiles.selected_slot() is not None
            and self.new_passphrase.is_acceptable()
        )
        self.back_button.setEnabled(not self._working)

    def try_unlock(self) -> None:
        if self.open_button.isEnabled():
            self.new_passphrase.confirm_weak(self._unlock)

    def _unlock(self) -> None:
        gate, slot = self._gate, self.tiles.selected_slot()
        if gate is None or slot is None or not self.open_button.isEnabled():
            return
        key, new = self.key_field.text(), self.new_passphrase.passphrase()
        self._working = True
        self.message.clear()
        self.busy.start(self.tr("Opening and setting your new passphrase…"))
        self._update()
        self._runner.run(lambda: gate.unlock_with_recovery_key(key, slot, new), self._opened, self._failed)

    def _opened(self, session: Session) -> None:
        self._working = False
        self.busy.stop()
        self.key_field.clear()
        self.new_passphrase.clear()
        self._update()
        self.unlocked.emit(session)

    def _failed(self, error: BaseException) -> None:
        self._working = False
        self.busy.stop()
        self._update()
        if isinstance(error, VaultDamaged | KeyFileProblem):  # both key files lost: the damaged screen helps
            self.damaged.emit(error)
            return
        self.message.setText(describe(error))
