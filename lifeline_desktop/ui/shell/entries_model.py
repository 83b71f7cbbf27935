"""Recent journal entries for the Today page, as a Qt list model fed by the journal service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt


def _describe(entry: object) -> str:
    title = getattr(entry, "title", None) or QCoreApplication.translate("entries", "Untitled entry")
    if getattr(entry, "private", False):
        title += " " + QCoreApplication.translate("entries", "(private)")
    return title


class RecentEntriesModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[str] = []

    def set_entries(self, entries: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = [_describe(e) for e in entries]
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()]
        return None
