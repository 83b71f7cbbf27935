"""Reminders while the app runs: a QTimer asks the planner what is due by the injected clock, and tells the user
through the system tray (a neutral sentence: never a title, a note or a wish) or, without a tray, a banner."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.icons import icon
from lifeline_desktop.ui.planner.models import local_time, tr
from lifeline_desktop.ui.workers import Runner


def tray_text(reminder: Any, zone: str) -> str:
    """What the desktop may show, even to someone else at the screen: only that something is planned, and when."""
    return tr("Something you planned together starts at %1.").replace(
        "%1", f"{local_time(reminder.start, zone):%H:%M}")


def banner_text(reminder: Any, zone: str) -> str:
    """Inside the unlocked app: the plan's title, except a plan from the wish jar."""
    title = reminder.safe_title or tr("a plan from the wish jar")
    return tr("Coming up at %1: %2").replace("%1", f"{local_time(reminder.start, zone):%H:%M}").replace("%2", title)


class ReminderWatcher(QObject):
    reminded = Signal(list)  # banner sentences for the reminders just due

    def __init__(self, planner: Any, runner: Runner, clock: Clock, zone: str, parent: QObject | None = None,
                 tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(parent)
        self._planner: Any = planner
        self._runner = runner
        self._clock = clock
        self.zone = zone
        self._checked_until: datetime = clock.now()
        self._shown: set[tuple[int, datetime]] = set()
        self.tray = tray
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("planner", None), self)
            self.tray.setToolTip("Lifeline")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(defs.PLANNER_REMINDER_CHECK_MS)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def check_now(self) -> None:
        planner = self._planner
        if planner is None:
            return
        since, until = self._checked_until, self._clock.now()
        if until <= since:
            return
        self._checked_until = until
        since = max(since, until - timedelta(days=1))  # after a long sleep, no flood of old reminders

        def due() -> list[Any]:
            found = planner.reminders.due(since, until)
            planner.reminders.mark_seen()
            return list(found)

        self._runner.run(due, self._got, lambda _error: None)

    def _got(self, reminders: list[Any]) -> None:
        fresh = [r for r in reminders if (r.plan_id, r.original_start) not in self._shown]
        if not fresh or self._planner is None:
            return
        self._shown.update((r.plan_id, r.original_start) for r in fresh)
        if self.tray is not None and self.tray.isVisible():
            for reminder in fresh:
                self.tray.showMessage("Lifeline", tray_text(reminder, self.zone),
                                      QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.reminded.emit([banner_text(r, self.zone) for r in fresh])

    def stop(self) -> None:
        self.timer.stop()
        self._planner = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
