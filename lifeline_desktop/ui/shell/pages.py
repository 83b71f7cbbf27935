"""A placeholder for a section whose page is not written yet (Today lives in ui/today/)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
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
