"""Private and shared are seen at a glance: the switch on top of the editor, the tinted row with a lock, no reply
box or reactions on a private entry, and a gentle, dismissable word to the other partner (no count, no dates)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from tests.ui.journal.helpers import click_row, open_journal, write_entry

A, B = PartnerSlot.A, PartnerSlot.B


def test_the_switch_sits_above_the_title_and_starts_shared(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    page.new_entry()
    editor = page.editor
    assert editor.private.shared.text() == "Shared with Mei" and editor.private.shared.isChecked()
    assert editor.private.y() < editor.title.y()
    app.qtbot.mouseClick(editor.private.just_for_me, Qt.MouseButton.LeftButton)
    assert editor.private.isChecked() and not editor.private.shared.isChecked()


def test_a_private_entry_has_a_tinted_row_and_no_reply_or_reactions(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    write_entry(app, page, "Only for me", "Quiet thoughts", private=True)
    write_entry(app, page, "Picnic", "Bread and figs")
    page.list.resize(400, 600)
    page.list.clearSelection()
    image = page.list.viewport().grab().toImage()
    private_rect = page.list.visualRect(page.model.index(1))
    shared_rect = page.list.visualRect(page.model.index(0))
    probe = QPoint(private_rect.left() + 2, private_rect.bottom() - 2)
    assert image.pixelColor(probe) != image.pixelColor(QPoint(shared_rect.left() + 2, shared_rect.bottom() - 2))

    click_row(app, page, "Only for me")
    app.qtbot.waitUntil(lambda: page.detail.entry is not None and page.detail.entry.private, timeout=10_000)
    detail = page.detail
    assert not detail.reply_box.isVisibleTo(detail) and not detail.reply_button.isVisibleTo(detail)
    assert not any(button.isVisibleTo(detail) for button in detail.reaction_buttons.values())
    assert "Just for me" in detail.text.toPlainText()
    assert str(QColor(*defs.PRIVATE_TINT).red()) in detail.text.styleSheet()

    click_row(app, page, "Picnic")
    app.qtbot.waitUntil(lambda: page.detail.entry is not None and not page.detail.entry.private, timeout=10_000)
    assert detail.reply_box.isVisibleTo(detail) and detail.text.styleSheet() == ""


def test_the_other_partner_gets_a_gentle_note_without_dates_and_can_hide_it(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    write_entry(app, page, "Only for me", "Quiet thoughts", private=True)
    page = open_journal(app, B)
    note = page.private_note
    app.qtbot.waitUntil(lambda: note.isVisibleTo(page), timeout=10_000)
    assert note.text.text().startswith("Rosa keeps a few private pages")
    assert not any(ch.isdigit() for ch in note.text.text()) and "private" not in page.count.text()
    app.qtbot.mouseClick(note.hide_button, Qt.MouseButton.LeftButton)
    page.load_facets()
    app.wait_idle()
    assert not note.isVisibleTo(page)
