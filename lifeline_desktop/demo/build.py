"""The demo vault: a throwaway vault in a temporary folder, filled with a believable few months of a couple.

Its words (names, entries, plans, notes) are in resources/demo/; this package decides when things happen.

The demo partners' passphrases are shown on the unlock screen, so its key derivation is the fast test one.
"""

from __future__ import annotations

from pathlib import Path

from lifeline_desktop.demo.checkins import fill_demo_checkins
from lifeline_desktop.demo.conversations import fill_demo_conversations
from lifeline_desktop.demo.guide import fill_demo_guide
from lifeline_desktop.demo.journal import fill_demo_journal
from lifeline_desktop.demo.planner import fill_demo_planner
from lifeline_desktop.demo.play import fill_demo_play
from lifeline_desktop.demo.story import fill_demo_story
from lifeline_desktop.demo.text import demo_couple
from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.services.vault.views import PartnerSetup
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys

DEMO_PARTNERS: dict[PartnerSlot, PartnerSetup] = {
    slot: PartnerSetup(partner.name, partner.passphrase, partner.colour) for slot, partner in demo_couple().items()
}


def fill_demo_vault(session: Session) -> None:
    """Write the signed-in demo partner's sample entries into an open demo session."""
    fill_demo_journal(session)
    fill_demo_conversations(session)
    fill_demo_planner(session)
    fill_demo_checkins(session)
    fill_demo_guide(session)
    fill_demo_play(session)
    fill_demo_story(session)


NOT_REMEMBERED_REASON = "A demo vault is never remembered on this computer."


def demo_gate(folder: Path, clock: Clock) -> VaultGate:
    """The gate of the demo vault in `folder`, made and filled on first use.

    It never touches the computer's keyring (a throwaway vault has no business there) and uses the fast key
    derivation: its passphrases are on screen anyway.
    """
    gate = VaultGate(folder, clock, RememberedKeys(disabled_reason=NOT_REMEMBERED_REASON), KdfPolicy.fast_for_tests())
    return gate if gate.exists() else create_demo_vault(folder, clock)


def create_demo_vault(folder: Path, clock: Clock, keyring: RememberedKeys | None = None) -> VaultGate:
    """A filled demo vault in `folder`, locked again; returns the gate to unlock it with."""
    gate = VaultGate(folder, clock, keyring or RememberedKeys(disabled_reason=NOT_REMEMBERED_REASON),
                     KdfPolicy.fast_for_tests())
    first, _recovery_key = gate.create(DEMO_PARTNERS[PartnerSlot.A], DEMO_PARTNERS[PartnerSlot.B])
    try:
        fill_demo_vault(first)
    finally:
        first.lock()
    second = gate.unlock(PartnerSlot.B, DEMO_PARTNERS[PartnerSlot.B].passphrase)
    try:
        fill_demo_vault(second)
    finally:
        second.lock()
    return gate
