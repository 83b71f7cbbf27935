from __future__ import annotations

from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.journal.page import JournalPage
from tests.ui.conftest import type_text


def open_journal(app, slot: PartnerSlot) -> JournalPage:
    if app.flow.is_open:
        app.flow.lock()
        app.wait_idle()
    app.unlock_as(slot)
    home = app.flow._home
    home.show_section(1)
    page = home.pages.currentWidget()
    assert isinstance(page, JournalPage)
    app.wait_idle()
    return page


def write_entry(app, page: JournalPage, title: str, body: str, *, private: bool = False, tags: str = "") -> None:
    qtbot = app.qtbot
    before = page.model.total
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    app.wait_idle()
    editor = page.editor
    type_text(qtbot, editor.title, title)
    editor.body.setFocus()
    if body.isascii():
        qtbot.keyClicks(editor.body, body)
    else:
        editor.body.insertPlainText(body)
    if tags:
        type_text(qtbot, editor.tags, tags)
    if private:
        qtbot.mouseClick(editor.private.just_for_me, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.total == before + 1)
    app.wait_idle()


def row_texts(page: JournalPage) -> list[str]:
    model = page.model
    return [f"{s.title} {s.excerpt}" for s in (model.summary(r) for r in range(model.rowCount()))]


def click_row(app, page: JournalPage, title: str) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.summary(r).title == title)
    rect = page.list.visualRect(page.model.index(row))
    app.qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    app.qtbot.waitUntil(lambda: page.detail.entry is not None and page.detail.entry.title == title)
    app.wait_idle()
