"""The Journal's "Carry on with your entry" banner: a new entry that the idle lock or closing the window
interrupted is kept as a draft, and offered here after the next unlock (no stock dialog, no default Cancel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from lifeline_desktop.ui.common.text import fill


class DraftBanner(QFrame):
    carry_on = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.carry_on_button = QPushButton(self.tr("Carry on with your entry"), self)
        self.carry_on_button.setDefault(True)
        self.carry_on_button.clicked.connect(self._carry_on)
        self.later_button = QPushButton(self.tr("Later"), self)
        self.later_button.setToolTip(self.tr("The draft stays safe; New entry brings it back"))
        self.later_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.later_button)
        layout.addWidget(self.carry_on_button)
        self.hide()

    def offer(self, draft: Any) -> None:
        """Show the banner for `draft` (a DraftView of a new entry), or hide it when there is none."""
        if draft is None:
            self.hide()
            return
        title = str(draft.content.get("title", "")).strip()
        text = (fill(self.tr("You were writing “%1” when Lifeline locked or closed. It is kept as a draft."), title)
                if title else
                self.tr("You were writing an entry when Lifeline locked or closed. It is kept as a draft."))
        self.text.setText(text)
        self.show()

    def _carry_on(self) -> None:
        self.hide()
        self.carry_on.emit()
