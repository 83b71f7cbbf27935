"""A list of plain objects as a Qt list model: one describe function gives each row's text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

T = TypeVar("T")
ObjectRole = Qt.ItemDataRole.UserRole + 1
_INDEX = QModelIndex()


class RowsModel(QAbstractListModel, Generic[T]):
    """A list of plain objects; `describe` gives the text a row shows (and a screen reader reads)."""

    def __init__(self, describe: Callable[[T], str], tooltip: Callable[[T], str] | None = None,
                 foreground: Callable[[T], QColor | None] | None = None) -> None:
        super().__init__()
        self._rows: list[T] = []
        self._describe = describe
        self._tooltip = tooltip
        self._foreground = foreground

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, index: int) -> T:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(item)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(item)
        if role == ObjectRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(item)
        return None
