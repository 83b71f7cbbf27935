"""The calendar's top row: Month, Week and Agenda (Alt+1..3), then New plan, Export and Import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from lifeline_desktop.ui.common.flow import FlowLayout
from lifeline_desktop.ui.common.text import fill


class CalendarBar(QWidget):
    mode_chosen = Signal(int)  # 0 month, 1 week, 2 agenda

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_buttons = QButtonGroup(self)
        modes = []
        for number, label in enumerate((self.tr("Month"), self.tr("Week"), self.tr("Agenda"))):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.setToolTip(fill(self.tr("%1 (Alt+%2)"), label, str(number + 1)))
            self.mode_buttons.addButton(button, number)
            modes.append(button)
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self, lambda n=number: self.mode_chosen.emit(n))
        self.mode_buttons.button(0).setChecked(True)
        self.mode_buttons.idClicked.connect(self.mode_chosen)
        self.new_button = QPushButton(self.tr("New plan…"), self)
        self.new_button.setToolTip(self.tr("Plan something (Ctrl+N)"))
        self.export_button = QPushButton(self.tr("Export .ics…"), self)
        self.import_button = QPushButton(self.tr("Import .ics…"), self)
        for button in (self.new_button, self.export_button, self.import_button):
            button.setAccessibleName(button.text().replace("…", ""))
        # the views, then what to do: one row when there is room, wrapping at a small window or large text
        FlowLayout(self).add_widgets(*modes, self.new_button, self.export_button, self.import_button)

    def show_mode(self, number: int) -> None:
        self.mode_buttons.button(number).setChecked(True)
