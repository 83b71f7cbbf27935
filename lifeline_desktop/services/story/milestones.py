"""The couple's own milestones: a timeline of days that matter, each coming back once a year.

A milestone is shared by nature: either partner may add, change or remove one. Its yearly reminder is an ordinary
repeating plan in the planner (FREQ=YEARLY, from the next anniversary on), so it shows in the calendar and reminds
like any plan; removing the milestone or turning the reminder off removes that plan. On the day itself, Today asks
a short question about it (`anniversaries`).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.story.memories import same_day_in
from lifeline_desktop.services.story.views import MilestoneDraft, MilestoneView
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import MilestoneRow, PlanRow

REMINDER_HOUR = 9
REMINDER_MINUTES_BEFORE = 24 * 60  # the evening before, so there is time to think of something


def yearly_rule(day: date) -> str:
    """Every year on this day; a 29 February milestone comes back on the last day of February."""
    if (day.month, day.day) == (2, 29):
        return "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
    return f"FREQ=YEARLY;BYMONTH={day.month};BYMONTHDAY={day.day}"


def next_anniversary(happened_on: date, today: date) -> date:
    candidate = same_day_in(today.year, happened_on)
    return candidate if candidate >= today else same_day_in(today.year + 1, happened_on)


class MilestoneService:
    def __init__(self, context: VaultContext, planner: PlannerService) -> None:
        self._context = context
        self._planner = planner

    def today(self) -> date:
        return self._context.clock.now().astimezone().date()

    def timeline(self) -> list[MilestoneView]:
        """Every milestone, the oldest first."""
        with self._context.transaction() as session:
            rows = session.scalars(select(MilestoneRow).order_by(MilestoneRow.happened_on, MilestoneRow.id)).all()
            return [_view(row) for row in rows]

    def get(self, milestone_id: int) -> MilestoneView:
        with self._context.transaction() as session:
            return _view(self._row(session, milestone_id))

    def add(self, draft: MilestoneDraft, time_zone: str) -> int:
        draft = draft.checked(self.today())
        plan_id = self._reminder_plan(draft, time_zone) if draft.yearly_reminder else None
        try:
            with self._context.transaction() as session:
                row = MilestoneRow(kind=draft.kind, title=draft.title, note=draft.note,
                                   happened_on=draft.happened_on.isoformat(), created_by_slot=self._context.partner,
                                   created_at=self._context.clock.now(), plan_id=plan_id)
                session.add(row)
                session.flush()
                return row.id
        except BaseException:
            if plan_id is not None:
                self._planner.delete_plan(plan_id)
            raise

    def update(self, milestone_id: int, draft: MilestoneDraft, time_zone: str) -> None:
        draft = draft.checked(self.today())
        with self._context.transaction() as session:
            old_plan = self._row(session, milestone_id).plan_id
        if old_plan is not None:
            self._delete_plan_quietly(old_plan)
        plan_id = self._reminder_plan(draft, time_zone) if draft.yearly_reminder else None
        with self._context.transaction() as session:
            row = self._row(session, milestone_id)
            row.kind, row.title, row.note = draft.kind, draft.title, draft.note
            row.happened_on, row.plan_id = draft.happened_on.isoformat(), plan_id

    def remove(self, milestone_id: int) -> None:
        with self._context.transaction() as session:
            row = self._row(session, milestone_id)
            plan_id = row.plan_id
            session.delete(row)
        if plan_id is not None:
            self._delete_plan_quietly(plan_id)

    def anniversaries(self, day: date | None = None) -> list[MilestoneView]:
        """Milestones whose day it is (in an earlier year): Today asks a few words about each."""
        day = day or self.today()
        return [m for m in self.timeline() if m.happened_on.year < day.year
                and same_day_in(day.year, m.happened_on) == day]

    # --- inside -----------------------------------------------------------------------------------------------

    def _reminder_plan(self, draft: MilestoneDraft, time_zone: str) -> int:
        first = next_anniversary(draft.happened_on, self.today())
        return self._planner.add_plan(PlanDraft(
            title=draft.title, starts_local=datetime.combine(first, time(REMINDER_HOUR)), time_zone=time_zone,
            duration_minutes=60, notes=f"Since {draft.happened_on.isoformat()}.",
            reminder_minutes=REMINDER_MINUTES_BEFORE, recurrence_rule=yearly_rule(draft.happened_on)))

    def _delete_plan_quietly(self, plan_id: int) -> None:
        with self._context.transaction() as session:
            plan = session.get(PlanRow, plan_id)
            if plan is not None:
                session.delete(plan)

    def _row(self, session: OrmSession, milestone_id: int) -> MilestoneRow:
        row = session.get(MilestoneRow, milestone_id)
        if row is None:
            raise InvalidInput("That milestone is no longer on your timeline.")
        return row


def _view(row: MilestoneRow) -> MilestoneView:
    return MilestoneView(row.id, row.kind, row.title, row.note, date.fromisoformat(row.happened_on),
                         row.created_by_slot, row.plan_id is not None)
