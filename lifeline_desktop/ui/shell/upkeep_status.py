"""A large vault's check and backup of the day, run after the home screen is up, and the small status line at the
foot of the sidebar that follows it. Everything else keeps working meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from lifeline_desktop.domain.errors import VaultDamaged
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session
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


class UpkeepRun(QObject):
    """Runs the day's check and backup of an open session on a thread of its own: the vault's thread stays free for
    the pages (they have a connection of their own). `status_of(session)` is the status line to report to, or None
    once that session is no longer the one on screen."""

    progressed = Signal(object)  # UpkeepProgress, emitted from the upkeep's thread

    def __init__(self, status_of: Callable[[Session], UpkeepStatus | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_of = status_of
        self.runner = Runner(parent=self)
        self._session: Session | None = None
        self._waiting = QTimer(self)
        self._waiting.setSingleShot(True)
        self._waiting.timeout.connect(self._run)
        self.progressed.connect(self._show_progress)

    def start(self, session: Session) -> None:
        """Starts a little after unlock: its thread would otherwise compete with the home screen's first paint
        (about 30 ms of it at 50,000 entries). A lock before then (`cancel`) leaves it for next time."""
        upkeep = session.upkeep
        if upkeep is None or not upkeep.pending:
            return
        self._session = session
        self._waiting.start(defs.UPKEEP_AFTER_UNLOCK_MS)

    @property
    def waiting(self) -> bool:
        return self._waiting.isActive()

    def cancel(self) -> None:
        """The vault locked: what has not started yet does not."""
        self._waiting.stop()

    def _run(self) -> None:
        session = self._session
        upkeep = session.upkeep if session is not None else None
        if session is None or upkeep is None or not upkeep.pending or self._status_of(session) is None:
            return

        def shown(act: Callable[[UpkeepStatus], None]) -> Callable[[object], None]:
            def show(_result: object) -> None:
                if (status := self._status_of(session)) is not None:
                    act(status)
            return show

        def failed(error: BaseException) -> None:
            if not isinstance(error, VaultDamaged) and not upkeep.stopping:  # damage: the runner reports it
                shown(lambda status: status.failed(error))(None)

        report = self.progressed.emit
        self.runner.run(lambda: upkeep.run(report), shown(UpkeepStatus.finished), failed)

    def _show_progress(self, progress: UpkeepProgress) -> None:
        if self._session is not None and (status := self._status_of(self._session)) is not None:
            status.show_progress(progress)
