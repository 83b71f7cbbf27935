"""Today, driven in the real window with an injected clock: what is new, what is due, never the other's secrets."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import Scores
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.ui.today.page import TodayPage
from tests.support.vaults import MEI

MARKER = "OKAPI-PRIVATE-4471"


def _mei_writes(existing_vault, clock) -> None:
    mei = existing_vault.gate.unlock(PartnerSlot.B, MEI.passphrase)
    try:
        mei.journal.add_entry("Just for me", f"{MARKER} in a private entry", private=True)
        mei.journal.add_entry("Picnic idea", "The river, with the good cheese?")
        mei.journal.appreciation.send("Thank you for the tea this morning.")
        mei.checkins.answer(Scores(6, 7, 8, 6, 9), f"{MARKER} in a sealed check-in note")
        start = (clock.now() + timedelta(days=2)).replace(tzinfo=None, hour=19, minute=0)
        mei.planner.add_plan(PlanDraft("Sofa and soup", datetime(start.year, start.month, start.day, 19),
                                       "UTC", 90))
    finally:
        mei.lock()


def _today(app) -> TodayPage:
    page = app.flow.home.today
    assert isinstance(page, TodayPage)
    app.qtbot.waitUntil(lambda: page.view is not None)
    return page


def test_today_shows_what_is_new_and_due_and_never_the_partners_private_text(make_app, existing_vault, clock):
    _mei_writes(existing_vault, clock)
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    page = _today(app)
    assert app.flow.home.current_section() == "today"
    shown = page.text_shown()
    assert page.view.prompt.text in shown
    assert "Thank you for the tea this morning." in shown
    assert "Picnic idea" in shown
    assert "Sofa and soup" in shown
    assert "Mei has checked in and is waiting for you" in shown
    assert "No program running" in shown
    assert MARKER not in shown  # neither her private entry nor her sealed check-in note

    qtbot = app.qtbot
    qtbot.mouseClick(page.check_in.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.home.current_section() == "checkins")
    qtbot.mouseClick(page.quick["plan"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.home.current_section() == "planner")

    # "Write about it" opens a new entry about today's very prompt
    app.flow.home.show_section_key("today")
    qtbot.mouseClick(page.prompt.action, Qt.MouseButton.LeftButton)
    journal = app.flow.home.pages.currentWidget()
    qtbot.waitUntil(lambda: journal.right.currentWidget() is journal.editor)
    assert journal.editor._prompt_id == page.view.prompt.id


def test_a_new_round_is_due_after_a_week_on_the_injected_clock(make_app, existing_vault, clock):
    app = make_app()
    session = app.unlock_as(PartnerSlot.A)
    app.run_on_vault_thread(lambda: session.checkins.answer(Scores(5, 5, 5, 5, 5), "mine"))
    page = _today(app)
    page.load()
    app.qtbot.waitUntil(lambda: "sealed until Mei checks in" in page.check_in.text.text())
    clock.advance(timedelta(days=7))
    page.load()
    app.qtbot.waitUntil(lambda: "is due" in page.check_in.text.text())


def test_quick_actions_open_a_new_entry_and_the_appreciation_note(make_app, existing_vault, clock):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    page = _today(app)
    qtbot = app.qtbot
    qtbot.mouseClick(page.quick["write"], Qt.MouseButton.LeftButton)
    journal = app.flow.home.pages.currentWidget()
    qtbot.waitUntil(lambda: journal.right.currentWidget() is journal.editor, timeout=20_000)
    assert journal.tabs.currentIndex() == 0
    assert journal.editor.heading.text() == "A new entry"
    journal.editor.close_editor()

    journal.tabs.setCurrentIndex(0)  # wherever the Journal was left, Appreciate opens the note to write
    app.flow.home.show_section_key("today")
    qtbot.mouseClick(page.quick["appreciate"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.flow.home.current_section() == "journal")
    assert journal.tabs.currentWidget() is journal.appreciation
