"""The runner driven by keys: start, rate, steps with swapped roles, timer, break and resume, lock and resume,
finish and send the summary to the journal."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.conversations.focus import FocusView
from lifeline_desktop.ui.conversations.library_model import ScriptRole
from lifeline_desktop.ui.conversations.page import ConversationsPage
from tests.support.vaults import MEI, ROSA
from tests.ui.conftest import click_confirm

A, B = PartnerSlot.A, PartnerSlot.B


def open_page(app) -> ConversationsPage:
    home = app.flow._home
    model = home.navigation_model
    row = next(r for r in range(model.rowCount()) if model.section(r).key == "conversations")
    home.show_section(row)
    page = home.pages.currentWidget()
    assert isinstance(page, ConversationsPage)
    app.qtbot.waitUntil(lambda: page.scripts.rowCount() > 0)  # the library's one load arrived
    app.wait_idle()
    assert page.scripts.rowCount() >= 20
    return page


def choose(page: ConversationsPage, script_id: str) -> None:
    model = page.filtered
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ScriptRole).id == script_id)
    page.list.setCurrentIndex(model.index(row, 0))


def focus_of(app, page: ConversationsPage) -> FocusView:
    app.qtbot.waitUntil(lambda: page.focus_view is not None and page.focus_view.isVisible())
    assert page.focus_view is not None
    return page.focus_view


def key(app, focus: FocusView, which: Qt.Key) -> None:
    app.qtbot.keyClick(focus, which)


def set_rating(app, focus: FocusView, slot: PartnerSlot, value: int) -> None:
    chips = focus.ratings.chips[slot]
    chips.setFocus()
    app.qtbot.keyClicks(chips, str(value))
    assert chips.value() == value


def test_a_whole_conversation_by_keys(make_app, existing_vault, clock):
    app = make_app()
    session = app.unlock_as(A)
    page = open_page(app)
    choose(page, "daily-unwind")
    assert "Not the right tool for" in page.details.not_for.text()
    assert "afraid of your partner" in page.details.safety.text()
    page.details.first_speaker.setCurrentIndex(page.details.first_speaker.findData("b"))
    app.qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    focus = focus_of(app, page)
    assert focus.geometry() == app.window.rect()  # the whole window: the sidebar is covered

    # ratings before, then Enter
    set_rating(app, focus, A, 4)
    set_rating(app, focus, B, 6)
    key(app, focus, Qt.Key.Key_Return)
    assert focus.pages.currentWidget() is focus.step
    assert focus.step.floor.text() == "Both of you"
    assert "afraid of your partner" in focus.findChild(QLabel, "safety-note").text()

    # step 2: Mei speaks first, in her colour, with a five-minute timer
    key(app, focus, Qt.Key.Key_Right)
    assert focus.step.floor.text().startswith("Mei has the floor")
    assert MEI.colour in focus.step.floor.styleSheet()
    timer = focus.step.timer
    assert timer.isVisible() and timer.time_label.text() == "5:00"
    key(app, focus, Qt.Key.Key_Space)
    clock.advance(60)
    app.qtbot.waitUntil(lambda: timer.time_label.text() == "4:00")
    key(app, focus, Qt.Key.Key_Space)  # pause
    clock.advance(600)
    timer.refresh()
    assert timer.time_label.text() == "4:00"
    key(app, focus, Qt.Key.Key_Space)
    clock.advance(240)
    app.qtbot.waitUntil(lambda: timer.has_ended)
    assert "Time is up" in timer.state_label.text() and timer.property("ended")
    app.qtbot.mouseClick(timer.extend_button, Qt.MouseButton.LeftButton)
    assert timer.time_label.text() == "1:00" and not timer.has_ended

    # step 3: the listener (Rosa), with a checklist; Left goes back, Right again
    key(app, focus, Qt.Key.Key_Right)
    assert focus.step.floor.text().startswith("Rosa has the floor")
    assert ROSA.colour in focus.step.floor.styleSheet()
    assert any("advice" in box.text() for box in focus.step.checklist_box.findChildren(QCheckBox))
    key(app, focus, Qt.Key.Key_Left)
    assert focus.run.position == 1
    for _ in range(3):
        key(app, focus, Qt.Key.Key_Right)
    assert focus.run.position == 4 and focus.step.note.isVisible()
    focus.step.note.setFocus()
    app.qtbot.keyClicks(focus.step.note, "A quiet evening, please")  # Space and letters type, not shortcuts
    assert focus.run.position == 4

    # a break keeps the step; Enter comes back to it
    focus.setFocus()
    key(app, focus, Qt.Key.Key_B)
    assert focus.pages.currentWidget() is focus.breaks
    assert "Come back at" in focus.breaks.until_label.text()
    app.wait_idle()
    saved = app.run_on_vault_thread(lambda: session.conversations.get(focus.conversation.id))
    assert saved.break_until == clock.now() + timedelta(minutes=20) and saved.current_step == 4
    key(app, focus, Qt.Key.Key_Return)
    assert focus.pages.currentWidget() is focus.step and focus.run.position == 4
    assert focus.step.note.toPlainText() == "A quiet evening, please"

    # round two: roles swapped, Rosa speaks now
    key(app, focus, Qt.Key.Key_Right)
    assert focus.step.floor.text().startswith("Rosa has the floor: speaking")
    conversation_id = focus.conversation.id

    # lock mid-way: the runner closes; after unlocking, Resume opens the same step
    app.wait_idle()
    app.flow.lock()
    assert page.focus_view is None
    app.wait_idle()
    session = app.unlock_as(A)
    page = open_page(app)
    app.qtbot.waitUntil(lambda: page.resume_banner.isVisible())
    assert "step 6 of 10" in page.resume_text.text()
    app.qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    focus = focus_of(app, page)
    assert focus.conversation.id == conversation_id and focus.run.position == 5
    assert focus.pages.currentWidget() is focus.step  # the break had ended: straight back to the step
    assert focus.step.floor.text().startswith("Rosa has the floor: speaking")
    key(app, focus, Qt.Key.Key_Left)
    assert focus.step.note.toPlainText() == "A quiet evening, please"  # the shared note came back

    # to the end: ratings after, the summary, and into the journal
    while focus.pages.currentWidget() is focus.step:
        key(app, focus, Qt.Key.Key_Right)
    assert focus.pages.currentWidget() is focus.ratings
    set_rating(app, focus, A, 8)
    set_rating(app, focus, B, 9)
    key(app, focus, Qt.Key.Key_Enter)
    app.qtbot.waitUntil(lambda: focus.pages.currentWidget() is focus.summary)
    summary = focus.summary.text.toPlainText()
    assert "Rosa: 4 before, 8 after" in summary and "Mei: 6 before, 9 after" in summary
    assert "A quiet evening, please" in summary
    app.qtbot.mouseClick(focus.summary.journal_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: "shared journal now" in focus.summary.done.text())
    entries = app.run_on_vault_thread(session.journal.entries)
    ours = [e for e in entries if e.title == "Conversation: Unwinding the day"]
    assert len(ours) == 1 and not ours[0].private and "A quiet evening, please" in ours[0].body
    key(app, focus, Qt.Key.Key_Escape)
    app.qtbot.waitUntil(lambda: page.focus_view is None)
    app.qtbot.waitUntil(lambda: not page.resume_banner.isVisible())  # finished: nothing to resume


def test_escape_asks_and_keeps_the_conversation_to_resume(make_app, existing_vault):
    app = make_app()
    app.unlock_as(B)
    page = open_page(app)
    page.practice.setCurrentIndex(page.practice.findData("trust"))
    assert {page.filtered.index(r, 0).data(ScriptRole).id for r in range(page.filtered.rowCount())} == {
        "rebuilding-trust", "family-strain", "finding-a-compromise", "after-betrayal-pacing",
        "after-betrayal-questions", "after-betrayal-rebuilding"}
    choose(page, "rebuilding-trust")
    assert "counsellor or couples therapist" in page.details.professional.text()
    page.practice.setCurrentIndex(0)
    page.time.setCurrentIndex(page.time.findData(15))
    assert all(page.filtered.index(r, 0).data(ScriptRole).minutes <= 15 for r in range(page.filtered.rowCount()))
    assert page.filtered.rowCount() == 3
    choose(page, "winding-down")
    app.qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    focus = focus_of(app, page)
    key(app, focus, Qt.Key.Key_Return)  # the ratings as they are (5 and 5)
    key(app, focus, Qt.Key.Key_Right)
    key(app, focus, Qt.Key.Key_Escape)
    click_confirm(app.qtbot, focus)
    app.qtbot.waitUntil(lambda: page.focus_view is None)
    app.qtbot.waitUntil(lambda: page.resume_banner.isVisible())
    assert "Winding down before sleep" in page.resume_text.text() and "step 2 of 8" in page.resume_text.text()


def test_a_talk_on_screen_waits_longer_before_the_idle_lock(make_app, existing_vault, clock):
    """Two people talking touch no keys: five quiet minutes must not lock them out mid-talk, half an hour does."""
    app = make_app()
    app.unlock_as(A)
    page = open_page(app)
    choose(page, "daily-unwind")
    app.qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    focus_of(app, page)
    idle = app.built.idle
    clock.advance(timedelta(minutes=20))
    idle.check()
    assert app.flow.is_open
    clock.advance(timedelta(minutes=10))
    idle.check()
    assert not app.flow.is_open  # an abandoned talk still locks

    app.unlock_as(A)  # after the runner closes, the usual five minutes apply again
    clock.advance(timedelta(minutes=5))
    app.built.idle.check()
    assert not app.flow.is_open
