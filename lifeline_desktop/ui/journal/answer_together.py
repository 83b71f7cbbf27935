"""The journal's "Answer together" tab: one question, two sealed answers. Each partner answers in their own turn
(a full screen in their colour while the other looks away), and both answers are revealed together: each confirms on
their own tile, then the two appear side by side, with "What surprised you?" one click from the check-in agenda.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.reveal_together import RevealParty, RevealTogether
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.common.turn_card import TextTurn
from lifeline_desktop.ui.common.turns import TurnParty
from lifeline_desktop.ui.journal.side_tabs import TextRowsModel
from lifeline_desktop.ui.operations import CHECKINS, JOURNAL, Operations

if TYPE_CHECKING:
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.journal.service import JournalService


class AnswerTogetherTab(QWidget):
    def __init__(self, ops: Operations, journal: JournalService, people: dict[PartnerSlot, tuple[str, str]],
                 me: PartnerSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._people, self._me = ops, people, me
        self._journal: JournalService | None = journal
        other = people[me.other][0]
        note = QLabel(fill(self.tr(
            "Pick a prompt, and each of you answers in your own turn. Neither answer shows until you have both "
            "answered; then you open them together. This keeps you from reading over each other's shoulder on one "
            "computer. It is a promise between you, not a lock against %1."), other), self)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.pairs = TextRowsModel()
        self.list = QListView(self)
        self.list.setModel(self.pairs)
        self.list.setAccessibleName(self.tr("Questions you answer together"))
        self.list.setWordWrap(True)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur.row()))
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setProperty("role", "subtitle")
        self.answer_button = QPushButton(self.tr("Answer in my turn"), self)
        self.answer_button.setObjectName("answer-in-my-turn")
        self.answer_button.clicked.connect(self.take_turn)
        order = (me, me.other)
        self.reveal = RevealTogether([RevealParty(slot.value, *people[slot]) for slot in order], self)
        self.reveal.agenda_requested.connect(self._to_agenda)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.question)
        right.addWidget(self.answer_button)
        right.addWidget(self.reveal, 1)
        right.addWidget(self.status)
        right.addStretch(0)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body, 1)
        self._current: Any = None
        self.turn: TextTurn | None = None
        self._select(-1)

    def load(self, select_id: int | None = None) -> None:
        if self._journal is not None:
            self._ops.query(lambda s: s.journal.sealed.pairs(), lambda pairs: self._got(pairs, select_id), self._failed,
                             owner=self)

    def ask_question(self, question_id: str) -> None:
        if self._journal is not None:
            self._ops.change(lambda s: s.journal.sealed.ask(question_id), {JOURNAL}, self.load, self._failed,
                             owner=self)

    def _got(self, pairs: list[Any], select_id: int | None) -> None:
        other = self._people[self._me.other][0]
        rows = []
        for pair in pairs:
            if pair.revealed:
                state = self.tr("You have both answered: open them together")
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
        self.answer_button.setVisible(pair is not None and not pair.revealed)
        self.reveal.setVisible(pair is not None and pair.revealed)
        self.status.clear()
        if pair is None:
            self.question.setText(self.tr("Choose “Answer together” under a prompt to start."))
            return
        self.question.setText(pair.question)
        if pair.revealed:
            answers = {slot.value: text for slot, text in pair.answers.items()}
            short = pair.question if len(pair.question) <= 60 else pair.question[:60].rsplit(" ", 1)[0] + "…"
            self.reveal.show_pair(str(pair.id), answers, topic=fill(self.tr("What surprised us: %1"), short))
        else:
            self.answer_button.setText(self.tr("Change my sealed answer, in my turn") if pair.i_answered
                                       else self.tr("Answer in my turn"))
            if pair.i_answered:
                self.status.setText(self.tr("Your answer is sealed."))

    def take_turn(self) -> None:
        pair = self._current
        if pair is None or pair.revealed:
            return
        me, other = self._people[self._me], self._people[self._me.other]
        self.turn = TextTurn(TurnParty(me[0], other[0], me[1]), pair.question, fill(self.tr(
            "Only you see this until %1 has answered too; then you open both together."), other[0]),
            self.tr("Seal my answer"), text=pair.my_answer or "",
            placeholder=self.tr("Take your time. A few honest sentences are plenty."))
        self.turn.done.connect(lambda text: self._seal(pair.id, text))
        self.turn.cancelled.connect(self._forget_turn)
        self.turn.cover(self.window())

    def _seal(self, pair_id: int, text: str) -> None:
        turn = self.turn
        if turn is not None:
            turn.set_busy(True)
        self._ops.change(lambda s: s.journal.sealed.answer(pair_id, text), {JOURNAL}, self._sealed,
                         self._seal_failed, owner=self)

    def _sealed(self, pair: Any) -> None:
        if self.turn is not None:
            self.turn.end_turn()
            self.turn = None
        self.load(pair.id)

    def _seal_failed(self, error: BaseException) -> None:
        if self.turn is not None:
            self.turn.set_busy(False, describe(error))
        else:
            self._failed(error)

    def _forget_turn(self) -> None:
        self.turn = None

    def _to_agenda(self, topic: str) -> None:
        self._ops.change(lambda s: s.checkins.add_topic(topic), {CHECKINS}, lambda _id: self.reveal.agenda_added(),
                         self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def release(self) -> None:
        self._journal = None
        self.pairs.set_rows([])
        turn, self.turn = self.turn, None
        if turn is not None and shiboken6.isValid(turn.turn_screen):
            turn.turn_screen.close_turn()  # locked mid-turn: nothing of it stays on screen
