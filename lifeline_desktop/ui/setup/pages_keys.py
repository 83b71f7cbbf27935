"""The recovery key (shown, printable, saveable), typing one group back, and "remember on this computer"."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.recovery_key_view import RecoveryKeyView, key_groups
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.setup.base import WizardPage

if TYPE_CHECKING:
    from lifeline_desktop.services.vault.views import KeyringStatus


class RecoveryKeyPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your recovery key"),
            self.tr("If both passphrases are ever forgotten, this key still opens your shared vault. Print it "
                    "or write it down, and keep it somewhere safe away from the computer. It is shown only "
                    "now."),
            parent,
        )
        self.view = RecoveryKeyView(self)
        note = QLabel(self.tr("It opens the shared vault only: private entries stay sealed to their author."), self)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.body.addSpacing(defs.SPACING)
        self.body.addWidget(self.view)
        self.body.addWidget(note)
        self.body.addStretch(1)

    def entered(self) -> None:
        self.view.print_button.setFocus()


class ConfirmKeyPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Check that you have it"),
            self.tr("To be sure the key is safely written down, type one group of it from your copy."),
            parent,
        )
        self._groups: list[str] = []
        self.index = 0
        self.question = QLabel(self)
        self.question.setProperty("role", "subtitle")
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Group of the recovery key"))
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setMaxLength(12)
        self.field.setFixedWidth(160)
        self.field.textChanged.connect(self.changed)
        self.body.addWidget(self.question)
        self.body.addWidget(self.field)
        self.body.addStretch(1)

    def set_key(self, key: str) -> None:
        self._groups = key_groups(key)
        self.index = secrets.randbelow(len(self._groups)) if self._groups else 0
        self.question.setText(fill(self.tr("Type group number %1 (of %2):"),
                                   str(self.index + 1), str(len(self._groups))))
        self.field.clear()

    def expected(self) -> str:
        return self._groups[self.index] if self._groups else ""

    def problem(self) -> str:
        typed = self.field.text().strip().upper()
        if typed != self.expected():
            return fill(self.tr("That is not group %1 yet. Go back to look at the key if you need to."),
                        str(self.index + 1))
        return ""

    def is_complete(self) -> bool:
        return not self.problem()

    def entered(self) -> None:
        self.field.setFocus()


class RememberPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Remember on this computer?"),
            self.tr("You can let this computer remember the vault's key in the system keyring, so it opens "
                    "without typing a passphrase. Off is the safer choice. You can change it later in "
                    "Settings."),
            parent,
        )
        self.remember = QCheckBox(self.tr("Remember the vault on this computer"), self)
        self.remember.setAccessibleName(self.tr("Remember the vault on this computer"))
        self.warning = QLabel(self.tr(
            "<b>Anyone using this computer account can then open your shared vault</b> (not your private "
            "spaces). Leave it off if children, relatives or guests use this account."
        ), self)
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setProperty("role", "muted")
        self.reason.setAccessibleName(self.tr("Why remembering is not available"))
        self.body.addWidget(self.remember)
        self.body.addWidget(self.warning)
        self.body.addWidget(self.reason)
        self.body.addStretch(1)
        self.remember.setEnabled(False)

    def set_status(self, status: KeyringStatus) -> None:
        self.remember.setEnabled(status.available)
        if not status.available:
            self.remember.setChecked(False)
            self.reason.setText(fill(self.tr("Not available here: %1"), status.reason))
        else:
            self.reason.clear()

    def entered(self) -> None:
        self.remember.setFocus()
