from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA

PASSPHRASES = {PartnerSlot.A: ROSA.passphrase, PartnerSlot.B: MEI.passphrase}


@pytest.fixture
def journal_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def journal_gate(tmp_path, memory_keyring, journal_clock) -> VaultGate:
    gate = VaultGate(tmp_path / "vault", journal_clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    gate.create(ROSA, MEI)[0].lock()
    return gate


@pytest.fixture
def open_as(journal_gate) -> Iterator[Callable[[PartnerSlot], Session]]:
    """Unlocks as a partner (locking whoever was open first: one process holds the vault at a time)."""
    opened: list[Session] = []

    def open_(slot: PartnerSlot) -> Session:
        for session in opened:
            session.lock()
        session = journal_gate.unlock(slot, PASSPHRASES[slot])
        opened.append(session)
        return session

    yield open_
    for session in opened:
        session.lock()
