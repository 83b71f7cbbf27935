"""The section pages. Later issues fill them; for now each says warmly what will live there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.shell.entries_model import RecentEntriesModel
from lifeline_desktop.ui.shell.navigation import Section


class PlaceholderPage(QWidget):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        blurb = QLabel(section.blurb, self)
        blurb.setWordWrap(True)
        blurb.setAccessibleName(section.name)
        soon = QLabel(self.tr("Coming soon: this page is being written with care."), self)
        soon.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(soon)
        layout.addStretch(1)


class TodayPage(QWidget):
    def __init__(self, section: Section, partner_name: str, other_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Hello, %1").replace("%1", partner_name), self)
        title.setProperty("role", "title")
        blurb = QLabel(section.blurb, self)
        blurb.setWordWrap(True)
        blurb.setProperty("role", "muted")
        nudge = QLabel(self.tr("Maybe today is a good day to tell %1 one thing you appreciated this week.")
                       .replace("%1", other_name), self)
        nudge.setWordWrap(True)
        nudge.setProperty("role", "warning")
        recent = QLabel(self.tr("Recently in your journal"), self)
        recent.setProperty("role", "subtitle")
        self.entries = RecentEntriesModel()
        self.entries_view = QListView(self)
        self.entries_view.setObjectName("recent")
        self.entries_view.setModel(self.entries)
        self.entries_view.setAccessibleName(self.tr("Recent journal entries"))
        self.entries_view.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("Nothing yet. Your first entry will show up here."), self)
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(nudge)
        layout.addSpacing(defs.SPACING)
        layout.addWidget(recent)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.entries_view, 1)

    def set_entries(self, entries: list[object]) -> None:
        self.entries.set_entries(entries)
        self.empty.setVisible(not entries)
        self.entries_view.setVisible(bool(entries))
