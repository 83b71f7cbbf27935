"""The idea library's right-hand pane: "Surprise us" and "Add our own idea" on top, then the chosen idea in words
with what a couple can do with it (plan it, favourite it, set it aside, edit their own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import STRETCH, grid, vbox
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.labels import cost_label, energy_label, place_label, practices_text, season_label


class IdeaDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(defs.PLANNER_DETAILS_WIDTH)
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setProperty("role", "muted")
        self.plan_button = QPushButton(self.tr("Plan this…"), self)
        self.plan_button.setToolTip(self.tr("Put this idea on the calendar (Ctrl+P)"))
        self.favourite_button = QPushButton(self.tr("★ Favourite"), self)
        self.favourite_button.setCheckable(True)
        self.hide_button = QPushButton(self.tr("Not for us"), self)
        self.hide_button.setCheckable(True)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.surprise_button = QPushButton(self.tr("Surprise us"), self)
        self.surprise_button.setObjectName("surprise")
        self.surprise_button.setToolTip(self.tr("A random idea that fits the filters and that you have not done "
                                                "lately (Ctrl+R)"))
        self.add_button = QPushButton(self.tr("Add our own idea…"), self)
        for button in (self.plan_button, self.favourite_button, self.hide_button, self.edit_button,
                       self.surprise_button, self.add_button):
            button.setAccessibleName(button.text().replace("…", "").replace("★ ", ""))
        actions = grid([(self.plan_button, 0, 0), (self.favourite_button, 0, 1),
                        (self.hide_button, 1, 0), (self.edit_button, 1, 1)])
        vbox(defs.SPACING, self.surprise_button, self.add_button, defs.SPACING, self.title, self.text, self.meta,
             actions, STRETCH, contents=(defs.SPACING, 0, 0, 0), parent=self)

    def show_idea(self, idea: Any) -> None:
        """The idea in words and the actions it allows; None: a hint to pick one."""
        for button in (self.plan_button, self.favourite_button, self.hide_button):
            button.setEnabled(idea is not None)
        self.edit_button.setEnabled(idea is not None and idea.own)
        if idea is not None:
            self.edit_button.setToolTip(self.tr("Change this idea of yours") if idea.own else self.tr(
                "Ideas that come with Lifeline can't be changed. Use “Add our own idea…” to write your own version."))
        if idea is None:
            self.title.setText(self.tr("Pick an idea"))
            self.text.setText(self.tr("Choose one from the list, or let “Surprise us” choose for you."))
            self.meta.clear()
            return
        self.title.setText(idea.title)
        self.text.setText(idea.description)
        practices = practices_text(idea.practices)
        season = season_label(idea.season) if idea.season else self.tr("Any season")
        screens = self.tr("Needs a screen") if idea.screens else self.tr("No screens")
        self.meta.setText(" · ".join((
            fill(self.tr("%1 min"), str(idea.minutes or "?")), cost_label(idea.cost),
            energy_label(idea.energy), place_label(idea.place), season, screens, practices)))
        self.favourite_button.setChecked(idea.favourite)
        self.hide_button.setChecked(idea.hidden)
