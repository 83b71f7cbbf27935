"""Plans to and from .ics files (RFC 5545) through the icalendar package.

Export: one VEVENT per plan with DTSTART/DTEND in the plan's zone (TZID, with VTIMEZONE blocks), RRULE, EXDATE for
skipped occurrences, and a VEVENT with RECURRENCE-ID for each moved one. Reflections, wishes not yet drawn and
anything private never go into a file.

Import: all or nothing. The whole file is read and checked first; the first problem found is reported with the
event it belongs to, and nothing is saved. Files and event counts are capped, and repeat rules are only parsed,
never expanded at import, so a rule that never ends or thousands of events cannot hang the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

import icalendar
from sqlalchemy import select

from lifeline_desktop.domain import recurrence
from lifeline_desktop.domain.errors import InvalidInput, LifelineError, msg
from lifeline_desktop.domain.vocabulary import PlanStatus
from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import PlanExceptionRow, PlanRow

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_EVENTS = 10_000
PRODID = "-//Relationship Lifeline//Planner//EN"
PHONES_AWAY_NOTE = "Phones away: this time is for the two of us."
PHONES_AWAY_PROPERTY = "X-LIFELINE-PHONES-AWAY"
DEFAULT_MINUTES = 60
FIELD_NAMES = {"DTSTART": "start (DTSTART)", "DTEND": "end (DTEND)", "DURATION": "length (DURATION)",
               "RRULE": "repeat rule (RRULE)", "EXDATE": "skipped dates (EXDATE)",
               "RECURRENCE-ID": "changed occurrence (RECURRENCE-ID)", "TRIGGER": "reminder (TRIGGER)"}
# What a damaged event may raise from icalendar or the standard library while it is read; each one becomes a
# sentence naming the event. (icalendar's BrokenCalendarProperty is a ValueError.)
_READ_ERRORS = (LifelineError, ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)


@dataclass
class _Master:
    number: int
    summary: str
    draft: PlanDraft
    exceptions: dict[datetime, datetime | None] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int


class IcsExchange:
    def __init__(self, context: VaultContext, planner: PlannerService) -> None:
        self._context = context
        self._planner = planner

    # --- export -------------------------------------------------------------------------------------------
    def export(self) -> bytes:
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        with self._context.transaction() as session:
            plans = session.scalars(select(PlanRow).where(PlanRow.status != PlanStatus.CANCELLED)
                                    .order_by(PlanRow.starts_at)).all()
            exceptions: dict[int, list[tuple[datetime, datetime | None]]] = {}
            for row in session.scalars(select(PlanExceptionRow)):
                exceptions.setdefault(row.plan_id, []).append((row.occurrence_starts_at, row.new_starts_at))
            stamp = self._context.clock.now()
            for plan in plans:
                for event in _events(plan, exceptions.get(plan.id, []), stamp):
                    calendar.add_component(event)
        calendar.add_missing_timezones()
        return bytes(calendar.to_ical())

    # --- import -------------------------------------------------------------------------------------------
    def read(self, data: bytes, default_zone: str) -> list[tuple[PlanDraft, dict[datetime, datetime | None]]]:
        """Checks a whole file; returns the plans it holds, or raises InvalidInput naming the first problem."""
        if len(data) > MAX_FILE_BYTES:
            raise InvalidInput(msg("This calendar file is larger than 20 MB; Lifeline reads smaller files only."))
        if not data.strip():
            raise InvalidInput(msg("This calendar file is empty."))
        upper = data.upper()
        if b"BEGIN:VCALENDAR" in upper and (upper.count(b"BEGIN:VCALENDAR") != upper.count(b"END:VCALENDAR")
                                           or upper.count(b"BEGIN:VEVENT") != upper.count(b"END:VEVENT")):
            raise InvalidInput(msg("This calendar file is cut short or damaged: a BEGIN has no matching END. "
                               "Nothing was imported."))
        try:
            calendars = icalendar.Calendar.from_ical(data, multiple=True)
        except Exception as error:
            raise InvalidInput(msg("This is not a calendar file Lifeline can read (%1). Nothing was imported.",
                                   _short(error))) from error
        if not calendars or any(c.name != "VCALENDAR" for c in calendars):
            raise InvalidInput(msg("This file has no calendar (BEGIN:VCALENDAR) in it. Nothing was imported."))
        events = [component for calendar in calendars for component in calendar.walk("VEVENT")]
        if not events:
            raise InvalidInput(msg("This calendar file has no events in it. Nothing was imported."))
        if len(events) > MAX_EVENTS:
            raise InvalidInput(msg("This calendar file has %1 events; Lifeline imports at most %2 at a time. "
                                   "Nothing was imported.", format(len(events), ','), format(MAX_EVENTS, ',')))
        masters: dict[str, _Master] = {}
        moved: list[tuple[int, str, Any]] = []
        for number, event in enumerate(events, start=1):
            summary = str(event.get("SUMMARY", "")).strip()
            try:
                _refuse_broken_fields(event)
                uid = str(event.get("UID", f"no-uid-{number}"))
                if event.get("RECURRENCE-ID") is not None:
                    moved.append((number, uid, event))
                    continue
                master = _Master(number, summary, _draft(event, default_zone))
                for original in _exdates(event, master.draft):
                    master.exceptions[original] = None
                masters[uid] = master
            except _READ_ERRORS as problem:
                raise _event_problem(number, summary, problem) from problem
        for number, uid, event in moved:
            summary = str(event.get("SUMMARY", "")).strip()
            owner = masters.get(uid)
            if owner is None:
                raise InvalidInput(msg("%1: it changes one occurrence of an event that is not in the file. "
                                       "Nothing was imported.", _event_name(number, summary)))
            try:
                original = _moment(event.get("RECURRENCE-ID"), owner.draft.time_zone)
                owner.exceptions[original] = _moment(event.get("DTSTART"), owner.draft.time_zone)
            except _READ_ERRORS as problem:
                raise _event_problem(number, summary, problem) from problem
        return [(master.draft, master.exceptions) for master in masters.values()]

    def import_file(self, data: bytes, default_zone: str) -> ImportResult:
        """Reads the whole file, then saves every new plan in one transaction (plans already here are skipped)."""
        plans = self.read(data, default_zone)
        with self._context.transaction() as session:
            existing = {(title, start) for title, start in session.execute(
                select(PlanRow.title, PlanRow.starts_at).where(PlanRow.status != PlanStatus.CANCELLED))}
        fresh = [(draft, exceptions) for draft, exceptions in plans
                 if (draft.title, recurrence.to_utc(draft.starts_local, draft.time_zone)) not in existing]
        added = self._planner.add_plans(fresh) if fresh else 0
        return ImportResult(added, len(plans) - len(fresh))


def _events(plan: PlanRow, exceptions: list[tuple[datetime, datetime | None]], stamp: datetime
            ) -> Iterable[icalendar.Event]:
    zone = recurrence.zone(plan.time_zone)
    uid = f"lifeline-plan-{plan.id}-{int(plan.created_at.timestamp())}@lifeline.invalid"
    duration = timedelta(minutes=plan.duration_minutes)
    description = "\n\n".join(part for part in (plan.notes, PHONES_AWAY_NOTE if plan.phones_away else "") if part)

    def event(start: datetime) -> icalendar.Event:
        item = icalendar.Event()
        item.add("uid", uid)
        item.add("dtstamp", stamp.astimezone(UTC))
        item.add("summary", plan.title)
        item.add("dtstart", start.astimezone(zone))
        item.add("dtend", (start + duration).astimezone(zone))
        if plan.place:
            item.add("location", plan.place)
        if description:
            item.add("description", description)
        if plan.phones_away:
            item.add(PHONES_AWAY_PROPERTY, "TRUE")
        if plan.reminder_minutes is not None:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", "Reminder")  # never the title: a calendar app may show it anywhere
            alarm.add("trigger", -timedelta(minutes=plan.reminder_minutes))
            item.add_component(alarm)
        return item

    master = event(plan.starts_at)
    if plan.recurrence_rule:
        master.add("rrule", icalendar.vRecur.from_ical(plan.recurrence_rule))
        skipped = sorted(original.astimezone(zone) for original, new in exceptions if new is None)
        if skipped:
            master.add("exdate", skipped)
    elif plan.status in (PlanStatus.SKIPPED,):
        master.add("status", "CANCELLED")
    yield master
    if plan.recurrence_rule:
        for original, new in sorted(exceptions, key=lambda pair: pair[0]):
            if new is not None:
                moved = event(new)
                moved.add("recurrence-id", original.astimezone(zone))
                yield moved


def _event_name(number: int, summary: str) -> str:
    return f"Event {number} (“{summary[:60]}”)" if summary else f"Event {number}"


def _event_problem(number: int, summary: str, problem: BaseException) -> InvalidInput:
    if isinstance(problem, LifelineError):
        return InvalidInput(f"{_event_name(number, summary)}: {problem} Nothing was imported.")
    return InvalidInput(f"{_event_name(number, summary)}: it cannot be read ({_short(problem)}). "
                        "Nothing was imported.")


def _refuse_broken_fields(event: Any) -> None:
    """icalendar keeps a value it cannot parse as a "broken" property and raises only when it is used: name the
    first one (in the event or its alarms) before anything reads it."""
    for component in event.walk():
        for name, value in component.property_items(recursive=False, sorted=False):
            for each in value if isinstance(value, list) else [value]:
                if isinstance(each, icalendar.vBroken):
                    field_name = FIELD_NAMES.get(str(name).upper(), str(name).upper())
                    raise InvalidInput(f"its {field_name} “{str(each)[:40]}” cannot be read as a date, time or "
                                       "rule.")


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:160]


def _zone_name(value: tzinfo | None, default_zone: str) -> str:
    if value is None:
        return default_zone
    key = getattr(value, "key", None) or getattr(value, "zone", None)
    if isinstance(key, str):
        try:
            recurrence.zone(key)
            return key
        except InvalidInput:
            pass
    if value.utcoffset(datetime(2026, 1, 1)) == timedelta(0) and value.utcoffset(datetime(2026, 7, 1)) == timedelta(0):
        return "UTC"
    raise InvalidInput(msg("its time zone “%1” is not an IANA zone Lifeline knows.", value))


def _value(prop: Any, what: str) -> Any:
    if prop is None:
        raise InvalidInput(msg("its %1 is missing.", what))
    value = getattr(prop, "dt", None)
    if value is None:
        raise InvalidInput(msg("its %1 is not a date or time.", what))
    return value


def _draft(event: Any, default_zone: str) -> PlanDraft:

    start = _value(event.get("DTSTART"), "start (DTSTART)")
    if isinstance(start, datetime):
        zone_name = _zone_name(start.tzinfo, default_zone)
        local = start.astimezone(recurrence.zone(zone_name)).replace(tzinfo=None) if start.tzinfo else start
    elif isinstance(start, date):
        zone_name, local = default_zone, datetime.combine(start, time(0, 0))
    else:
        raise InvalidInput(msg("its start (DTSTART) is not a date or time."))
    minutes = DEFAULT_MINUTES if isinstance(start, datetime) else 24 * 60
    if event.get("DTEND") is not None:
        end = _value(event.get("DTEND"), "end (DTEND)")
        if isinstance(end, datetime) != isinstance(start, datetime):
            raise InvalidInput(msg("its start and end mix a date with a date and time."))
        if isinstance(end, datetime):
            if (end.tzinfo is None) != (start.tzinfo is None):
                raise InvalidInput(msg("its start and end mix local and zoned times."))
            span = end - start
        else:
            span = timedelta(days=(end - start).days)
        minutes = int(span.total_seconds() // 60)
    elif event.get("DURATION") is not None:
        span = _value(event.get("DURATION"), "length (DURATION)")
        if not isinstance(span, timedelta):
            raise InvalidInput(msg("its length (DURATION) is not a duration."))
        minutes = int(span.total_seconds() // 60)
    if minutes <= 0:
        raise InvalidInput(msg("it ends before it starts."))
    rule = None
    rules = event.get("RRULE")
    if isinstance(rules, list):
        if len(rules) > 1:
            raise InvalidInput(msg("it has more than one repeat rule (RRULE); Lifeline keeps one per plan."))
        rules = rules[0]
    if rules is not None:
        rule = rules.to_ical().decode("utf-8", "replace")
    if event.get("RDATE") is not None:
        raise InvalidInput(msg("it repeats on a list of extra dates (RDATE), which Lifeline does not read yet."))
    description = str(event.get("DESCRIPTION", "")).strip()
    phones_away = str(event.get(PHONES_AWAY_PROPERTY, "")).upper() == "TRUE" or PHONES_AWAY_NOTE in description
    notes = description.replace(PHONES_AWAY_NOTE, "").strip()
    reminder = None
    for alarm in event.walk("VALARM"):
        trigger = getattr(alarm.get("TRIGGER"), "dt", None)
        if isinstance(trigger, timedelta) and trigger <= timedelta(0):
            reminder = min(int(-trigger.total_seconds() // 60), 7 * 24 * 60)
            break
    draft = PlanDraft(
        title=str(event.get("SUMMARY", "")).strip()[:200] or "Imported plan", starts_local=local,
        time_zone=zone_name, duration_minutes=min(minutes, 14 * 24 * 60), place=str(event.get("LOCATION", ""))[:200],
        notes=notes[:4000], phones_away=phones_away, reminder_minutes=reminder, recurrence_rule=rule)
    return draft.checked()


def _moment(prop: Any, zone_name: str) -> datetime:
    value = _value(prop, "date")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return recurrence.to_utc(value, zone_name)
        return value.astimezone(UTC)
    if isinstance(value, date):
        return recurrence.to_utc(datetime.combine(value, time(0, 0)), zone_name)
    raise InvalidInput(msg("one of its dates is not a date or time."))


def _exdates(event: Any, draft: PlanDraft) -> list[datetime]:
    found: list[datetime] = []
    values = event.get("EXDATE")
    if values is None:
        return found
    for entry in values if isinstance(values, list) else [values]:
        for item in getattr(entry, "dts", []):
            found.append(_moment(item, draft.time_zone))
    return found
