"""Programs and their steps, as Qt list models fed by the program service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from lifeline_desktop.services.programs.views import ProgramSummary, StepView
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.programs.rows import HEADING_ROLE

THIS_WEEK_TINT = (224, 170, 90, 60)  # RGBA behind the steps of the week (or day) the couple is in


@dataclass(frozen=True)
class Heading:
    """The row above a week's (or day's) steps, with its title."""

    unit_index: int
    title: str


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
    """The steps of an enrolment, each week (or day) under its own heading row; checking a step asks (through
    `toggled`) for it to be marked done. Heading rows are not checkable and carry HEADING_ROLE."""

    toggled = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[StepView | Heading] = []
        self.editable = True
        self.current_unit = -1  # highlighted as "this week" (-1: none)

    def set_steps(self, steps: Sequence[StepView], editable: bool = True, current_unit: int = -1) -> None:
        self.beginResetModel()
        self._rows = []
        for i, step in enumerate(steps):
            if i == 0 or steps[i - 1].unit_index != step.unit_index:
                self._rows.append(Heading(step.unit_index, step.unit_title))
            self._rows.append(step)
        self.editable = editable
        self.current_unit = current_unit
        self.endResetModel()

    def step(self, row: int) -> StepView | None:
        """The step on `row`, or None on a heading row."""
        found = self._rows[row]
        return found if isinstance(found, StepView) else None

    def step_rows(self) -> list[int]:
        """The rows that hold steps (not headings), top to bottom."""
        return [row for row, found in enumerate(self._rows) if isinstance(found, StepView)]

    def row_of_step(self, step_id: str) -> int:
        return next((r for r, found in enumerate(self._rows) if isinstance(found, StepView) and found.id == step_id),
                    -1)

    def _heading_text(self, heading: Heading) -> str:
        if heading.unit_index == self.current_unit:
            return fill(self.tr("%1 · now"), heading.title)
        return heading.title

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        found = self._rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and found.unit_index == self.current_unit:
            return QColor(*THIS_WEEK_TINT)
        if isinstance(found, Heading):
            return self._heading_data(found, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return found.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if found.done else Qt.CheckState.Unchecked
        return None

    def _heading_data(self, heading: Heading, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._heading_text(heading)
        if role == HEADING_ROLE:
            return True
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self._rows[index.row()], Heading):
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        step = self.step(index.row()) if index.isValid() else None
        if step is None or role != Qt.ItemDataRole.CheckStateRole or not self.editable:
            return False
        done = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.toggled.emit(step.id, done)
        return True
