"""A turn: a full page in one partner's colour ("Rosa's turn — Mei, look away"), then their private input.

A minimal stand-in for the shared turn screen (ui/common/turns.py, being built with the two-at-one-screen
issue); the two should become one when that lands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill


class TurnPage(QWidget):
    begin = Signal()

    def __init__(self, name: str, other: str, colour: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turn-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#turn-page {{ background: {colour}; }} #turn-page QLabel {{ color: white; }}")
        title = QLabel(fill(self.tr("%1's turn — %2, look away"), name, other), self)
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        body = QLabel(what, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start = QPushButton(fill(self.tr("I am %1: begin"), name), self)
        self.start.setObjectName("turn-begin")
        self.start.setAccessibleName(self.start.text())
        self.start.clicked.connect(self.begin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN * 3, defs.MARGIN * 3, defs.MARGIN * 3, defs.MARGIN * 3)
        layout.setSpacing(defs.SPACING * 2)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
