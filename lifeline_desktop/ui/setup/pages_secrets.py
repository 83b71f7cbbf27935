"""Passphrases (each in its own partner's turn, with the plain warning) and where the vault lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.common.turn_card import PassphraseTurn
from lifeline_desktop.ui.common.turns import TurnParty
from lifeline_desktop.ui.setup.base import WizardPage


class PassphrasesPage(WizardPage):
    """Each partner chooses a passphrase in their own turn, on a full screen in their colour, while the other looks
    away: never both on one screen. The page keeps only the two passphrases until the vault is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("A passphrase each"),
            self.tr("Each of you chooses your own passphrase, in your own turn, while the other looks away. A few "
                    "words you will remember work well."),
            parent,
        )
        warning = QLabel(self.tr(
            "<b>Nobody can reset a passphrase</b> — not us, not anyone. If both of you forget yours, only the "
            "recovery key from the next steps opens your shared vault."
        ), self)
        warning.setWordWrap(True)
        warning.setProperty("role", "warning")
        warning.setAccessibleName(self.tr("Warning: nobody can reset a passphrase"))
        self._parties: dict[PartnerSlot, TurnParty] = {}
        self._chosen: dict[PartnerSlot, str] = {}
        self.buttons: dict[PartnerSlot, QPushButton] = {}
        self.states: dict[PartnerSlot, QLabel] = {}
        self.body.addWidget(warning)
        for slot in PartnerSlot:
            button = QPushButton(self)
            button.setObjectName(f"turn-{slot.value}")
            button.clicked.connect(lambda _c=False, s=slot: self.take_turn(s))
            state = QLabel(self)
            state.setProperty("role", "muted")
            self.buttons[slot], self.states[slot] = button, state
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(state, 1)
            self.body.addLayout(row)
        self.body.addStretch(1)
        self.turn: PassphraseTurn | None = None

    def set_partners(self, a: TurnParty, b: TurnParty) -> None:
        if {p.name for p in self._parties.values()} != {a.name, b.name}:
            self._chosen.clear()
        self._parties = {PartnerSlot.A: a, PartnerSlot.B: b}
        for slot, party in self._parties.items():
            self.buttons[slot].setStyleSheet(f"QPushButton {{ border: 2px solid {party.colour}; }}")
        self._show_states()

    def _show_states(self) -> None:
        for slot, party in self._parties.items():
            done = slot in self._chosen
            self.buttons[slot].setText(fill(self.tr("%1: choose again"), party.name) if done
                                       else fill(self.tr("%1: choose your passphrase"), party.name))
            self.buttons[slot].setAccessibleName(self.buttons[slot].text())
            self.states[slot].setText(fill(self.tr("✓ Chosen, and only %1 knows it."), party.name) if done
                                      else self.tr("Not chosen yet."))
        self.changed.emit()

    def take_turn(self, slot: PartnerSlot) -> None:
        party = self._parties[slot]
        turn = PassphraseTurn(party, fill(self.tr(
            "Type it twice. Lifeline never shows it to %1 and cannot reset it."), party.other_name),
            self.tr("This is my passphrase"))
        turn.done.connect(lambda passphrase: self._chosen_by(slot, passphrase))
        self.turn = turn
        turn.cover(self.window())

    def _chosen_by(self, slot: PartnerSlot, passphrase: str) -> None:
        self._chosen[slot] = passphrase
        if self.turn is not None:
            self.turn.end_turn()
            self.turn = None
        self._show_states()
        waiting = [s for s in PartnerSlot if s not in self._chosen]
        (self.buttons[waiting[0]] if waiting else self.buttons[slot]).setFocus()

    def passphrase(self, slot: PartnerSlot) -> str:
        return self._chosen.get(slot, "")

    def clear(self) -> None:
        self._chosen.clear()
        self._show_states()

    def problem(self) -> str:
        missing = [self._parties[s].name for s in PartnerSlot if s not in self._chosen and s in self._parties]
        if missing:
            return fill(self.tr("Still to choose a passphrase: %1."), self.tr(" and ").join(missing))
        return ""

    def is_complete(self) -> bool:
        return not self.problem()

    def entered(self) -> None:
        waiting = [s for s in PartnerSlot if s not in self._chosen]
        self.buttons[waiting[0] if waiting else PartnerSlot.A].setFocus()


class LocationPage(WizardPage):
    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Where your vault lives"),
            self.tr("Your vault is one encrypted file with its key file beside it. Without your passphrase or "
                    "recovery key it is unreadable."),
            parent,
        )
        self._default = default_folder
        self.default_choice = QRadioButton(self.tr("In this computer account (recommended)"), self)
        self.default_choice.setAccessibleName(self.tr("Keep the vault in this computer account"))
        self.default_choice.setChecked(True)
        default_label = QLabel(str(default_folder), self)
        default_label.setProperty("role", "muted")
        default_label.setWordWrap(True)
        self.shared_choice = QRadioButton(self.tr("In a folder shared by two computer accounts"), self)
        self.shared_choice.setAccessibleName(self.tr("Keep the vault in a folder shared by two accounts"))
        shared_label = QLabel(self.tr(
            "If each of you has your own account on this computer, choose a folder both accounts can write "
            "to. Lifeline makes its files readable and writable by that folder's group."
        ), self)
        shared_label.setProperty("role", "muted")
        shared_label.setWordWrap(True)
        group = QButtonGroup(self)
        group.addButton(self.default_choice)
        group.addButton(self.shared_choice)
        self.folder_field = QLineEdit(self)
        self.folder_field.setAccessibleName(self.tr("Shared folder"))
        self.folder_field.setPlaceholderText(self.tr("Choose a folder…"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the shared folder"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_field, 1)
        row.addWidget(self.browse)
        self.body.addWidget(self.default_choice)
        self.body.addWidget(default_label)
        self.body.addWidget(self.shared_choice)
        self.body.addWidget(shared_label)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.default_choice.toggled.connect(self._toggle)
        self.folder_field.textChanged.connect(self.changed)
        self._toggle()

    def _toggle(self) -> None:
        shared = self.shared_choice.isChecked()
        self.folder_field.setEnabled(shared)
        self.browse.setEnabled(shared)
        self.changed.emit()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"))
        if folder:
            self.folder_field.setText(folder)

    @property
    def shared(self) -> bool:
        return self.shared_choice.isChecked()

    def folder(self) -> Path:
        if self.shared:
            return Path(self.folder_field.text().strip()).expanduser()
        return self._default

    def problem(self) -> str:
        if self.shared and not self.folder_field.text().strip():
            return self.tr("Choose the shared folder first.")
        if self.shared and not Path(self.folder_field.text().strip()).expanduser().is_absolute():
            return self.tr("Please give the full path of the shared folder.")
        return ""

    def is_complete(self) -> bool:
        return not self.problem()

    def entered(self) -> None:
        self.default_choice.setFocus()
