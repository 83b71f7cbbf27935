"""Every paused conversation stays listed (Today, Conversations, History), and starting another says which wait."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from tests.ui.conversations.test_conversation_runner import choose, open_page
from tests.ui.today.test_today_page import _today

A = PartnerSlot.A


def test_two_paused_conversations_are_both_listed_and_a_new_start_names_them(make_app, existing_vault):
    app = make_app()
    session = app.unlock_as(A)

    def pause_two() -> None:
        first = session.conversations.start("daily-unwind", A)
        session.conversations.move_to(first.id, 2)
        session.conversations.start("winding-down", A)

    app.run_on_vault_thread(pause_two)
    today = _today(app)
    today.load()
    app.qtbot.waitUntil(lambda: today.view is not None and len(today.view.paused) == 2, timeout=20_000)
    shown = today.conversation.text.text()
    assert "Winding down before sleep" in shown and "at step 3 of" in shown and len(shown.splitlines()) == 2

    page = open_page(app)
    app.qtbot.waitUntil(lambda: page.resume_banner.isVisible(), timeout=10_000)
    waiting = page.resume_text.text()
    assert "Winding down before sleep" in waiting and "at step 3 of" in waiting

    page.tabs.setCurrentWidget(page.history)  # History names them too, above the finished ones
    app.qtbot.waitUntil(lambda: page.history.paused.isVisibleTo(page), timeout=10_000)
    assert "Winding down before sleep" in page.history.paused.text() and "at step 3 of" in page.history.paused.text()
    page.tabs.setCurrentIndex(0)

    choose(page, "rebuilding-trust")
    app.qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: page.focus_view is not None, timeout=10_000)
    said = page.message.text()
    assert said.startswith("Still paused") and "Winding down before sleep" in said and "at step 3 of" in said
