"""The story part of the demo vault: entries and a plan from this very day in earlier years (so Today shows a
memory), and a few milestones on the timeline."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.domain import recurrence
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MilestoneKind
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.story.memories import same_day_in
from lifeline_desktop.services.story.views import MilestoneDraft

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

DEMO_ZONE = "Europe/London"

# (years ago, hour, title, body)
_EARLIER: dict[PartnerSlot, list[tuple[int, int, str, str]]] = {
    PartnerSlot.A: [
        (1, 21, "Rain on the skylight",
         "We lay on the floor under the skylight and listened to the rain instead of watching the film. Alex "
         "fell asleep first, mid-sentence, holding my hand."),
        (3, 9, "Our first proper breakfast",
         "Eggs a bit burnt, coffee far too strong, the radio on. It felt like the start of something."),
    ],
    PartnerSlot.B: [
        (2, 19, "The allotment, at last",
         "Sam dug for two hours and found one potato and a very old spoon. We kept the spoon. It's on the shelf "
         "now, which says something about us."),
    ],
}

# (years ago, days offset, kind, title, note)
_MILESTONES = [
    (7, 41, MilestoneKind.FIRST_MET, "We met at Jo's birthday", "The kitchen, the good crisps, talking until 2 am."),
    (5, -60, MilestoneKind.MOVED_IN, "Keys to the flat on Alder Street", "Two boxes of books each and one mug."),
    (3, 15, MilestoneKind.COMMITTED, "Our wedding, small and loud", "Twenty people, a ceilidh band, rain at noon."),
    (2, 120, MilestoneKind.HARD_TIME, "The year we got through", "Sam's illness and the long recovery. We held on."),
]


def fill_demo_story(session: Session) -> None:
    today = session.clock.now().astimezone().date()
    for years_ago, hour, title, body in _EARLIER[session.partner]:
        day = same_day_in(today.year - years_ago, today)
        session.journal.add_entry(title, body, written_at=datetime.combine(day, time(hour)).astimezone())
    if session.partner is not PartnerSlot.A:
        return
    for years_ago, offset, kind, title, note in _MILESTONES:
        happened = same_day_in(today.year - years_ago, today) - timedelta(days=offset)
        session.milestones.add(MilestoneDraft(kind, title, min(happened, today), note), DEMO_ZONE)
    last_year = same_day_in(today.year - 1, today)
    start = datetime.combine(last_year, time(12))
    plan = session.planner.add_plan(PlanDraft("Picnic at Kenwood", start, DEMO_ZONE, 150, place="Hampstead Heath"))
    moment = recurrence.to_utc(start, DEMO_ZONE)
    session.planner.set_outcome(plan, moment, "done")
    session.planner.reflect(plan, moment, 5, "The wasps loved the jam more than we did. Still perfect.")
