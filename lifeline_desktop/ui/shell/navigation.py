"""The sidebar's sections, as a Qt list model (name, icon, and a short line about what will live there)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lifeline_desktop.ui.common.text import translate
from lifeline_desktop.ui.icons import icon


@dataclass(frozen=True)
class Section:
    key: str
    name: str
    blurb: str


def sections() -> list[Section]:
    return [
        Section("today", translate("sections", "Today"),
                translate("sections", "A gentle start: what is planned, a question for today, and what is new between "
                  "you.")),
        Section("journal", translate("sections", "Journal"),
                translate("sections", "Your shared journal lives here, with a private corner for each of you. "
                  "Write a few lines, answer a prompt, or reply to each other.")),
        Section("planner", translate("sections", "Planner"),
                translate("sections", "Ideas and plans for time together: small moments, evenings out, and the "
                  "reflections you share afterwards.")),
        Section("conversations", translate("sections", "Conversations"),
                translate("sections", "Guided conversations, one step at a time, with pauses whenever you need "
                  "them.")),
        Section("checkins", translate("sections", "Check-ins"),
                translate("sections", "A regular, kind look at how you both feel: closeness, communication, trust "
                  "and affection.")),
        Section("programs", translate("sections", "Programs"),
                translate("sections", "Multi-week programs that gently tie the practices together.")),
        Section("play", translate("sections", "Play"),
                translate("sections", "Lighter moments: guess each other's answers, or read question cards aloud "
                  "together.")),
        Section("story", translate("sections", "Our story"),
                translate("sections", "The days that matter to you both, a book of your year to hold, and your words "
                  "brought in from other journals or taken with you.")),
    ]


class NavigationModel(QAbstractListModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, icon_colour: QColor, selected_colour: QColor | None = None) -> None:
        super().__init__()
        self._sections = sections()
        self._icons = {s.key: icon(s.key, icon_colour, selected=selected_colour) for s in self._sections}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        section = self._sections[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[section.key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return section.blurb
        if role == self.KeyRole:
            return section.key
        return None

    def section(self, row: int) -> Section:
        return self._sections[row]
