"""Plans on a calendar: a month (QCalendarWidget with painted markers), a week (table model), and an agenda of
what is coming. Times show in the computer's zone; overlaps are marked; the chosen occurrence gets actions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QListView, QStackedWidget, QTableView, QWidget

from lifeline_desktop.domain.vocabulary import OccurrenceOutcome
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.calendar_look import warm_calendar
from lifeline_desktop.ui.common.layout import hbox, margins, vbox
from lifeline_desktop.ui.common.text import long_date
from lifeline_desktop.ui.planner.calendar_bar import CalendarBar
from lifeline_desktop.ui.planner.models import (
    ObjectRole,
    RowsModel,
    WeekModel,
    describe_occurrence,
    local_time,
    overlap_colour,
)
from lifeline_desktop.ui.planner.occurrence_pane import OccurrencePane

Fetch = Callable[[datetime, datetime, Callable[[list[Any]], None]], None]


class MonthView(QCalendarWidget):
    """A month with a dot per plan under each day (red when plans overlap that day)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        warm_calendar(self)
        self.setAccessibleName(self.tr("Month"))
        self.counts: Counter[date] = Counter()
        self.overlapping: set[date] = set()

    def set_marks(self, occurrences: list[Any], zone: str) -> None:
        self.counts = Counter(local_time(o.start, zone).date() for o in occurrences
                              if o.outcome != OccurrenceOutcome.SKIPPED)
        self.overlapping = {local_time(o.start, zone).date() for o in occurrences if o.overlaps}
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = qdate.toPython() if isinstance(qdate, QDate) else qdate
        if not isinstance(day, date):
            return
        count = self.counts.get(day, 0)
        if not count:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = defs.PLANNER_OVERLAP_COLOUR if day in self.overlapping else defs.PLANNER_MARKER_COLOUR
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        size = max(4, rect.height() // 9)
        shown = min(count, 4)
        left = rect.center().x() - (shown * (size + 2)) // 2
        for n in range(shown):
            painter.drawEllipse(left + n * (size + 2), rect.bottom() - size - 3, size, size)
        painter.restore()


def _week_table(parent: QWidget, model: WeekModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class CalendarTab(QWidget):
    new_plan_requested = Signal(object)  # naive local datetime to start from
    outcome_requested = Signal(object, object)  # occurrence, OccurrenceOutcome | None
    skip_requested = Signal(object)
    move_requested = Signal(object)
    reflect_requested = Signal(object)
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, fetch: Fetch, zone: str, today: Callable[[], datetime], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.zone = zone
        self._today = today
        self._selected: Any = None
        self.month = MonthView(self)
        self.week_model = WeekModel()
        self.week = _week_table(self, self.week_model, self.tr("Week"))
        self.agenda_model: RowsModel[Any] = RowsModel(lambda o: describe_occurrence(o, self.zone),
                                                      lambda o: o.notes, overlap_colour)
        self.agenda = QListView(self)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Coming up"))
        self.agenda.setAlternatingRowColors(True)
        self.views = QStackedWidget(self)
        for view in (self.month, self.week, self.agenda):
            self.views.addWidget(view)
        self.bar = CalendarBar(self)
        self.pane = OccurrencePane(zone, self)
        bar, pane = self.bar, self.pane  # the controls by the names the page and the tests use
        self.new_button, self.export_button, self.import_button = bar.new_button, bar.export_button, bar.import_button
        self.day_model, self.day_list = pane.day_model, pane.day_list
        self.done_button, self.skipped_button, self.skip_one_button = (
            pane.done_button, pane.skipped_button, pane.skip_one_button)
        self.move_button, self.reflect_button = pane.move_button, pane.reflect_button
        self.edit_button, self.delete_button = pane.edit_button, pane.delete_button
        vbox(defs.SPACING, bar, (hbox(defs.SPACING, (self.views, 1), pane), 1), contents=margins(defs.SPACING),
             parent=self)
        self._connect()
        self._set_selected(None)

    def _connect(self) -> None:
        self.bar.mode_chosen.connect(self.show_mode)
        self.new_button.clicked.connect(self._new_plan)
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)
        QShortcut(QKeySequence.StandardKey.New, self, self._new_plan)
        for button, outcome in ((self.done_button, OccurrenceOutcome.DONE),
                                (self.skipped_button, OccurrenceOutcome.SKIPPED)):
            button.clicked.connect(lambda _c=False, outcome=outcome: self._act(
                lambda o: self.outcome_requested.emit(o, outcome)))
        self.skip_one_button.clicked.connect(lambda: self._act(self.skip_requested.emit))
        self.move_button.clicked.connect(lambda: self._act(self.move_requested.emit))
        self.reflect_button.clicked.connect(lambda: self._act(self.reflect_requested.emit))
        self.edit_button.clicked.connect(lambda: self._act(self.edit_requested.emit))
        self.delete_button.clicked.connect(lambda: self._act(self.delete_requested.emit))
        self.month.selectionChanged.connect(self._day_changed)
        self.month.currentPageChanged.connect(lambda _y, _m: self.reload())
        for view in (self.day_list, self.agenda, self.week):
            view.clicked.connect(self._chose)
            view.activated.connect(self._chose)

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        first = date(self.month.yearShown(), self.month.monthShown(), 1)
        start = self._at(first - timedelta(days=7))
        end = self._at(first + timedelta(days=45))
        self._fetch(start, end, self._got_month)
        now = self._today()
        self._fetch(now - timedelta(hours=12), now + timedelta(days=defs.PLANNER_AGENDA_DAYS), self._got_agenda)
        monday = self.selected_day() - timedelta(days=self.selected_day().weekday())
        self._fetch(self._at(monday), self._at(monday + timedelta(days=7)),
                    lambda found: self.week_model.set_week(monday, found, self.zone))

    def _at(self, day: date) -> datetime:
        return datetime.combine(day, time(0, 0), ZoneInfo(self.zone)).astimezone(UTC)

    def _got_month(self, occurrences: list[Any]) -> None:
        self._month_occurrences = occurrences
        self.month.set_marks(occurrences, self.zone)
        self._day_changed()

    def _got_agenda(self, occurrences: list[Any]) -> None:
        self.agenda_model.set_rows(occurrences)

    def selected_day(self) -> date:
        value = self.month.selectedDate().toPython()
        assert isinstance(value, date)
        return value

    def _day_changed(self) -> None:
        day = self.selected_day()
        found = [o for o in getattr(self, "_month_occurrences", [])
                 if local_time(o.start, self.zone).date() == day]
        self.pane.day_title.setText(long_date(day))
        self.day_model.set_rows(found)
        if self._selected is not None and not any(_same(o, self._selected) for o in found):
            self._refresh_selected(found)
        monday = day - timedelta(days=day.weekday())
        self._fetch(self._at(monday), self._at(monday + timedelta(days=7)),
                    lambda week: self.week_model.set_week(monday, week, self.zone))

    def _refresh_selected(self, found: list[Any]) -> None:
        everything = found + self.agenda_model.rows()
        match = next((o for o in everything if _same(o, self._selected)), None)
        self._set_selected(match)

    def show_mode(self, number: int) -> None:
        self.views.setCurrentIndex(number)
        self.bar.show_mode(number)

    def go_to(self, day: date) -> None:
        self.month.setSelectedDate(QDate(day.year, day.month, day.day))
        self.month.setCurrentPage(day.year, day.month)

    # --- the chosen occurrence ----------------------------------------------------------------------------
    def _chose(self, index: Any) -> None:
        occurrence = index.data(ObjectRole)
        if occurrence is not None:
            self._set_selected(occurrence)

    def select(self, occurrence: Any) -> None:
        self._set_selected(occurrence)

    def selected(self) -> Any:
        return self._selected

    def _set_selected(self, occurrence: Any) -> None:
        self._selected = occurrence
        self.pane.show_occurrence(occurrence)

    def _act(self, action: Callable[[Any], None]) -> None:
        if self._selected is not None:
            action(self._selected)

    def _new_plan(self) -> None:
        day = self.selected_day()
        self.new_plan_requested.emit(datetime.combine(day, time(19, 0)))


def _same(a: Any, b: Any) -> bool:
    return bool(a.plan_id == b.plan_id and a.original_start == b.original_start)
