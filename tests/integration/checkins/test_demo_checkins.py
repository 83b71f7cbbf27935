"""The demo vault shows months of check-ins with an honest gap, this round waiting for Alex, a program under way."""

from __future__ import annotations

from lifeline_desktop.demo.build import DEMO_PARTNERS, create_demo_vault
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.trends import trend_data
from lifeline_desktop.services.checkins.views import TrendRange


def test_demo_check_ins_and_program(tmp_path):
    clock = ManualClock()
    gate = create_demo_vault(tmp_path / "demo", clock)
    alex = gate.unlock(PartnerSlot.B, DEMO_PARTNERS[PartnerSlot.B].passphrase)
    try:
        rounds = alex.checkins.revealed_rounds()
        assert len(rounds) >= 14
        data = trend_data(rounds, alex.checkins.today(), TrendRange.ALL)
        assert len(data.segments) == 2 and len(data.gaps) == 1
        status = alex.checkins.status()
        assert status.other_answered and not status.i_answered and status.mine is None
        today = alex.today.today()
        assert today.program is not None and today.program.done_count == 4
        assert today.program.next_step is not None and today.program.next_step.id == "w2-write"
        assert [t.title for t in alex.checkins.agenda()][-1] == "How we share the evening routine"
    finally:
        alex.lock()
