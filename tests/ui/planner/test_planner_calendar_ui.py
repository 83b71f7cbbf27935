"""Planning by clicks: a plan from an idea, a repeating plan with one occurrence skipped and one moved, done and
a reflection in the journal, reminders by the injected clock, .ics out and in."""

from __future__ import annotations

from datetime import datetime, timedelta

import icalendar

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.planner.models import local_time
from tests.ui.conftest import click_confirm, type_text
from tests.ui.planner.conftest import click, every_text, ideas_shown_for_filter, open_planner


def agenda_titles(page) -> list[str]:
    return [o.title for o in page.calendar.agenda_model.rows()]


def test_plan_an_idea_repeat_it_skip_and_move_one_then_done_and_reflect(planner_app, qtbot) -> None:
    page = open_planner(planner_app)
    ideas, calendar = page.ideas, page.calendar
    ideas.search.setText("soup night")
    ideas_shown_for_filter(qtbot, ideas)
    assert [i.title for i in ideas.model.rows()] == ["Soup night"]
    ideas.list.setCurrentIndex(ideas.model.index(0))
    click(qtbot, ideas.plan_button)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.title_field.text() == "Soup night" and dialog.phones_away.isChecked()
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.dialog is None and page.tabs.currentWidget() is calendar)
    qtbot.waitUntil(lambda: agenda_titles(page).count("Soup night") == 5)  # Fridays within 30 days
    first, second, third = calendar.agenda_model.rows()[:3]
    assert first.recurring and first.phones_away
    assert local_time(first.start, page.zone).strftime("%H:%M") == "19:00"

    # Skip the second one only.
    calendar.select(second)
    click(qtbot, calendar.skip_one_button)
    qtbot.waitUntil(lambda: agenda_titles(page).count("Soup night") == 4)
    # Move the third one to the next morning.
    calendar.select(third)
    click(qtbot, calendar.move_button)
    mover = page.dialog
    qtbot.waitUntil(mover.isVisible)
    moved_to = local_time(third.start, page.zone).replace(tzinfo=None) + timedelta(hours=15)
    mover.when.setDateTime(mover.when.dateTime().addSecs(15 * 3600))
    click(qtbot, mover.save_button)
    qtbot.waitUntil(lambda: any(o.moved for o in calendar.agenda_model.rows()))
    moved = next(o for o in calendar.agenda_model.rows() if o.moved)
    assert local_time(moved.start, page.zone).replace(tzinfo=None) == moved_to
    assert sum(o.title == "Soup night" for o in calendar.agenda_model.rows()) == 4  # the rest untouched

    # Overlapping plans are allowed and marked.
    calendar.go_to(local_time(first.start, page.zone).date())
    click(qtbot, calendar.new_button)
    other = page.dialog
    qtbot.waitUntil(other.isVisible)
    type_text(qtbot, other.title_field, "Call with friends")
    click(qtbot, other.save_button)
    qtbot.waitUntil(lambda: sum(o.overlaps for o in calendar.agenda_model.rows()) == 2)
    assert "overlaps" in every_text(page)

    # Done, then a shared reflection that lands in the journal.
    calendar.select(next(o for o in calendar.agenda_model.rows() if o.title == "Soup night"))
    click(qtbot, calendar.done_button)
    qtbot.waitUntil(lambda: any(o.outcome == "done" for o in calendar.agenda_model.rows()))
    calendar.select(next(o for o in calendar.agenda_model.rows() if o.outcome == "done"))
    click(qtbot, calendar.reflect_button)
    reflect = page.dialog
    qtbot.waitUntil(reflect.isVisible)
    reflect.enjoyment.setCurrentIndex(reflect.enjoyment.findData(5))
    reflect.note.setPlainText("Warm and slow, just right")
    click(qtbot, reflect.save_button)
    qtbot.waitUntil(lambda: "shared journal" in page.status.text())
    session = planner_app.flow.reachable_session()
    entries = planner_app.run_on_vault_thread(session.journal.entries)
    assert any("Warm and slow, just right" in e.body and "Soup night" in e.title for e in entries)

    # Delete the overlapping plan (after a confirmation).
    calendar.select(next(o for o in calendar.agenda_model.rows() if o.title == "Call with friends"))
    click(qtbot, calendar.delete_button)
    click_confirm(qtbot, page)
    qtbot.waitUntil(lambda: "Call with friends" not in agenda_titles(page))


def test_reminders_follow_the_injected_clock_and_the_unlock_lists_what_was_missed(planner_app, qtbot, clock) -> None:
    page = open_planner(planner_app)
    calendar = page.calendar
    click(qtbot, calendar.new_button)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.title_field, "Lunch walk")
    start = local_time(clock.now() + timedelta(minutes=40), page.zone).replace(tzinfo=None)
    dialog.when.setDateTime(dialog.when.dateTime().fromSecsSinceEpoch(0))  # reset, then the real time
    from lifeline_desktop.ui.planner.dialogs import qdatetime
    dialog.when.setDateTime(qdatetime(start))
    dialog.notes.setPlainText("NOTE-MARKER bring the good scarf")
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(30))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.dialog is None and "Lunch walk" in agenda_titles(page))

    page.watcher.check_now()
    planner_app.wait_idle()
    assert not page.banner.isVisible()
    clock.advance(timedelta(minutes=12))  # now 28 minutes before: the 30-minute reminder is due
    page.watcher.check_now()
    qtbot.waitUntil(page.banner.isVisible)
    assert "Lunch walk" in page.banner.text() and "NOTE-MARKER" not in page.banner.text()
    from lifeline_desktop.ui.planner.reminders import tray_text
    reminder = type("R", (), {"start": clock.now() + timedelta(minutes=28)})()
    assert "Lunch walk" not in tray_text(reminder, page.zone)
    page.watcher.check_now()  # no second reminder for the same plan
    click(qtbot, page.dismiss)
    assert not page.banner.isVisible()

    planner_app.flow.lock()
    clock.advance(timedelta(days=2))
    page = open_planner(planner_app)
    qtbot.waitUntil(page.digest.isVisible)
    assert "Since you were last here" in page.digest.text() and "Lunch walk" in page.digest.text()


def test_export_and_import_ics_through_the_page(planner_app, qtbot, tmp_path) -> None:
    page = open_planner(planner_app)
    calendar = page.calendar
    click(qtbot, calendar.new_button)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.title_field, "First Saturday brunch")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("custom"))
    dialog.custom_rule.setText("FREQ=MONTHLY;BYDAY=1SA")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    target = tmp_path / "plans.ics"
    page.choose_save_path = lambda: str(target)
    click(qtbot, calendar.export_button)
    qtbot.waitUntil(lambda: "exported" in page.status.text())
    [event] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "First Saturday brunch" and "BYDAY=1SA" in event["RRULE"].to_ical().decode()

    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    page.choose_open_path = lambda: str(broken)
    before = calendar.agenda_model.rowCount()
    click(qtbot, calendar.import_button)
    qtbot.waitUntil(lambda: "DTSTART" in page.status.text())
    assert "Nothing was imported" in page.status.text() and calendar.agenda_model.rowCount() == before

    good = tmp_path / "good.ics"
    good.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x1\r\nSUMMARY:Imported picnic\r\n"
                     + f"DTSTART:{datetime(2026, 1, 10, 12, 0):%Y%m%dT%H%M%S}Z\r\n".encode()
                     + b"DURATION:PT2H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    page.choose_open_path = lambda: str(good)
    click(qtbot, calendar.import_button)
    qtbot.waitUntil(lambda: "Imported 1 plan" in page.status.text())
    qtbot.waitUntil(lambda: "Imported picnic" in agenda_titles(page))
    assert PartnerSlot.A.value == "a"
