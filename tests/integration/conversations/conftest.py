from __future__ import annotations

import pytest

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA


@pytest.fixture
def conversation_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_gate(tmp_path, memory_keyring, conversation_clock):
    def make() -> VaultGate:
        return VaultGate(tmp_path / "vault", conversation_clock, RememberedKeys(memory_keyring),
                         KdfPolicy.fast_for_tests())

    return make


@pytest.fixture
def gate(make_gate) -> VaultGate:
    """A new vault for Rosa (A) and Mei (B), locked again."""
    gate = make_gate()
    session, _recovery_key = gate.create(ROSA, MEI)
    session.lock()
    return gate
