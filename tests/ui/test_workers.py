"""The runner: work off the GUI thread, answers on it, and never into a window that has closed."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel

from lifeline_desktop.domain.errors import WrongPassphrase
from lifeline_desktop.ui.workers import Runner, user_message


def test_work_runs_off_the_gui_thread_and_the_answer_comes_back_on_it(qtbot):
    runner = Runner()
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker_is_gui"] = threading.current_thread() is threading.main_thread()
        return "done"

    def done(result: object) -> None:
        seen["result"] = result
        seen["answer_on_gui"] = QThread.currentThread() is gui_thread

    runner.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker_is_gui": False, "result": "done", "answer_on_gui": True}
    qtbot.waitUntil(lambda: not runner.is_busy)


def test_errors_come_back_as_sentences(qtbot):
    runner = Runner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise WrongPassphrase()

    runner.run(fail, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert "passphrase" in user_message(errors[0])
    assert "traceback" not in user_message(RuntimeError("boom")).lower()


def test_an_answer_for_a_closed_window_is_dropped(qtbot):
    runner = Runner()
    release = threading.Event()
    label = QLabel()
    runner.run(lambda: release.wait(5) and "late", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy)  # delivered without touching the deleted label, no error


def _alive(widget: QLabel) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
