"""A warning, with a stack, when a database statement on the main (GUI) thread takes over 100 ms.

The window must never wait on the database: such work belongs on the worker thread. This finds the places
that slipped through, in logs, without making any test depend on timing; tests also hear of every such
statement made from the UI (lifeline_desktop/watchdog.py, which watches the KDF and file writes too).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from lifeline_desktop.watchdog import GUI_THREAD_BUDGET_SECONDS, gui_thread_call_finished, gui_thread_call_started

__all__ = ["GUI_THREAD_BUDGET_SECONDS", "warn_about_slow_gui_thread_calls"]
_STARTED = "lifeline_started_at"
_KIND = "database call"


def warn_about_slow_gui_thread_calls(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _started(_conn: Any, _cursor: Any, _statement: str, _params: Any, context: Any, _many: bool) -> None:
        started = gui_thread_call_started(_KIND)
        if started is not None:
            setattr(context, _STARTED, started)

    @event.listens_for(engine, "after_cursor_execute")
    def _finished(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool) -> None:
        # The statement's first words only: never parameters, which may hold what a couple wrote.
        gui_thread_call_finished(_KIND, getattr(context, _STARTED, None), " ".join(statement.split()[:3]))
