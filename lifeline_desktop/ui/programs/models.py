"""Programs and their steps, as Qt list models fed by the program service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from lifeline_desktop.services.programs.views import ProgramSummary, StepView
from lifeline_desktop.ui.common.text import fill

THIS_WEEK_TINT = (224, 170, 90, 60)  # RGBA behind the steps of the week (or day) the couple is in


class ProgramListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._programs: list[ProgramSummary] = []

    def set_programs(self, programs: Sequence[ProgramSummary]) -> None:
        self.beginResetModel()
        self._programs = list(programs)
        self.endResetModel()

    def program(self, row: int) -> ProgramSummary:
        return self._programs[row]

    def row_of(self, program_id: str) -> int:
        return next((i for i, p in enumerate(self._programs) if p.id == program_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._programs)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._programs[index.row()].title
        return None


class StepsModel(QAbstractListModel):
    """The steps of an enrolment; checking one asks (through `toggled`) for it to be marked done."""

    toggled = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self._steps: list[StepView] = []
        self.editable = True
        self.current_unit = -1  # highlighted as "this week" (-1: none)

    def set_steps(self, steps: Sequence[StepView], editable: bool = True, current_unit: int = -1) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.editable = editable
        self.current_unit = current_unit
        self.endResetModel()

    def starts_unit(self, row: int) -> bool:
        return row == 0 or self._steps[row - 1].unit_index != self._steps[row].unit_index

    def _text(self, row: int) -> str:
        """Steps grouped by week: the first step of each week carries the week's title as a heading line."""
        step = self._steps[row]
        if not self.starts_unit(row):
            return step.text
        heading = step.unit_title
        if step.unit_index == self.current_unit:
            heading = fill(self.tr("%1 · now"), heading)
        return f"{heading}\n{step.text}"

    def step(self, row: int) -> StepView:
        return self._steps[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and step.unit_index == self.current_unit:
            return QColor(*THIS_WEEK_TINT)
        if role == Qt.ItemDataRole.FontRole and step.unit_index == self.current_unit:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return step.text
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or not self.editable:
            return False
        done = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.toggled.emit(self._steps[index.row()].id, done)
        return True
