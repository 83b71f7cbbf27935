"""Settings' Appearance: the theme and the text size of the whole app, applied at once and kept for next time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.preferences import Preferences


class AppearanceTab(QWidget):
    chosen = Signal(str, str)  # the Preferences field (theme, text_size) and its new value

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = self._combo(self.tr("Theme"), (("system", self.tr("Follow the system")),
                                                    ("light", self.tr("Light")), ("dark", self.tr("Dark"))),
                                 preferences.theme)
        self.theme.activated.connect(lambda _i: self.chosen.emit("theme", str(self.theme.currentData())))
        self.text_size = self._combo(self.tr("Text size"), (("normal", self.tr("Normal")),
                                                            ("larger", self.tr("Larger")),
                                                            ("largest", self.tr("Largest"))),
                                     preferences.text_size)
        self.text_size.activated.connect(lambda _i: self.chosen.emit("text_size", str(self.text_size.currentData())))
        note = QLabel(self.tr("The text size changes every screen at once, for both of you on this computer."), self)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        form = QFormLayout(self)
        form.setVerticalSpacing(defs.SPACING)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow(note)

    def _combo(self, name: str, choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo
