"""Plans to .ics and back: parsed by icalendar, recurrence round-trips, bad files import nothing, big ones are
bounded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.services.planner.views import PlanDraft

WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))


def expand_like_a_calendar_app(data: bytes, start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """An independent reading of the file, as calendar apps do it: icalendar parses, recurring-ical-events
    expands (RRULE, EXDATE, RECURRENCE-ID, time zones)."""
    calendar = icalendar.Calendar.from_ical(data)
    found = [(str(event["SUMMARY"]), event["DTSTART"].dt.astimezone(UTC))
             for event in recurring_ical_events.of(calendar).between(start, end)]
    return sorted(found, key=lambda pair: (pair[1], pair[0]))


def test_export_is_read_by_icalendar_and_the_recurrence_round_trips(rosa, open_as) -> None:
    planner = rosa.planner
    weekly = planner.add_plan(PlanDraft("Friday evening", datetime(2026, 3, 6, 19, 0), "Europe/Berlin", 120,
                                        place="Home", notes="Candles", phones_away=True,
                                        recurrence_rule="FREQ=WEEKLY;BYDAY=FR;COUNT=30"))
    planner.add_plan(PlanDraft("First Saturday brunch", datetime(2026, 3, 7, 11, 0), "America/New_York", 90,
                               recurrence_rule="FREQ=MONTHLY;BYDAY=1SA"))
    planner.add_plan(PlanDraft("Museum", datetime(2026, 4, 12, 14, 0), "Europe/Berlin", 180))
    occurrences = [o for o in planner.occurrences(*WINDOW) if o.plan_id == weekly]
    planner.skip_occurrence(weekly, occurrences[1].original_start)
    planner.move_occurrence(weekly, occurrences[3].original_start, datetime(2026, 3, 28, 10, 0), "Europe/Berlin")

    data = planner.ics.export()
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    master = next(e for e in events if e["SUMMARY"] == "Friday evening" and "RECURRENCE-ID" not in e)
    assert master["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert master["DTSTART"].dt.hour == 19 and "RRULE" in master and "EXDATE" in master
    assert "Phones away" in str(master["DESCRIPTION"]) and str(master["LOCATION"]) == "Home"
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {"Europe/Berlin", "America/New_York"}

    shown = [(o.title, o.start) for o in planner.occurrences(*WINDOW)]
    assert expand_like_a_calendar_app(data, *WINDOW) == sorted(shown, key=lambda pair: (pair[1], pair[0]))

    # Import into a fresh vault: the same occurrences come back; importing again adds nothing.
    mei = open_as(rosa.partner.other)
    for occurrence in mei.planner.occurrences(datetime(2000, 1, 1, tzinfo=UTC), datetime(2004, 1, 1, tzinfo=UTC)):
        raise AssertionError(occurrence)
    result = mei.planner.ics.import_file(data, "UTC")
    assert (result.added, result.already_there) == (0, 3)  # the same vault: all three are already here


def test_import_into_an_empty_vault_gives_back_what_was_exported(rosa, tmp_path, memory_keyring, clock) -> None:
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy
    from lifeline_desktop.vault.remembered_key import RememberedKeys
    from tests.support.vaults import MEI, ROSA

    rosa.planner.add_plan(PlanDraft("Walk", datetime(2026, 3, 2, 18, 0), "Europe/Berlin", 60,
                                    recurrence_rule="FREQ=WEEKLY", reminder_minutes=45))
    first = rosa.planner.occurrences(*WINDOW)
    rosa.planner.skip_occurrence(first[0].plan_id, first[2].original_start)
    before = [(o.title, o.start, o.end, o.moved) for o in rosa.planner.occurrences(*WINDOW)]
    data = rosa.planner.ics.export()

    other = VaultGate(tmp_path / "other", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    session, _ = other.create(ROSA, MEI)
    try:
        assert session.planner.ics.import_file(data, "UTC").added == 1
        after = [(o.title, o.start, o.end, o.moved) for o in session.planner.occurrences(*WINDOW)]
        assert after == before
        assert session.planner.occurrences(*WINDOW)[0].reminder_minutes == 45
    finally:
        session.lock()


MALFORMED = {
    "not a calendar": (b"hello, this is a shopping list", "not a calendar file"),
    "no end": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Half\r\n", "cut short"),
    "no start": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Fine\r\nDTSTART:20260301T100000Z"
                 b"\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Broken one\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                 "Event 2 (“Broken one”): its start (DTSTART) is missing"),
    "bad rule": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Tick\r\nDTSTART:20260301T1000"
                 b"00Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "Event 1 (“Tick”)"),
    "backwards": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Back\r\nDTSTART:20260301T10"
                  b"0000Z\r\nDTEND:20260301T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "ends before it starts"),
    "empty": (b"", "empty"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_names_the_problem_and_imports_nothing(rosa, name) -> None:
    data, expected = MALFORMED[name]
    with pytest.raises(InvalidInput) as caught:
        rosa.planner.ics.import_file(data, "Europe/Berlin")
    assert expected in str(caught.value)
    assert rosa.planner.occurrences(datetime(2000, 1, 1, tzinfo=UTC), datetime(2004, 12, 31, tzinfo=UTC)) == []
    assert rosa.planner.occurrences(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC)) == []


def big_file(events: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    base = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    for number in range(events):
        start = base + timedelta(hours=7 * number)
        lines += ["BEGIN:VEVENT", f"UID:event-{number}", f"SUMMARY:Event {number}",
                  f"DTSTART:{start:%Y%m%dT%H%M%SZ}", "DURATION:PT45M", "END:VEVENT"]
    lines += ["BEGIN:VEVENT", "UID:forever", "SUMMARY:Every day forever", "DTSTART;TZID=Europe/Berlin:19900101T0700"
              "00", "RRULE:FREQ=DAILY", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


def test_five_thousand_events_and_a_rule_that_never_ends_stay_bounded(rosa) -> None:
    result = rosa.planner.ics.import_file(big_file(5000), "UTC")
    assert result.added == 5001
    month = rosa.planner.occurrences(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
    assert sum(o.title == "Every day forever" for o in month) == 30
    assert all(o.start.astimezone(ZoneInfo("Europe/Berlin")).hour == 7 for o in month if o.recurring)
    far = rosa.planner.occurrences(datetime(2090, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))
    assert 0 < len(far) <= 5000  # bounded by count, not by a clock: the suite must pass on a busy machine
