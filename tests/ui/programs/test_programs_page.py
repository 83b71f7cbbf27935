"""The Programs page in the real window: enrol, tick steps, pause and resume, finish with a reflection."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.programs.page import ProgramsPage
from lifeline_desktop.ui.programs.rows import HEADING_ROLE, ROW_PADDING


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
    qtbot.waitUntil(lambda: page.enrolment is not None and len(page.steps.step_rows()) == 14)
    assert page.enrolment.own_pace
    assert not page.finish_button.isVisibleTo(page)  # Finish waits for the last day (or every step done)
    heading = page.steps.index(0)  # grouped: each day's title on its own row above its steps, this one lit
    assert page.steps.data(heading) == page.enrolment.steps[0].unit_title + " · now"
    assert page.steps.data(heading, HEADING_ROLE) and page.steps.step(0) is None
    assert not page.steps.flags(heading) & Qt.ItemFlag.ItemIsUserCheckable
    first = page.steps.index(1)
    assert page.steps.data(first) == page.enrolment.steps[0].text
    assert page.steps.data(first, Qt.ItemDataRole.BackgroundRole) is not None
    later = page.steps.row_of_step(next(s.id for s in page.enrolment.steps
                                        if s.unit_index != page.enrolment.steps[0].unit_index))
    assert page.steps.data(page.steps.index(later), Qt.ItemDataRole.BackgroundRole) is None

    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "paused")
    assert not page.steps.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment.status == "active")

    for done, row in enumerate(page.steps.step_rows(), start=1):
        page.steps.setData(page.steps.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(lambda d=done: page.enrolment.done_count == d)
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
        if step is None or step.kind in seen or step.kind == "do" or not step.ref:
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


def _shown_whole(view, row: int) -> bool:
    """The row's laid-out height holds its text wrapped at the view's width."""
    index = view.model().index(row, 0)
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    needed = delegate.text_height(option, index)
    return (view.visualRect(index).height() >= needed + 2 * ROW_PADDING
            and view.textElideMode() == Qt.TextElideMode.ElideNone)


def test_every_title_and_step_shows_whole_and_weeks_stand_apart(make_app, existing_vault):
    """Selected or not, each program title fits its row (no "…"); each week heads its steps on a row of its own."""
    app = make_app()
    page = _open(app)
    qtbot = app.qtbot
    for row in range(page.programs.rowCount()):
        page.list.setCurrentIndex(page.programs.index(row))
        qtbot.waitUntil(lambda r=row: page.list.currentIndex().row() == r)
        assert page.list.selectionModel().isSelected(page.programs.index(row))
        title = page.programs.program(row).title
        assert _shown_whole(page.list, row), title
        rect = page.list.visualRect(page.programs.index(row))  # measured apart from the delegate too
        wrapped = page.list.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 12, 10_000),
                                                       Qt.TextFlag.TextWordWrap, title)
        assert rect.height() >= wrapped.height(), title
    assert any(page.list.visualRect(page.programs.index(r)).height()
               > page.list.fontMetrics().height() * 2 for r in range(page.programs.rowCount()))  # some wrap
    page.select_program("five-practices")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrolment is not None and len(page.steps.step_rows()) > 3)
    steps = page.steps
    headings = [r for r in range(steps.rowCount()) if steps.index(r).data(HEADING_ROLE)]
    assert len(headings) == len({s.unit_index for s in page.enrolment.steps}) > 1
    for row in range(steps.rowCount()):
        index = steps.index(row)
        checkable = bool(steps.flags(index) & Qt.ItemFlag.ItemIsUserCheckable)
        assert checkable == (row not in headings)
        assert (steps.data(index, Qt.ItemDataRole.CheckStateRole) is None) == (row in headings)
        assert _shown_whole(page.steps_view, row), steps.data(index)
