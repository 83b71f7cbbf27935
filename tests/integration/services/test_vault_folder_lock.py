"""Everything that writes in the vault folder runs under the process lock (issue 12, item 3).

A second set-up of a folder whose first set-up is still running fails with VaultInUse and leaves the first one's
files alone; a set-up racing another in two threads leaves one vault that opens, never a recovery key for a vault
that does not.
"""

from __future__ import annotations

import threading

import pytest

from lifeline_desktop.domain.errors import InvalidInput, VaultInUse
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.probe import key_opens
from lifeline_desktop.store.vault_lock import VaultProcessLock
from lifeline_desktop.vault.recovery_key import parse_recovery_key
from tests.support.vaults import MEI, ROSA


def test_a_second_set_up_while_the_first_is_running_changes_nothing(make_gate, vault_dir):
    vault_dir.mkdir(mode=0o700)
    first_key_file = b'{"the first set-up": "has written its key file and not yet its database"}'
    (vault_dir / "lifeline.keys").write_bytes(first_key_file)
    (vault_dir / "lifeline.keys.bak").write_bytes(first_key_file)
    with VaultProcessLock(vault_dir):  # held by the first set-up, as a second process would see it
        with pytest.raises(VaultInUse):
            make_gate().create(ROSA, MEI)
        assert sorted(p.name for p in vault_dir.iterdir()) == ["lifeline.keys", "lifeline.keys.bak", "lifeline.lock"]
        assert (vault_dir / "lifeline.keys").read_bytes() == first_key_file


def test_two_set_ups_racing_leave_one_vault_that_opens(make_gate, vault_dir):
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def set_up(partners) -> None:
        start.wait()
        try:
            outcomes.append(make_gate().create(*partners))
        except (VaultInUse, InvalidInput) as error:
            outcomes.append(error)

    threads = [threading.Thread(target=set_up, args=(p,)) for p in ((ROSA, MEI), (MEI, ROSA))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    winners = [o for o in outcomes if isinstance(o, tuple)]
    assert len(outcomes) == 2 and len(winners) == 1, outcomes
    session, recovery_key = winners[0]
    winner_a = session.partner_name
    session.lock()
    gate = make_gate()
    passphrase = ROSA.passphrase if winner_a == "Rosa" else MEI.passphrase
    gate.unlock(PartnerSlot.A, passphrase).lock()
    assert key_opens(vault_dir / "lifeline.db", parse_recovery_key(recovery_key))
    assert not [p.name for p in vault_dir.iterdir() if ".unfinished-" in p.name]


def test_unlock_repairs_the_key_file_only_under_the_lock(created, vault_dir):
    gate, _ = created
    (vault_dir / "lifeline.keys").unlink()
    with VaultProcessLock(vault_dir):  # another process has the vault open
        with pytest.raises(VaultInUse):
            gate.unlock(PartnerSlot.A, ROSA.passphrase)
        assert not (vault_dir / "lifeline.keys").exists(), "the key file was repaired without the lock"
    gate.unlock(PartnerSlot.A, ROSA.passphrase).lock()
    assert (vault_dir / "lifeline.keys").exists()
