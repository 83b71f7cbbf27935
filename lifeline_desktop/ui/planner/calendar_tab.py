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
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.vocabulary import OccurrenceOutcome
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.planner.models import (
    ObjectRole,
    RowsModel,
    WeekModel,
    describe_occurrence,
    local_time,
    overlap_colour,
)

Fetch = Callable[[datetime, datetime, Callable[[list[Any]], None]], None]


class MonthView(QCalendarWidget):
    """A month with a dot per plan under each day (red when plans overlap that day)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
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
        self.week = QTableView(self)
        self.week.setModel(self.week_model)
        self.week.setAccessibleName(self.tr("Week"))
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.verticalHeader().setVisible(False)
        self.week.setWordWrap(True)
        self.week.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_model: RowsModel[Any] = RowsModel(lambda o: describe_occurrence(o, self.zone),
                                                      lambda o: o.notes, overlap_colour)
        self.agenda = QListView(self)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Coming up"))
        self.agenda.setAlternatingRowColors(True)
        self.views = QStackedWidget(self)
        for view in (self.month, self.week, self.agenda):
            self.views.addWidget(view)

        self.day_model: RowsModel[Any] = RowsModel(lambda o: describe_occurrence(o, self.zone, with_date=False),
                                                   lambda o: o.notes, overlap_colour)
        self.day_list = QListView(self)
        self.day_list.setModel(self.day_model)
        self.day_list.setAccessibleName(self.tr("Plans that day"))
        self.day_title = QLabel(self)
        self.day_title.setProperty("role", "subtitle")

        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        for number, label in enumerate((self.tr("Month"), self.tr("Week"), self.tr("Agenda"))):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.setToolTip(fill(self.tr("%1 (Alt+%2)"), label, str(number + 1)))
            self.mode_buttons.addButton(button, number)
            modes.addWidget(button)
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self, lambda n=number: self.show_mode(n))
        self.mode_buttons.button(0).setChecked(True)
        self.mode_buttons.idClicked.connect(self.show_mode)
        modes.addStretch(1)
        self.new_button = QPushButton(self.tr("New plan…"), self)
        self.new_button.setToolTip(self.tr("Plan something (Ctrl+N)"))
        self.export_button = QPushButton(self.tr("Export .ics…"), self)
        self.import_button = QPushButton(self.tr("Import .ics…"), self)
        for button in (self.new_button, self.export_button, self.import_button):
            button.setAccessibleName(button.text().replace("…", ""))
            modes.addWidget(button)
        self.new_button.clicked.connect(self._new_plan)
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)
        QShortcut(QKeySequence.StandardKey.New, self, self._new_plan)

        self.chosen = QLabel(self.tr("Choose a plan to see what you can do with it."), self)
        self.chosen.setWordWrap(True)
        self.chosen.setProperty("role", "muted")
        self.done_button = QPushButton(self.tr("Done ✓"), self)
        self.skipped_button = QPushButton(self.tr("Didn't happen"), self)
        self.skip_one_button = QPushButton(self.tr("Skip this one"), self)
        self.move_button = QPushButton(self.tr("Move…"), self)
        self.reflect_button = QPushButton(self.tr("How was it?…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete plan"), self)
        actions = QGridLayout()
        buttons = (self.done_button, self.skipped_button, self.reflect_button, self.move_button,
                   self.skip_one_button, self.edit_button, self.delete_button)
        for n, button in enumerate(buttons):
            button.setAccessibleName(button.text().replace("…", "").replace(" ✓", ""))
            actions.addWidget(button, n // 2, n % 2)
        for button, outcome in ((self.done_button, OccurrenceOutcome.DONE),
                                (self.skipped_button, OccurrenceOutcome.SKIPPED)):
            button.clicked.connect(lambda _c=False, outcome=outcome: self._act(
                lambda o: self.outcome_requested.emit(o, outcome)))
        self.skip_one_button.clicked.connect(lambda: self._act(self.skip_requested.emit))
        self.move_button.clicked.connect(lambda: self._act(self.move_requested.emit))
        self.reflect_button.clicked.connect(lambda: self._act(self.reflect_requested.emit))
        self.edit_button.clicked.connect(lambda: self._act(self.edit_requested.emit))
        self.delete_button.clicked.connect(lambda: self._act(self.delete_requested.emit))

        side = QVBoxLayout()
        side.setSpacing(defs.SMALL_SPACING)
        side.addWidget(self.day_title)
        side.addWidget(self.day_list, 1)
        side.addWidget(self.chosen)
        side.addLayout(actions)
        side_widget = QWidget(self)
        side_widget.setFixedWidth(defs.PLANNER_DETAILS_WIDTH)
        side_widget.setLayout(side)
        body = QHBoxLayout()
        body.addWidget(self.views, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.SPACING, defs.SPACING, defs.SPACING, defs.SPACING)
        layout.addLayout(modes)
        layout.addLayout(body, 1)

        self.month.selectionChanged.connect(self._day_changed)
        self.month.currentPageChanged.connect(lambda _y, _m: self.reload())
        for view in (self.day_list, self.agenda, self.week):
            view.clicked.connect(self._chose)
            view.activated.connect(self._chose)
        self._set_selected(None)

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
        self.day_title.setText(f"{day:%A %d %B %Y}")
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
        self.mode_buttons.button(number).setChecked(True)

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
        for button in (self.done_button, self.skipped_button, self.move_button, self.reflect_button,
                       self.edit_button, self.delete_button):
            button.setEnabled(occurrence is not None)
        self.skip_one_button.setEnabled(occurrence is not None and occurrence.recurring)
        if occurrence is None:
            self.chosen.setText(self.tr("Choose a plan to see what you can do with it."))
            return
        text = describe_occurrence(occurrence, self.zone)
        if occurrence.notes:
            text += "\n" + occurrence.notes
        if occurrence.phones_away:
            text += "\n" + self.tr("Phones away: this time is for the two of you.")
        self.chosen.setText(text)

    def _act(self, action: Callable[[Any], None]) -> None:
        if self._selected is not None:
            action(self._selected)

    def _new_plan(self) -> None:
        day = self.selected_day()
        self.new_plan_requested.emit(datetime.combine(day, time(19, 0)))


def _same(a: Any, b: Any) -> bool:
    return bool(a.plan_id == b.plan_id and a.original_start == b.original_start)
