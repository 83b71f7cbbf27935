"""The GUI thread must never wait on the database, the KDF or the disk: this notices when it does.

`watched(kind)` wraps such a call. On the main (GUI) thread it tells every listener (tests register one that
fails a UI flow making such a call) and logs a warning with a stack when the call takes over 100 ms. On any
other thread it costs one comparison. Used by the store (every SQL statement), the KDF and the durable writes.
Plain Python: any layer may use it (like durable.py).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

GUI_THREAD_BUDGET_SECONDS = 0.1
_log = logging.getLogger(__name__)

Listener = Callable[[str], None]  # gets the kind of call ("database", "kdf", "file write")
_listeners: list[Listener] = []


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def listen(listener: Listener) -> Callable[[], None]:
    """Hear every watched call made on the GUI thread; returns the function that stops listening."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener)


def gui_thread_call_started(kind: str) -> float | None:
    """For callers that cannot use a with-block (SQLAlchemy events): the start time, or None off the GUI thread."""
    if not on_gui_thread():
        return None
    for listener in list(_listeners):
        listener(kind)
    return time.perf_counter()


def gui_thread_call_finished(kind: str, started: float | None, detail: str = "") -> None:
    if started is None:
        return
    elapsed = time.perf_counter() - started
    if elapsed > GUI_THREAD_BUDGET_SECONDS:
        # `detail` never holds parameters or content: what a couple wrote must not reach a log.
        _log.warning("%s on the GUI thread took %.0f ms%s:\n%s", kind, elapsed * 1000,
                     f" ({detail} …)" if detail else "", our_stack())


@contextmanager
def watched(kind: str) -> Iterator[None]:
    started = gui_thread_call_started(kind)
    try:
        yield
    finally:
        gui_thread_call_finished(kind, started)


def our_stack() -> str:
    """The call stack without SQLAlchemy's and this module's frames, so the line that made the call stands out."""
    frames = [frame for frame in traceback.extract_stack()[:-2]
              if "sqlalchemy" not in frame.filename and not frame.filename.endswith("watchdog.py")]
    return "".join(traceback.format_list(frames[-12:]))
