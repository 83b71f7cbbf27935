from __future__ import annotations

import pytest

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA


@pytest.fixture
def vault_dir(tmp_path):
    return tmp_path / "vault"


@pytest.fixture
def make_gate(vault_dir, memory_keyring):
    clock = ManualClock()

    def make(folder=None) -> VaultGate:
        return VaultGate(folder or vault_dir, clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())

    make.clock = clock  # type: ignore[attr-defined]
    return make


@pytest.fixture
def created(make_gate):
    """A new vault for Rosa and Mei, locked again; yields (gate, recovery key)."""
    gate = make_gate()
    session, recovery_key = gate.create(ROSA, MEI)
    session.lock()
    return gate, recovery_key
