"""The Programs page in the real window: enrol, tick steps, pause and resume, finish with a reflection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.programs.page import ProgramsPage


def _open(app) -> ProgramsPage:
    app.unlock_as(PartnerSlot.A)
    home = app.flow.home
    home.show_section_key("programs")
    page = home.pages.currentWidget()
    assert isinstance(page, ProgramsPage)
    app.qtbot.waitUntil(lambda: page.programs.rowCount() > 0)  # the list's one load arrived
    app.wait_idle()
    assert page.programs.rowCount() >= 3
    return page


def test_follow_the_daily_program_to_its_end(make_app, existing_vault):
    app = make_app()
    page = _open(app)
    qtbot = app.qtbot
    page.select_program("trust-with-counsellor")
    assert page.counsellor.isVisibleTo(page) and "counsellor" in page.counsellor.text()
    page.select_program("daily-closeness")
    assert not page.counsellor.isVisibleTo(page)
    qtbot.mouseClick(page.own_pace, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment is not None and page.steps.rowCount() == 14)
    assert page.enrolment.own_pace
    assert not page.finish_button.isVisibleTo(page)  # Finish waits for the last day (or every step done)
    first = page.steps.index(0)
    assert page.steps.data(first).startswith(page.enrolment.steps[0].unit_title + " · now\n")  # grouped, this one lit
    assert page.steps.data(first, Qt.ItemDataRole.BackgroundRole) is not None
    later = next(r for r in range(14) if page.enrolment.steps[r].unit_index != page.enrolment.steps[0].unit_index)
    assert page.steps.data(page.steps.index(later), Qt.ItemDataRole.BackgroundRole) is None

    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "paused")
    assert not page.steps.flags(page.steps.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "active")

    for row in range(14):
        page.steps.setData(page.steps.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(lambda r=row: page.enrolment.done_count == r + 1)
    assert page.progress.value() == 14 and "Every step is done" in page.progress_label.text()
    assert page.finish_button.isVisibleTo(page)
    qtbot.keyClicks(page.reflection, "We keep the evening walk.")
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "finished")
    assert "Finished" in page.progress_label.text()
    session = app.flow.reachable_session()
    entries = app.run_on_vault_thread(session.journal.entries)
    assert any(e.body == "We keep the evening walk." for e in entries)


def test_go_to_this_step_opens_the_very_prompt_idea_or_script(make_app, existing_vault):
    """A program step leads to its own prompt (a new entry about it), idea (selected) or script (selected)."""
    from lifeline_desktop.ui.conversations.page import ConversationsPage
    from lifeline_desktop.ui.journal.page import JournalPage
    from lifeline_desktop.ui.planner.page import PlannerPage

    app = make_app()
    page = _open(app)
    qtbot = app.qtbot
    page.select_program("five-practices")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment is not None and page.steps.rowCount() > 3)
    home = app.flow.home
    seen: set[str] = set()
    for row in range(page.steps.rowCount()):
        step = page.steps.step(row)
        if step.kind in seen or step.kind == "do" or not step.ref:
            continue
        seen.add(step.kind)
        home.show_section_key("programs")
        page.steps_view.setCurrentIndex(page.steps.index(row))
        qtbot.mouseClick(page.open_step, Qt.MouseButton.LeftButton)
        target = home.pages.currentWidget()
        if step.kind == "prompt":
            assert isinstance(target, JournalPage)
            qtbot.waitUntil(lambda t=target: t.right.currentWidget() is t.editor)
            assert target.editor._prompt_id == step.ref
        elif step.kind == "idea":
            assert isinstance(target, PlannerPage)
            qtbot.waitUntil(lambda t=target, s=step: (c := t.ideas._current()) is not None
                            and c.key == f"builtin:{s.ref}")
        else:
            assert isinstance(target, ConversationsPage)
            qtbot.waitUntil(lambda t=target, s=step: (c := t.selected_script()) is not None and c.id == s.ref)
    assert seen == {"prompt", "idea", "script"}
