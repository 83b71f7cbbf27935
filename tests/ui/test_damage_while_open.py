"""Damage met after the home screen is up (a large vault verifies every page once a day only): the window locks
and shows the damaged-vault screen, with the latest backup offered and nothing deleted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from tests.integration.services.test_damage_while_open import flip_late_pages
from tests.ui.conftest import PASSPHRASES

A = PartnerSlot.A


@pytest.fixture
def large_vault(existing_vault, monkeypatch):
    from lifeline_desktop.services.vault import opening

    monkeypatch.setattr(opening, "FULL_CHECK_ALWAYS_BELOW_BYTES", 0)  # this small vault counts as a large one
    session = existing_vault.gate.unlock(A, PASSPHRASES[A])  # checked (and backed up) today
    for number in range(60):
        session.journal.add_entry(f"Entry {number}", f"words of entry {number} " * 300)
    if session.upkeep is not None:  # today's check and backup, as the window runs them after unlock
        session.upkeep.run()
    session.lock()
    return existing_vault


def test_damage_read_by_a_page_leads_to_the_damaged_vault_screen(make_app, large_vault, qtbot):
    db = large_vault.folder / "lifeline.db"
    flip_late_pages(db)
    files_before = sorted(p.name for p in large_vault.folder.iterdir())

    app = make_app()
    app.wait_ready()
    page = app.flow.unlock
    qtbot.mouseClick(page.tiles.button(A), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase, PASSPHRASES[A])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    damaged = app.flow.damaged
    qtbot.waitUntil(lambda: app.window.current_screen is damaged)  # Today read a damaged page
    qtbot.waitUntil(lambda: damaged.restore_button.isVisibleTo(damaged))
    assert not app.flow.is_open and app.flow.home is None  # locked: nothing of the vault stays on screen
    assert "Nothing" in damaged.explain.text() and damaged.findings.text().startswith("• ")
    app.wait_idle()
    assert sorted(p.name for p in large_vault.folder.iterdir()) == files_before  # nothing deleted
