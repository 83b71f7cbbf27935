"""What every wizard page offers the wizard."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs


class WizardPage(QWidget):
    changed = Signal()

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, self)
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(defs.SPACING)
        self.body.addWidget(self.title_label)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            label.setProperty("role", "muted")
            self.body.addWidget(label)

    def is_complete(self) -> bool:
        return True

    def problem(self) -> str:
        """Why Next is not possible yet, in a sentence (empty when complete)."""
        return ""

    def entered(self) -> None:
        """Called when the page is shown; put the focus on the first field."""
