"""Repeating plans: RFC 5545 RRULE occurrences in local wall-clock time, bounded, with per-occurrence exceptions.

A plan starts at a moment (UTC) in a named zone (IANA). Its rule repeats in that zone's *wall-clock* time, so a
weekly 19:00 in Europe/Berlin stays at 19:00 across the daylight-saving changes, while its UTC moment shifts by an
hour. A wall-clock time that does not exist on a spring-forward day takes the offset from before the gap (RFC 5545
3.3.5): 02:30 becomes 03:30 that one day.

Expansion is always bounded: by the window asked for (clamped to `MAX_WINDOW`), by `MAX_OCCURRENCES` results and
by `MAX_STEPS` candidate dates looked at, so a rule that never ends, or an absurd one, never hangs the app. Rules
without COUNT are fast-forwarded to just before the window, so ten years of weekly plans cost a few steps each.

Exceptions are keyed by the occurrence's original start (UTC): None skips it, a moment moves it there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr

from lifeline_desktop.domain.errors import InvalidInput, msg

MAX_OCCURRENCES = 5_000  # per plan and per query
MAX_STEPS = 20_000  # candidate dates dateutil may produce for one query
MAX_WINDOW = timedelta(days=366 * 5)  # the longest span one query expands
MAX_RULE_CHARS = 500
ALLOWED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_FORBIDDEN_PARTS = ("BYSECOND", "BYMINUTE", "BYHOUR")


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a plan. `original_start` names it (for exceptions, outcomes and reflections)."""

    original_start: datetime  # UTC
    start: datetime  # UTC, after a move
    end: datetime  # UTC
    moved: bool = False


def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`, or InvalidInput with a sentence."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInput(msg("“%1” is not a time zone Lifeline knows (expected a name like Europe/Berlin).", name)) \
            from error


def to_utc(local: datetime, zone_name: str) -> datetime:
    """A naive wall-clock time in `zone_name` as a UTC moment (a time in a spring-forward gap moves forward)."""
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    return local.replace(tzinfo=zone(zone_name)).astimezone(UTC)


def to_local(moment: datetime, zone_name: str) -> datetime:
    """A UTC moment as an aware datetime in `zone_name`."""
    return moment.astimezone(zone(zone_name))


def normalise_rule(text: str | None) -> str | None:
    """Checks an RRULE ("FREQ=WEEKLY;BYDAY=FR", with or without the "RRULE:" prefix) and returns it cleaned.

    Empty means "does not repeat" (None). Refused with InvalidInput: text that is not a rule, frequencies finer
    than daily (a plan is a shared moment, not a ticking clock), and absurdly long rules.
    """
    if text is None or not text.strip():
        return None
    cleaned = text.strip()
    if cleaned.upper().startswith("RRULE:"):
        cleaned = cleaned[6:]
    cleaned = cleaned.upper().replace(" ", "")
    if len(cleaned) > MAX_RULE_CHARS:
        raise InvalidInput(msg("This repeat rule is too long to be a plan's rhythm."))
    if "\n" in cleaned or "\r" in cleaned:
        raise InvalidInput(msg("A repeat rule is one line, like FREQ=WEEKLY;BYDAY=FR."))
    parts: dict[str, str] = {}
    for part in cleaned.split(";"):
        if not part:
            continue
        name, sep, value = part.partition("=")
        if not sep or not value:
            raise InvalidInput(msg("The repeat rule part “%1” is not NAME=VALUE.", part))
        parts[name] = value
    frequency = parts.get("FREQ")
    if frequency is None:
        raise InvalidInput(msg("A repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)."))
    if frequency not in ALLOWED_FREQUENCIES:
        raise InvalidInput(msg("Plans can repeat daily, weekly, monthly or yearly; “FREQ=%1” is too often or "
                               "not a frequency.", frequency))
    for forbidden in _FORBIDDEN_PARTS:
        if forbidden in parts:
            raise InvalidInput(msg("%1 is not used for plans: a plan keeps its own time of day.", forbidden))
    if "COUNT" in parts and "UNTIL" in parts:
        raise InvalidInput(msg("A repeat rule may end after a COUNT or at an UNTIL date, not both."))
    try:
        _build(cleaned, datetime(2026, 1, 1, 12, 0))
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise InvalidInput(msg("This repeat rule cannot be read: %1.", error)) from error
    return cleaned


def _build(rule_text: str, dtstart_local: datetime, tz: ZoneInfo | None = None) -> rrule:
    # We expand naive wall-clock time; an UNTIL in UTC ("...Z") becomes the same moment in the plan's zone.
    parts = []
    for part in rule_text.split(";"):
        if part.startswith("UNTIL=") and part.endswith("Z"):
            value = part[6:-1]
            moment = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            local = moment.astimezone(tz).replace(tzinfo=None) if tz is not None else moment.replace(tzinfo=None)
            part = "UNTIL=" + local.strftime("%Y%m%dT%H%M%S")
        parts.append(part)
    parsed = rrulestr(";".join(parts), dtstart=dtstart_local, forceset=False, ignoretz=True)
    if not isinstance(parsed, rrule):  # pragma: no cover - forceset=False and one rule always give an rrule
        raise ValueError("not a single rule")
    return parsed


def _fast_forward(rule: rrule, dtstart: datetime, before: datetime) -> datetime:
    """A later dtstart, still aligned with the rule's period, that produces the same occurrences after `before`.

    Only for rules without COUNT (a COUNT counts from the real start). Jumps whole periods of INTERVAL.
    """
    if rule._count is not None or before <= dtstart:
        return dtstart
    interval = rule._interval
    frequency = rule._freq
    gap = before - dtstart
    if frequency == DAILY:
        periods = max(gap.days // interval - 2, 0)
        return dtstart + timedelta(days=periods * interval)
    if frequency == WEEKLY:
        periods = max(gap.days // (7 * interval) - 2, 0)
        return dtstart + timedelta(weeks=periods * interval)
    if frequency in (MONTHLY, YEARLY) and dtstart.day <= 28:
        months = (before.year - dtstart.year) * 12 + before.month - dtstart.month
        step = interval * (12 if frequency == YEARLY else 1)
        periods = max(months // step - 2, 0)
        later: datetime = dtstart + relativedelta(months=periods * step)
        return later
    return dtstart


def expand(
    start: datetime,
    zone_name: str,
    rule_text: str | None,
    duration: timedelta,
    window_start: datetime,
    window_end: datetime,
    exceptions: Mapping[datetime, datetime | None] | None = None,
    *,
    limit: int = MAX_OCCURRENCES,
) -> list[Occurrence]:
    """Occurrences of a plan that overlap [window_start, window_end), sorted by start, at most `limit`.

    `start` is the plan's first start (aware); the window is aware too. A plan without a rule has one occurrence.
    Moved occurrences show at their new time (if that falls in the window); skipped ones do not show.
    """
    exceptions = {moment.astimezone(UTC): new for moment, new in (exceptions or {}).items()}
    window_start = window_start.astimezone(UTC)
    window_end = min(window_end.astimezone(UTC), window_start + MAX_WINDOW)
    limit = min(limit, MAX_OCCURRENCES)
    first = start.astimezone(UTC)
    originals: list[datetime] = []
    if rule_text is None:
        originals.append(first)
    else:
        tz = zone(zone_name)
        dtstart_local = first.astimezone(tz).replace(tzinfo=None)
        try:
            rule = _build(rule_text, dtstart_local, tz)
        except (ValueError, TypeError, KeyError, IndexError) as error:
            raise InvalidInput(msg("This repeat rule cannot be read: %1.", error)) from error
        # Local "before" a little wide of the window: offsets differ by at most a day between zones.
        earliest_local = (window_start - duration - timedelta(days=2)).astimezone(tz).replace(tzinfo=None)
        latest_local = (window_end + timedelta(days=2)).astimezone(tz).replace(tzinfo=None)
        if rule._count is None and earliest_local > dtstart_local:
            rule = rule.replace(dtstart=_fast_forward(rule, dtstart_local, earliest_local))
        steps = 0
        for local in rule:
            steps += 1
            if steps > MAX_STEPS or local > latest_local:
                break
            if local < earliest_local:
                continue
            originals.append(local.replace(tzinfo=tz).astimezone(UTC))
            if len(originals) > limit * 2 + len(exceptions):
                break
        # RFC 5545: DTSTART is always the first occurrence, even when the rule would not produce it.
        if rule._count is None and first not in originals and earliest_local <= dtstart_local <= latest_local:
            originals.insert(0, first)

    result: list[Occurrence] = []
    for original in originals:
        if original in exceptions:
            continue
        if original < window_end and original + duration > window_start:
            result.append(Occurrence(original, original, original + duration))
    for original, moved_to in exceptions.items():
        if moved_to is None:
            continue
        moved_to = moved_to.astimezone(UTC)
        if moved_to < window_end and moved_to + duration > window_start and _belongs(
                original, first, zone_name, rule_text):
            result.append(Occurrence(original, moved_to, moved_to + duration, moved=True))
    result.sort(key=lambda occurrence: (occurrence.start, occurrence.original_start))
    return result[:limit]


def _belongs(original: datetime, first: datetime, zone_name: str, rule_text: str | None) -> bool:
    """Is `original` really an occurrence of the plan (a stale exception for a changed rule is ignored)?"""
    if rule_text is None:
        return original == first
    found = expand(first, zone_name, rule_text, timedelta(seconds=1), original - timedelta(seconds=1),
                   original + timedelta(seconds=1), limit=3)
    return any(occurrence.original_start == original for occurrence in found)


def is_occurrence(start: datetime, zone_name: str, rule_text: str | None, original: datetime) -> bool:
    """True when `original` (aware) is one of the plan's occurrences: exceptions must name real ones."""
    return _belongs(original.astimezone(UTC), start.astimezone(UTC), zone_name, rule_text)


# --- Presets the plan form offers, in plain words ---------------------------------------------------------------

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def weekly_on(day: date) -> str:
    """"Every <weekday>", the weekday of `day`."""
    return f"FREQ=WEEKLY;BYDAY={_WEEKDAYS[day.weekday()]}"


def first_weekday_of_month(day: date) -> str:
    """"The first <weekday> of each month" (first weekend: pick a Saturday)."""
    return f"FREQ=MONTHLY;BYDAY=1{_WEEKDAYS[day.weekday()]}"


def with_end(rule_text: str, *, count: int | None = None, until: datetime | None = None) -> str:
    """The rule with an end: after `count` times, or up to `until` (aware; stored in UTC)."""
    parts = [p for p in rule_text.split(";") if not p.startswith(("COUNT=", "UNTIL="))]
    if count is not None:
        parts.append(f"COUNT={count}")
    elif until is not None:
        parts.append("UNTIL=" + until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    return ";".join(parts)
