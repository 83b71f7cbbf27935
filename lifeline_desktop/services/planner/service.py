"""The activity planner: ideas, plans on a calendar (repeating ones too), outcomes and reflections.

Plans store their first start in UTC plus the IANA zone they were made in; repeats follow that zone's wall clock
(domain/recurrence.py). Views carry UTC moments and the plan's zone; the UI shows them in the computer's zone.
Overlapping plans are allowed and flagged. Past dates are allowed (to record what you did).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain import recurrence
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.vocabulary import OccurrenceOutcome, PlanStatus, Visibility
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.planner.ideas import IdeaLibrary, key_of
from lifeline_desktop.services.planner.views import (  # noqa: F401
    MAX_DURATION_MINUTES,
    MAX_NOTES,
    MAX_PLAN_TITLE,
    IdeaDraft,
    IdeaFilter,
    IdeaView,
    OccurrenceView,
    PlanDraft,
    ReflectionView,
)
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import ActivityIdeaRow, PlanExceptionRow, PlanOutcomeRow, PlanReflectionRow, PlanRow

__all__ = ["IdeaDraft", "IdeaFilter", "IdeaView", "OccurrenceView", "PlanDraft", "PlannerService",
           "ReflectionView"]

MAX_REFLECTION_CHARS = 2000


@dataclass(frozen=True)
class _PlanData:
    id: int
    title: str
    starts_at: datetime
    time_zone: str
    duration: timedelta
    rule: str | None
    status: PlanStatus
    place: str
    notes: str
    phones_away: bool
    reminder_minutes: int | None
    from_wish: bool
    idea_key: str | None


class PlannerService:
    """Plans and ideas. The open session builds one (as a Planner, with its wish jar, reminders and .ics)."""

    def __init__(self, context: VaultContext, journal: JournalService) -> None:
        self._context = context
        self.library = IdeaLibrary(context)
        self._journal = journal

    @property
    def partner(self) -> str:
        return self._context.partner.value

    # --- ideas --------------------------------------------------------------------------------------------
    def ideas(self, idea_filter: IdeaFilter | None = None) -> list[IdeaView]:
        return self.library.ideas(idea_filter)

    def set_favourite(self, key: str, on: bool) -> None:
        self.library.set_favourite(key, on)

    def set_hidden(self, key: str, on: bool) -> None:
        self.library.set_hidden(key, on)

    def add_idea(self, draft: IdeaDraft) -> str:
        return self.library.add_idea(draft)

    def update_idea(self, key: str, draft: IdeaDraft) -> None:
        self.library.update_idea(key, draft)

    def surprise(self, idea_filter: IdeaFilter | None = None, rng: random.Random | None = None) -> IdeaView | None:
        """A random fitting idea, avoiding the ones done (or planned and passed) recently."""
        return self.library.surprise(idea_filter or IdeaFilter(), self.recently_done_ideas(), rng)

    def recently_done_ideas(self) -> set[str]:
        now = self._context.clock.now()
        since = IdeaLibrary.recent_since(now)
        done: set[str] = set()
        for occurrence in self.occurrences(since, now):
            if occurrence.idea_key and occurrence.outcome != OccurrenceOutcome.SKIPPED.value:
                done.add(occurrence.idea_key)
        return done

    # --- plans --------------------------------------------------------------------------------------------
    def add_plan(self, draft: PlanDraft, *, from_wish: bool = False) -> int:
        draft = draft.checked()
        now = self._context.clock.now()
        with self._context.transaction() as session:
            row = PlanRow(created_by_slot=self._context.partner, created_at=now, status=PlanStatus.PLANNED,
                          from_wish=from_wish)
            self._fill(session, row, draft, now)
            session.add(row)
            session.flush()
            return row.id

    def add_plans(self, drafts: Iterable[tuple[PlanDraft, dict[datetime, datetime | None]]]) -> int:
        """Many plans (with their exceptions) in one transaction: all or nothing. Returns how many."""
        now = self._context.clock.now()
        count = 0
        with self._context.transaction() as session:
            for draft, exceptions in drafts:
                row = PlanRow(created_by_slot=self._context.partner, created_at=now, status=PlanStatus.PLANNED)
                self._fill(session, row, draft.checked(), now)
                row.exceptions = [PlanExceptionRow(occurrence_starts_at=original, new_starts_at=moved_to)
                                  for original, moved_to in exceptions.items()]
                session.add(row)
                count += 1
        return count

    def update_plan(self, plan_id: int, draft: PlanDraft) -> None:
        draft = draft.checked()
        with self._context.transaction() as session:
            self._fill(session, self._row(session, plan_id), draft, self._context.clock.now())

    def delete_plan(self, plan_id: int) -> None:
        with self._context.transaction() as session:
            session.delete(self._row(session, plan_id))

    def plan(self, plan_id: int) -> PlanDraft:
        """A plan as the form shows it (wall-clock start in its own zone)."""
        with self._context.transaction() as session:
            data = _data(self._row(session, plan_id), _idea_keys(session))
        local = recurrence.to_local(data.starts_at, data.time_zone).replace(tzinfo=None)
        return PlanDraft(data.title, local, data.time_zone, int(data.duration.total_seconds() // 60), data.place,
                         data.notes, data.phones_away, data.reminder_minutes, data.rule, data.idea_key)

    def _fill(self, session: OrmSession, row: PlanRow, draft: PlanDraft, now: datetime) -> None:
        row.title = draft.title
        row.starts_at = recurrence.to_utc(draft.starts_local, draft.time_zone)
        row.time_zone = draft.time_zone
        row.duration_minutes = draft.duration_minutes
        row.recurrence_rule = draft.recurrence_rule
        row.reminder_minutes = draft.reminder_minutes
        row.place = draft.place
        row.notes = draft.notes
        row.phones_away = draft.phones_away
        row.updated_at = now
        row.idea_id = self.library.row_for(session, draft.idea_key).id if draft.idea_key else None

    def _row(self, session: OrmSession, plan_id: int) -> PlanRow:
        row = session.get(PlanRow, plan_id)
        if row is None or row.status is PlanStatus.CANCELLED:
            raise InvalidInput(msg("That plan is no longer on the calendar."))
        return row

    # --- the calendar -------------------------------------------------------------------------------------
    def occurrences(self, window_start: datetime, window_end: datetime) -> list[OccurrenceView]:
        """Every occurrence overlapping the window, sorted; overlapping ones flagged."""
        return self.occurrences_in([(window_start, window_end)])

    def occurrences_in(self, windows: Sequence[tuple[datetime, datetime]]) -> list[OccurrenceView]:
        """Every occurrence overlapping any of the windows, sorted; overlapping ones flagged. One read of the vault
        for all of them: "this day in every earlier year" is a window a year, and a query each cost 4 ms."""
        windows = [(start.astimezone(UTC), end.astimezone(UTC)) for start, end in windows]
        if not windows:
            return []
        with self._context.transaction() as session:
            plans, exceptions, outcomes = _plans_within(session, windows)
        found: list[OccurrenceView] = []
        for plan in plans:
            for window_start, window_end in windows:
                for occurrence in recurrence.expand(plan.starts_at, plan.time_zone, plan.rule, plan.duration,
                                                    window_start, window_end, exceptions.get(plan.id)):
                    found.append(_occurrence_view(plan, occurrence, outcomes))
        found.sort(key=lambda o: (o.start, o.plan_id))
        return _flag_overlaps(list(dict.fromkeys(found)))  # windows that overlap find an occurrence twice

    def agenda(self, days: int = 30) -> list[OccurrenceView]:
        now = self._context.clock.now()
        return self.occurrences(now - timedelta(hours=12), now + timedelta(days=days))

    def occurrence(self, plan_id: int, original_start: datetime) -> OccurrenceView:
        original_start = original_start.astimezone(UTC)
        with self._context.transaction() as session:
            row = self._row(session, plan_id)
            moved = session.scalars(select(PlanExceptionRow.new_starts_at).where(
                PlanExceptionRow.plan_id == plan_id,
                PlanExceptionRow.occurrence_starts_at == original_start)).first()
        start = moved or original_start
        for found in self.occurrences(start - timedelta(seconds=1), start + timedelta(seconds=1)):
            if found.plan_id == row.id and found.original_start == original_start:
                return found
        raise InvalidInput(msg("That occurrence is not on the calendar any more."))

    def skip_occurrence(self, plan_id: int, original_start: datetime) -> None:
        """Leave one occurrence of a repeating plan out; the others stay."""
        self._set_exception(plan_id, original_start, None)

    def move_occurrence(self, plan_id: int, original_start: datetime, new_start_local: datetime,
                        time_zone: str) -> None:
        """Move one occurrence (or a one-off plan) to another time; the rest of the series stays."""
        new_start = recurrence.to_utc(new_start_local, time_zone)
        self._set_exception(plan_id, original_start, new_start)

    def _set_exception(self, plan_id: int, original_start: datetime, new_start: datetime | None) -> None:
        original_start = original_start.astimezone(UTC)
        with self._context.transaction() as session:
            row = self._row(session, plan_id)
            if not recurrence.is_occurrence(row.starts_at, row.time_zone, row.recurrence_rule, original_start):
                raise InvalidInput(msg("That date is not one of this plan's occurrences."))
            if row.recurrence_rule is None:
                if new_start is None:
                    row.status = PlanStatus.SKIPPED
                else:
                    row.starts_at = new_start
                    session.execute(delete(PlanOutcomeRow).where(PlanOutcomeRow.plan_id == plan_id))
                    row.status = PlanStatus.PLANNED
                row.updated_at = self._context.clock.now()
                return
            existing = session.scalars(select(PlanExceptionRow).where(
                PlanExceptionRow.plan_id == plan_id,
                PlanExceptionRow.occurrence_starts_at == original_start)).first()
            if existing is None:
                session.add(PlanExceptionRow(plan_id=plan_id, occurrence_starts_at=original_start,
                                             new_starts_at=new_start))
            else:
                existing.new_starts_at = new_start

    # --- afterwards ---------------------------------------------------------------------------------------
    def set_outcome(self, plan_id: int, original_start: datetime, outcome: str | None) -> None:
        """Done or skipped (None clears it), for one occurrence."""
        original_start = original_start.astimezone(UTC)
        value = OccurrenceOutcome(outcome) if outcome is not None else None
        now = self._context.clock.now()
        with self._context.transaction() as session:
            row = self._row(session, plan_id)
            existing = session.scalars(select(PlanOutcomeRow).where(
                PlanOutcomeRow.plan_id == plan_id, PlanOutcomeRow.occurrence_starts_at == original_start)).first()
            if value is None:
                if existing is not None:
                    session.delete(existing)
            elif existing is None:
                session.add(PlanOutcomeRow(plan_id=plan_id, occurrence_starts_at=original_start, outcome=value,
                                           marked_by_slot=self._context.partner, marked_at=now))
            else:
                existing.outcome = value
                existing.marked_at = now
            if row.recurrence_rule is None:
                row.status = PlanStatus(value.value) if value is not None else PlanStatus.PLANNED

    def reflect(self, plan_id: int, original_start: datetime, enjoyment: int | None, note: str, *,
                private: bool = False) -> None:
        """My reflection on one occurrence. Shared: in the plan and as a shared journal entry. Private: only in
        my private journal (sealed), the plan keeps that I reflected and nothing else."""
        original_start = original_start.astimezone(UTC)
        note = note.strip()
        if enjoyment is not None and not 1 <= enjoyment <= 5:
            raise InvalidInput(msg("How it felt goes from 1 to 5."))
        if enjoyment is None and not note:
            raise InvalidInput(msg("Give it a number from 1 to 5, or a few words."))
        if len(note) > MAX_REFLECTION_CHARS:
            raise InvalidInput(msg("A reflection is a few words; the journal has room for more."))
        occurrence = self.occurrence(plan_id, original_start)
        when = recurrence.to_local(occurrence.start, occurrence.time_zone)
        body = "\n\n".join(part for part in (
            f"How it felt: {enjoyment} of 5" if enjoyment is not None else "", note) if part)
        title = f"After “{occurrence.title}” ({when:%d %b %Y})"
        entry_id = self._journal.add_entry(title, body, private=private, mood=None)
        with self._context.transaction() as session:
            existing = session.scalars(select(PlanReflectionRow).where(
                PlanReflectionRow.plan_id == plan_id, PlanReflectionRow.occurrence_starts_at == original_start,
                PlanReflectionRow.author_slot == self._context.partner)).first()
            row = existing or PlanReflectionRow(plan_id=plan_id, occurrence_starts_at=original_start,
                                                author_slot=self._context.partner)
            row.visibility = Visibility.PRIVATE if private else Visibility.SHARED
            row.enjoyment = None if private else enjoyment
            row.note = "" if private else note
            row.journal_entry_id = entry_id
            row.created_at = self._context.clock.now()
            if existing is None:
                session.add(row)

    def reflections(self, plan_id: int, original_start: datetime) -> list[ReflectionView]:
        """Shared reflections of both partners and my own private one; never the other's private one."""
        original_start = original_start.astimezone(UTC)
        me = self._context.partner
        with self._context.transaction() as session:
            rows = session.scalars(select(PlanReflectionRow).where(
                PlanReflectionRow.plan_id == plan_id,
                PlanReflectionRow.occurrence_starts_at == original_start)).all()
            found = [(row.author_slot, row.visibility, row.enjoyment, row.note, row.journal_entry_id) for row in rows]
        views: list[ReflectionView] = []
        for author, visibility, enjoyment, note, entry_id in found:
            if visibility is Visibility.SHARED:
                views.append(ReflectionView(author.value, enjoyment, note, False))
            elif author is me:
                views.append(ReflectionView(author.value, None, self._private_note(entry_id), True))
        return sorted(views, key=lambda v: v.author)

    def _private_note(self, entry_id: int | None) -> str:
        if entry_id is None or not self._context.private_space_open:
            return ""
        try:
            entry = self._journal.entry(entry_id)
        except InvalidInput:  # deleted, or not mine to read
            return ""
        return entry.body if entry.private and entry.mine else ""


def _plans_within(session: OrmSession, windows: Sequence[tuple[datetime, datetime]]) -> tuple[
        list[_PlanData], dict[int, dict[datetime, datetime | None]], dict[tuple[int, datetime], str]]:
    """The plans that may have an occurrence in one of the windows (every repeating one), with their moved and
    marked occurrences."""
    latest = max(end for _, end in windows)
    moved_in = select(PlanExceptionRow.plan_id).where(or_(*(and_(
        PlanExceptionRow.new_starts_at < end,
        PlanExceptionRow.new_starts_at >= start - timedelta(minutes=MAX_DURATION_MINUTES)) for start, end in windows)))
    rows = session.scalars(select(PlanRow).where(
        PlanRow.status != PlanStatus.CANCELLED,
        PlanRow.starts_at < latest,
        or_(PlanRow.recurrence_rule.is_not(None),
            *(and_(PlanRow.starts_at >= start - timedelta(minutes=MAX_DURATION_MINUTES), PlanRow.starts_at < end)
              for start, end in windows),
            PlanRow.id.in_(moved_in)))).all()
    keys = _idea_keys(session)
    plans = [_data(row, keys) for row in rows]
    ids = [plan.id for plan in plans]
    exceptions: dict[int, dict[datetime, datetime | None]] = {}
    outcomes: dict[tuple[int, datetime], str] = {}
    for chunk in _chunks(ids, 500):
        for exception in session.scalars(select(PlanExceptionRow).where(PlanExceptionRow.plan_id.in_(chunk))):
            exceptions.setdefault(exception.plan_id, {})[exception.occurrence_starts_at] = exception.new_starts_at
        for marked in session.scalars(select(PlanOutcomeRow).where(PlanOutcomeRow.plan_id.in_(chunk))):
            outcomes[(marked.plan_id, marked.occurrence_starts_at)] = marked.outcome.value
    return plans, exceptions, outcomes


def _occurrence_view(plan: _PlanData, occurrence: recurrence.Occurrence,
                     outcomes: dict[tuple[int, datetime], str]) -> OccurrenceView:
    outcome = outcomes.get((plan.id, occurrence.original_start))
    if plan.rule is None and outcome is None and plan.status in (PlanStatus.DONE, PlanStatus.SKIPPED):
        outcome = plan.status.value
    return OccurrenceView(
        plan.id, plan.title, occurrence.start, occurrence.end, occurrence.original_start,
        plan.time_zone, plan.rule is not None, occurrence.moved, outcome, False, plan.place, plan.notes,
        plan.phones_away, plan.reminder_minutes, plan.from_wish, plan.idea_key)


def _data(row: PlanRow, idea_keys: dict[int, str] | None = None) -> _PlanData:
    idea_key = (idea_keys or {}).get(row.idea_id) if row.idea_id is not None else None
    return _PlanData(row.id, row.title, row.starts_at, row.time_zone, timedelta(minutes=row.duration_minutes),
                     row.recurrence_rule, row.status, row.place, row.notes, row.phones_away, row.reminder_minutes,
                     row.from_wish, idea_key)


def _idea_keys(session: OrmSession) -> dict[int, str]:
    return {row.id: key_of(row) for row in session.scalars(select(ActivityIdeaRow))}


def _chunks(values: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _flag_overlaps(found: list[OccurrenceView]) -> list[OccurrenceView]:
    """Occurrences (sorted by start) that overlap another get overlaps=True. Skipped ones do not count."""
    flagged = [False] * len(found)
    latest_end: datetime | None = None
    latest_index = -1
    for index, occurrence in enumerate(found):
        if occurrence.outcome == OccurrenceOutcome.SKIPPED.value:
            continue
        if latest_end is not None and occurrence.start < latest_end:
            flagged[index] = True
            flagged[latest_index] = True
        if latest_end is None or occurrence.end > latest_end:
            latest_end, latest_index = occurrence.end, index
    return [replace(o, overlaps=True) if flag else o for o, flag in zip(found, flagged, strict=True)]
