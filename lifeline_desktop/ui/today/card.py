"""A card of the Today page: a title at the top, what is there (or kindly that nothing is), and one action.

Cards side by side in a row share its height; the title sits at the top and the action at the bottom of each,
so titles and buttons line up across the row whatever the length of the text between them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QStyle, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import STRETCH, margins, vbox


class TodayCard(QFrame):
    def __init__(self, name: str, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")  # rounded, on the base colour, as Play's cards
        self.heading = QLabel(title, self)
        self.heading.setProperty("role", "subtitle")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(title)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setVisible(False)
        self._layout = vbox(defs.SMALL_SPACING, self.heading, self.text, STRETCH,
                            (self.action, 0, Qt.AlignmentFlag.AlignLeft),
                            contents=margins(_layout_margin(self)), parent=self)

    def set_title(self, title: str) -> None:
        self.heading.setText(title)
        self.text.setAccessibleName(title)

    def add_body(self, widget: QWidget) -> None:
        """A widget under the text, above the action (what the card shows that is not a sentence)."""
        self._layout.insertWidget(self._layout.indexOf(self.text) + 1, widget)

    def add(self, widget: QWidget) -> None:
        """A widget under the action (more ways to act on what the card shows)."""
        self._layout.addWidget(widget)

    def show_text(self, text: str, action: str = "") -> None:
        self.text.setText(text)
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))


def _layout_margin(widget: QWidget) -> int:
    """The style's own margin, as the other cards of Today (the guide, On this day) have it."""
    return widget.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
