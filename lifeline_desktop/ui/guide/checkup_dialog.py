"""The "Where are we" check-up, for the partner at the keyboard: their turn (ui/common/turns.py), the questions one
at a time (each answer saved, sealed, as it is given, so a check-up left half-way resumes), then "waiting" or both
answers side by side with the path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from lifeline_desktop.services.guide.checkup import questions_for
from lifeline_desktop.services.guide.views import AnswerValue, CheckupState, CheckupStatus
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import MessageLine
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.common.turn_card import turn_card
from lifeline_desktop.ui.common.turns import TurnParty, TurnScreen
from lifeline_desktop.ui.guide.question_view import QuestionView
from lifeline_desktop.ui.guide.reveal_view import RevealView
from lifeline_desktop.ui.operations import CHECKINS, Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class CheckupDialog(QDialog):
    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where are we"))
        self.resize(*defs.WINDOW_SIZE)
        self._session = session
        self._ops = ops
        self.status: CheckupStatus | None = None
        self.index = 0
        self.stack = QStackedWidget(self)
        self.turn: TurnScreen | None = None  # the partner's turn, over the whole dialog in their colour
        self.questions, column = turn_card(self.tr("Where are we — your answers"), fill(self.tr(
            "About 25 short questions, just for you. Your answers stay sealed until %1 has answered too; then you "
            "see them side by side, in words. You can stop at any time and pick up where you left off."),
            session.other_name))
        self.question_area = QVBoxLayout()
        self.back = QPushButton(self.tr("Back"), self)
        self.back.clicked.connect(lambda: self._go(self.index - 1))
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setObjectName("checkup-next")
        self.next.clicked.connect(self._forward)
        self.later = QPushButton(self.tr("Stop for now"), self)
        self.later.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        column.addLayout(self.question_area, 1)
        column.addLayout(buttons)
        self.waiting = QLabel(self)
        self.waiting.setObjectName("checkup-waiting")
        self.waiting.setWordWrap(True)
        self.waiting.setMargin(defs.MARGIN * 3)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setProperty("role", "subtitle")
        self.reveal = RevealView(session, ops, self)
        self.reveal.done.connect(self.accept)
        for page in (self.waiting, self.reveal):
            self.stack.addWidget(page)
        self.message = MessageLine(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        self.view: QuestionView | None = None
        self._ops.query(lambda s: s.guide.checkup.status(), self._shown_first, self.message.show_error)

    def _shown_first(self, status: CheckupStatus) -> None:
        self.status = status
        if status.state is CheckupState.WAITING:
            self._show_waiting()
        elif status.state is CheckupState.REVEALED and self._session.guide.path() is None:
            self._show_reveal()
        else:
            self.turn = TurnScreen(TurnParty(self._session.partner_name, self._session.other_name,
                                             self._session.partner_colour), self.questions)
            self.turn.started.connect(self._begin)
            self.turn.cancelled.connect(self.reject)
            self.turn.finished.connect(self._after_turn)
            self.turn.cover(self)

    def _begin(self) -> None:
        self._ops.query(lambda s: s.guide.checkup.start(), self._started, self.message.show_error)

    def _started(self, status: CheckupStatus) -> None:
        self.status = status
        asked = questions_for(status.my_answers)
        first_open = next((i for i, q in enumerate(asked) if q.id not in status.my_answers), len(asked) - 1)
        self._go(first_open)

    def _go(self, index: int) -> None:
        assert self.status is not None
        asked = questions_for(self.status.my_answers)
        self.index = max(0, min(index, len(asked) - 1))
        question = asked[self.index]
        if self.view is not None:
            self.view.hide()
            self.question_area.removeWidget(self.view)
            self.view.deleteLater()
        position = fill(self.tr("Question %1 of %2"), str(self.index + 1), str(len(asked)))
        self.view = QuestionView(question, position, self.status.my_answers.get(question.id), self.questions)
        self.view.answered.connect(self._answered)
        self.question_area.addWidget(self.view)
        self.back.setEnabled(self.index > 0)
        last = self.index == len(asked) - 1
        self.next.setText(self.tr("Finish my turn") if last else self.tr("Next"))
        self.next.setEnabled(question.id in self.status.my_answers or question.kind == "topics")

    def _answered(self, value: AnswerValue) -> None:
        assert self.view is not None
        question_id = self.view.question.id
        if self.status is not None:
            self.status.my_answers[question_id] = value  # shown back at once; the service keeps it sealed
        self.next.setEnabled(True)
        self._ops.query(lambda s: s.guide.checkup.save_answer(question_id, value), self._saved,
                         self.message.show_error)

    def _saved(self, status: CheckupStatus) -> None:
        self.status = status

    def _forward(self) -> None:
        assert self.status is not None
        asked = questions_for(self.status.my_answers)
        question = asked[self.index]
        if question.kind == "topics" and question.id not in self.status.my_answers:
            self._answered(())
        if self.index < len(asked) - 1:
            self._go(self.index + 1)
            return
        self._ops.change(lambda s: s.guide.checkup.finish_turn(), {CHECKINS}, self._finished,
                         self.message.show_error)

    def _finished(self, status: CheckupStatus) -> None:
        self.status = status
        if self.turn is not None:
            self.turn.end_turn()  # "Thank you, Rosa. Mei, you can look again." — then the answers or the wait
            return
        self._after_turn()

    def _after_turn(self) -> None:
        self.turn = None
        status = self.status
        assert status is not None
        if status.state is CheckupState.REVEALED:
            self._show_reveal()
        else:
            self._show_waiting()

    def _show_waiting(self) -> None:
        self.waiting.setText(fill(self.tr("Thank you. Your answers are sealed. When %1 has taken their turn, you will "
                                     "both see them side by side."), self._session.other_name))
        self.stack.setCurrentWidget(self.waiting)

    def _show_reveal(self) -> None:
        self.reveal.load()
        self.stack.setCurrentWidget(self.reveal)
