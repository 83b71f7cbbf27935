"""The first unlock of the day at a large vault: the full page check and the daily backup wait until the vault is
open, then run on their own connection (the window runs them off the GUI thread, after the home screen shows).
A lock while they run stops them safely; damage they find is VaultDamaged."""

from __future__ import annotations

import threading
from datetime import UTC, timedelta

import pytest

from lifeline_desktop.domain.errors import VaultDamaged
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault import opening, upkeep
from lifeline_desktop.services.vault.upkeep import UpkeepStep, UpkeepStopped
from lifeline_desktop.store.backups import BackupStore
from tests.integration.services.test_damage_while_open import flip_late_pages
from tests.support.vaults import ROSA

A = PartnerSlot.A


@pytest.fixture
def large_vault(created, make_gate, monkeypatch):
    monkeypatch.setattr(opening, "FULL_CHECK_ALWAYS_BELOW_BYTES", 0)  # this small vault counts as a large one
    gate, _ = created
    session = gate.unlock(A, ROSA.passphrase)
    for number in range(60):
        session.journal.add_entry(f"Entry {number}", f"words of entry {number} " * 300)
    if session.upkeep is not None:
        session.upkeep.run()
    session.lock()
    make_gate.clock.advance(timedelta(days=1))  # the next unlock is the first of a new day
    return gate


def _dailies_today(gate, clock) -> list:
    today = clock.now().astimezone(UTC).date()
    return [b for b in gate.backups() if b.reason == "daily" and b.created.date() == today]


def test_the_first_unlock_of_the_day_leaves_check_and_backup_until_after_it(large_vault, make_gate, monkeypatch):
    checks: list[object] = []
    real_check = opening.check_integrity
    monkeypatch.setattr(opening, "check_integrity", lambda target: checks.append(target) or real_check(target))
    session = large_vault.unlock(A, ROSA.passphrase)
    try:
        assert checks == [] and _dailies_today(large_vault, make_gate.clock) == []  # nothing of it before home
        assert session.upkeep is not None and session.upkeep.pending
        steps: list[tuple[UpkeepStep, int, int]] = []
        session.upkeep.run(lambda progress: steps.append((progress.step, progress.number, progress.total)))
        assert steps == [(UpkeepStep.CHECK, 1, 2), (UpkeepStep.BACKUP, 2, 2)]
        assert not session.upkeep.pending
        assert len(_dailies_today(large_vault, make_gate.clock)) == 1
        assert session.journal.count() == 60  # the session went on working beside it
    finally:
        session.lock()
    again = large_vault.unlock(A, ROSA.passphrase)  # checked and backed up today: nothing left to do
    assert again.upkeep is None or not again.upkeep.pending
    again.lock()


def test_a_lock_during_the_backup_stops_it_removes_the_unfinished_copy_and_it_runs_next_time(
        large_vault, make_gate, vault_dir, monkeypatch):
    monkeypatch.setattr(upkeep, "PROGRESS_EVERY", 1)  # notice the stop at the backup's first step
    outcomes: list[str] = []
    real_back_up = BackupStore.back_up

    def watched_back_up(self, source, reason):
        try:
            result = real_back_up(self, source, reason)
        except BaseException as error:
            outcomes.append(f"stopped: {error}")
            raise
        outcomes.append("made")
        return result

    monkeypatch.setattr(BackupStore, "back_up", watched_back_up)
    session = large_vault.unlock(A, ROSA.passphrase)
    work = session.upkeep
    assert work is not None
    lockers: list[threading.Thread] = []

    def lock_when_the_backup_starts(progress) -> None:
        if progress.step is UpkeepStep.BACKUP:  # the user locks (or quits) right now, from the vault's thread
            locker = threading.Thread(target=session.lock)
            locker.start()
            lockers.append(locker)
            while not work.stopping:
                threading.Event().wait(0.001)

    with pytest.raises(UpkeepStopped):
        work.run(lock_when_the_backup_starts)
    lockers[0].join(timeout=30)
    assert session.is_locked
    assert len(outcomes) == 1 and outcomes[0].startswith("stopped")
    assert not list((vault_dir / "backups").glob(".partial-*"))  # the unfinished copy is gone
    assert _dailies_today(large_vault, make_gate.clock) == []

    retried = large_vault.unlock(A, ROSA.passphrase)
    try:
        assert retried.upkeep is not None and retried.upkeep.pending
        monkeypatch.setattr(upkeep, "PROGRESS_EVERY", 10_000)
        retried.upkeep.run()
        assert len(_dailies_today(large_vault, make_gate.clock)) == 1
    finally:
        retried.lock()


def test_damage_found_by_the_later_check_is_vault_damaged_and_deletes_nothing(large_vault, vault_dir):
    damaged = flip_late_pages(vault_dir / "lifeline.db")
    session = large_vault.unlock(A, ROSA.passphrase)  # opens: the check comes after
    try:
        assert session.upkeep is not None
        with pytest.raises(VaultDamaged) as raised:
            session.upkeep.run()
        assert raised.value.findings
    finally:
        session.lock()
    assert (vault_dir / "lifeline.db").read_bytes() == damaged
    later = large_vault.unlock(A, ROSA.passphrase)  # the failed check was not recorded: it runs again
    try:
        assert later.upkeep is not None and later.upkeep.pending
    finally:
        later.lock()


def test_a_small_vault_is_still_checked_and_backed_up_before_it_opens(created, make_gate):
    gate, _ = created
    make_gate.clock.advance(timedelta(days=1))
    session = gate.unlock(A, ROSA.passphrase)
    try:
        assert session.upkeep is None or not session.upkeep.pending
        assert len(_dailies_today(gate, make_gate.clock)) == 1
    finally:
        session.lock()
