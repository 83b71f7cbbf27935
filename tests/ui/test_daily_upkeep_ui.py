"""A large vault's first unlock of the day: the home screen comes first, the check and the backup run after it
with a status line in the window, and damage the later check finds still shows the damaged-vault screen."""

from __future__ import annotations

import threading
from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import Qt

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session
from tests.ui.conftest import PASSPHRASES

A = PartnerSlot.A


@pytest.fixture
def large_vault(existing_vault, clock, monkeypatch):
    from lifeline_desktop.services.vault import opening

    monkeypatch.setattr(opening, "FULL_CHECK_ALWAYS_BELOW_BYTES", 0)  # this small vault counts as a large one
    clock.advance(timedelta(days=1))  # the next unlock is the first of a new day
    return existing_vault


def _dailies_today(vault, clock) -> list:
    today = clock.now().astimezone(UTC).date()
    return [b for b in vault.gate.backups() if b.reason == "daily" and b.created.date() == today]


def test_the_check_and_backup_run_after_the_home_screen_with_a_status_line(make_app, large_vault, clock, qtbot,
                                                                           monkeypatch):
    from lifeline_desktop.services.vault import upkeep

    shown_before_check: list[bool] = []
    real_checks = upkeep.run_integrity_checks

    def check_after_home(connection):
        shown_before_check.append(app.flow.home is not None)
        return real_checks(connection)

    monkeypatch.setattr(upkeep, "run_integrity_checks", check_after_home)
    app = make_app()
    app.unlock_as(A)
    status = app.flow.home.upkeep_status
    qtbot.waitUntil(lambda: bool(shown_before_check))
    assert shown_before_check == [True]  # the home screen was up before the check began
    qtbot.waitUntil(lambda: "backed up" in status.label.text())
    assert len(_dailies_today(large_vault, clock)) == 1
    assert status.label.accessibleName()


def test_damage_found_by_the_later_check_shows_the_damaged_vault_screen(make_app, large_vault, qtbot, monkeypatch):
    from lifeline_desktop.services.vault import upkeep

    earlier = large_vault.gate.unlock(A, PASSPHRASES[A])
    earlier.back_up_now()  # a backup to offer
    earlier.lock()
    monkeypatch.setattr(upkeep, "run_integrity_checks", lambda _connection: ["cipher_integrity_check: page 7"])
    app = make_app()
    app.wait_ready()
    page = app.flow.unlock
    qtbot.mouseClick(page.tiles.button(A), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase, PASSPHRASES[A])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    damaged = app.flow.damaged
    qtbot.waitUntil(lambda: app.window.current_screen is damaged)
    assert not app.flow.is_open
    assert "page 7" in damaged.findings.text()
    qtbot.waitUntil(lambda: damaged.restore_button.isVisibleTo(damaged))


def test_locking_while_the_backup_runs_is_safe_and_it_runs_next_time(make_app, large_vault, clock, qtbot,
                                                                       monkeypatch):
    from lifeline_desktop.services.vault import upkeep
    from lifeline_desktop.store.backups import BackupStore

    monkeypatch.setattr(upkeep, "PROGRESS_EVERY", 1)  # the stop is noticed at the copy's first step
    real_backup = BackupStore.daily_backup_if_due
    held: list[object] = []
    opened: list[Session] = []  # the upkeep thread may reach the backup before unlock_as returns
    stopped_copies: list[BaseException] = []

    def backup_held_until_the_lock(self, source):
        if not held:  # the first session's backup starts only once the user has locked
            held.append(source)
            for _ in range(4_000):  # this is the upkeep's thread: wait plainly, at most 20 s
                if opened and opened[0].upkeep.stopping:
                    break
                threading.Event().wait(0.005)
        try:
            return real_backup(self, source)
        except BaseException as error:
            stopped_copies.append(error)
            raise

    monkeypatch.setattr(BackupStore, "daily_backup_if_due", backup_held_until_the_lock)
    app = make_app()
    first = app.unlock_as(A)
    assert first.upkeep is not None
    opened.append(first)
    qtbot.waitUntil(lambda: bool(held))  # the check is done, the backup about to start
    app.flow.lock()
    app.wait_idle()  # the lock waited for the upkeep to stop
    assert stopped_copies, "the backup should have been stopped part-way"
    assert not list((large_vault.folder / "backups").glob(".partial-*"))
    assert _dailies_today(large_vault, clock) == []
    monkeypatch.setattr(upkeep, "PROGRESS_EVERY", 10_000)
    app.unlock_as(A)
    status = app.flow.home.upkeep_status
    qtbot.waitUntil(lambda: "backed up" in status.label.text(), timeout=30_000)
    assert len(_dailies_today(large_vault, clock)) == 1


def test_the_check_waits_until_the_home_is_up_and_a_lock_before_then_leaves_it_for_next_time(
        make_app, large_vault, clock, qtbot, monkeypatch):
    from lifeline_desktop.services.vault import upkeep
    from lifeline_desktop.ui import defs

    checks: list[bool] = []
    real_checks = upkeep.run_integrity_checks

    def counted(connection):
        checks.append(True)
        return real_checks(connection)

    monkeypatch.setattr(upkeep, "run_integrity_checks", counted)
    monkeypatch.setattr(defs, "UPKEEP_AFTER_UNLOCK_MS", 60_000)  # longer than this test: the lock comes first
    app = make_app()
    app.unlock_as(A)
    waiting = app.flow.upkeep
    assert waiting.waiting and not waiting.runner.is_busy, "the check waits while the home screen comes up"
    app.flow.lock()
    app.wait_idle()
    assert not waiting.waiting and not waiting.runner.is_busy
    assert checks == [], "the check never began: its wait was not over when the vault locked"
    assert _dailies_today(large_vault, clock) == []

    monkeypatch.setattr(defs, "UPKEEP_AFTER_UNLOCK_MS", 0)
    app.unlock_as(A)
    status = app.flow.home.upkeep_status
    qtbot.waitUntil(lambda: "backed up" in status.label.text())
    assert checks == [True] and len(_dailies_today(large_vault, clock)) == 1
