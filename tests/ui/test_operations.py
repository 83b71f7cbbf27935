"""Operations: the work gets the session off the GUI thread, failures reach a handler or the page's line, a lock
stops new work, a change is heard by the other pages, and vault work on the GUI thread fails the test."""

from __future__ import annotations

import threading

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.operations import JOURNAL, PLANNER, ChangeBus, Operations, report_progress
from lifeline_desktop.ui.workers import Runner


class FakeSession:
    partner = PartnerSlot.A


def test_work_gets_the_session_off_the_gui_thread_with_progress_and_a_change_announced(qtbot):
    bus, runner, session = ChangeBus(), Runner(), FakeSession()
    ops = Operations(session, runner, bus)  # type: ignore[arg-type]
    seen: dict[str, object] = {}
    progress: list[tuple[int, int]] = []
    heard: list[frozenset[str]] = []
    bus.changed.connect(lambda changes, _initiator: heard.append(changes))

    def work(s: object) -> str:
        seen["session"] = s
        seen["off_gui"] = threading.current_thread() is not threading.main_thread()
        report_progress(1, 2)
        return "done"

    with qtbot.waitSignal(bus.changed):
        ops.change(work, {JOURNAL}, lambda result: seen.setdefault("result", result),
                   progress=lambda *p: progress.append(p))
    qtbot.waitUntil(lambda: bool(progress))
    assert seen == {"session": session, "off_gui": True, "result": "done"}
    assert heard == [frozenset({JOURNAL})] and progress == [(1, 2)]
    runner.wait_for_done()


def test_a_failure_without_a_handler_goes_to_the_fallback_and_a_lock_stops_new_work(qtbot):
    runner = Runner()
    shown: list[BaseException] = []
    ops = Operations(FakeSession(), runner, ChangeBus()).failing_to(shown.append)  # type: ignore[arg-type]

    def fail(_s: object) -> None:
        raise InvalidInput("A plan needs a title.")

    ops.query(fail)
    qtbot.waitUntil(lambda: bool(shown))
    assert str(shown[0]) == "A plan needs a title."

    ops.release()
    ran: list[object] = []
    ops.query(ran.append, ran.append)
    runner.wait_for_done()
    qtbot.wait(10)  # queued answers, if any, would arrive in this event loop turn
    assert ran == [] and not ops.is_open


def test_an_entry_written_in_the_journal_refreshes_today(make_app, existing_vault):
    from tests.ui.journal.helpers import open_journal, write_entry

    app = make_app()
    page = open_journal(app, PartnerSlot.A)
    today = app.flow.home.today
    write_entry(app, page, "Our walk by the river", "the herons were back")
    app.flow.home.show_section_key("today")
    app.qtbot.waitUntil(lambda: "Our walk by the river" in today.text_shown())


def test_a_plan_added_in_the_planner_is_heard_by_today(make_app, existing_vault):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    home = app.flow.home
    heard: list[frozenset[str]] = []
    home.changes.changed.connect(lambda changes, _initiator: heard.append(changes))
    home.show_section_key("planner")
    planner = home.pages.currentWidget()
    with app.qtbot.waitSignal(home.changes.changed):
        planner._change(lambda p: p.wishes.add("a picnic in the park"))
    assert heard == [frozenset({PLANNER})]
    app.wait_idle()


def test_vault_work_on_the_gui_thread_from_the_ui_fails_the_test(make_app, existing_vault,
                                                                   no_vault_work_on_the_gui_thread):
    from lifeline_desktop.ui import workers

    app = make_app()
    session = app.unlock_as(PartnerSlot.A)
    app.wait_idle()
    relay = workers._Relay(None, None, lambda _relay: None, None)
    workers._Task(lambda: session.journal.tags(), relay).run()  # the vault thread's work, wrongly run right here
    assert no_vault_work_on_the_gui_thread and "database call on the GUI thread" in no_vault_work_on_the_gui_thread[0]
    no_vault_work_on_the_gui_thread.clear()  # this test made the mistake on purpose
    relay.deleteLater()
