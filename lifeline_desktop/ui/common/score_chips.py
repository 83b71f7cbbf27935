"""A 1-to-10 score as a row of ten chips instead of a spinbox with tiny arrows.

One click picks a score; with the keyboard the row is one stop in the tab order: ←/→ (or ↓/↑) move, Home/End go to
1 and 10, a digit picks that score (0 is 10). The row draws a focus ring when it has the focus, and tells a screen
reader its value ("7 out of 10") as well as the name the caller gives it.

    closeness = ScoreChips(self)
    closeness.setAccessibleName(self.tr("Closeness"))
    closeness.valueChanged.connect(...)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill

LOWEST, HIGHEST = 1, 10
RING = 2  # the focus ring's width, in pixels
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)  # Alt+digit stays a mnemonic, Ctrl+digit a shortcut
_STEP_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1}


class ScoreChips(QWidget):
    valueChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None, value: int = 5, *, chip_size: int = defs.CHIP_SIZE) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(RING + 1, RING + 1, RING + 1, RING + 1)
        row.setSpacing(defs.SMALL_SPACING // 2)
        side = max(chip_size, self.fontMetrics().horizontalAdvance("10") + defs.SMALL_SPACING * 2)
        for score in range(LOWEST, HIGHEST + 1):
            chip = QToolButton(self)
            chip.setText(str(score))
            chip.setProperty("role", "chip")
            chip.setObjectName(f"chip-{score}")
            chip.setCheckable(True)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the focus, not each chip
            chip.setFixedSize(side, side)
            chip.setAccessibleName(fill(self.tr("%1 out of 10"), score))
            self.group.addButton(chip, score)
            row.addWidget(chip)
        row.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self._value = 0
        self.setValue(value)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = min(HIGHEST, max(LOWEST, int(value)))
        chip = self.group.button(value)
        chip.setChecked(True)
        self.setAccessibleDescription(chip.accessibleName())
        self.setToolTip(chip.accessibleName())
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def chip(self, score: int) -> QToolButton:
        return self.group.button(score)  # type: ignore[return-value]

    def _clicked(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(score)

    def _handles(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in _STEP_KEYS or key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            return not event.modifiers() & _COMMAND_MODIFIERS
        return len(event.text()) == 1 and event.text().isdigit() and not event.modifiers() & _COMMAND_MODIFIERS

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._handles(event):
            event.accept()  # ←/→ and digits pick a score here, even where the window has them as shortcuts
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if not self._handles(event):
            super().keyPressEvent(event)
            return
        if key in _STEP_KEYS:
            self.setValue(self._value + _STEP_KEYS[key])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.setValue(LOWEST if key == Qt.Key.Key_Home else HIGHEST)
        else:
            self.setValue(int(event.text()) or HIGHEST)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        last = self.chip(HIGHEST).geometry()
        ring = QRectF(0, 0, last.right() + RING + 2, self.height()).adjusted(1, 1, -1, -1)
        painter.drawRoundedRect(ring, 8, 8)
