"""A slow statement, key derivation or file write on the main thread is logged with a stack; the same on a worker
thread is not; listeners (the UI tests' guard) hear of each."""

from __future__ import annotations

import logging
import os
import threading

from sqlalchemy import text

from lifeline_desktop import durable, watchdog
from lifeline_desktop.store.engine import create_database, dispose_engine
from lifeline_desktop.vault.kdf import KdfPolicy, derive_key

WRITTEN = "".join(["what we ", "wrote tonight"])  # built, so the stack's source lines never spell it out
# A recursive query that runs for a while (well over the budget) on any machine.
SLOW = text("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000) SELECT count(*) FROM n")


def test_slow_statement_on_the_main_thread_is_logged_without_parameters(tmp_path, caplog, monkeypatch):
    monkeypatch.setattr(watchdog, "GUI_THREAD_BUDGET_SECONDS", 0.0)  # any statement counts: no timing flakiness
    engine = create_database(tmp_path / "t.db", os.urandom(32))
    try:
        with caplog.at_level(logging.WARNING, logger=watchdog.__name__), engine.connect() as connection:
            connection.execute(text("SELECT :secret"), {"secret": WRITTEN})
        warnings = [r.getMessage() for r in caplog.records if "GUI thread" in r.getMessage()]
        select = [w for w in warnings if "(SELECT" in w]
        assert select and WRITTEN not in "".join(warnings)
        assert "test_slow_gui_thread_calls.py" in select[0]  # the stack shows who made the call

        caplog.clear()
        worker = threading.Thread(target=lambda: _run(engine))
        with caplog.at_level(logging.WARNING, logger=watchdog.__name__):
            worker.start()
            worker.join()
        assert not [r for r in caplog.records if "GUI thread" in r.getMessage()]
    finally:
        dispose_engine(engine)


def _run(engine) -> None:
    with engine.connect() as connection:
        connection.execute(SLOW).scalar()


def test_key_derivation_and_file_writes_on_the_main_thread_are_heard_and_logged(tmp_path, caplog, monkeypatch):
    monkeypatch.setattr(watchdog, "GUI_THREAD_BUDGET_SECONDS", 0.0)
    heard: list[str] = []
    stop = watchdog.listen(heard.append)
    try:
        with caplog.at_level(logging.WARNING, logger=watchdog.__name__):
            derive_key("a passphrase we chose", KdfPolicy.fast_for_tests().params_for_new_slot())
            (tmp_path / "f").write_bytes(b"x")
            durable.fsync_file(tmp_path / "f")
        assert heard == ["kdf", "file write"]
        assert [r.getMessage().split(" on the GUI thread")[0] for r in caplog.records] == ["kdf", "file write"]

        heard.clear()
        params = KdfPolicy.fast_for_tests().params_for_new_slot()
        worker = threading.Thread(target=lambda: derive_key("another", params))
        worker.start()
        worker.join()
        assert heard == []
    finally:
        stop()
