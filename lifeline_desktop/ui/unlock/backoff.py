"""After a few wrong tries, a wait that grows: 2, 4, 8 … seconds, capped. Time from the injected clock."""

from __future__ import annotations

from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.ui import defs


class Backoff:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._failures = 0
        self._until = 0.0

    @property
    def failures(self) -> int:
        return self._failures

    def record_failure(self) -> float:
        """Counts a wrong try; returns the wait in seconds it imposes (0 while still within the free tries)."""
        self._failures += 1
        extra = self._failures - defs.FREE_TRIES
        if extra <= 0:
            return 0.0
        wait = min(defs.FIRST_WAIT_SECONDS * float(2 ** (extra - 1)), defs.MAX_WAIT_SECONDS)
        self._until = self._clock.monotonic() + wait
        return wait

    def record_success(self) -> None:
        self._failures = 0
        self._until = 0.0

    def remaining(self) -> float:
        return max(0.0, self._until - self._clock.monotonic())
