"""The demo vault's planner: a few favourites, plans past and coming (one repeating, with a moved evening),
a reflection, and a wish in the jar for each demo partner. The words are in resources/demo/planner.toml."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.demo.text import demo_planner
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
    text = demo_planner()
    if session.partner is PartnerSlot.A:
        weekly_text, picnic, market = text.a.weekly, text.a.picnic, text.a.market
        for key in ("builtin:home-soup-night", "builtin:free-sunrise", "builtin:touch-slow-dance-kitchen"):
            planner.set_favourite(key, True)
        planner.set_hidden("builtin:away-snow-weekend", True)
        friday = today + timedelta(days=(4 - today.weekday()) % 7 - 14, hours=19)
        weekly = planner.add_plan(PlanDraft(
            weekly_text.title, friday, DEMO_ZONE, 120, place=weekly_text.place, notes=weekly_text.notes,
            phones_away=True, reminder_minutes=60, recurrence_rule=recurrence.weekly_on(friday.date())))
        planner.set_outcome(weekly, recurrence.to_utc(friday, DEMO_ZONE), "done")
        planner.reflect(weekly, recurrence.to_utc(friday, DEMO_ZONE), 4, weekly_text.reflection)
        planner.move_occurrence(weekly, recurrence.to_utc(friday + timedelta(days=14), DEMO_ZONE),
                                friday + timedelta(days=15, hours=-7), DEMO_ZONE)
        planner.add_plan(PlanDraft(picnic.title, today + timedelta(days=2, hours=12), DEMO_ZONE, 150,
                                   place=picnic.place, notes=picnic.notes,
                                   idea_key="builtin:out-picnic-in-the-park"))
        saturday = today + timedelta(days=(5 - today.weekday()) % 7, hours=10)
        planner.add_plan(PlanDraft(market.title, saturday, DEMO_ZONE, 90, place=market.place, notes=market.notes,
                                   recurrence_rule=recurrence.first_weekday_of_month(saturday.date())))
        planner.wishes.add(text.a.wish)
    else:
        pottery = text.b.pottery
        planner.add_plan(PlanDraft(pottery.title, today + timedelta(days=9, hours=14), DEMO_ZONE, 180,
                                   place=pottery.place, notes=pottery.notes, idea_key="builtin:learn-pottery-class"))
        planner.wishes.add(text.b.wish)
