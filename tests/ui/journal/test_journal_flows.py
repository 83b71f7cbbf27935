"""Writing, sharing, replying, reacting, searching and filtering through the real window, with privacy checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from lifeline_desktop.domain.partners import PartnerSlot
from tests.support.vaults import MEI
from tests.ui.conftest import click_confirm, type_text
from tests.ui.journal.helpers import click_row, open_journal, row_texts, write_entry

A, B = PartnerSlot.A, PartnerSlot.B
MARKER = "quokkaMarker42"


def visible_text(widget) -> str:
    """Every piece of text the window could show: labels, fields, the list rows, the detail view."""
    parts = [w.text() for w in widget.findChildren(QLabel)] + [w.text() for w in widget.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in widget.findChildren(QTextEdit)]
    parts += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    return "\n".join(parts)


def test_write_private_and_shared_then_the_other_partner_replies_reacts_and_never_sees_private_text(
        make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    write_entry(app, page, "Only for me", f"My secret {MARKER} thoughts", private=True)
    write_entry(app, page, "Picnic", "Bread, **cheese** and figs", tags="summer, food")
    assert [t.split()[0] for t in row_texts(page)] == ["Picnic", "Only"]

    page = open_journal(app, B)
    home = app.flow._home
    assert [t.split(" ")[0] for t in row_texts(page)] == ["Picnic"]
    app.qtbot.waitUntil(lambda: page.private_note.isVisibleTo(page))  # that it exists, never its words
    type_text(app.qtbot, page.filters.search, MARKER)
    app.qtbot.waitUntil(lambda: page.delegate.query == MARKER and page.model.total == 0)
    page.filters.search.clear()
    app.qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert MARKER not in visible_text(app.window)
    assert all(MARKER not in str(home.today.entries.data(home.today.entries.index(r)))
               for r in range(home.today.entries.rowCount()))
    assert page.model.summary(0).unread

    app.clock.advance(60)
    click_row(app, page, "Picnic")
    assert "cheese" in page.detail.text.toPlainText()
    type_text(app.qtbot, page.detail.reply_box, "Count me in")
    app.qtbot.mouseClick(page.detail.reply_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: "Count me in" in page.detail.text.toPlainText())
    app.qtbot.mouseClick(page.detail.reaction_buttons["heart"], Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: page.model.summary(0).reactions == ("heart",))
    # A heart reads as Mei's own colour, said in words for a screen reader, not a brown "♥ Mei".
    app.qtbot.waitUntil(lambda: page.detail.reacted.isVisible())
    assert MEI.colour in page.detail.reacted.text() and "♥" in page.detail.reacted.text()
    assert page.detail.reacted.accessibleName() == "a heart from Mei"
    assert "♥" not in page.detail.text.toPlainText()
    assert page.model.summary(0).reply_count == 1 and not page.model.summary(0).unread

    page = open_journal(app, A)
    picnic = next(r for r in range(page.model.rowCount()) if page.model.summary(r).title == "Picnic")
    assert page.model.summary(picnic).unread  # Mei's reply is new for Rosa
    click_row(app, page, "Only for me")
    assert page.detail.share_button.isVisible()
    app.qtbot.mouseClick(page.detail.share_button, Qt.MouseButton.LeftButton)
    click_confirm(app.qtbot, page)
    app.qtbot.waitUntil(lambda: page.detail.entry is not None and not page.detail.entry.private)

    page = open_journal(app, B)
    assert any(MARKER in text for text in row_texts(page))  # shared now, on purpose


def test_search_highlights_filters_narrow_and_odd_queries_do_not_break(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    write_entry(app, page, "Sea day", "Waves (and) \"quotes\" everywhere", tags="sea")
    write_entry(app, page, "Quiet night", "Tea and a book", tags="home")
    type_text(app.qtbot, page.filters.search, "waves")
    app.qtbot.waitUntil(lambda: page.model.total == 1 and page.model.rowCount() == 1)
    html = page.delegate.row_html(page.model.summary(0))
    assert "background-color" in html and ">Waves<" in html
    for odd in ['"quotes"', "(and)", "*", "NEAR(", "a:b"]:
        page.filters.search.setText(odd)
        page.reload()
        app.wait_idle()
        assert "went wrong" not in page.count.text()
    page.filters.search.setText("")
    page.filters.tag.setCurrentIndex(page.filters.tag.findData("home"))
    app.qtbot.waitUntil(lambda: page.model.total == 1 and page.model.rowCount() == 1)
    assert page.model.summary(0).title == "Quiet night"
    page.filters.tag.setCurrentIndex(0)
    page.filters.author.setCurrentIndex(page.filters.author.findData(B))
    app.qtbot.waitUntil(lambda: page.model.total == 0)


def test_the_list_loads_lazily_in_pages(make_app, existing_vault):
    app = make_app()
    session = app.unlock_as(A)
    app.run_on_vault_thread(lambda: [session.journal.add_entry(f"Entry {n}", "words") for n in range(120)])
    page = open_journal(app, A)
    assert page.model.total == 120 and page.model.rowCount() == 50
    page.list.scrollToBottom()
    app.qtbot.waitUntil(lambda: page.model.rowCount() >= 100)


def test_an_empty_entry_is_refused_kindly_and_nothing_is_lost(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    app.qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(app.qtbot, page.editor.tags, "kept")
    app.qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert "title or some words" in page.editor.status.text()
    assert page.editor.tags.text() == "kept" and page.model.total == 0
