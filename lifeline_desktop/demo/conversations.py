"""The demo vault's conversations: one weekly check-in finished (ratings, notes, summary in the journal) and an
appreciation exchange left half-way, so the library offers to resume it. The notes are in
resources/demo/conversations.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lifeline_desktop.demo.text import demo_conversations
from lifeline_desktop.domain.partners import PartnerSlot

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


def fill_demo_conversations(session: Session) -> None:
    """Written once, by the first demo partner to be filled (partner A)."""
    if session.partner is not PartnerSlot.A:
        return
    service = session.conversations
    check_in = service.start("weekly-check-in", PartnerSlot.A, before_a=5, before_b=6)
    for note in demo_conversations().check_in_notes:
        service.save_note(check_in.id, note.step, note.text, private=False)
    service.move_to(check_in.id, check_in.step_count - 1)
    service.rate_after(check_in.id, 8, 8)
    service.finish(check_in.id)
    service.send_summary_to_journal(check_in.id)

    halfway = service.start("appreciation-exchange", PartnerSlot.B, before_a=6, before_b=7)
    service.move_to(halfway.id, 5)
