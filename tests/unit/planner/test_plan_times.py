"""The plan dialog's words about time: the zone named as people say it, and the start an idea suggests."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QTimeZone

from lifeline_desktop.ui.planner.timing import offered_start, offered_time, zone_name, zone_note

BERLIN = QTimeZone(b"Europe/Berlin")
CHICAGO = QTimeZone(b"America/Chicago")
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_the_computers_own_zone_is_named_in_words_not_as_an_id() -> None:
    note = zone_note(BERLIN, BERLIN, ENGLISH)
    assert note == f"Times are in your computer's time ({zone_name(BERLIN, ENGLISH)})"
    assert "Central European" in note and "Europe/Berlin" not in note


def test_the_name_follows_the_users_language() -> None:
    german = zone_name(BERLIN, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert "Mitteleuropäische" in german


def test_a_computer_on_utc_says_so_plainly() -> None:
    for name in (b"Etc/UTC", b"UTC"):
        assert zone_note(QTimeZone(name), QTimeZone(b"Etc/UTC"), ENGLISH) == "Times are in UTC (your computer's clock)"


def test_a_plan_kept_in_another_zone_names_that_zone_and_not_the_computer() -> None:
    note = zone_note(CHICAGO, BERLIN, ENGLISH)
    assert note == f"Times are in {zone_name(CHICAGO, ENGLISH)}" and "Central" in note
    assert "computer" not in note and "America/Chicago" not in note


def test_an_idea_starts_at_the_time_of_day_it_suits() -> None:
    assert offered_time("morning", 45) < time(12, 0)
    assert time(11, 30) <= offered_time("midday", 60) <= time(13, 30)
    assert time(13, 0) <= offered_time("afternoon", 90) < time(17, 0)
    assert offered_time("evening", 90) >= time(18, 0)
    assert offered_time("any", 90) >= time(18, 0)  # no hint: after work
    assert offered_time("any", 8 * 60) < time(12, 0)  # no hint, but it fills a day: start in the morning


def test_a_start_that_has_passed_moves_to_the_next_day_at_the_same_time() -> None:
    now = datetime(2026, 11, 30, 11, 0)
    assert offered_start(date(2026, 11, 30), now, "evening", 90) == datetime(2026, 11, 30, 19, 0)
    assert offered_start(date(2026, 11, 30), now, "morning", 45) == datetime(2026, 12, 1, 9, 30)
    assert offered_start(date(2026, 12, 5), now, "morning", 45) == datetime(2026, 12, 5, 9, 30)
