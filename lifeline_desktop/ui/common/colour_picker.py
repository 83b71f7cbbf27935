"""Pick one colour from a small palette of warm colours (round swatches, arrow keys move between them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from lifeline_desktop.ui import defs


def colour_name(hex_colour: str) -> str:
    """The palette's word for a colour; for one from outside the palette (the demo's, an older vault's), the word of
    the nearest palette colour: a screen reader should say "teal", never "hash 3 b 7 e a 1"."""
    wanted = QColor(hex_colour)
    if not wanted.isValid():
        return hex_colour

    def distance(palette_colour: str) -> int:
        other = QColor(palette_colour)
        return ((wanted.red() - other.red()) ** 2 + (wanted.green() - other.green()) ** 2
                + (wanted.blue() - other.blue()) ** 2)

    _value, name = min(defs.PARTNER_COLOURS, key=lambda entry: distance(entry[0]))
    return QCoreApplication.translate("colours", name)


class ColourPicker(QWidget):
    colour_changed = Signal(str)

    def __init__(self, initial: str, accessible_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.SMALL_SPACING)
        for value, _name in defs.PARTNER_COLOURS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setProperty("role", "swatch")
            button.setFixedSize(defs.SWATCH_SIZE, defs.SWATCH_SIZE)
            button.setStyleSheet(f"background: {value};")
            label = colour_name(value)
            button.setAccessibleName(f"{accessible_prefix}: {label}")
            button.setToolTip(label)
            button.toggled.connect(lambda on, v=value: self._toggled(on, v))
            self._group.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_colour(initial)

    def _toggled(self, on: bool, value: str) -> None:
        if on:
            self.colour_changed.emit(value)

    def colour(self) -> str:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return defs.PARTNER_COLOURS[0][0]

    def set_colour(self, value: str) -> None:
        button = self._buttons.get(value) or next(iter(self._buttons.values()))
        button.setChecked(True)

    def button_for(self, value: str) -> QToolButton:
        return self._buttons[value]
