"""A new passphrase typed twice, with a strength hint and a match check."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.strength import strength_score, strength_text
from lifeline_desktop.ui.common.text import fill


class PassphrasePair(QWidget):
    changed = Signal()

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(fill(self.tr("Passphrase for %1"), who))
        self.first.setMinimumWidth(defs.FIELD_WIDTH)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(fill(self.tr("Passphrase for %1, again"), who))
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Passphrase"), self.first)
        layout.addRow(self.tr("Type it again"), self.second)
        layout.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        if not text:
            self.hint.setText(self.tr("Several words you can remember are easier to type and harder to guess."))
        elif self.second.text() and self.second.text() != text:
            self.hint.setText(strength_text(strength_score(text)) + " " + self.tr("The two do not match yet."))
        else:
            self.hint.setText(strength_text(strength_score(text)))
        self.changed.emit()

    def passphrase(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        text = self.first.text()
        return strength_score(text) >= 1 and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
