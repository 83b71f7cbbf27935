"""A slow statement on the main thread is logged with a stack; the same on a worker thread is not."""

from __future__ import annotations

import logging
import os
import threading

from sqlalchemy import text

from lifeline_desktop.store import slow_calls
from lifeline_desktop.store.engine import create_database, dispose_engine

WRITTEN = "".join(["what we ", "wrote tonight"])  # built, so the stack's source lines never spell it out
# A recursive query that runs for a while (well over the budget) on any machine.
SLOW = text("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000) SELECT count(*) FROM n")


def test_slow_statement_on_the_main_thread_is_logged_without_parameters(tmp_path, caplog, monkeypatch):
    monkeypatch.setattr(slow_calls, "GUI_THREAD_BUDGET_SECONDS", 0.0)  # any statement counts: no timing flakiness
    engine = create_database(tmp_path / "t.db", os.urandom(32))
    try:
        with caplog.at_level(logging.WARNING, logger=slow_calls.__name__), engine.connect() as connection:
            connection.execute(text("SELECT :secret"), {"secret": WRITTEN})
        warnings = [r.getMessage() for r in caplog.records if "GUI thread" in r.getMessage()]
        select = [w for w in warnings if "(SELECT" in w]
        assert select and WRITTEN not in "".join(warnings)
        assert "test_slow_gui_thread_calls.py" in select[0]  # the stack shows who made the call

        caplog.clear()
        worker = threading.Thread(target=lambda: _run(engine))
        with caplog.at_level(logging.WARNING, logger=slow_calls.__name__):
            worker.start()
            worker.join()
        assert not [r for r in caplog.records if "GUI thread" in r.getMessage()]
    finally:
        dispose_engine(engine)


def _run(engine) -> None:
    with engine.connect() as connection:
        connection.execute(SLOW).scalar()
