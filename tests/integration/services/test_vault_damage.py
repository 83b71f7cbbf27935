"""Bad files at unlock: clear errors, fall back where a good copy exists, and nothing is ever deleted."""

from __future__ import annotations

import random

import pytest

from lifeline_desktop.domain.errors import KeyFileProblem, VaultDamaged
from lifeline_desktop.domain.partners import PartnerSlot
from tests.support.vaults import MEI, ROSA

A, B = PartnerSlot.A, PartnerSlot.B
PAGE = 4096


def _add_entries(gate, count=30):
    rosa = gate.unlock(A, ROSA.passphrase)
    for number in range(count):
        rosa.journal.add_entry(f"Entry {number}", "Some words about our week. " * 40)
    rosa.lock()


@pytest.mark.parametrize("damage", ["missing", "truncated", "garbage", "flipped"])
def test_a_damaged_key_file_falls_back_to_its_mirror_and_is_repaired(created, vault_dir, damage):
    gate, _ = created
    key_file = vault_dir / "lifeline.keys"
    good = key_file.read_bytes()
    if damage == "missing":
        key_file.unlink()
    elif damage == "truncated":
        key_file.write_bytes(good[: len(good) // 2])
    elif damage == "garbage":
        key_file.write_bytes(b"\x00" * 300)
    else:
        data = bytearray(good)
        data[len(data) // 2] ^= 0x01
        key_file.write_bytes(bytes(data))
    gate.unlock(B, MEI.passphrase).lock()
    assert key_file.read_bytes() == good  # the main copy was put back from the mirror


def test_every_flipped_byte_of_the_key_file_is_detected(created, vault_dir):
    """A flip anywhere in both copies is caught by the checksum or the seal, and said plainly."""
    gate, _ = created
    key_file = vault_dir / "lifeline.keys"
    mirror = vault_dir / "lifeline.keys.bak"
    good = key_file.read_bytes()
    rng = random.Random(7)
    for position in rng.sample(range(len(good)), 60):
        damaged = bytearray(good)
        damaged[position] ^= 1 << rng.randrange(8)
        key_file.write_bytes(bytes(damaged))
        mirror.write_bytes(bytes(damaged))
        try:
            session = gate.unlock(A, ROSA.passphrase)
        except KeyFileProblem:
            continue
        session.lock()
        pytest.fail(f"a flipped bit at byte {position} of the key file went unnoticed")
    key_file.write_bytes(good)
    mirror.write_bytes(good)


def test_both_key_file_copies_lost_points_to_the_recovery_key(created, vault_dir):
    gate, _ = created
    (vault_dir / "lifeline.keys").unlink()
    (vault_dir / "lifeline.keys.bak").write_bytes(b"{}")
    with pytest.raises(KeyFileProblem, match="recovery key"):
        gate.unlock(A, ROSA.passphrase)


def test_flipped_bytes_in_database_pages_are_detected_every_time(created, vault_dir):
    gate, _ = created
    _add_entries(gate)
    db = vault_dir / "lifeline.db"
    good = db.read_bytes()
    pages = len(good) // PAGE
    assert pages > 3
    rng = random.Random(11)
    for trial in range(25):
        damaged = bytearray(good)
        position = rng.randrange(16, len(good))  # past the salt: a damaged salt is tested below
        damaged[position] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(damaged))
        with pytest.raises(VaultDamaged) as raised:
            gate.unlock(A, ROSA.passphrase)
        assert raised.value.findings, f"trial {trial}: no finding for byte {position}"
        assert db.read_bytes() == bytes(damaged), "a damaged vault must be left exactly as it was"
    db.write_bytes(good)
    gate.unlock(A, ROSA.passphrase).lock()


def test_a_damaged_salt_is_reported_as_damage_not_as_a_wrong_passphrase(created, vault_dir):
    gate, _ = created
    db = vault_dir / "lifeline.db"
    data = bytearray(db.read_bytes())
    data[3] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        gate.unlock(A, ROSA.passphrase)


def test_restore_latest_backup_after_damage_keeps_the_damaged_file(created, vault_dir, make_gate):
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.journal.add_entry("Kept in the backup", "yes")
    rosa.back_up_now()
    rosa.lock()
    db = vault_dir / "lifeline.db"
    data = bytearray(db.read_bytes())
    data[PAGE + 100] ^= 0x10
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        gate.unlock(A, ROSA.passphrase)
    latest = gate.backups()[0]
    gate.restore_backup(latest)
    mei = gate.unlock(B, MEI.passphrase)
    assert "Kept in the backup" in [e.title for e in mei.journal.entries()]
    mei.lock()
    assert list(vault_dir.glob("lifeline.db.damaged-*")), "the damaged database must be kept aside"


def test_back_up_then_restore_from_an_open_session(created, vault_dir):
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.journal.add_entry("first", "in the backup")
    backup = rosa.back_up_now()
    rosa.journal.add_entry("second", "after the backup")
    assert backup in rosa.backups()
    rosa.restore_backup(backup)
    assert rosa.is_locked
    rosa = gate.unlock(A, ROSA.passphrase)
    assert [e.title for e in rosa.journal.entries()] == ["first"]
    rosa.lock()


def test_restoring_a_backup_from_before_a_rotation_brings_its_key_file(created):
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.journal.add_entry("before", "old key")
    backup = rosa.back_up_now()
    rosa.rotate_master_key()
    rosa.restore_backup(backup)
    mei = gate.unlock(B, MEI.passphrase)
    assert [e.title for e in mei.journal.entries()] == ["before"]
    mei.lock()


def test_temp_files_of_a_key_file_write_cut_short_are_cleared_at_unlock(created, vault_dir):
    gate, _ = created
    leftover = vault_dir / ".lifeline.keys.k3j2h1.tmp"
    leftover.write_bytes((vault_dir / "lifeline.keys").read_bytes()[:100])  # what a SIGKILL mid-write leaves
    unrelated = vault_dir / "notes.tmp"
    unrelated.write_text("not ours")
    gate.unlock(A, ROSA.passphrase).lock()
    assert not leftover.exists() and unrelated.exists()


def test_a_large_vault_is_fully_verified_once_a_day(created, vault_dir, make_gate, monkeypatch):
    """Above the size limit the full page check runs after the first unlock of each day (the window runs it in the
    background), so damage is found within a day without making any unlock of a vault of years slow."""
    from datetime import timedelta

    from lifeline_desktop.services.vault import opening

    monkeypatch.setattr(opening, "FULL_CHECK_ALWAYS_BELOW_BYTES", 0)  # treat this small vault as a large one
    gate, _ = created
    _add_entries(gate)
    checked = gate.unlock(B, MEI.passphrase)
    assert checked.upkeep is not None
    checked.upkeep.run()  # the first unlock today leaves the full check for later: it runs and records it
    checked.lock()
    db = vault_dir / "lifeline.db"
    data = bytearray(db.read_bytes())
    data[PAGE * 2 + 200] ^= 0x04
    db.write_bytes(bytes(data))
    gate.unlock(B, MEI.passphrase).lock()  # verified today already: opens (the damaged page is not read)
    make_gate.clock.advance(timedelta(days=1))
    session = gate.unlock(B, MEI.passphrase)
    try:
        assert session.upkeep is not None
        with pytest.raises(VaultDamaged):
            session.upkeep.run()
    finally:
        session.lock()
