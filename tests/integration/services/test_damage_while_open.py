"""Damage met while the vault is open (a large vault checks every page once a day only): whatever service reads
the damaged page raises VaultDamaged, never a raw database error, and nothing is deleted."""

from __future__ import annotations

import pytest

from lifeline_desktop.domain.errors import VaultDamaged
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.views import JournalFilter
from tests.support.vaults import ROSA

A = PartnerSlot.A
PAGE = 4096


def flip_late_pages(db) -> bytes:
    """Flip a byte in each page of the file's last half (entries, replies and their index, written after set-up;
    unlock reads none of them); returns the damaged file's bytes."""
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    for page in range(pages // 2, pages):
        data[page * PAGE + PAGE // 2] ^= 0x20
    db.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def large_vault(created, vault_dir, monkeypatch):
    """A vault treated as larger than the full-check size, checked today, with entries spread over many pages."""
    from lifeline_desktop.services.vault import opening

    monkeypatch.setattr(opening, "FULL_CHECK_ALWAYS_BELOW_BYTES", 0)
    gate, _ = created
    rosa = gate.unlock(A, ROSA.passphrase)  # the first unlock today runs the full check
    for number in range(60):
        rosa.journal.add_entry(f"Entry {number}", f"words of entry {number} " * 300)
    if rosa.upkeep is not None:  # the check and the backup of the day, as the window runs them after unlock
        rosa.upkeep.run()
    rosa.lock()
    return gate


READS = {
    "entries": lambda s: s.journal.entries(),
    "page": lambda s: s.journal.page(JournalFilter()),
    "search": lambda s: s.journal.page(JournalFilter(text="words entry")),
    # A single letter is matched over the entries themselves (the word index is small and may sit on sound pages).
    "count": lambda s: s.journal.count(JournalFilter(text="w")),
    "export": lambda s: s.journal.export_entries(s.journal.entry_ids(), include_private=False),
}


@pytest.mark.parametrize("read", list(READS))
def test_a_flipped_page_read_by_a_service_raises_vault_damaged(large_vault, vault_dir, read):
    db = vault_dir / "lifeline.db"
    damaged = flip_late_pages(db)
    session = large_vault.unlock(A, ROSA.passphrase)  # checked today already: opens
    try:
        with pytest.raises(VaultDamaged) as raised:
            READS[read](session)
        assert raised.value.findings
        assert "Nothing was deleted" in str(raised.value)
    finally:
        session.lock()
    assert db.read_bytes() == damaged  # left exactly as it was
    assert large_vault.backups()  # a backup to restore is there


def test_a_backup_of_a_damaged_vault_raises_vault_damaged(large_vault, vault_dir):
    db = vault_dir / "lifeline.db"
    flip_late_pages(db)
    session = large_vault.unlock(A, ROSA.passphrase)
    try:
        with pytest.raises(VaultDamaged):
            session.back_up_now()
    finally:
        session.lock()
