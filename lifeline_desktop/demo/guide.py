"""The demo couple's check-up: both took it (Sam finds talking and listening harder lately, Alex sees closeness
differently), and the second to answer accepted the path it proposed, so Today shows this week's conversation
and activity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lifeline_desktop.content.checkup import builtin_questions
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.guide.views import CheckupState

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

_LEVELS = {
    PartnerSlot.A: {"emotional-intimacy": 4, "reconnecting": 3, "trust": 4, "communication": 2, "closeness": 4},
    PartnerSlot.B: {"emotional-intimacy": 4, "reconnecting": 3, "trust": 5, "communication": 3, "closeness": 2},
}
_CIRCUMSTANCES = {
    PartnerSlot.A: {"together-how-long": "2-to-10", "children-at-home": "none", "time-apart": "together",
                    "recent-hurt": "no", "counsellor": "no", "leave-out": ("spirituality",), "safety": "no"},
    PartnerSlot.B: {"together-how-long": "2-to-10", "children-at-home": "none", "time-apart": "shifts",
                    "recent-hurt": "no", "counsellor": "thinking", "leave-out": (), "safety": "no"},
}


def fill_demo_guide(session: Session) -> None:
    me = session.partner
    checkup = session.guide.checkup
    checkup.start()
    for question in builtin_questions():
        if question.kind == "scale":
            level = _LEVELS[me][str(question.practice)]
            checkup.save_answer(question.id, 6 - level if question.reverse else level)
        else:
            checkup.save_answer(question.id, _CIRCUMSTANCES[me][question.id])  # type: ignore[arg-type]
    if checkup.finish_turn().state is CheckupState.REVEALED:
        running = session.programs.current()
        session.guide.accept_path(program_id=running.program.id if running is not None else True)
