"""The demo vault's rhythm: five months of weekly check-ins (with a quiet stretch of several weeks, shown as a gap),
this week answered by Sam only (sealed, so Alex's Today page reminds them), an agenda topic, and a program under way.
The notes are in resources/demo/checkins.toml."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.demo.text import demo_checkins
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import Scores

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

WEEKS = 22
QUIET_WEEKS = range(9, 15)  # weeks ago with no check-in: a busy spell, shown honestly as a gap


def _scores(rng: random.Random, weeks_ago: int, slot: PartnerSlot) -> Scores:
    lift = (WEEKS - weeks_ago) / WEEKS * 3  # slowly better over the months
    base = 4.5 + lift + (0.6 if slot is PartnerSlot.B else 0.0)

    def one(offset: float) -> int:
        return max(1, min(10, round(base + offset + rng.uniform(-1.2, 1.2))))

    return Scores(one(0), one(-0.5), one(-1.0 if slot is PartnerSlot.A else 0.2), one(0.3), one(0.8))


def fill_demo_checkins(session: Session) -> None:
    now = session.clock.now()
    me = session.partner
    text = demo_checkins()
    rng = random.Random(7 if me is PartnerSlot.A else 11)
    for weeks_ago in range(WEEKS, 0, -1):
        if weeks_ago in QUIET_WEEKS:
            continue
        session.checkins.answer(_scores(rng, weeks_ago, me), rng.choice(text.notes(me)),
                                answered_at=now - timedelta(weeks=weeks_ago, hours=3 if me is PartnerSlot.A else 1))
    if me is PartnerSlot.A:
        session.checkins.answer(_scores(rng, 0, me), text.a.this_week)
        enrolment = session.programs.enrol("five-practices", started_at=now - timedelta(days=12))
        for step in ("w1-write", "w1-fears-dreams", "w1-appreciate", "w2-evening"):
            session.programs.mark_done(enrolment, step, when=now - timedelta(days=10))
    else:
        session.checkins.add_topic(text.b.agenda_topic)
