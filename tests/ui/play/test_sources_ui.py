"""“Where these ideas come from”, reached by keyboard from the help page (F1 in Conversations)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lifeline_desktop.content.sources import builtin_sources
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.conversations.page import ConversationsPage
from lifeline_desktop.ui.sources.page import SourcesPage


def test_the_sources_page_opens_from_help_by_keyboard_and_credits_every_source(make_app, existing_vault):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    home = app.flow.home
    home.show_section_key("conversations")
    page = home.pages.currentWidget()
    assert isinstance(page, ConversationsPage)
    qtbot = app.qtbot
    qtbot.waitUntil(lambda: page.filtered.rowCount() > 0)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: page.help_page is not None and page.help_page.isVisible())
    help_page = page.help_page
    button = help_page.sources_button
    help_page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is help_page)
    for _ in range(12):  # Tab through the help page until the button has the focus, as a keyboard user would
        if QApplication.focusWidget() is button:
            break
        qtbot.keyClick(QApplication.focusWidget() or help_page, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)

    def sources_page() -> SourcesPage | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SourcesPage) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: sources_page() is not None and "Gathering" not in sources_page().text())
    shown = sources_page()
    assert shown is not None
    text = shown.text()
    for source in builtin_sources():
        assert source.title in text and source.reference in text
    assert "Talking after a fight" in text  # the scripts that follow a source, by their titles
    assert "http" not in text and "www" not in text
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sources_page() is None)
