"""Planning an idea offers the time of day the idea suits, in a themed date field, and names the zone in words."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimeZone

from lifeline_desktop.ui.planner.timing import zone_note
from tests.ui.planner.conftest import click, ideas_shown_for_filter, open_planner


def _plan(page, qtbot, title: str):
    """Find `title` by search, press "Plan this…", and return the dialog it opens."""
    ideas, before = page.ideas, page.dialog
    ideas.search.setText(title)
    ideas_shown_for_filter(qtbot, ideas)
    assert ideas.select(next(i.key for i in ideas.model.rows() if i.title == title))
    click(qtbot, ideas.plan_button)
    qtbot.waitUntil(lambda: page.dialog is not before and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog.title_field.text() == title
    return dialog


def test_a_morning_idea_is_offered_in_the_morning_and_an_evening_one_in_the_evening(planner_app, qtbot) -> None:
    page = open_planner(planner_app)
    breakfast = _plan(page, qtbot, "Breakfast in bed")
    assert 6 <= breakfast.start().hour < 12, breakfast.start()
    calendar = breakfast.when.calendarWidget()  # the pop-up a date is chosen from, in the app's colours
    assert breakfast.when.calendarPopup()
    for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # written like any other day, not stock red
        assert calendar.weekdayTextFormat(weekend) == calendar.weekdayTextFormat(Qt.DayOfWeek.Monday)
    breakfast.reject()

    dance = _plan(page, qtbot, "Slow dance in the kitchen")
    assert 18 <= dance.start().hour <= 21, dance.start()
    note = dance.zone_note.text()
    assert note == zone_note(QTimeZone(page.zone.encode()), QTimeZone.systemTimeZone())
    assert note.startswith("Times are in") and "/" not in note  # words, never an id like "Etc/UTC"
    dance.reject()
