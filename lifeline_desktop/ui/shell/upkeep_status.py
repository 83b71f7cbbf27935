"""A small status line at the foot of the sidebar while a large vault's check and backup of the day run, after the
home screen is up. Everything else keeps working meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill

if TYPE_CHECKING:
    from lifeline_desktop.services.vault.upkeep import UpkeepProgress


class UpkeepStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setProperty("role", "muted")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Today's check and backup"))
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(defs.SMALL_SPACING * 2)
        self.bar.setAccessibleName(self.tr("Progress of today's check and backup"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.SMALL_SPACING)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def show_progress(self, progress: UpkeepProgress) -> None:
        from lifeline_desktop.services.vault.upkeep import UpkeepStep

        if progress.step is UpkeepStep.CHECK:
            text = self.tr("Checking every page of your vault (step %1 of %2)…")
        else:
            text = self.tr("Making today's backup (step %1 of %2)…")
        self._say(fill(text, progress.number, progress.total))
        self.bar.setRange(0, 0)  # SQLite cannot say how far a check has come: a moving bar, the step in words
        self.bar.show()
        self.show()

    def finished(self) -> None:
        self._say(self.tr("Your vault is checked and backed up for today."))
        self.bar.hide()

    def failed(self, error: BaseException) -> None:
        self._say(describe(error))
        self.bar.hide()
        self.show()

    def _say(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
