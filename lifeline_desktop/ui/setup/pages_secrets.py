"""Passphrases (typed twice, with a strength hint and the plain warning) and where the vault lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.ui.common.passphrase_pair import PassphrasePair
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.setup.base import WizardPage


class PassphrasesPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("A passphrase each"),
            self.tr("Each of you chooses your own passphrase and types it twice. A few words you will "
                    "remember work well."),
            parent,
        )
        warning = QLabel(self.tr(
            "<b>Nobody can reset a passphrase</b> — not us, not anyone. If both of you forget yours, only the "
            "recovery key from the next steps opens your shared vault."
        ), self)
        warning.setWordWrap(True)
        warning.setProperty("role", "warning")
        warning.setAccessibleName(self.tr("Warning: nobody can reset a passphrase"))
        self.box_a = QGroupBox(self)
        self.pair_a = PassphrasePair("", self.box_a)
        QVBoxLayout(self.box_a).addWidget(self.pair_a)
        self.box_b = QGroupBox(self)
        self.pair_b = PassphrasePair("", self.box_b)
        QVBoxLayout(self.box_b).addWidget(self.pair_b)
        self.body.addWidget(warning)
        self.body.addWidget(self.box_a)
        self.body.addWidget(self.box_b)
        self.body.addStretch(1)
        self.pair_a.changed.connect(self.changed)
        self.pair_b.changed.connect(self.changed)

    def set_names(self, a: str, b: str) -> None:
        for box, pair, name in ((self.box_a, self.pair_a, a), (self.box_b, self.pair_b, b)):
            box.setTitle(fill(self.tr("%1's passphrase"), name))
            pair.first.setAccessibleName(fill(self.tr("Passphrase for %1"), name))
            pair.second.setAccessibleName(fill(self.tr("Passphrase for %1, again"), name))

    def problem(self) -> str:
        for pair in (self.pair_a, self.pair_b):
            if not pair.is_acceptable():
                return self.tr("Each passphrase needs at least 8 characters, typed the same way twice.")
        return ""

    def is_complete(self) -> bool:
        return not self.problem()

    def entered(self) -> None:
        self.pair_a.first.setFocus()


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
