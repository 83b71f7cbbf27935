"""Calendars in the app's own colours: a month grid (the planner's month, a date field's pop-up) with weekdays
and weekends written alike (no stock red Saturdays), quiet day names, and today's date marked by the style sheet's
selection. Date fields open that calendar, styled like the other fields (lifeline.qss)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QToolButton, QWidget

DATE_TIME_FORMAT = "ddd d MMM yyyy  HH:mm"


def warm_calendar(calendar: QCalendarWidget) -> QCalendarWidget:
    """Weekends in the text colour like every other day, day names in the muted colour; no week numbers; the month
    arrows named for screen readers."""
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    weekday = calendar.weekdayTextFormat(Qt.DayOfWeek.Monday)  # plain: the palette's text colour
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekday)
    heading = QTextCharFormat()
    heading.setForeground(calendar.palette().color(QPalette.ColorRole.PlaceholderText))
    calendar.setHeaderTextFormat(heading)
    # Qt's own month arrows carry only an icon: named, so a screen reader says more than "button".
    for button_name, accessible_name in (
        ("qt_calendar_prevmonth", QCoreApplication.translate("calendar", "Previous month")),
        ("qt_calendar_nextmonth", QCoreApplication.translate("calendar", "Next month")),
    ):
        if (button := calendar.findChild(QToolButton, button_name)) is not None:
            button.setAccessibleName(accessible_name)
    return calendar


def date_time_field(parent: QWidget, value: QDateTime, name: str) -> QDateTimeEdit:
    """A date and time, typed or chosen from the warm calendar that drops down from it."""
    field = QDateTimeEdit(value, parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat(DATE_TIME_FORMAT)
    field.setAccessibleName(name)
    warm_calendar(field.calendarWidget())
    return field
