"""Every vault operation, end to end, on real SQLCipher files."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from lifeline_desktop.domain.errors import (
    InvalidInput,
    RecoveryKeyTypo,
    VaultInUse,
    WrongPassphrase,
    WrongRecoveryKey,
)
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.recovery_key import parse_recovery_key
from tests.support.vaults import MEI, ROSA

A, B = PartnerSlot.A, PartnerSlot.B


def test_both_partners_unlock_and_see_each_others_shared_entries(created):
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)
    assert (rosa.partner_name, rosa.other_name) == ("Rosa", "Mei")
    rosa.journal.add_entry("Saturday", "We walked to the lake and didn't look at our phones once.")
    rosa.lock()
    mei = gate.unlock(B, MEI.passphrase)
    assert [e.title for e in mei.journal.entries()] == ["Saturday"]
    mei.lock()


def test_before_unlock_tiles_show_initials_and_colours_and_names_come_after(created, vault_dir):
    gate, _ = created
    assert [(t.slot, t.label, t.colour) for t in gate.tiles()] == [(A, "R", ROSA.colour), (B, "M", MEI.colour)]
    assert b"Rosa" not in (vault_dir / "lifeline.keys").read_bytes()
    mei = gate.unlock(B, MEI.passphrase)
    assert (mei.partner_name, mei.other_name) == ("Mei", "Rosa")
    mei.lock()


def test_wrong_passphrase_is_refused_and_changes_no_file(created, vault_dir):
    gate, _ = created
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in vault_dir.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase):
        gate.unlock(A, MEI.passphrase)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in vault_dir.rglob("*") if p.is_file()}
    assert after == before


def test_recovery_key_opens_the_shared_vault_and_sets_a_new_passphrase(created):
    gate, recovery_key = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.journal.add_entry("A secret", "only for me", private=True)
    rosa.journal.add_entry("For us", "shared words")
    rosa.lock()

    recovered = gate.unlock_with_recovery_key(recovery_key.lower(), A, "a brand new passphrase")
    assert [e.title for e in recovered.journal.entries()] == ["For us"]  # the old private entry stays sealed
    recovered.lock()
    with pytest.raises(WrongPassphrase):
        gate.unlock(A, ROSA.passphrase)
    again = gate.unlock(A, "a brand new passphrase")
    assert [e.title for e in again.journal.entries()] == ["For us"]
    again.lock()
    gate.unlock(B, MEI.passphrase).lock()  # the other partner is untouched


def test_mistyped_recovery_key_is_caught_before_any_slow_work(created):
    gate, recovery_key = created
    groups = recovery_key.split("-")
    groups[3] = groups[3][::-1] if groups[3] != groups[3][::-1] else "ZZZZ"
    with pytest.raises(RecoveryKeyTypo):
        gate.check_recovery_key_format("-".join(groups))


def test_recovery_key_opens_the_database_with_plain_sqlcipher(created, vault_dir):
    """A couple is never locked in: the recovery key and any SQLCipher 4 tool open the shared data."""
    gate, recovery_key = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.journal.add_entry("Our first entry", "Readable with standard tools")
    rosa.lock()
    hex_key = parse_recovery_key(recovery_key).hex()
    connection = sqlcipher.connect(str(vault_dir / "lifeline.db"))
    connection.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    titles = [row[0] for row in connection.execute("SELECT title FROM journal_entries")]
    names = sorted(row[0] for row in connection.execute("SELECT name FROM partners"))
    connection.close()
    assert titles == ["Our first entry"] and names == ["Mei", "Rosa"]


def test_change_passphrase_then_unlock_with_the_new_one(created):
    gate, _ = created
    mei = gate.unlock(B, MEI.passphrase)
    mei.journal.add_entry("mine", "still mine after the change", private=True)
    with pytest.raises(WrongPassphrase):
        mei.change_passphrase("not my passphrase", "new")
    mei.change_passphrase(MEI.passphrase, "new words for Mei")
    mei.lock()
    with pytest.raises(WrongPassphrase):
        gate.unlock(B, MEI.passphrase)
    mei = gate.unlock(B, "new words for Mei")
    assert [e.body for e in mei.journal.entries()] == ["still mine after the change"]
    mei.lock()


def test_rotation_gives_a_new_recovery_key_and_retires_the_old(created, vault_dir):
    gate, old_recovery = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.journal.add_entry("before rotation", "kept")
    new_recovery = rosa.rotate_master_key()
    rosa.journal.add_entry("after rotation", "kept too")
    rosa.lock()
    assert new_recovery != old_recovery
    with pytest.raises(WrongRecoveryKey):
        gate.unlock_with_recovery_key(old_recovery, A, "whatever")
    for slot, passphrase in ((A, ROSA.passphrase), (B, MEI.passphrase)):
        session = gate.unlock(slot, passphrase)
        assert {e.title for e in session.journal.entries()} == {"before rotation", "after rotation"}
        session.lock()
    connection = sqlcipher.connect(str(vault_dir / "lifeline.db"))
    connection.execute(f"PRAGMA key = \"x'{parse_recovery_key(old_recovery).hex()}'\"")
    with pytest.raises(sqlcipher.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.close()


def test_remember_on_this_computer_and_forget(created, memory_keyring):
    gate, _ = created
    assert gate.unlock_remembered(A) is None
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.journal.add_entry("private", "x", private=True)
    rosa.set_remembered(True)
    assert rosa.keyring_status().remembered
    rosa.lock()
    remembered = gate.unlock_remembered(A)
    assert remembered is not None and not remembered.private_space_open
    assert [e.title for e in remembered.journal.entries()] == []  # private space stays closed
    remembered.open_private_space(ROSA.passphrase)
    assert [e.title for e in remembered.journal.entries()] == ["private"]
    remembered.set_remembered(False)
    remembered.lock()
    assert gate.unlock_remembered(A) is None
    assert memory_keyring.items == {}


def test_a_broken_keyring_falls_back_to_the_passphrase(created, memory_keyring):
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.set_remembered(True)
    rosa.lock()

    def broken(*_args):
        raise RuntimeError("the keyring daemon went away")

    memory_keyring.get_password = broken  # the edge we cannot break for real here: a keyring failing mid-use
    assert gate.unlock_remembered(A) is None
    gate.unlock(A, ROSA.passphrase).lock()


def test_second_process_gets_a_clear_vault_in_use(created, make_gate):
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)
    try:
        with pytest.raises(VaultInUse):
            make_gate().unlock(B, MEI.passphrase)
    finally:
        rosa.lock()
    make_gate().unlock(B, MEI.passphrase).lock()


def test_locked_session_refuses_work_and_holds_no_engine(created):
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.lock()
    rosa.lock()  # twice is fine
    assert rosa.is_locked
    with pytest.raises(Exception, match="locked"):
        rosa.journal.entries()


def test_creating_over_an_existing_vault_is_refused(created, make_gate):
    with pytest.raises(InvalidInput):
        make_gate().create(ROSA, MEI)


def test_empty_names_and_passphrases_are_refused(make_gate):
    gate = make_gate()
    with pytest.raises(InvalidInput, match="name"):
        gate.create(ROSA.__class__(" ", "pw", "#000000"), MEI)
    with pytest.raises(InvalidInput, match="passphrase"):
        gate.create(ROSA.__class__("Rosa", "", "#000000"), MEI)
    assert not gate.exists()


def test_a_slot_below_a_raised_kdf_floor_is_rewrapped_at_unlock(created, vault_dir):
    """When a release raises Argon2id's floor, each partner's slot is re-wrapped the next time they unlock."""
    from lifeline_desktop.domain.clock import ManualClock
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfParams, KdfPolicy
    from lifeline_desktop.vault.keyfile import read_tiles_key_file
    from lifeline_desktop.vault.remembered_key import RememberedKeys

    raised = KdfParams(memory_kib=2048, iterations=2, parallelism=1, salt=b"")
    gate = VaultGate(vault_dir, ManualClock(), RememberedKeys(), KdfPolicy(floor=raised, calibrated=False))
    before = read_tiles_key_file(vault_dir).slot(A).kdf
    assert not before.at_least(raised)
    gate.unlock(A, ROSA.passphrase).lock()
    after = read_tiles_key_file(vault_dir)
    assert after.slot(A).kdf.at_least(raised) and after.slot(A).kdf.salt != before.salt
    assert not after.slot(B).kdf.at_least(raised)  # Mei's slot waits for Mei's own passphrase
    gate.unlock(A, ROSA.passphrase).lock()
    gate.unlock(B, MEI.passphrase).lock()


def test_asking_whether_a_vault_is_remembered_never_reads_the_keyring(created, vault_dir, tmp_path, memory_keyring):
    """Reading a Secret Service with no login keyring yet makes it ask the user to create one: the unlock
    screen must not cause that just by starting. Only 'open without passphrase' reads the keyring."""
    from lifeline_desktop.domain.clock import ManualClock
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy

    reads: list[str] = []
    real_get = memory_keyring.get_password
    memory_keyring.get_password = lambda service, user: reads.append(user) or real_get(service, user)

    def fresh_gate() -> VaultGate:
        return VaultGate(vault_dir, ManualClock(), kdf_policy=KdfPolicy.fast_for_tests(),
                         remembered_hints_dir=tmp_path / "settings" / "remembered")

    assert not fresh_gate().keyring_status().remembered
    assert not fresh_gate().remembered_status().remembered
    assert fresh_gate().unlock_remembered(A) is None
    assert reads == []
    rosa = fresh_gate().unlock(A, ROSA.passphrase)
    rosa.set_remembered(True)
    rosa.lock()
    assert fresh_gate().keyring_status().remembered and reads == []
    assert fresh_gate().remembered_status().remembered
    fresh_gate().unlock_remembered(A).lock()
    assert len(reads) == 1
