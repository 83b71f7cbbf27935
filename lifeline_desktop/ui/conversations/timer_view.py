"""The step timer on screen: start, pause, +1 minute, and a calm visual cue when the time is up (no sound)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.conversation import StepTimer
from lifeline_desktop.ui import defs


def clock_text(seconds: float) -> str:
    whole = int(seconds + 0.999)
    return f"{whole // 60}:{whole % 60:02d}"


class TimerView(QFrame):
    ended = Signal()

    def __init__(self, clock: Clock, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation-timer")
        self._clock = clock
        self._timer: StepTimer | None = None
        self._ended = False
        self.time_label = QLabel(self)
        self.time_label.setProperty("sofa", "timer")
        self.time_label.setAccessibleName(self.tr("Time left"))
        self.state_label = QLabel(self)
        self.state_label.setProperty("role", "muted")
        self.toggle_button = QPushButton(self.tr("Start timer"), self)
        self.toggle_button.setAccessibleName(self.tr("Start or pause the timer (Space)"))
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle_button.clicked.connect(self.toggle)
        self.extend_button = QPushButton(self.tr("+1 min"), self)
        self.extend_button.setAccessibleName(self.tr("One more minute"))
        self.extend_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.extend_button.clicked.connect(self.extend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(defs.SPACING, defs.SMALL_SPACING, defs.SPACING, defs.SMALL_SPACING)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.time_label)
        layout.addWidget(self.state_label, 1)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.extend_button)
        self._tick = QTimer(self)
        self._tick.setInterval(defs.FOCUS_TICK_MS)
        self._tick.timeout.connect(self.refresh)

    def show_timer(self, timer: StepTimer | None) -> None:
        self._timer = timer
        self._ended = False
        self.setVisible(timer is not None)
        self.refresh()

    @property
    def has_ended(self) -> bool:
        return self._ended

    def toggle(self) -> None:
        if self._timer is not None:
            self._timer.toggle(self._clock.monotonic())
            self.refresh()

    def pause(self) -> None:
        if self._timer is not None:
            self._timer.pause(self._clock.monotonic())
            self.refresh()

    def extend(self) -> None:
        if self._timer is not None:
            self._timer.extend(self._clock.monotonic())
            self.refresh()

    def refresh(self) -> None:
        timer = self._timer
        if timer is None:
            self._tick.stop()
            return
        now = self._clock.monotonic()
        ended = timer.has_ended(now)
        self.time_label.setText(clock_text(timer.remaining(now)))
        if ended:
            self.state_label.setText(self.tr("Time is up. Finish your thought, then move on."))
        elif timer.running:
            self.state_label.setText(self.tr("Running"))
        else:
            self.state_label.setText(self.tr("Paused") if timer.used(now) > 0 else self.tr("Ready when you are"))
        self.toggle_button.setText(self.tr("Pause") if timer.running and not ended else self.tr("Start timer"))
        self.toggle_button.setEnabled(not ended)
        self.setProperty("ended", ended)
        self.setStyleSheet(
            f"QFrame#conversation-timer {{ border: {4 if ended else 1}px solid "
            f"{defs.FOCUS_TIMER_ENDED_COLOUR if ended else defs.FOCUS_BORDER_COLOUR}; border-radius: 12px; }}")
        if timer.running and not ended:
            self._tick.start()
        else:
            self._tick.stop()
        if ended and not self._ended:
            self._ended = True
            self.ended.emit()
        elif not ended:
            self._ended = False
