"""Broken calendar and script files: a clear sentence naming what is wrong and where, nothing imported."""

from __future__ import annotations

import pytest

from lifeline_desktop.domain.errors import InvalidInput, LifelineError
from lifeline_desktop.services.conversations.scripts import ScriptNotValid, read_script_file

BERLIN = "Europe/Berlin"


def calendar(*event_lines: str, second_event: bool = True) -> bytes:
    events = ["BEGIN:VEVENT", "UID:good-1", "SUMMARY:Breakfast in bed", "DTSTART:20260301T090000", "END:VEVENT"]
    if not second_event:
        events = []
    events += ["BEGIN:VEVENT", "UID:bad-2", "SUMMARY:Dinner with Sam and Alex", *event_lines, "END:VEVENT"]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *events, "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


BROKEN_FIELDS = {
    "DTSTART": ("DTSTART:2026-13-45T99",),
    "DTEND": ("DTSTART:20260301T190000", "DTEND:2026-99"),
    "DURATION": ("DTSTART:20260301T190000", "DURATION:P1X"),
    "RRULE": ("DTSTART:20260301T190000", "RRULE:FREQ=NOPE;COUNT=x"),
    "EXDATE": ("DTSTART:20260301T190000", "RRULE:FREQ=WEEKLY", "EXDATE:zz"),
}


@pytest.mark.parametrize("field", list(BROKEN_FIELDS))
def test_a_broken_date_names_the_event_and_the_field_and_imports_nothing(couple, field):
    from lifeline_desktop.domain.partners import PartnerSlot

    with couple.as_(PartnerSlot.A) as s:
        with pytest.raises(InvalidInput) as raised:
            s.planner.ics.import_file(calendar(*BROKEN_FIELDS[field]), BERLIN)
        message = str(raised.value)
        assert "Event 2" in message and "Dinner with Sam and Alex" in message
        assert field in message and "Nothing was imported" in message
        assert "Traceback" not in message and "vBroken" not in message
        assert s.planner.agenda(days=3650) == []


def test_a_broken_recurrence_id_names_the_event(couple):
    from lifeline_desktop.domain.partners import PartnerSlot

    data = calendar("DTSTART:20260301T190000", "RRULE:FREQ=WEEKLY", second_event=True).replace(
        b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:bad-2\r\nSUMMARY:Moved dinner\r\nRECURRENCE-ID:nope\r\n"
        b"DTSTART:20260309T190000\r\nEND:VEVENT\r\nEND:VCALENDAR")
    with couple.as_(PartnerSlot.A) as s:
        with pytest.raises(InvalidInput, match=r"Event 3 .*RECURRENCE-ID.*Nothing was imported"):
            s.planner.ics.import_file(data, BERLIN)
        assert s.planner.agenda(days=3650) == []


def nested_toml(depth: int) -> bytes:
    return b"x = " + b"[" * depth + b"]" * depth + b"\n"


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_a_script_file_nested_thousands_deep_gives_a_clear_message(depth):
    with pytest.raises(ScriptNotValid) as raised:
        read_script_file(nested_toml(depth), "deep.toml")
    message = str(raised.value)
    assert "deep.toml" in message and "nested" in message
    assert isinstance(raised.value, LifelineError)


def test_a_table_nested_by_dotted_names_gives_a_clear_message():
    data = b"[" + b".".join(b"a" for _ in range(50_000)) + b"]\nx = 1\n"
    with pytest.raises(ScriptNotValid, match=r"tables\.toml"):
        read_script_file(data, "tables.toml")


def test_importing_a_deep_script_into_the_vault_stores_nothing(couple):
    from lifeline_desktop.domain.partners import PartnerSlot

    with couple.as_(PartnerSlot.A) as s:
        before = len(s.conversations.own.load().scripts)
        with pytest.raises(ScriptNotValid, match="nested"):
            s.conversations.own.import_file(nested_toml(5_000), "deep.toml")
        assert len(s.conversations.own.load().scripts) == before
