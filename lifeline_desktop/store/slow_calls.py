"""A warning, with a stack, when a database statement on the main (GUI) thread takes over 100 ms.

The window must never wait on the database: such work belongs on the worker thread. This finds the places
that slipped through, in logs, without making any test depend on timing.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from typing import Any

from sqlalchemy import Engine, event

GUI_THREAD_BUDGET_SECONDS = 0.1
_log = logging.getLogger(__name__)
_STARTED = "lifeline_started_at"


def warn_about_slow_gui_thread_calls(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _started(_conn: Any, _cursor: Any, _statement: str, _params: Any, context: Any, _many: bool) -> None:
        if threading.current_thread() is threading.main_thread():
            setattr(context, _STARTED, time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def _finished(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool) -> None:
        started = getattr(context, _STARTED, None)
        if started is None:
            return
        elapsed = time.perf_counter() - started
        if elapsed > GUI_THREAD_BUDGET_SECONDS:
            # The statement's first words only: never parameters, which may hold what a couple wrote.
            _log.warning("database call on the GUI thread took %.0f ms (%s …):\n%s", elapsed * 1000,
                         " ".join(statement.split()[:3]), _our_stack())


def _our_stack() -> str:
    """The call stack without SQLAlchemy's own frames, so the line that made the call stands out."""
    frames = [frame for frame in traceback.extract_stack()[:-2] if "sqlalchemy" not in frame.filename]
    return "".join(traceback.format_list(frames[-12:]))
