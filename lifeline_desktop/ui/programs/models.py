"""Programs and their steps, as Qt list models fed by the program service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from lifeline_desktop.services.programs.views import ProgramSummary, StepView

_KIND = {"prompt": "✎", "idea": "☀", "script": "☺", "do": "•"}


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

    def set_steps(self, steps: Sequence[StepView], editable: bool = True) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.editable = editable
        self.endResetModel()

    def step(self, row: int) -> StepView:
        return self._steps[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{step.unit_title}  {_KIND[step.kind]}  {step.text}"
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
