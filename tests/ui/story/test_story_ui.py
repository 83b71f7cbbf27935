"""Our story in the real window: a memory on Today, the consent turns for the keepsake (one partner alone cannot
make it), and an import of 20,000 entries cancelled from its progress dialog, leaving nothing behind."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.common.turns import TurnScreen
from lifeline_desktop.ui.story.page import StoryPage
from tests.support.import_corpus import FIXTURES, write_jrnl_export
from tests.support.vaults import MEI, ROSA

MARKER = "PRIVATE-MARKER-c0ffee"


def _story(app) -> StoryPage:
    home = app.flow.home
    home.show_section_key("story")
    page = home.pages.currentWidget()
    assert isinstance(page, StoryPage)
    app.wait_idle()
    return page


def test_today_brings_back_a_shared_memory_never_a_private_one_and_it_can_be_hidden(make_app, existing_vault, clock):
    mei = existing_vault.gate.unlock(PartnerSlot.B, MEI.passphrase)
    try:
        year_ago = clock.now() - timedelta(days=365)
        mei.journal.add_entry("The lantern walk", "Paper lanterns along the canal.", written_at=year_ago)
        mei.journal.add_entry(MARKER, MARKER, private=True, written_at=year_ago)
    finally:
        mei.lock()
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    today = app.flow.home.today
    app.qtbot.waitUntil(lambda: today.view is not None and today.memory.isVisible())
    text = today.text_shown()
    assert "The lantern walk" in text and "A year ago today, Mei wrote:" in text
    assert MARKER not in text
    app.qtbot.mouseClick(today.memory.hide_button, Qt.MouseButton.LeftButton)
    app.wait_idle()
    assert not today.memory.isVisible()
    today.load()
    app.qtbot.waitUntil(lambda: not app.built.runner.is_busy)
    assert not today.memory.isVisible()


def _turn(app) -> TurnScreen:
    app.qtbot.waitUntil(lambda: any(t.isVisible() for t in app.window.findChildren(TurnScreen)))
    return next(t for t in app.window.findChildren(TurnScreen) if t.isVisible())


def _take_turn(app, passphrase: str) -> TurnScreen:
    turn = _turn(app)
    app.qtbot.mouseClick(turn.cover_page.findChild(QPushButton, "turn-go"), Qt.MouseButton.LeftButton)
    field = turn.content.findChild(QLineEdit, "consent-passphrase")
    field.setText(passphrase)
    app.qtbot.mouseClick(turn.content.findChild(QPushButton, "consent-agree"), Qt.MouseButton.LeftButton)
    return turn


def test_the_keepsake_needs_each_partner_in_their_own_turn(make_app, existing_vault, tmp_path):
    app = make_app()
    app.unlock_as(PartnerSlot.A)
    page = _story(app)
    target = tmp_path / "our-year.pdf"
    page.doors.choose_path = lambda _name, _filter: target
    page.doors.keepsake.click()
    first = _take_turn(app, ROSA.passphrase)
    app.qtbot.waitUntil(lambda: first.step == "end")
    assert "Rosa" in first.party.name and first.party.other_name == "Mei"
    app.qtbot.mouseClick(first.end_page.findChild(QPushButton, "turn-go"), Qt.MouseButton.LeftButton)
    second = _take_turn(app, ROSA.passphrase)  # Rosa cannot agree for Mei
    app.qtbot.waitUntil(lambda: "does not open" in second.content.message.text())
    assert second.step == "input" and not target.exists()
    app.qtbot.mouseClick(second.cover_page.findChild(QPushButton, "turn-back"), Qt.MouseButton.LeftButton)
    assert not target.exists()
    page.doors.keepsake.click()
    app.qtbot.waitUntil(lambda: _turn(app) is not second)
    turn = _take_turn(app, ROSA.passphrase)
    app.qtbot.waitUntil(lambda: turn.step == "end")
    app.qtbot.mouseClick(turn.end_page.findChild(QPushButton, "turn-go"), Qt.MouseButton.LeftButton)
    turn = _take_turn(app, MEI.passphrase)
    app.qtbot.waitUntil(lambda: turn.step == "end")
    app.qtbot.mouseClick(turn.end_page.findChild(QPushButton, "turn-go"), Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
    app.qtbot.waitUntil(lambda: "not encrypted" in page.message.text())


def test_an_import_of_twenty_thousand_can_be_cancelled_from_its_progress_dialog(make_app, existing_vault, tmp_path):
    export = write_jrnl_export(tmp_path / "big.json", 20_000)
    app = make_app()
    session = app.unlock_as(PartnerSlot.A)
    page = _story(app)
    dialog = page.doors.open_import()
    dialog.source.setCurrentIndex(dialog.source.findData("jrnl"))
    dialog.path.setText(str(export))
    dialog.to_shared.setChecked(True)
    dialog.read_button.click()
    app.qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert "20000 entries" in dialog.summary.text()
    dialog.import_button.click()
    app.qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() >= 1000, timeout=60_000)
    app.qtbot.mouseClick(dialog.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel
    app.qtbot.waitUntil(lambda: "cancelled" in dialog.message.text(), timeout=60_000)
    assert app.run_on_vault_thread(session.journal.count) == 0
    dialog.source.setCurrentIndex(dialog.source.findData("jrnl"))
    dialog.path.setText(str(FIXTURES / "jrnl" / "ours.json"))
    dialog.read_button.click()
    app.qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    dialog.import_button.click()
    app.qtbot.waitUntil(lambda: "6 entries imported" in dialog.summary.text(), timeout=30_000)
    assert app.run_on_vault_thread(session.journal.count) == 6


def test_the_keepsake_row_wraps_at_the_smallest_window_and_shows_the_whole_title(make_app, existing_vault):
    """The title field once gave way to its neighbours until it showed only "year"; now the row wraps instead."""
    from tests.support.fit import faults

    app = make_app()
    app.unlock_as(PartnerSlot.A)
    app.window.resize(1000, 680)
    page = _story(app)
    doors = page.doors
    app.qtbot.waitUntil(lambda: doors.book_title.isVisible() and app.window.width() == 1000)
    metrics = doors.book_title.fontMetrics()
    assert doors.book_title.width() >= metrics.averageCharWidth() * 14
    assert metrics.horizontalAdvance(doors.book_title.text()) < doors.book_title.width()
    assert not faults(doors), "\n".join(faults(doors))
