"""The gate the app's unlock screen meets first: it shows who may open a real vault without loading the services,
builds the real gate once on first other use, and then answers exactly as the real gate does."""

from __future__ import annotations

from pathlib import Path

from lifeline_desktop.domain.clock import SystemClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.deferred_gate import DeferredGate
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA


def _deferred(folder: Path, built: list[VaultGate]) -> DeferredGate:
    remembered = RememberedKeys(hints_dir=folder.parent / "remembered")

    def build() -> VaultGate:
        built.append(VaultGate(folder, SystemClock(), remembered, KdfPolicy.fast_for_tests()))
        return built[-1]

    return DeferredGate(folder, build, remembered)


def test_the_unlock_screen_s_questions_are_answered_without_the_services(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    built: list[VaultGate] = []
    gate = _deferred(folder, built)
    assert not gate.exists()
    gate.create(ROSA, MEI)[0].lock()  # the first other use: the real gate is built
    assert len(built) == 1

    fresh: list[VaultGate] = []
    waiting = _deferred(folder, fresh)
    assert waiting.exists()
    assert [(tile.slot, tile.label) for tile in waiting.tiles()] == [(PartnerSlot.A, "R"), (PartnerSlot.B, "M")]
    assert waiting.remembered_status().remembered is False  # never remembered here: the keyring is not asked
    assert fresh == []  # nothing above needed the services


def test_the_real_gate_is_built_once_and_opens_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    built: list[VaultGate] = []
    gate = _deferred(folder, built)
    gate.create(ROSA, MEI)[0].lock()
    gate.prepare()
    session = gate.unlock(PartnerSlot.B, MEI.passphrase)
    try:
        assert session.partner is PartnerSlot.B and session.partner_name == "Mei"
    finally:
        session.lock()
    assert len(built) == 1
    assert not hasattr(gate, "_not_a_gate_name")  # probing a private name never builds or reaches the gate
