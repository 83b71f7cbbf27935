"""Reminders: what is due now (while the app runs), and at unlock what is coming and what was missed.

Times come from the injected clock. What a reminder may say is decided here: a notification never carries a
plan's notes, and a plan that came from the wish jar is never named (`safe_title`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.planner.views import OccurrenceView
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.vault_meta import read_meta, write_meta

COMING_DAYS = 7
MISSED_MAX_DAYS = 30
FIRST_VISIT_LOOKBACK = timedelta(days=7)
LAST_SEEN_KEY = "planner.last_seen.{slot}"


@dataclass(frozen=True)
class Reminder:
    plan_id: int
    original_start: datetime  # UTC
    start: datetime  # UTC
    time_zone: str
    safe_title: str | None  # None: do not name it (a wish)


@dataclass(frozen=True)
class Digest:
    coming: list[OccurrenceView]
    missed: list[OccurrenceView]


class ReminderService:
    def __init__(self, context: VaultContext, planner: PlannerService) -> None:
        self._context = context
        self._planner = planner

    def due(self, since: datetime, until: datetime) -> list[Reminder]:
        """Reminders whose moment (start minus reminder minutes) falls in (since, until], for occurrences not
        begun before `since` and with no outcome yet."""
        since, until = since.astimezone(UTC), until.astimezone(UTC)
        found: list[Reminder] = []
        for occurrence in self._planner.occurrences(since, until + timedelta(days=8)):
            if occurrence.reminder_minutes is None or occurrence.outcome is not None or occurrence.start <= since:
                continue
            remind_at = occurrence.start - timedelta(minutes=occurrence.reminder_minutes)
            if since < remind_at <= until:
                found.append(_reminder(occurrence))
        return found

    def digest(self) -> Digest:
        """At unlock: what comes in the next days, and what passed since I last had Lifeline open, unmarked."""
        now = self._context.clock.now()
        last_seen = self.last_seen() or now - FIRST_VISIT_LOOKBACK
        since = max(last_seen, now - timedelta(days=MISSED_MAX_DAYS))
        around = self._planner.occurrences(since, now + timedelta(days=COMING_DAYS))
        missed = [o for o in around if o.end <= now and o.end > since and o.outcome is None]
        coming = [o for o in around if o.end > now and o.outcome is None]
        return Digest(coming, missed)

    def last_seen(self) -> datetime | None:
        with self._context.transaction() as session:
            stored = read_meta(session, self._key())
            return datetime.fromisoformat(stored).astimezone(UTC) if stored is not None else None

    def mark_seen(self) -> None:
        """Remember that I have seen the planner up to now (reminders shown live are not "missed" later)."""
        now = self._context.clock.now().astimezone(UTC).isoformat()
        with self._context.transaction() as session:
            write_meta(session, self._key(), now)

    def _key(self) -> str:
        return LAST_SEEN_KEY.format(slot=self._context.partner.value)


def _reminder(occurrence: OccurrenceView) -> Reminder:
    return Reminder(occurrence.plan_id, occurrence.original_start, occurrence.start, occurrence.time_zone,
                    None if occurrence.from_wish else occurrence.title)
