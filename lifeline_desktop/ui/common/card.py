"""The calm centred card the set-up, unlock, recovery and damaged-vault screens are built on, and its error line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs


def card(parent: QWidget, *, max_width: int = defs.CARD_MAX_WIDTH, roomy: bool = False) -> tuple[QFrame, QVBoxLayout]:
    """A card frame and its layout; `roomy` gives wider side margins (the wizard and the unlock screen)."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    frame.setMaximumWidth(max_width)
    layout = QVBoxLayout(frame)
    side = defs.MARGIN * 2 if roomy else defs.MARGIN
    layout.setContentsMargins(side, defs.MARGIN, side, defs.MARGIN)
    layout.setSpacing(defs.SPACING)
    return frame, layout


def error_label(parent: QWidget) -> QLabel:
    """Where a screen says what went wrong, in a sentence."""
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("card", "Message"))
    return label


def paragraph(text: str, parent: QWidget, role: str = "") -> QLabel:
    """A wrapped paragraph shown as plain text (never read as rich text), in a style role ("muted", "title", …)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label
