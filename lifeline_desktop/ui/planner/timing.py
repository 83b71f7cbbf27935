"""When plans happen, in words a couple uses: the computer's zone (and its name in the user's language), and the
start a plan from an idea is offered (breakfast in bed in the morning, a date night in the evening)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QTimeZone

from lifeline_desktop.domain import recurrence
from lifeline_desktop.ui.common.text import fill, translate

# The start offered for an idea that suits a time of day (content/ideas.py: time_of_day).
START_BY_TIME_OF_DAY = {
    "morning": time(9, 30),
    "midday": time(12, 30),
    "afternoon": time(15, 0),
    "evening": time(19, 0),
}
EVENING = time(19, 0)  # most time together happens after work: the start when an idea gives no hint
DAY_OUT = time(10, 0)  # ...unless it fills most of a day
DAY_OUT_MINUTES = 5 * 60
_UTC_NAMES = {"utc", "uct", "universal", "zulu"}


def system_zone() -> str:
    """The computer's IANA zone (what "local time" means on screen), or UTC if Qt cannot tell."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        recurrence.zone(name)
    except Exception:
        return "UTC"
    return name


def zone_id(zone: QTimeZone) -> str:
    return bytes(zone.id().data()).decode("ascii", "replace")


def is_utc(zone: QTimeZone) -> bool:
    return zone_id(zone).lower().removeprefix("etc/") in _UTC_NAMES


def zone_name(zone: QTimeZone, locale: QLocale | None = None) -> str:
    """The zone's long name in the user's language ("Central European Standard Time"), or its id if Qt has none."""
    name = zone.displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, locale or QLocale())
    return name or zone_id(zone)


def zone_note(zone: QTimeZone, system: QTimeZone, locale: QLocale | None = None) -> str:
    """The line under a plan's time saying which clock it follows, in words rather than an IANA id."""
    same = zone_id(zone) == zone_id(system) or (is_utc(zone) and is_utc(system))
    if not same:  # a plan kept in another zone (made while travelling, or imported)
        return fill(translate("PlanDialog", "Times are in %1"), zone_name(zone, locale))
    if is_utc(zone):
        return translate("PlanDialog", "Times are in UTC (your computer's clock)")
    return fill(translate("PlanDialog", "Times are in your computer's time (%1)"), zone_name(zone, locale))


def plan_zone_note(zone: str) -> str:
    """zone_note for a plan in the IANA zone `zone`, against this computer's zone."""
    return zone_note(QTimeZone(zone.encode("ascii", "replace")), QTimeZone.systemTimeZone())


def offered_time(time_of_day: str, minutes: int | None) -> time:
    """The start an idea suggests: its time of day; with no hint, a day out in the morning, else the evening."""
    if time_of_day in START_BY_TIME_OF_DAY:
        return START_BY_TIME_OF_DAY[time_of_day]
    return DAY_OUT if (minutes or 0) >= DAY_OUT_MINUTES else EVENING


def offered_start(day: date, now: datetime, time_of_day: str, minutes: int | None) -> datetime:
    """The naive local start offered on `day`, or on the day after `now` (naive local) if that has passed."""
    at = offered_time(time_of_day, minutes)
    start = datetime.combine(day, at)
    if start < now:
        start = datetime.combine(now.date() + timedelta(days=1), at)
    return start
