"""The `couple` fixture: Rosa and Mei on one real encrypted vault, for the feature tests that need both."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA

PASSPHRASES = {PartnerSlot.A: ROSA.passphrase, PartnerSlot.B: MEI.passphrase}


class Couple:
    """Rosa (A) and Mei (B) on one real encrypted vault, taking turns at the computer."""

    def __init__(self, gate: VaultGate, clock: ManualClock) -> None:
        self.gate = gate
        self.clock = clock

    @contextmanager
    def as_(self, slot: PartnerSlot) -> Iterator[Session]:
        session = self.gate.unlock(slot, PASSPHRASES[slot])
        try:
            yield session
        finally:
            session.lock()


@pytest.fixture
def couple(tmp_path, memory_keyring) -> Couple:
    clock = ManualClock()
    gate = VaultGate(tmp_path / "vault", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    session, _key = gate.create(ROSA, MEI)
    session.lock()
    return Couple(gate, clock)

