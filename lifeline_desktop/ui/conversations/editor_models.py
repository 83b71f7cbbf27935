"""The step editor's Qt models: the steps in the order the couple meets them (opening, each round, closing) and
the rounds (title, how many times, swap roles)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from lifeline_desktop.services.conversations.views import RoundDraft, ScriptDraft, StepDraft
from lifeline_desktop.ui.common.text import fill, translate

OPENING = -1
CLOSING = 1_000_000
AnyIndex = QModelIndex | QPersistentModelIndex



def role_name(role: str, names: dict[str, str]) -> str:
    return {
        "both": translate("conversations", "Both of you"),
        "speaker": translate("conversations", "The speaker"),
        "listener": translate("conversations", "The listener"),
        "a": names.get("a", "A"), "b": names.get("b", "B"),
    }.get(role, translate("conversations", "(who is this for?)"))


@dataclass
class EditorStep:
    part: int  # OPENING, a round's index, or CLOSING
    step: StepDraft


class StepsModel(QAbstractListModel):
    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        self._names = names
        self._steps: list[EditorStep] = []

    def set_draft(self, draft: ScriptDraft) -> None:
        self.beginResetModel()
        self._steps = [EditorStep(OPENING, replace(s)) for s in draft.opening]
        for number, group in enumerate(draft.rounds):
            self._steps += [EditorStep(number, replace(s)) for s in group.steps]
        self._steps += [EditorStep(CLOSING, replace(s)) for s in draft.closing]
        self.endResetModel()

    def steps(self) -> list[EditorStep]:
        return list(self._steps)

    def step(self, row: int) -> EditorStep:
        return self._steps[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._steps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            part = (translate("conversations", "Opening") if item.part == OPENING
                    else translate("conversations", "Closing") if item.part == CLOSING
                    else fill(translate("conversations", "Round %1"), str(item.part + 1)))
            words = " ".join(item.step.text.split()) or translate("conversations", "(no words yet)")
            words = words if len(words) <= 60 else words[:59] + "…"
            return f"{index.row() + 1}.  {part} · {role_name(item.step.role, self._names)}: {words}"
        return None

    def update(self, row: int, part: int | None = None, step: StepDraft | None = None) -> int:
        """Changes a step; a new part moves it to the end of that part. Returns its row afterwards."""
        item = self._steps[row]
        if step is not None:
            item.step = step
        if part is not None and part != item.part:
            self.beginResetModel()
            self._steps.pop(row)
            item.part = part
            row = self._insert_at_end_of_part(item)
            self.endResetModel()
        else:
            self.dataChanged.emit(self.index(row), self.index(row))
        return row

    def add(self, part: int) -> int:
        self.beginResetModel()
        row = self._insert_at_end_of_part(EditorStep(part, StepDraft()))
        self.endResetModel()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self._steps.pop(row)
        self.endRemoveRows()

    def move(self, row: int, by: int) -> int:
        """Up or down by one; at the edge of its part, a step first moves into the neighbouring part."""
        other = row + by
        if not (0 <= row < len(self._steps) and 0 <= other < len(self._steps)):
            return row
        self.beginResetModel()
        mine, theirs = self._steps[row], self._steps[other]
        if mine.part != theirs.part:
            mine.part = theirs.part
            other = row
        else:
            self._steps[row], self._steps[other] = theirs, mine
        self.endResetModel()
        return other

    def drop_round(self, number: int) -> None:
        """A removed round takes its steps with it; later rounds move up one."""
        self.beginResetModel()
        self._steps = [s for s in self._steps if s.part != number]
        for item in self._steps:
            if item.part != CLOSING and item.part > number:
                item.part -= 1
        self.endResetModel()

    def _insert_at_end_of_part(self, item: EditorStep) -> int:
        row = sum(1 for s in self._steps if s.part <= item.part)
        self._steps.insert(row, item)
        return row


class RoundsModel(QAbstractTableModel):
    TITLE, REPEAT, SWAP = range(3)

    def __init__(self) -> None:
        super().__init__()
        self._rounds: list[RoundDraft] = []

    def set_rounds(self, rounds: list[RoundDraft]) -> None:
        self.beginResetModel()
        self._rounds = [RoundDraft(r.title, r.repeat, r.swap_roles, []) for r in rounds]
        self.endResetModel()

    def rounds(self) -> list[RoundDraft]:
        return [RoundDraft(r.title, r.repeat, r.swap_roles, []) for r in self._rounds]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rounds)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return fill(translate("conversations", "Round %1"), str(section + 1))
        return (translate("conversations", "Title"), translate("conversations", "Times"),
                translate("conversations", "Swap roles each time"))[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.SWAP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        group, column = self._rounds[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return group.title if column == self.TITLE else group.repeat if column == self.REPEAT else None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.SWAP:
            return Qt.CheckState.Checked if group.swap_roles else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        group, column = self._rounds[index.row()], index.column()
        if column == self.TITLE and role == Qt.ItemDataRole.EditRole:
            group.title = str(value).strip()
        elif column == self.REPEAT and role == Qt.ItemDataRole.EditRole:
            try:
                group.repeat = int(str(value))
            except ValueError:
                return False
        elif column == self.SWAP and role == Qt.ItemDataRole.CheckStateRole:
            group.swap_roles = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        row = len(self._rounds)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rounds.append(RoundDraft())
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self._rounds.pop(row)
        self.endRemoveRows()
