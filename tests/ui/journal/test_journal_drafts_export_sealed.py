"""Drafts through a crash and a lock, export read back (Markdown and PDF via pdftotext), both-answer pairs and
appreciation notes through the window."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QPushButton

from lifeline_desktop.domain.partners import PartnerSlot
from tests.support.vaults import MEI, ROSA
from tests.ui.conftest import PASSPHRASES, click_confirm, click_turn_button, type_text, visible_turn
from tests.ui.journal.helpers import open_journal, write_entry

A, B = PartnerSlot.A, PartnerSlot.B


def test_a_draft_written_by_the_timer_survives_a_crash_and_is_offered_back(make_app, existing_vault, open_gate):
    app = make_app()
    page = open_journal(app, A)
    app.qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    app.wait_idle()
    type_text(app.qtbot, page.editor.title, "Unfinished")
    page.editor.body.setFocus()
    app.qtbot.keyClicks(page.editor.body, "half a thought about tomorrow")
    with app.qtbot.waitSignal(page.editor.draft_timer.timeout):
        pass  # the real timer fires (every few seconds)
    app.qtbot.waitUntil(lambda: "Draft kept safe" in page.editor.status.text())
    # the crash: the process dies, nothing is locked or flushed by the app; the OS frees the lock file
    crashed = app.flow.reachable_session()
    crashed._process_lock.release()
    found = []

    def reopen():
        session = open_gate(existing_vault.folder).unlock(A, PASSPHRASES[A])
        try:
            from lifeline_desktop.services.journal.drafts import DraftKind

            found.append(session.journal.drafts.find(DraftKind.JOURNAL_ENTRY))
        finally:
            session.lock()

    app.run_on_vault_thread(reopen)
    crashed._process_lock.acquire()
    assert found[0] is not None and found[0].content["body"] == "half a thought about tomorrow"


def test_a_draft_saved_on_lock_is_restored_in_the_editor(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    app.qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    app.wait_idle()
    type_text(app.qtbot, page.editor.title, "Before the lock")
    app.flow.lock()  # Ctrl+L, idle or switch: the draft goes to the store first
    app.wait_idle()
    page = open_journal(app, A)
    banner = page.draft_banner  # offered in the Journal after unlock, not in a stock dialog
    app.qtbot.waitUntil(lambda: banner.isVisibleTo(page), timeout=10_000)
    assert "“Before the lock”" in banner.text.text() and banner.carry_on_button.isDefault()
    app.qtbot.mouseClick(banner.carry_on_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: page.editor.title.text() == "Before the lock", timeout=10_000)
    assert page.right.currentWidget() is page.editor and not banner.isVisibleTo(page)
    assert "Your draft is back" in page.editor.status.text()


def test_closing_the_window_while_writing_keeps_the_entry_as_a_draft(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    app.qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    app.wait_idle()
    type_text(app.qtbot, page.editor.title, "Half a thought")
    app.window.close()
    app.wait_idle()
    assert not app.flow.is_open
    page = open_journal(app, A)
    app.qtbot.waitUntil(lambda: page.draft_banner.isVisibleTo(page), timeout=10_000)
    assert "when Lifeline locked or closed" in page.draft_banner.text.text()


@pytest.mark.skipif(shutil.which("pdftotext") is None and os.environ.get("CI") != "true",
                    reason="pdftotext (poppler-utils) is not installed; scripts/setup installs it (required in CI)")
def test_export_to_pdf_and_markdown_reads_back_and_a_bad_path_says_so(make_app, existing_vault, tmp_path):
    app = make_app()
    page = open_journal(app, A)
    write_entry(app, page, "Lighthouse", "We climbed all 217 steps together")
    write_entry(app, page, "Private musings", "zanzibar notes for me", private=True)
    page.list.selectAll()
    app.qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert "not encrypted" in dialog.warning.text()
    pdf = tmp_path / "out.pdf"
    dialog.path.setText(str(pdf))
    app.qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: "Saved to" in dialog.status.text())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Lighthouse" in text and "217 steps" in text and "zanzibar" not in text
    markdown = tmp_path / "out.md"
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.path.setText(str(markdown))
    dialog.include_private.setChecked(True)
    app.qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    click_confirm(app.qtbot, dialog)  # private entries need a second yes
    app.qtbot.waitUntil(lambda: str(markdown) in dialog.status.text())
    back = markdown.read_text(encoding="utf-8")
    assert "## Lighthouse" in back and "## Private musings" in back and "zanzibar notes" in back
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog.include_private.setChecked(False)
    dialog.path.setText(str(blocker / "out.md"))
    app.qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: "choose another folder" in dialog.status.text())


def _answer_in_my_turn(app, page, text: str) -> None:
    """The whole turn: the cover in my colour, my answer, the seal, a clear end."""
    app.qtbot.mouseClick(page.sealed.answer_button, Qt.MouseButton.LeftButton)
    turn = visible_turn(app.qtbot, app.window)
    assert turn.step == "cover" and turn.geometry() == app.window.rect()
    click_turn_button(app.qtbot, turn)
    field = turn.content.findChild(QPlainTextEdit, "turn-text")
    field.setPlainText(text)
    app.qtbot.mouseClick(turn.content.findChild(QPushButton, "turn-done"), Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: turn.step == "end")
    click_turn_button(app.qtbot, turn)


def test_answer_together_in_turns_then_revealed_together_side_by_side(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    app.qtbot.mouseClick(page.both_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: page.sealed.pairs.rowCount() == 1 and page.sealed.answer_button.isVisible())
    assert page.tabs.tabText(page.tabs.indexOf(page.sealed)) == "Answer together"
    assert "not a lock against" in " ".join(w.text() for w in page.sealed.findChildren(type(page.count)))
    _answer_in_my_turn(app, page, "Rosa's sealed words")
    app.qtbot.waitUntil(lambda: "Waiting for Mei" in str(page.sealed.pairs.data(page.sealed.pairs.index(0))))
    page = open_journal(app, B)
    page.tabs.setCurrentWidget(page.sealed)
    app.qtbot.waitUntil(lambda: page.sealed.pairs.rowCount() == 1)
    assert "your turn" in str(page.sealed.pairs.data(page.sealed.pairs.index(0)))
    assert "Rosa's sealed words" not in " ".join(w.text() for w in app.window.findChildren(QLabel) if w.isVisible())
    _answer_in_my_turn(app, page, "Mei's sealed words")

    # Revealed together: nothing shows until each has confirmed on their own tile.
    reveal = page.sealed.reveal
    app.qtbot.waitUntil(lambda: reveal.isVisible() and not reveal.revealed)
    shown = " ".join(label.text() for label in page.sealed.findChildren(QLabel) if label.isVisible())
    assert "Rosa's sealed words" not in shown and "Mei's sealed words" not in shown
    app.qtbot.mouseClick(reveal.tiles[B.value], Qt.MouseButton.LeftButton)
    assert not reveal.revealed
    app.qtbot.mouseClick(reveal.tiles[A.value], Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: reveal.revealed)
    assert reveal.answer_text(A.value) == "Rosa's sealed words"
    assert reveal.answer_text(B.value) == "Mei's sealed words"
    cards = [reveal.answers_page.findChild(QFrame, f"reveal-answer-{slot.value}") for slot in (B, A)]
    assert cards[0].geometry().right() < cards[1].geometry().left(), "side by side, mine first"
    assert MEI.colour in cards[0].styleSheet() and ROSA.colour in cards[1].styleSheet()

    # "What surprised you?" is one click from the agenda.
    assert reveal.surprise.text().startswith("What surprised us")
    app.qtbot.mouseClick(reveal.add_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: "agenda" in reveal.added.text())
    session = app.flow._session
    topics = app.run_on_vault_thread(lambda: [t.title for t in session.checkins.agenda()])
    assert any(t.startswith("What surprised us") for t in topics)


def test_an_appreciation_note_waits_for_the_next_unlock_with_a_badge(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, A)
    page.tabs.setCurrentWidget(page.appreciation)
    page.appreciation.note.setPlainText("Thank you for the soup when I was ill.")
    app.qtbot.mouseClick(page.appreciation.send_button, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: page.appreciation.notes.rowCount() == 1)
    page = open_journal(app, B)
    index = page.tabs.indexOf(page.appreciation)
    app.qtbot.waitUntil(lambda: page.tabs.tabText(index) == "Appreciation (1)")
    assert page.banner.isVisible() and "Rosa" in page.banner.text()
    page.tabs.setCurrentWidget(page.appreciation)
    app.qtbot.waitUntil(lambda: page.tabs.tabText(index) == "Appreciation")
