"""The two smaller Journal tabs: "Both answer" (sealed pairs) and Appreciation notes."""

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


class SealedTab(QWidget):
    """Both answer a prompt privately; neither answer shows until both exist."""

    def __init__(self, ops: Operations, journal: JournalService, people: dict[PartnerSlot, tuple[str, str]],
                 me: PartnerSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._people, self._me = ops, people, me
        self._journal: JournalService | None = journal
        other = people[me.other][0]
        note = QLabel(fill(self.tr(
            "Pick a prompt, and each of you answers on your own. Neither answer shows until you have both answered; "
            "then both appear together. This keeps you from reading over each other's shoulder on one computer. "
            "It is a promise between you, not a lock against %1."), other), self)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.pairs = TextRowsModel()
        self.list = QListView(self)
        self.list.setModel(self.pairs)
        self.list.setAccessibleName(self.tr("Questions you both answer"))
        self.list.setWordWrap(True)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur.row()))
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setProperty("role", "subtitle")
        self.answer = QPlainTextEdit(self)
        self.answer.setAccessibleName(self.tr("Your sealed answer"))
        self.answer.setPlaceholderText(self.tr("Your answer stays sealed until you have both answered."))
        self.seal_button = QPushButton(self.tr("Seal my answer"), self)
        self.seal_button.clicked.connect(self.seal)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.question)
        right.addWidget(self.answer, 1)
        right.addWidget(self.seal_button)
        right.addWidget(self.status)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body, 1)
        self._current: Any = None
        self._select(-1)

    def load(self, select_id: int | None = None) -> None:
        journal = self._journal
        if journal is not None:
            self._ops.query(lambda s: s.journal.sealed.pairs(), lambda pairs: self._got(pairs, select_id), self._failed,
                             owner=self)

    def ask_question(self, question_id: str) -> None:
        journal = self._journal
        if journal is not None:
            self._ops.change(lambda s: s.journal.sealed.ask(question_id), {JOURNAL}, self.load, self._failed,
                             owner=self)

    def _got(self, pairs: list[Any], select_id: int | None) -> None:
        other = self._people[self._me.other][0]
        rows = []
        for pair in pairs:
            if pair.revealed:
                state = self.tr("Both answered: revealed")
            elif pair.i_answered:
                state = fill(self.tr("Waiting for %1"), other)
            elif pair.other_answered:
                state = fill(self.tr("%1 has answered: your turn"), other)
            else:
                state = self.tr("Nobody has answered yet")
            rows.append((f"{pair.question}\n{state}", pair))
        self.pairs.set_rows(rows)
        row = next((n for n, pair in enumerate(pairs) if pair.id == select_id), 0 if pairs else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.pairs.index(row))
        self._select(row)

    def _select(self, row: int) -> None:
        pair = self.pairs.item(row) if 0 <= row < self.pairs.rowCount() else None
        self._current = pair
        self.answer.setReadOnly(pair is None or pair.revealed)
        self.seal_button.setEnabled(pair is not None and not pair.revealed)
        if pair is None:
            self.question.setText(self.tr("Choose “Both answer” under a prompt to start."))
            self.answer.clear()
            return
        self.question.setText(pair.question)
        if pair.revealed:
            self.answer.setPlainText("\n\n".join(f"{self._people[slot][0]}:\n{text}"
                                                 for slot, text in sorted(pair.answers.items())))
            self.status.setText(self.tr("Revealed together."))
        else:
            self.answer.setPlainText(pair.my_answer or "")
            self.seal_button.setText(self.tr("Change my sealed answer") if pair.i_answered
                                     else self.tr("Seal my answer"))
            self.status.clear()

    def seal(self) -> None:
        journal, pair, text = self._journal, self._current, self.answer.toPlainText()
        if journal is None or pair is None:
            return
        self._ops.change(lambda s: s.journal.sealed.answer(pair.id, text), {JOURNAL}, lambda p: self.load(p.id),
                         self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def release(self) -> None:
        self._journal = None
        self.pairs.set_rows([])
        self.answer.clear()


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
