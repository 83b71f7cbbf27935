"""Reminders while the app runs: a QTimer asks the planner what is due by the injected clock, and tells the user
through the system tray (a neutral sentence: never a title, a note or a wish) or, without a tray, a banner."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import clock_time, fill, translate
from lifeline_desktop.ui.icons import icon
from lifeline_desktop.ui.operations import Operations
from lifeline_desktop.ui.planner.models import local_time

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

log = logging.getLogger(__name__)


def tray_text(reminder: Any, zone: str) -> str:
    """What the desktop may show, even to someone else at the screen: only that something is planned, and when."""
    return fill(translate("planner", "Something you planned together starts at %1."),
                clock_time(local_time(reminder.start, zone)))


def banner_text(reminder: Any, zone: str) -> str:
    """Inside the unlocked app: the plan's title, except a plan from the wish jar."""
    title = reminder.safe_title or translate("planner", "a plan from the wish jar")
    return fill(translate("planner", "Coming up at %1: %2"), clock_time(local_time(reminder.start, zone)), title)


class ReminderWatcher(QObject):
    reminded = Signal(list)  # banner sentences for the reminders just due

    def __init__(self, ops: Operations, clock: Clock, zone: str, parent: QObject | None = None,
                 tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(parent)
        self._ops: Operations | None = ops
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
        ops = self._ops
        if ops is None:
            return
        since, until = self._checked_until, self._clock.now()
        if until <= since:
            return
        self._checked_until = until
        since = max(since, until - timedelta(days=1))  # after a long sleep, no flood of old reminders

        def due(session: Session) -> list[Any]:
            found = session.planner.reminders.due(since, until)
            session.planner.reminders.mark_seen()
            return list(found)

        ops.query(due, self._got, self._not_checked)

    def _not_checked(self, error: BaseException) -> None:
        """A reminder check that failed is logged (a banner about it would only worry); never dropped silently."""
        log.warning("Reminders could not be checked: %s", type(error).__name__)

    def _got(self, reminders: list[Any]) -> None:
        fresh = [r for r in reminders if (r.plan_id, r.original_start) not in self._shown]
        if not fresh or self._ops is None:
            return
        self._shown.update((r.plan_id, r.original_start) for r in fresh)
        if self.tray is not None and self.tray.isVisible():
            for reminder in fresh:
                self.tray.showMessage("Lifeline", tray_text(reminder, self.zone),
                                      QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.reminded.emit([banner_text(r, self.zone) for r in fresh])

    def stop(self) -> None:
        self.timer.stop()
        self._ops = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
