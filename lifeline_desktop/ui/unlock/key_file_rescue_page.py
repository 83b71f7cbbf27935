"""Both copies of the key file lost or damaged: the recovery key brings the vault back.

Step by step: the recovery key (checked against the database; nothing written yet), then either the newest key
file found in the backups (both private spaces come back with the passphrases of that day) or a new key file. For
a new one the screen first says plainly what comes back and what stays sealed, then each partner, in their own
turn while the other looks away, chooses a new passphrase. Only after the second turn is anything written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from lifeline_desktop.domain.errors import RecoveryKeyTypo, VaultDamaged
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.busy import BusyIndicator
from lifeline_desktop.ui.common.card import card, error_label
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import date_time, fill
from lifeline_desktop.ui.common.turn_card import PassphraseTurn
from lifeline_desktop.ui.common.turns import TurnParty
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import KeyFileRescue, VaultGate


def _text(parent: QWidget, text: str, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class KeyFileRescuePage(QWidget):
    done = Signal(str)  # what the unlock screen should say next
    damaged = Signal(object)
    back = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._gate: VaultGate | None = None
        self._rescue: KeyFileRescue | None = None
        self._key = ""
        self._turn = PartnerSlot.A
        self._passphrases: dict[PartnerSlot, str] = {}

        self.steps = QStackedWidget(self)
        self.key_step = self._build_key_step()
        self.backup_step = self._build_backup_step()
        self.warning_step = self._build_warning_step()
        self.turn: PassphraseTurn | None = None  # the partner choosing now, on a full screen in their colour
        for step in (self.key_step, self.backup_step, self.warning_step):
            self.steps.addWidget(step)
        self.busy = BusyIndicator(self)
        self.message = error_label(self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the unlock screen"))
        self.back_button.clicked.connect(self.back)

        frame, inner = card(self)
        for widget in (self.steps, self.busy, self.message):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        inner.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    # --- the steps ----------------------------------------------------------------------------------------------
    def _build_key_step(self) -> QWidget:
        step = QWidget(self)
        title = _text(step, self.tr("Bring your vault back with the recovery key"), "title")
        explain = _text(step, self.tr(
            "Both copies of the key file are missing or damaged, but your data is still here. Type the recovery "
            "key you printed or saved at set-up. Lifeline checks it against your vault before it changes "
            "anything."), "muted")
        self.key_field = QLineEdit(step)
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        self.key_field.setPlaceholderText("ABCD-EFGH-…")
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_field.returnPressed.connect(self._look)
        self.look_button = QPushButton(self.tr("&Check the recovery key"), step)
        self.look_button.setProperty("role", "primary")
        self.look_button.clicked.connect(self._look)
        return _column(step, title, explain, self.key_field, self.look_button)

    def _build_backup_step(self) -> QWidget:
        step = QWidget(self)
        self.backup_text = _text(step, "")
        self.use_backup_button = QPushButton(self.tr("&Use the key file from the backup"), step)
        self.use_backup_button.setProperty("role", "primary")
        self.use_backup_button.clicked.connect(self._use_backup)
        self.new_key_file_button = QPushButton(self.tr("Make a &new key file instead"), step)
        self.new_key_file_button.clicked.connect(lambda: self.steps.setCurrentWidget(self.warning_step))
        title = _text(step, self.tr("A key file was found in your backups"), "title")
        return _column(step, title, self.backup_text, self.use_backup_button, self.new_key_file_button)

    def _build_warning_step(self) -> QWidget:
        step = QWidget(self)
        title = _text(step, self.tr("Before anything is written"), "title")
        self.warning = _text(step, self.tr(
            "The recovery key fits your vault. Lifeline will now make a new key file, and each of you will "
            "choose a new passphrase, one at a time. Everything you share (your journal, plans, check-ins and "
            "conversations) comes back in full.\n\nA private space comes back only with a key file that holds "
            "its owner's place. The new key file cannot: your private entries stay in the vault, sealed and "
            "unread, in case an old key file turns up later. New private entries work as before."))
        self.warning.setAccessibleName(self.tr("What comes back and what stays sealed"))
        self.go_on_button = QPushButton(self.tr("&Go on: choose new passphrases"), step)
        self.go_on_button.setProperty("role", "primary")
        self.go_on_button.clicked.connect(lambda: self._start_turn(PartnerSlot.A))
        return _column(step, title, self.warning, self.go_on_button)

    # --- flow ---------------------------------------------------------------------------------------------------
    def start(self, gate: VaultGate) -> None:
        self._gate, self._rescue, self._key, self._passphrases = gate, None, "", {}
        self.key_field.clear()
        self.message.clear()
        self.steps.setCurrentWidget(self.key_step)
        self.key_field.setFocus()

    def _look(self) -> None:
        gate, key = self._gate, self.key_field.text()
        if gate is None or not self.busy.isHidden():
            return
        try:
            gate.check_recovery_key_format(key)
        except RecoveryKeyTypo as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self.busy.start(self.tr("Checking the recovery key against your vault…"))
        self._runner.run(lambda: gate.find_key_file_rescue(key), lambda r: self._found(key, r), self._failed)

    def _found(self, key: str, rescue: KeyFileRescue) -> None:
        self.busy.stop()
        self._key, self._rescue = key, rescue
        if rescue.backup is None:
            self.steps.setCurrentWidget(self.warning_step)
            return
        when = date_time(rescue.backup.created.astimezone())
        self.backup_text.setText(fill(self.tr(
            "The backup from %1 holds a key file that fits your recovery key. It brings back both private "
            "spaces too: each of you then opens the vault with the passphrase you used on that day."), when))
        self.steps.setCurrentWidget(self.backup_step)

    def _use_backup(self) -> None:
        gate, rescue, key = self._gate, self._rescue, self._key
        if gate is None or rescue is None or rescue.backup is None:
            return
        backup = rescue.backup
        self.busy.start(self.tr("Putting the key file back…"))
        self._runner.run(lambda: gate.restore_key_file_from_backup(key, backup), lambda _r: self._finished(
            self.tr("The key file is back. Each of you opens with the passphrase you used when that backup was "
                    "made.")), self._failed)

    def _start_turn(self, slot: PartnerSlot) -> None:
        rescue = self._rescue
        names = rescue.partner_names if rescue else {}
        colours = rescue.partner_colours if rescue else {}
        party = TurnParty(names.get(slot, ""), names.get(slot.other, ""),
                          colours.get(slot, defs.DEFAULT_COLOURS[0 if slot is PartnerSlot.A else 1]))
        self._turn = slot
        last = slot is PartnerSlot.B
        self.turn = PassphraseTurn(party, self.tr(
            "Choose a new passphrase for yourself. Nobody else needs to see it, not even %1.").replace(
            "%1", party.other_name), self.tr("Save both passphrases") if last else self.tr("This is my passphrase"))
        self.turn.done.connect(self._chosen)
        self.turn.cancelled.connect(self._turn_cancelled)
        self.turn.cover(self.window())

    def _turn_cancelled(self) -> None:
        self._passphrases.clear()
        self.turn = None
        self.steps.setCurrentWidget(self.warning_step)

    def _chosen(self, passphrase: str) -> None:
        turn = self.turn
        if turn is None:
            return
        self._passphrases[self._turn] = passphrase
        if self._turn is PartnerSlot.A:
            turn.turn_screen.finished.connect(lambda: self._start_turn(PartnerSlot.B))
            turn.end_turn()
            return
        turn.end_turn()
        self.turn = None
        gate, key, passphrases = self._gate, self._key, dict(self._passphrases)
        if gate is None:
            return
        self.busy.start(self.tr("Writing the new key file…"))
        self._runner.run(lambda: gate.rebuild_key_file(key, passphrases), lambda _r: self._finished(
            self.tr("Your vault is back. Each of you opens it with your new passphrase.")), self._failed)

    def _finished(self, message: str) -> None:
        self.busy.stop()
        self._passphrases.clear()
        self._key = ""
        self.key_field.clear()
        self.done.emit(message)

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self._passphrases.clear()
        if isinstance(error, VaultDamaged):
            self.damaged.emit(error)
            return
        self.message.setText(describe(error))
        self.steps.setCurrentWidget(self.key_step)


def _column(step: QWidget, *widgets: QWidget) -> QWidget:
    layout = QVBoxLayout(step)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return step
