from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA

# A Thursday in late February 2026, 10:00 UTC (11:00 in Berlin).
START = datetime(2026, 2, 26, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def gate(tmp_path, memory_keyring, clock) -> VaultGate:
    gate = VaultGate(tmp_path / "vault", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    session, _recovery = gate.create(ROSA, MEI)
    session.lock()
    return gate


@pytest.fixture
def open_as(gate) -> Iterator:
    opened: list[Session] = []

    def open_as(slot: PartnerSlot) -> Session:
        for session in opened:
            session.lock()
        session = gate.unlock(slot, (ROSA if slot is PartnerSlot.A else MEI).passphrase)
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        session.lock()


@pytest.fixture
def rosa(open_as) -> Session:
    return open_as(PartnerSlot.A)
