"""Recurrence in local wall-clock time: DST, exceptions, and bounded expansion of rules that never end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lifeline_desktop.domain import recurrence
from lifeline_desktop.domain.errors import InvalidInput

BERLIN = "Europe/Berlin"
HOUR = timedelta(hours=1)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(BERLIN))


def test_weekly_seven_pm_in_berlin_stays_at_seven_across_both_dst_changes() -> None:
    start = recurrence.to_utc(datetime(2026, 3, 6, 19, 0), BERLIN)  # a Friday, winter time
    found = recurrence.expand(start, BERLIN, "FREQ=WEEKLY;BYDAY=FR", 2 * HOUR,
                              berlin(2026, 3, 1), berlin(2026, 11, 30))
    local = [o.start.astimezone(ZoneInfo(BERLIN)) for o in found]
    assert all((t.hour, t.minute) == (19, 0) for t in local)
    assert {t.weekday() for t in local} == {4}
    utc_hours = {o.start.astimezone(UTC).date(): o.start.astimezone(UTC).hour for o in found}
    # 18:00 UTC in winter (CET), 17:00 UTC in summer (CEST): the wall clock stays, the moment moves.
    assert utc_hours[datetime(2026, 3, 27).date()] == 18
    assert utc_hours[datetime(2026, 4, 3).date()] == 17
    assert utc_hours[datetime(2026, 10, 23).date()] == 17
    assert utc_hours[datetime(2026, 10, 30).date()] == 18
    assert len(found) == 39


def test_a_time_in_the_spring_gap_moves_forward_that_day_only() -> None:
    start = recurrence.to_utc(datetime(2026, 3, 28, 2, 30), BERLIN)
    found = recurrence.expand(start, BERLIN, "FREQ=DAILY", HOUR, berlin(2026, 3, 28), berlin(2026, 3, 31))
    assert [o.start.astimezone(ZoneInfo(BERLIN)).strftime("%d %H:%M") for o in found] == [
        "28 02:30", "29 03:30", "30 02:30"]


def test_skip_and_move_touch_one_occurrence_only() -> None:
    start = recurrence.to_utc(datetime(2026, 1, 2, 19, 0), BERLIN)
    rule = "FREQ=WEEKLY;BYDAY=FR"
    second = recurrence.to_utc(datetime(2026, 1, 9, 19, 0), BERLIN)
    third = recurrence.to_utc(datetime(2026, 1, 16, 19, 0), BERLIN)
    moved_to = recurrence.to_utc(datetime(2026, 1, 17, 10, 0), BERLIN)
    found = recurrence.expand(start, BERLIN, rule, HOUR, berlin(2026, 1, 1), berlin(2026, 1, 31),
                              {second: None, third: moved_to})
    assert [o.start for o in found] == [start, moved_to, start + timedelta(weeks=3), start + timedelta(weeks=4)]
    assert found[1].moved and found[1].original_start == third


def test_first_saturday_of_each_month() -> None:
    rule = recurrence.first_weekday_of_month(datetime(2026, 1, 3).date())
    start = recurrence.to_utc(datetime(2026, 1, 3, 10, 0), BERLIN)
    found = recurrence.expand(start, BERLIN, rule, HOUR, berlin(2026, 1, 1), berlin(2026, 5, 1))
    assert [o.start.astimezone(ZoneInfo(BERLIN)).day for o in found] == [3, 7, 7, 4]


def test_a_rule_that_never_ends_is_bounded() -> None:
    start = recurrence.to_utc(datetime(1990, 1, 1, 8, 0), BERLIN)
    found = recurrence.expand(start, BERLIN, "FREQ=DAILY", HOUR, berlin(2000, 1, 1), berlin(2100, 1, 1))
    assert 0 < len(found) <= recurrence.MAX_OCCURRENCES
    assert found[-1].start < berlin(2000, 1, 1) + recurrence.MAX_WINDOW  # a century is clamped to the cap
    weekly_forever = recurrence.expand(start, BERLIN, "FREQ=DAILY", HOUR, berlin(2000, 1, 1), berlin(2100, 1, 1),
                                       limit=10)
    assert len(weekly_forever) == 10
    near = recurrence.expand(start, BERLIN, "FREQ=DAILY", HOUR, berlin(2080, 6, 1), berlin(2080, 6, 8))
    assert len(near) == 7  # fast-forwarded: 90 years of days are not walked one by one
    huge_count = recurrence.expand(start, BERLIN, "FREQ=DAILY;COUNT=999999999", HOUR,
                                   berlin(2080, 6, 1), berlin(2080, 6, 8))
    assert huge_count == []  # the step cap stops the walk long before; nothing hangs


def test_until_in_utc_ends_the_rule() -> None:
    start = recurrence.to_utc(datetime(2026, 1, 5, 19, 0), BERLIN)
    rule = recurrence.with_end("FREQ=WEEKLY", until=berlin(2026, 1, 19, 19, 0))
    found = recurrence.expand(start, BERLIN, rule, HOUR, berlin(2026, 1, 1), berlin(2026, 12, 31))
    assert len(found) == 3


@pytest.mark.parametrize("text", ["FREQ=SECONDLY", "BYDAY=FR", "FREQ=WEEKLY;BYDAY=XX", "hello",
                                  "FREQ=DAILY;COUNT=2;UNTIL=20260101", "FREQ=DAILY;BYHOUR=3"])
def test_bad_rules_are_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        recurrence.normalise_rule(text)
    assert str(caught.value).endswith(".")


def test_rules_are_cleaned_and_empty_means_once() -> None:
    assert recurrence.normalise_rule("RRULE:freq=weekly;byday=fr") == "FREQ=WEEKLY;BYDAY=FR"
    assert recurrence.normalise_rule("  ") is None
    with pytest.raises(InvalidInput):
        recurrence.zone("Mars/Olympus")
