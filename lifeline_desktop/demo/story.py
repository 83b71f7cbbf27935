"""The story part of the demo vault: entries and a plan from this very day in earlier years (so Today shows a
memory), and a few milestones on the timeline. The words live in resources/demo/story.toml."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.demo.text import demo_story
from lifeline_desktop.domain import recurrence
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MilestoneKind
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.story.memories import same_day_in
from lifeline_desktop.services.story.views import MilestoneDraft

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

DEMO_ZONE = "Europe/London"


def fill_demo_story(session: Session) -> None:
    story = demo_story()
    today = session.clock.now().astimezone().date()
    for entry in story.of(session.partner).earlier:
        day = same_day_in(today.year - entry.years_ago, today)
        written_at = datetime.combine(day, time(entry.hour)).astimezone()
        session.journal.add_entry(entry.title, entry.body, written_at=written_at)
    if session.partner is not PartnerSlot.A:
        return
    for milestone in story.milestones:
        happened = same_day_in(today.year - milestone.years_ago, today) - timedelta(days=milestone.days_before)
        session.milestones.add(MilestoneDraft(MilestoneKind(milestone.kind), milestone.title, min(happened, today),
                                              milestone.note), DEMO_ZONE)
    plan_text = story.last_year_plan
    start = datetime.combine(same_day_in(today.year - 1, today), time(12))
    plan = session.planner.add_plan(PlanDraft(plan_text.title, start, DEMO_ZONE, 150, place=plan_text.place))
    moment = recurrence.to_utc(start, DEMO_ZONE)
    session.planner.set_outcome(plan, moment, "done")
    session.planner.reflect(plan, moment, 5, plan_text.reflection)
