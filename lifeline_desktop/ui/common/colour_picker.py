"""Pick one colour from a small palette of warm colours (round swatches, arrow keys move between them).

The chosen swatch carries a tick; the keyboard focus is a ring of its own, so a focused swatch never looks chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from lifeline_desktop.ui import defs

CHOSEN_MARK = "\N{CHECK MARK}"


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
        palette = [value for value, _name in defs.PARTNER_COLOURS]
        if initial.lower() not in (value.lower() for value in palette):
            palette.insert(0, initial)  # a colour from before the palette (or the demo's) stays choosable
        for value in palette:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setProperty("role", "swatch")
            button.setFixedSize(defs.SWATCH_SIZE, defs.SWATCH_SIZE)
            button.setStyleSheet(f"background: {value};")
            label = self._name_of(value)
            button.setAccessibleName(f"{accessible_prefix}: {label}")
            button.setToolTip(label)
            button.toggled.connect(lambda on, v=value: self._toggled(on, v))
            self._group.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_colour(initial)

    def _name_of(self, value: str) -> str:
        name = colour_name(value)
        return self.tr("the colour you have now") if name == value else name

    def _toggled(self, on: bool, value: str) -> None:
        button = self._buttons.get(value)
        if button is not None and button.isEnabled():
            button.setText(CHOSEN_MARK if on else "")
        if on:
            self.colour_changed.emit(value)

    def reserve(self, value: str, initial: str, tip: str) -> None:
        """`value` is someone else's colour: shown with their initial, not to be chosen (others stay free)."""
        for colour, button in self._buttons.items():
            taken = colour.lower() == value.lower()
            button.setEnabled(not taken)
            button.setText(initial if taken else (CHOSEN_MARK if button.isChecked() else ""))
            button.setToolTip(tip if taken else self._name_of(colour))

    def colour(self) -> str:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return defs.PARTNER_COLOURS[0][0]

    def set_colour(self, value: str) -> None:
        """Checks the swatch of `value`; a colour not in the palette (an older vault's) leaves none checked."""
        button = next((b for v, b in self._buttons.items() if v.lower() == value.lower()), None)
        if button is not None:
            button.setChecked(True)

    def button_for(self, value: str) -> QToolButton:
        return self._buttons[value]
