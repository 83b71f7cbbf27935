"""The vault's backups as a table model: date, size, reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lifeline_desktop.ui.common.text import date_time, translate

if TYPE_CHECKING:
    from lifeline_desktop.services.session import BackupInfo

_INDEX = QModelIndex()


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class BackupTableModel(QAbstractTableModel):
    DATE, SIZE, REASON = range(3)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("backups", "Date"), translate("backups", "Size"), translate("backups", "Reason"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        backup = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return date_time(backup.created.astimezone())
            if column == self.SIZE:
                return human_size(backup.size_bytes)
            return _reason_text(backup.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _reason_text(reason: str) -> str:
    known = {
        "daily": translate("backups", "daily"),
        "pre-upgrade": translate("backups", "before an upgrade"),
        "manual": translate("backups", "made by you"),
        "pre-restore": translate("backups", "before a restore"),
        "pre-key-change": translate("backups", "before a new recovery key"),
    }
    return known.get(reason, reason)
