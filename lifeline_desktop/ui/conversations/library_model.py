"""The script library as a Qt list model, with a proxy that filters by practice and by time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from lifeline_desktop.ui.common.text import fill

if TYPE_CHECKING:
    from lifeline_desktop.content.scripts import Script

ScriptRole = Qt.ItemDataRole.UserRole + 1
MinutesRole = Qt.ItemDataRole.UserRole + 2
PracticesRole = Qt.ItemDataRole.UserRole + 3


class ScriptListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._scripts: list[Script] = []

    def set_scripts(self, scripts: Sequence[Script]) -> None:
        self.beginResetModel()
        self._scripts = list(scripts)
        self.endResetModel()

    def script(self, row: int) -> Script:
        return self._scripts[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scripts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        script = self._scripts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = fill(QCoreApplication.translate("conversations", "%1  ·  %2 min"), script.title, str(script.minutes))
            return QCoreApplication.translate("conversations", "Ours  ·  ") + text if script.ours else text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = fill(QCoreApplication.translate("conversations", "%1, about %2 minutes"),
                        script.title, str(script.minutes))
            return text + QCoreApplication.translate("conversations", ", one of our own") if script.ours else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return script.summary
        if role == ScriptRole:
            return script
        if role == MinutesRole:
            return script.minutes
        if role == PracticesRole:
            return script.practices
        return None


class ScriptFilter(QSortFilterProxyModel):
    """Only the scripts serving a practice ("" for all) and taking at most `max_minutes` (0 for any)."""

    def __init__(self) -> None:
        super().__init__()
        self._practice = ""
        self._max_minutes = 0

    def set_practice(self, practice: str) -> None:
        self._practice = practice
        self.invalidate()

    def set_max_minutes(self, minutes: int) -> None:
        self._max_minutes = minutes
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._practice and self._practice not in (model.data(index, PracticesRole) or ()):
            return False
        return not (self._max_minutes and int(model.data(index, MinutesRole) or 0) > self._max_minutes)
