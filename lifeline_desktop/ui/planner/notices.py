"""The planner's notices above the tabs: at unlock what is coming and what was missed, while unlocked a reminder
that is due, and one "Got it" that puts both away. Hidden (taking no room) while there is nothing to say."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import hbox, vbox
from lifeline_desktop.ui.common.text import fill, weekday_date, weekday_time
from lifeline_desktop.ui.planner.models import local_time


def _notice(parent: QWidget, name: str, accessible_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("role", "warning")
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


class PlannerNotices(QWidget):
    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.digest = _notice(self, "digest", self.tr("Coming up and missed"))
        self.banner = _notice(self, "reminder-banner", self.tr("Reminder"))
        self.dismiss = QPushButton(self.tr("Got it"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss"))
        self.dismiss.hide()
        self.dismiss.clicked.connect(self.clear)
        hbox(defs.SPACING, (vbox(defs.SPACING, self.digest, self.banner), 1), self.dismiss, parent=self)
        self.hide()

    def show_digest(self, digest: Any) -> None:
        lines = []
        if digest.coming:
            lines.append(fill(self.tr("Coming up: %1"), "; ".join(
                f"{weekday_time(local_time(o.start, self.zone))} {o.title}" for o in digest.coming[:5])))
        if digest.missed:
            lines.append(fill(self.tr("Since you were last here: %1. Mark them done or skipped when you like."),
                              "; ".join(f"{weekday_date(local_time(o.start, self.zone).date())} {o.title}"
                                        for o in digest.missed[:5])))
        self.digest.setText("\n".join(lines))
        self.digest.setVisible(bool(lines))
        self._fit()

    def show_reminders(self, sentences: list[str]) -> None:
        self.banner.setText("\n".join(sentences))
        self.banner.show()
        self._fit()

    def clear(self) -> None:
        """Both notices put away (Got it), and on lock their text forgotten."""
        for label in (self.digest, self.banner):
            label.hide()
            label.clear()
        self._fit()

    def _fit(self) -> None:
        showing = not self.digest.isHidden() or not self.banner.isHidden()
        self.dismiss.setVisible(showing)
        self.setVisible(showing)
