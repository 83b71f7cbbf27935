"""How much room the backups take, and how many daily backups to keep (Settings, Backups tab)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.settings.backups_model import human_size

if TYPE_CHECKING:
    from lifeline_desktop.services.session import BackupInfo

DAILY_KEPT_MIN, DAILY_KEPT_MAX = 1, 30  # as the backup store allows


class BackupKeeping(QWidget):
    """A count of daily backups to keep (applied on each arrow step, or once a typed number is finished)."""

    keep_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.daily = QSpinBox(self)
        self.daily.setRange(DAILY_KEPT_MIN, DAILY_KEPT_MAX)
        self.daily.setKeyboardTracking(False)  # typing "12" must not keep 1 on the way
        self.daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.daily.valueChanged.connect(self.keep_changed)
        self.room = QLabel(self)
        self.room.setProperty("role", "muted")
        self.room.setWordWrap(True)
        self.room.setAccessibleName(self.tr("Room the backups take"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Daily backups to &keep"), self.daily)
        form.addRow(self.room)

    def show_state(self, backups: list[BackupInfo], daily_kept: int) -> None:
        self.daily.blockSignals(True)
        self.daily.setValue(daily_kept)
        self.daily.blockSignals(False)
        total = sum(backup.size_bytes for backup in backups)
        self.room.setText(fill(self.tr("%n backups, taking %1 on this disk. Backups you make yourself are never "
                                  "removed; the others are, oldest first.", "", len(backups)), human_size(total)))
