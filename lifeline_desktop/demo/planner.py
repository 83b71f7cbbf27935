"""The demo vault's planner: a few favourites, plans past and coming (one repeating, with a moved evening),
a reflection, and a wish in the jar for each demo partner."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.domain import recurrence
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.planner.views import PlanDraft

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

DEMO_ZONE = "Europe/London"


def fill_demo_planner(session: Session) -> None:
    planner = session.planner
    today = recurrence.to_local(session.clock.now(), DEMO_ZONE).replace(tzinfo=None, hour=0, minute=0, second=0,
                                                                         microsecond=0)
    if session.partner is PartnerSlot.A:
        for key in ("builtin:home-soup-night", "builtin:free-sunrise", "builtin:touch-slow-dance-kitchen"):
            planner.set_favourite(key, True)
        planner.set_hidden("builtin:away-snow-weekend", True)
        friday = today + timedelta(days=(4 - today.weekday()) % 7 - 14, hours=19)
        weekly = planner.add_plan(PlanDraft(
            "Friday evening, just us", friday, DEMO_ZONE, 120, place="Home",
            notes="Cook together, then the sofa.", phones_away=True, reminder_minutes=60,
            recurrence_rule=recurrence.weekly_on(friday.date())))
        planner.set_outcome(weekly, recurrence.to_utc(friday, DEMO_ZONE), "done")
        planner.reflect(weekly, recurrence.to_utc(friday, DEMO_ZONE), 4, "We laughed more than we have in ages.")
        planner.move_occurrence(weekly, recurrence.to_utc(friday + timedelta(days=14), DEMO_ZONE),
                                friday + timedelta(days=15, hours=-7), DEMO_ZONE)
        planner.add_plan(PlanDraft("Picnic by the river", today + timedelta(days=2, hours=12), DEMO_ZONE, 150,
                                   place="The river bank", notes="The good cheese.",
                                   idea_key="builtin:out-picnic-in-the-park"))
        saturday = today + timedelta(days=(5 - today.weekday()) % 7, hours=10)
        planner.add_plan(PlanDraft("Market breakfast", saturday, DEMO_ZONE, 90, place="Town market",
                                   recurrence_rule=recurrence.first_weekday_of_month(saturday.date())))
        planner.wishes.add("A night somewhere with no signal")
    else:
        planner.add_plan(PlanDraft("Pottery taster", today + timedelta(days=9, hours=14), DEMO_ZONE, 180,
                                   place="Community studio", idea_key="builtin:learn-pottery-class"))
        planner.wishes.add("Learn a dance together, badly")
