"""Progress for work slower than a blink (backup, restore, export, import): one themed dialog for all of it.

It appears only if the work is still running after SHOW_AFTER_MS, so quick work never flashes a window. With a
stop event it offers Stop (the work looks at the event and leaves nothing half-done behind); without one it says
why this work cannot be stopped halfway, and neither Escape nor closing the window interrupts it.

    progress = WorkProgress(self, self.tr("Saving your journal…"), why_not=...)
    ops.query(work, progress.then(self._done), progress.then(self._failed), owner=self, progress=progress.moved)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

SHOW_AFTER_MS = 300
PROGRESS_WIDTH = 440
T = TypeVar("T")


class WorkProgress(QProgressDialog):
    def __init__(self, parent: QWidget, text: str, *, stop: threading.Event | None = None,
                 why_not: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("work-progress")
        self.setWindowTitle(text)
        label = QLabel(self)
        label.setWordWrap(True)
        self.setLabel(label)  # the dialog owns it now
        self.setMinimumWidth(PROGRESS_WIDTH)
        self.setMaximumWidth(PROGRESS_WIDTH * 3 // 2)
        self.setLabelText(f"{text}\n{why_not}" if why_not and stop is None else text)
        self.setAccessibleName(text)
        self.setRange(0, 0)  # an endless bar until the work says how far it got
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._stop = stop
        self._finished = False
        if stop is None:
            self.setCancelButton(None)  # Qt takes None: no button at all
        else:
            self.setCancelButtonText(self.tr("Stop"))
            self.canceled.connect(self._stopping)
        self.setMinimumDuration(SHOW_AFTER_MS)  # Qt shows it then, unless the work finished first

    @property
    def can_stop(self) -> bool:
        return self._stop is not None

    def moved(self, done: int, total: int) -> None:
        """The work's progress callback (on the GUI thread): `done` of `total` steps."""
        if self._finished or (self._stop is not None and self._stop.is_set()):
            return
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))

    def then(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """`callback`, after the dialog is closed: wrap the work's success and failure handlers in this."""
        def finished(result: T) -> None:
            self.finish()
            callback(result)
        return finished

    def finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self.close()
        self.deleteLater()

    def _stopping(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.setLabelText(self.tr("Stopping…"))

    def reject(self) -> None:
        if self._stop is not None or self._finished:  # Escape stops stoppable work; other work runs on
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._stop is None and not self._finished:
            event.ignore()
            return
        super().closeEvent(event)


def file_progress(parent: QWidget, text: str) -> WorkProgress:
    """Progress for writing an export file: made in one go and put in place only when whole, so not stoppable."""
    return WorkProgress(parent, text, why_not=QCoreApplication.translate(
        "progress", "This cannot stop halfway, but nothing is saved until the whole file is ready."))
