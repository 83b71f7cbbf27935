"""The Appreciation tab, and the rows model the smaller journal tabs share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill, medium_date
from lifeline_desktop.ui.operations import JOURNAL, Operations

if TYPE_CHECKING:
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.journal.service import JournalService


class TextRowsModel(QAbstractListModel):
    """Rows of text with an object behind each (pairs, notes)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, Any]] = []

    def set_rows(self, rows: list[tuple[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._rows[row][1]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][0]
        return None


class AppreciationTab(QWidget):
    unread_changed = Signal(int)

    def __init__(self, ops: Operations, journal: JournalService, people: dict[PartnerSlot, tuple[str, str]],
                 me: PartnerSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._people, self._me = ops, people, me
        self._journal: JournalService | None = journal
        other = people[me.other][0]
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(fill(self.tr("A note for %1"), other))
        self.note.setPlaceholderText(self.tr("I noticed… / Thank you for…"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.send_button = QPushButton(fill(self.tr("Send to %1"), other), self)
        self.send_button.clicked.connect(self.send)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.notes = TextRowsModel()
        self.list = QListView(self)
        self.list.setModel(self.notes)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Our gratitude list"))
        heading = QLabel(self.tr("Our gratitude list"), self)
        heading.setProperty("role", "subtitle")
        hint = QLabel(fill(self.tr("%1 sees your note the next time they open Lifeline."), other), self)
        hint.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SMALL_SPACING)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)

    def load(self) -> None:
        journal = self._journal
        if journal is not None:
            self._ops.query(lambda s: s.journal.appreciation.notes(), self._got, self._failed, owner=self)

    def _got(self, notes: list[Any]) -> None:
        rows = []
        for note in notes:
            who = fill(self.tr("%1 to %2"), self._people[note.sender][0], self._people[note.recipient][0])
            new = "  ● " + self.tr("new") if note.unread else ""
            rows.append((f"{who}, {medium_date(note.created_at.astimezone().date())}{new}\n{note.body}", note))
        self.notes.set_rows(rows)
        self.unread_changed.emit(sum(1 for note in notes if note.unread))

    def mark_read(self) -> None:
        journal = self._journal
        if journal is not None:
            self._ops.change(lambda s: s.journal.appreciation.mark_all_read(), {JOURNAL},
                             lambda _r: self.unread_changed.emit(0), self._failed, owner=self)

    def send(self) -> None:
        journal, text = self._journal, self.note.toPlainText()
        if journal is None:
            return
        self._ops.change(lambda s: s.journal.appreciation.send(text), {JOURNAL}, self._sent, self._failed, owner=self)

    def _sent(self, _note_id: int) -> None:
        self.note.clear()
        self.status.setText(fill(self.tr("Sent. It will be waiting for %1."), self._people[self._me.other][0]))
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def release(self) -> None:
        self._journal = None
        self.notes.set_rows([])
        self.note.clear()
