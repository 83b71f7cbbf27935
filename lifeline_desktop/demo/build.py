"""The demo vault: a throwaway vault in a temporary folder, filled with a believable few months of a couple.

The demo partners' passphrases are shown on the unlock screen, so its key derivation is the fast test one.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from lifeline_desktop.demo.checkins import fill_demo_checkins
from lifeline_desktop.demo.conversations import fill_demo_conversations
from lifeline_desktop.demo.guide import fill_demo_guide
from lifeline_desktop.demo.journal import fill_demo_journal
from lifeline_desktop.demo.planner import fill_demo_planner
from lifeline_desktop.demo.play import fill_demo_play
from lifeline_desktop.domain.clock import Clock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.services.vault.views import PartnerSetup
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys

DEMO_PARTNERS: dict[PartnerSlot, PartnerSetup] = {
    PartnerSlot.A: PartnerSetup("Sam", "sunday pancakes", "#c8643b"),
    PartnerSlot.B: PartnerSetup("Alex", "river walk at dusk", "#3b7ea1"),
}

# (days ago, title, body, mood, private)
_ENTRIES: dict[PartnerSlot, list[tuple[int, str, str, str, bool]]] = {
    PartnerSlot.A: [
        (62, "Starting this together",
         "We said we'd try writing here once a week. I feel a bit shy about it, which is probably a good sign. "
         "What I hope for: more evenings where we actually talk, not just trade schedules.", "hopeful", False),
        (41, "The kitchen dance",
         "You put on that old song while the pasta boiled and pulled me in. Two minutes, maybe three. "
         "I've been smiling about it all day.", "warm", False),
        (20, "Something I haven't said yet",
         "I worry I've been distant since the new job started. I want to tell you, but I need to find the words "
         "first. Writing them here until then.", "unsure", True),
        (6, "Thank you for Tuesday",
         "You noticed I was running on empty and took the bins out, walked the dog and made tea without a word. "
         "It felt like being looked after.", "grateful", False),
    ],
    PartnerSlot.B: [
        (55, "What I miss",
         "I miss the slow Saturday mornings. Not the places we went, just the not-rushing. "
         "Could we protect one morning a month for that?", "wistful", False),
        (33, "After our talk",
         "Thank you for listening last night without trying to fix it. I didn't need a plan, I needed you "
         "to hear me, and you did.", "relieved", False),
        (12, "For me only",
         "Notes to myself before the check-in: ask for more help with the evening routine; say how much the "
         "kitchen dance meant.", "thoughtful", True),
        (2, "A small plan",
         "Picnic by the river if the weather holds? I'll pack the good cheese.", "playful", False),
    ],
}


def fill_demo_vault(session: Session) -> None:
    """Write the signed-in demo partner's sample entries into an open demo session."""
    now = session.clock.now()
    for days_ago, title, body, mood, private in _ENTRIES[session.partner]:
        session.journal.add_entry(title, body, private=private, mood=mood,
                                  written_at=now - timedelta(days=days_ago, hours=days_ago % 7))
    fill_demo_journal(session)
    fill_demo_conversations(session)
    fill_demo_planner(session)
    fill_demo_checkins(session)
    fill_demo_guide(session)
    fill_demo_play(session)


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
