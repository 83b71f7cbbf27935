from __future__ import annotations

from lifeline_desktop.demo.build import DEMO_PARTNERS, create_demo_vault
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot


def test_the_demo_shows_a_finished_check_in_and_one_to_resume(tmp_path, memory_keyring):
    gate = create_demo_vault(tmp_path / "demo", ManualClock())
    alex = gate.unlock(PartnerSlot.B, DEMO_PARTNERS[PartnerSlot.B].passphrase)
    history = alex.conversations.history()
    assert [c.script_id for c in history] == ["weekly-check-in"] and history[0].ratings.after_b == 8
    unfinished = alex.conversations.unfinished()
    assert unfinished is not None and unfinished.script_id == "appreciation-exchange"
    assert unfinished.current_step == 5
    assert any(e.title == "Conversation: Our weekly check-in" for e in alex.journal.entries())
    alex.lock()
