"""SIGTERM, what a logout, a shutdown or `kill` sends, ends Lifeline the way closing its window does: the vault
locks in order and an entry being written is kept as a draft. Python's own default would end the process on the
spot, skipping both (and leaving a demo's temporary folder behind)."""

from __future__ import annotations

import contextlib
import os
import signal

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QWidget


def close_on_terminate(window: QWidget) -> None:
    """On POSIX: SIGTERM closes `window`. Python runs a signal handler only between its own bytecodes, which it
    does not execute while Qt waits for events, so the signal also writes to a pipe that wakes Qt's loop."""
    if os.name != "posix":
        return  # Windows does not deliver SIGTERM to a GUI process; closing the session closes the window
    read_end, write_end = os.pipe()
    for end in (read_end, write_end):
        os.set_blocking(end, False)
    signal.set_wakeup_fd(write_end)
    waker = QSocketNotifier(read_end, QSocketNotifier.Type.Read, window)
    waker.activated.connect(lambda: _drain(read_end))  # (the handler itself has run by then)
    signal.signal(signal.SIGTERM, lambda _number, _frame: window.close())


def _drain(read_end: int) -> None:
    with contextlib.suppress(BlockingIOError):
        os.read(read_end, 512)
