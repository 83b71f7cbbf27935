"""Idle lock: an application event filter notes user input; a timer compares the injected clock.

The filter goes in when a vault starts to open (`watch_input`), not at start-up. The first event an application-wide
Python filter sees makes PySide6 load the Python type of every class it has not met yet, to find the nearest one for
Qt's own window objects: about 190 enums, 40 ms in Python 3.11, once per process. Paid at start-up, that came before
the first window; while a passphrase is checked, the GUI thread has time for it. An unlock screen has nothing to lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.ui import defs

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, clock: Clock, source: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_input = clock.monotonic()
        self._timeout_s = defs.DEFAULT_AUTO_LOCK_MINUTES * 60.0
        self._talking = False
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(defs.IDLE_CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._source = source
        self._watching = False

    def watch_input(self) -> None:
        """Start noting input (once is enough: the filter stays). AppFlow calls it when an unlock starts, so the
        first filtered event is seen while the passphrase is checked; start() makes sure of it."""
        if not self._watching:
            self._watching = True
            self._source.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 means never."""
        self._timeout_s = minutes * 60.0

    def set_talking(self, talking: bool) -> None:
        """A guided conversation is on screen: two people talk, nobody types. Wait longer before locking
        (at least CONVERSATION_AUTO_LOCK_MINUTES), but still lock an abandoned screen."""
        self._talking = talking
        self._last_input = self._clock.monotonic()

    def _effective_timeout(self) -> float:
        if self._talking and self._timeout_s > 0:
            return max(self._timeout_s, defs.CONVERSATION_AUTO_LOCK_MINUTES * 60.0)
        return self._timeout_s

    def start(self) -> None:
        self.watch_input()
        self._active = True
        self._last_input = self._clock.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._talking = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._active

    @property
    def watching(self) -> bool:
        return self._watching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock.monotonic()
        return False

    def check(self) -> None:
        if not self._active or self._timeout_s <= 0:
            return
        if self._clock.monotonic() - self._last_input >= self._effective_timeout():
            self.stop()
            self.idle.emit()
