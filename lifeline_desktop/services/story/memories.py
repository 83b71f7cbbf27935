"""On this day: now and then, Today brings back something shared from this day in an earlier year.

What may come back: a shared journal entry, an appreciation note (both partners can read those), a plan marked as
done together with the partners' shared reflections on it. What never comes back: a private entry or a private
reflection (not even to its author: a memory is for both of them), a wish still in the jar, anything either partner
hid. Either partner can turn the feature off for both; it stays off until one of them turns it on again.

The clock is injected through the vault context, so a simulated calendar can walk through years in a test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MemoryKind, OccurrenceOutcome, Visibility
from lifeline_desktop.services.journal.entry_filters import plain_excerpt
from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.story.views import HowItWent, MemoryView
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import (
    AppreciationNoteRow,
    HiddenMemoryRow,
    JournalEntryRow,
    PlanReflectionRow,
    PlanRow,
    WishRow,
)
from lifeline_desktop.store.vault_meta import read_meta, write_meta

OFF_KEY = "memories.turned_off_by"  # vault_meta: the slot of the partner who turned "On this day" off
MEMORY_TEXT_CHARS = 400


def same_day_in(year: int, day: date) -> date:
    """This day's date in another year; 29 February becomes the 28th in a year without one."""
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def local_day_span(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a local calendar day runs between."""
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)


class MemoryService:
    def __init__(self, context: VaultContext, planner: PlannerService) -> None:
        self._context = context
        self._planner = planner

    def today(self) -> date:
        return self._context.clock.now().astimezone().date()

    # --- the switch and hiding --------------------------------------------------------------------------------

    def is_on(self) -> bool:
        with self._context.transaction() as session:
            return read_meta(session, OFF_KEY) in (None, "")

    def set_on(self, on: bool) -> None:
        with self._context.transaction() as session:
            write_meta(session, OFF_KEY, "" if on else self._context.partner.value)

    def turned_off_by(self) -> PartnerSlot | None:
        with self._context.transaction() as session:
            value = read_meta(session, OFF_KEY)
        return PartnerSlot(value) if value else None

    def hide(self, kind: MemoryKind, item_id: int) -> None:
        """Never bring this item back again, for either partner."""
        with self._context.transaction() as session:
            exists = session.scalars(select(HiddenMemoryRow).where(
                HiddenMemoryRow.kind == kind, HiddenMemoryRow.item_id == item_id)).first()
            if exists is None:
                session.add(HiddenMemoryRow(kind=kind, item_id=item_id, hidden_by_slot=self._context.partner,
                                            hidden_at=self._context.clock.now()))

    def unhide_all(self) -> int:
        with self._context.transaction() as session:
            rows = session.scalars(select(HiddenMemoryRow)).all()
            for row in rows:
                session.delete(row)
            return len(rows)

    # --- what comes back ----------------------------------------------------------------------------------------

    def on_this_day(self, day: date | None = None) -> MemoryView | None:
        """One memory for `day` (today by default), the same one all day long; None when there is none or the
        feature is off."""
        if not self.is_on():
            return None
        found = self.candidates(day)
        if not found:
            return None
        day = day or self.today()
        return found[day.toordinal() % len(found)]

    def candidates(self, day: date | None = None) -> list[MemoryView]:
        """Everything shared from this day in earlier years that nobody hid, oldest first."""
        day = day or self.today()
        spans = self._earlier_spans(day)
        if not spans:
            return []
        with self._context.transaction() as session:
            hidden = {(row.kind, row.item_id) for row in session.scalars(select(HiddenMemoryRow))}
            found = self._entries(session, spans, day) + self._notes(session, spans, day)
            sealed_wish_plans = set(session.scalars(select(WishRow.plan_id).where(
                WishRow.revealed_at.is_(None), WishRow.plan_id.is_not(None))))
        found += self._plans(spans, day, sealed_wish_plans)
        return sorted((memory for memory in found if (memory.kind, memory.item_id) not in hidden),
                      key=lambda memory: (memory.happened_at, memory.kind.value, memory.item_id))

    def _earlier_spans(self, day: date) -> list[tuple[datetime, datetime]]:
        with self._context.transaction() as session:
            firsts = [session.scalar(select(func.min(JournalEntryRow.created_at))),
                      session.scalar(select(func.min(AppreciationNoteRow.created_at))),
                      session.scalar(select(func.min(PlanRow.starts_at)))]
        years = [datetime.fromisoformat(str(first)).year if not isinstance(first, datetime) else first.year
                 for first in firsts if first is not None]
        if not years:
            return []
        return [local_day_span(same_day_in(year, day)) for year in range(min(years) - 1, day.year)]

    def _entries(self, session: OrmSession, spans: list[tuple[datetime, datetime]], day: date) -> list[MemoryView]:
        rows = session.scalars(select(JournalEntryRow).where(
            _within(JournalEntryRow.created_at, spans, JournalEntryRow.visibility == Visibility.SHARED))).all()
        return [MemoryView(MemoryKind.ENTRY, row.id, row.created_at, _years(row.created_at, day),
                           row.title.strip(), plain_excerpt(row.body, length=MEMORY_TEXT_CHARS), row.author_slot)
                for row in rows]

    def _notes(self, session: OrmSession, spans: list[tuple[datetime, datetime]], day: date) -> list[MemoryView]:
        rows = session.scalars(select(AppreciationNoteRow).where(
            _within(AppreciationNoteRow.created_at, spans))).all()
        return [MemoryView(MemoryKind.APPRECIATION, row.id, row.created_at, _years(row.created_at, day), "",
                           plain_excerpt(row.body, length=MEMORY_TEXT_CHARS), row.from_slot) for row in rows]

    def _plans(self, spans: list[tuple[datetime, datetime]], day: date, excluded: set[int | None]) -> list[MemoryView]:
        found: list[MemoryView] = []
        for occurrence in self._planner.occurrences_in(spans):
            if occurrence.outcome != OccurrenceOutcome.DONE.value or occurrence.plan_id in excluded:
                continue
            if not any(start <= occurrence.start < end for start, end in spans):
                continue  # it overlaps the day but began the day before
            found.append(MemoryView(
                MemoryKind.PLAN, occurrence.plan_id, occurrence.start, _years(occurrence.start, day),
                occurrence.title, occurrence.place, None,
                self._how_it_went(occurrence.plan_id, occurrence.original_start)))
        return found

    def _how_it_went(self, plan_id: int, original_start: datetime) -> tuple[HowItWent, ...]:
        """Shared reflections only, straight from the table: a private reflection has no text here at all."""
        with self._context.transaction() as session:
            rows = session.scalars(select(PlanReflectionRow).where(
                PlanReflectionRow.plan_id == plan_id, PlanReflectionRow.occurrence_starts_at == original_start,
                PlanReflectionRow.visibility == Visibility.SHARED).order_by(PlanReflectionRow.author_slot)).all()
            return tuple(HowItWent(row.author_slot, row.enjoyment, row.note) for row in rows)


def _within(column: InstrumentedAttribute[datetime], spans: list[tuple[datetime, datetime]],
            *also: ColumnElement[bool]) -> ColumnElement[bool]:
    """`column` in any of the spans. `also` is repeated inside each span's term: then SQLite seeks each span in an
    index such as (visibility, created_at), instead of reading every row the other condition allows (at 50,000
    entries, 24 ms against 2)."""
    return or_(*(and_(*also, column >= start, column < end) for start, end in spans))


def _years(moment: datetime, day: date) -> int:
    return day.year - moment.astimezone().year

