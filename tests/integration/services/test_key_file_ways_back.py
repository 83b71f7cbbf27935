"""Every way back in works, and no retired passphrase gets in (issue 12, items 1 and 2).

Item 1: with both `lifeline.keys` and `lifeline.keys.bak` gone or damaged, the recovery key still opens the vault:
first through the newest key file found in `backups/` (which still holds both private spaces), otherwise by opening
`lifeline.db` with the recovery key alone and giving both partners new passphrases in a new key file.

Item 2: the newest authentic copy of the key file wins; an older copy is used only when no newer copy can be read
at all; every unlock brings the mirror in line; a retired passphrase opens nothing.
"""

from __future__ import annotations

import shutil

import pytest

from lifeline_desktop.domain.errors import InvalidInput, KeyFileProblem, WrongPassphrase, WrongRecoveryKey
from lifeline_desktop.domain.partners import PartnerSlot
from tests.support.vaults import MEI, ROSA

A, B = PartnerSlot.A, PartnerSlot.B
NEW_ROSA, NEW_MEI = "rosa's new words by the sea", "mei's new words 雨の日"


def _write_entries(gate) -> None:
    rosa = gate.unlock(A, ROSA.passphrase)  # the first unlock of the day also makes the daily backup
    rosa.journal.add_entry("For us", "shared words")
    rosa.journal.add_entry("Mine", "private words", private=True)
    rosa.lock()


def _lose_key_files(vault_dir, how: str) -> None:
    for name in ("lifeline.keys", "lifeline.keys.bak"):
        path = vault_dir / name
        if how == "deleted":
            path.unlink()
        else:
            path.write_bytes(b'{"format": "lifeline-keys", "version": 1, "body": {')


def _files(vault_dir) -> dict[str, bytes]:
    return {str(p.relative_to(vault_dir)): p.read_bytes() for p in vault_dir.rglob("*") if p.is_file()}


@pytest.mark.parametrize("how", ["deleted", "damaged"])
def test_lost_key_files_come_back_from_the_newest_backup_with_the_private_spaces(created, vault_dir, how):
    gate, recovery_key = created
    _write_entries(gate)
    _lose_key_files(vault_dir, how)
    with pytest.raises(KeyFileProblem):
        gate.unlock(A, ROSA.passphrase)

    before = _files(vault_dir)
    rescue = gate.find_key_file_rescue(recovery_key)
    assert _files(vault_dir) == before, "looking for a way back wrote something"
    assert rescue.backup is not None and rescue.backup.key_file is not None
    assert rescue.backup == gate.backups()[0]
    assert rescue.partner_names == {A: "Rosa", B: "Mei"}

    gate.restore_key_file_from_backup(recovery_key, rescue.backup)
    rosa = gate.unlock(A, ROSA.passphrase)
    assert sorted(e.title for e in rosa.journal.entries()) == ["For us", "Mine"]  # the private space is back
    rosa.lock()
    gate.unlock(B, MEI.passphrase).lock()
    assert (vault_dir / "lifeline.keys").read_bytes() == (vault_dir / "lifeline.keys.bak").read_bytes()


@pytest.mark.parametrize("how", ["deleted", "damaged"])
def test_recovery_key_alone_rebuilds_the_key_file_with_new_passphrases(created, vault_dir, how):
    gate, recovery_key = created
    _write_entries(gate)
    _lose_key_files(vault_dir, how)
    shutil.rmtree(vault_dir / "backups")

    rescue = gate.find_key_file_rescue(recovery_key)
    assert rescue.backup is None
    assert rescue.partner_names == {A: "Rosa", B: "Mei"}

    gate.rebuild_key_file(recovery_key, {A: NEW_ROSA, B: NEW_MEI})
    rosa = gate.unlock(A, NEW_ROSA)
    assert [e.title for e in rosa.journal.entries()] == ["For us"]  # the private entry stays sealed, unread
    rosa.lock()
    mei = gate.unlock(B, NEW_MEI)
    assert [e.title for e in mei.journal.entries()] == ["For us"]
    mei.lock()
    with pytest.raises(WrongPassphrase):
        gate.unlock(A, ROSA.passphrase)
    leftovers = [p.name for p in vault_dir.iterdir() if ".damaged-" in p.name]
    assert len(leftovers) == (2 if how == "damaged" else 0), "a damaged key file is kept aside, never deleted"


def test_another_vaults_recovery_key_writes_nothing(created, vault_dir, make_gate, tmp_path):
    gate, _ = created
    _other_session, other_key = make_gate(tmp_path / "other").create(ROSA, MEI)
    _other_session.lock()
    _lose_key_files(vault_dir, "deleted")
    before = _files(vault_dir)
    with pytest.raises(WrongRecoveryKey):
        gate.find_key_file_rescue(other_key)
    with pytest.raises(WrongRecoveryKey):
        gate.rebuild_key_file(other_key, {A: NEW_ROSA, B: NEW_MEI})
    assert _files(vault_dir) == before


def test_a_backup_key_file_is_not_offered_while_the_current_one_works(created, vault_dir):
    gate, recovery_key = created
    _write_entries(gate)
    with pytest.raises(InvalidInput):
        gate.rebuild_key_file(recovery_key, {A: NEW_ROSA, B: NEW_MEI})
    gate.unlock(A, ROSA.passphrase).lock()


# --- item 2: generations ------------------------------------------------------------------------------------------


def _change_rosa(gate, old: str, new: str) -> None:
    rosa = gate.unlock(A, old)
    rosa.change_passphrase(old, new)
    rosa.lock()


def test_a_retired_passphrase_never_opens_through_an_older_mirror(created, vault_dir):
    """The crash state of issue 12: lifeline.keys holds the new passphrase, .bak still the old one."""
    gate, _ = created
    old_copy = (vault_dir / "lifeline.keys").read_bytes()
    _change_rosa(gate, ROSA.passphrase, NEW_ROSA)
    (vault_dir / "lifeline.keys.bak").write_bytes(old_copy)
    newest = (vault_dir / "lifeline.keys").read_bytes()

    with pytest.raises(WrongPassphrase):
        gate.unlock(A, ROSA.passphrase)
    assert (vault_dir / "lifeline.keys").read_bytes() == newest, "the older copy was written back"
    gate.unlock(A, NEW_ROSA).lock()
    assert (vault_dir / "lifeline.keys.bak").read_bytes() == newest, "the unlock did not bring the mirror in line"
    with pytest.raises(WrongPassphrase):
        gate.unlock(A, ROSA.passphrase)
    gate.unlock(B, MEI.passphrase).lock()


def test_the_newest_copy_wins_even_when_it_is_the_mirror(created, vault_dir):
    gate, _ = created
    old_copy = (vault_dir / "lifeline.keys").read_bytes()
    _change_rosa(gate, ROSA.passphrase, NEW_ROSA)
    (vault_dir / "lifeline.keys").write_bytes(old_copy)  # e.g. a file restored by hand from an old copy
    with pytest.raises(WrongPassphrase):
        gate.unlock(A, ROSA.passphrase)
    gate.unlock(A, NEW_ROSA).lock()
    assert (vault_dir / "lifeline.keys").read_bytes() == (vault_dir / "lifeline.keys.bak").read_bytes()


@pytest.mark.parametrize("damage", ["missing", "torn"])
def test_an_older_copy_is_used_only_when_the_newer_cannot_be_read(created, vault_dir, damage):
    gate, _ = created
    old_copy = (vault_dir / "lifeline.keys").read_bytes()
    _change_rosa(gate, ROSA.passphrase, NEW_ROSA)
    newest = vault_dir / "lifeline.keys"
    (vault_dir / "lifeline.keys.bak").write_bytes(old_copy)
    if damage == "missing":
        newest.unlink()
    else:
        newest.write_bytes(newest.read_bytes()[:200])
    gate.unlock(A, ROSA.passphrase).lock()
    assert (vault_dir / "lifeline.keys").read_bytes() == old_copy == (vault_dir / "lifeline.keys.bak").read_bytes()


def test_every_unlock_brings_a_missing_mirror_back(created, vault_dir):
    gate, _ = created
    (vault_dir / "lifeline.keys.bak").unlink()
    gate.unlock(B, MEI.passphrase).lock()
    assert (vault_dir / "lifeline.keys.bak").read_bytes() == (vault_dir / "lifeline.keys").read_bytes()
