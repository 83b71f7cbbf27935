"""The calendar's right-hand pane: the plans of the chosen day, and the chosen plan in words with what a couple
can do with it (done, didn't happen, how was it, move, skip one, edit, delete)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QListView, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import grid, vbox
from lifeline_desktop.ui.planner.models import RowsModel, describe_occurrence, overlap_colour


class OccurrencePane(QWidget):
    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setFixedWidth(defs.PLANNER_DETAILS_WIDTH)
        self.day_model: RowsModel[Any] = RowsModel(lambda o: describe_occurrence(o, self.zone, with_date=False),
                                                   lambda o: o.notes, overlap_colour)
        self.day_list = QListView(self)
        self.day_list.setModel(self.day_model)
        self.day_list.setAccessibleName(self.tr("Plans that day"))
        self.day_title = QLabel(self)
        self.day_title.setProperty("role", "subtitle")
        self.day_title.setWordWrap(True)
        self.chosen = QLabel(self.tr("Choose a plan to see what you can do with it."), self)
        self.chosen.setWordWrap(True)
        self.chosen.setProperty("role", "muted")
        self.done_button = QPushButton(self.tr("Done ✓"), self)
        self.skipped_button = QPushButton(self.tr("Didn't happen"), self)
        self.skip_one_button = QPushButton(self.tr("Skip this one"), self)
        self.move_button = QPushButton(self.tr("Move…"), self)
        self.reflect_button = QPushButton(self.tr("How was it?…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete plan"), self)
        buttons = (self.done_button, self.skipped_button, self.reflect_button, self.move_button,
                   self.skip_one_button, self.edit_button, self.delete_button)
        for button in buttons:
            button.setAccessibleName(button.text().replace("…", "").replace(" ✓", ""))
        actions = grid([(button, n // 2, n % 2) for n, button in enumerate(buttons)])
        # the day's list gives way first (it scrolls) so the actions keep their height at large text
        self.day_list.setMinimumHeight(self.fontMetrics().lineSpacing() + defs.SMALL_SPACING * 2)
        vbox(defs.SMALL_SPACING, self.day_title, (self.day_list, 1), self.chosen, actions,
             contents=(defs.SPACING, 0, 0, 0), parent=self)

    def show_occurrence(self, occurrence: Any) -> None:
        """The chosen plan in words and the actions it allows; None: a hint to choose one."""
        for button in (self.done_button, self.skipped_button, self.move_button, self.reflect_button,
                       self.edit_button, self.delete_button):
            button.setEnabled(occurrence is not None)
        self.skip_one_button.setEnabled(occurrence is not None and occurrence.recurring)
        if occurrence is None:
            self.chosen.setText(self.tr("Choose a plan to see what you can do with it."))
            return
        text = describe_occurrence(occurrence, self.zone)
        if occurrence.notes:
            text += "\n" + occurrence.notes
        if occurrence.phones_away:
            text += "\n" + self.tr("Phones away: this time is for the two of you.")
        self.chosen.setText(text)
