"""Qt item models for the planner, fed from the planner service through the Runner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from lifeline_desktop.domain.vocabulary import OccurrenceOutcome
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.rows_model import ObjectRole, RowsModel
from lifeline_desktop.ui.common.text import clock_time, fill, translate, weekday_date, weekday_day
from lifeline_desktop.ui.labels import cost_label, outcome_label, place_label

__all__ = ["ObjectRole", "RowsModel"]  # re-exported: the planner's views import them from here

_INDEX = QModelIndex()



def overlap_colour(item: Any) -> QColor | None:
    """Plans that overlap another are shown in a warning colour (allowed, and said)."""
    return QColor(defs.PLANNER_OVERLAP_COLOUR) if getattr(item, "overlaps", False) else None


def local_time(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def describe_idea(idea: Any) -> str:
    star = "★ " if idea.favourite else ""
    hidden = translate("planner", " (not for us)") if idea.hidden else ""
    own = translate("planner", " (ours)") if idea.own else ""
    minutes = idea.minutes or 0
    length = fill(translate("planner", "%1 min"), str(minutes)) if minutes < 120 else \
        fill(translate("planner", "%1 h"), str(round(minutes / 60)))
    return f"{star}{idea.title}{own}{hidden}  ·  {length} · {cost_label(idea.cost)} · {place_label(idea.place)}"


def describe_occurrence(occurrence: Any, zone: str, with_date: bool = True) -> str:
    start = local_time(occurrence.start, zone)
    end = local_time(occurrence.end, zone)
    when = f"{clock_time(start)}–{clock_time(end)}"
    if with_date:
        when = f"{weekday_date(start.date())} · {when}"
    marks = []
    if occurrence.recurring:
        marks.append("↻")
    if occurrence.moved:
        marks.append(translate("planner", "moved"))
    if occurrence.outcome is not None:
        marks.append(outcome_label(occurrence.outcome))
    if occurrence.phones_away:
        marks.append(translate("planner", "phones away"))
    if occurrence.overlaps:
        marks.append(translate("planner", "overlaps"))
    extra = f"  ({', '.join(marks)})" if marks else ""
    place = f" · {occurrence.place}" if occurrence.place else ""
    return f"{when}  {occurrence.title}{place}{extra}"


class WeekModel(QAbstractTableModel):
    """Seven columns (Monday to Sunday) of the week holding `monday`; each row is one occurrence per day."""

    def __init__(self) -> None:
        super().__init__()
        self._monday = date.today()
        self._days: list[list[Any]] = [[] for _ in range(7)]
        self._zone = "UTC"

    def set_week(self, monday: date, occurrences: Sequence[Any], zone: str) -> None:
        self.beginResetModel()
        self._monday, self._zone = monday, zone
        self._days = [[] for _ in range(7)]
        for occurrence in occurrences:
            day = (local_time(occurrence.start, zone).date() - monday).days
            if 0 <= day < 7:
                self._days[day].append(occurrence)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else max((len(day) for day in self._days), default=0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else 7

    def occurrence(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        day = self._days[index.column()] if index.isValid() else []
        return day[index.row()] if index.row() < len(day) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        occurrence = self.occurrence(index)
        if occurrence is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            start = local_time(occurrence.start, self._zone)
            done = " ✓" if occurrence.outcome == OccurrenceOutcome.DONE else ""
            return f"{clock_time(start)}  {occurrence.title}{done}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_occurrence(occurrence, self._zone)
        if role == ObjectRole:
            return occurrence
        if role == Qt.ItemDataRole.ForegroundRole and occurrence.overlaps:
            return QColor(defs.PLANNER_OVERLAP_COLOUR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return weekday_day(self._monday + timedelta(days=section))
        return None
