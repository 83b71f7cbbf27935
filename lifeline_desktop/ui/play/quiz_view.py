""""How well do you know me", full window: one partner guesses what the other once answered, then the one asked
reveals their real words.

The guess may be said aloud or typed; it is never saved unless the couple choose "Keep this round", which writes
a shared journal entry. Keys: Space or Right shows the answer, then goes on; Ctrl+Enter shows the answer from the
guess box; Esc leaves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.play.views import QuizQuestion
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.operations import JOURNAL, Operations
from lifeline_desktop.ui.play.overlay import PlayOverlay, card_frame, set_card_colour, sofa
from lifeline_desktop.ui.workers import user_message


class QuizView(PlayOverlay):
    again = Signal()  # "Play another round"

    def __init__(self, questions: list[QuizQuestion], today: date, ops: Operations, names: dict[PartnerSlot, str],
                 colours: dict[PartnerSlot, str], host: QWidget) -> None:
        super().__init__(self.tr("How well do you know me"), names, colours, host)
        self.questions = questions
        self.today = today
        self._ops = ops
        self.position = 0
        self.revealed = False

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._end_page())
        hint = QLabel(self.tr("Space or → to show the answer, then again for the next question. Esc to leave."),
                      self)
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("quiz-next")
        self.next_button.setProperty("role", "primary")
        self.next_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.next_button.clicked.connect(self.advance)
        controls = QHBoxLayout()
        controls.addWidget(hint, 1)
        controls.addWidget(self.next_button)
        self.body.addWidget(self.pages, 1)
        self.body.addLayout(controls)
        for key, slot in (("Space", self.advance), ("Right", self.advance), ("Ctrl+Return", self.reveal),
                          ("Ctrl+Enter", self.reveal)):
            self.bind(key, slot)
        self.show_question()
        self.open_over(host)

    def _question_page(self) -> QWidget:
        page = QWidget()
        self.lead = sofa(QLabel(page), "turn")
        self.lead.setProperty("role", "muted")
        self.question = sofa(QLabel(page), "question")
        self.question.setObjectName("quiz-question")
        self.ask = QLabel(page)
        self.ask.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guess = QPlainTextEdit(page)
        self.guess.setObjectName("quiz-guess")
        self.guess.setPlaceholderText(self.tr("Type a guess if you like, or just say it out loud. It is not saved."))
        self.guess.setMaximumHeight(76)
        self.guess.setMaximumWidth(defs.FOCUS_MAX_TEXT_WIDTH)
        self.guess.setMinimumWidth(defs.PLAY_ANSWER_MIN_WIDTH)
        self.guess.setTabChangesFocus(True)
        self.answer_card = card_frame(page, "#999999")
        self.answer_card.setMinimumWidth(defs.PLAY_ANSWER_MIN_WIDTH)
        self.answer_heading = sofa(QLabel(self.answer_card), "turn")
        self.answer = sofa(QLabel(), "answer")
        self.answer.setObjectName("quiz-answer")
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_scroll = scroll = QScrollArea(self.answer_card)
        scroll.setWidget(self.answer)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.keep_button = QPushButton(self.tr("Keep this round in our journal"), self.answer_card)
        self.keep_button.setObjectName("quiz-keep")
        self.keep_button.clicked.connect(self.keep)
        self.kept = QLabel(self.answer_card)
        self.kept.setProperty("role", "muted")
        inside = QVBoxLayout(self.answer_card)
        inside.setContentsMargins(defs.MARGIN, defs.SPACING, defs.MARGIN, defs.SPACING)
        inside.addWidget(self.answer_heading)
        inside.addWidget(scroll, 1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.kept, 1)
        keep_row.addWidget(self.keep_button)
        inside.addLayout(keep_row)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)  # centred on a tall screen
        layout.addWidget(self.lead)
        layout.addWidget(self.question)
        layout.addWidget(self.ask)
        for widget in (self.guess, self.answer_card):  # centred, as wide as a comfortable line allows
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget, 12)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _end_page(self) -> QWidget:
        page = QWidget()
        self.end_text = sofa(QLabel(self.tr("That was the round. Thank you for playing, and for telling each "
                                            "other a little more."), page), "question")
        self.again_button = QPushButton(self.tr("Play another round"), page)
        self.again_button.setObjectName("quiz-again")
        self.again_button.clicked.connect(self.again)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.end_text)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    # --- the round --------------------------------------------------------------------------------------------

    @property
    def current(self) -> QuizQuestion | None:
        return self.questions[self.position] if self.position < len(self.questions) else None

    def when(self, question: QuizQuestion) -> str:
        """"in March", or "in March 2024" when it was another year."""
        moment = question.answered_at.astimezone().date()
        month = QLocale().standaloneMonthName(moment.month)
        return month if moment.year == self.today.year else f"{month} {moment.year}"

    def show_question(self) -> None:
        question = self.current
        if question is None:
            self.turn.hide()
            self.progress.setText(self.tr("%n questions played", "", len(self.questions)))
            self.next_button.setText(self.tr("Leave"))
            self.pages.setCurrentIndex(1)
            return
        about, guesser = self.names[question.about], self.names[question.about.other]
        self.revealed = False
        self.progress.setText(fill(self.tr("Question %1 of %2"), str(self.position + 1), str(len(self.questions))))
        self.turn.show()
        self.turn.show_turn(guesser, self.colours[question.about.other],
                            fill(self.tr("%1 guesses"), guesser))
        self.lead.setText(fill(self.tr("%1 answered this in %2:"), about, self.when(question)))
        self.question.setText(question.question)
        self.ask.setText(fill(self.tr("%1, what do you think %2 said?"), guesser, about))
        self.guess.clear()
        self.guess.setReadOnly(False)
        self.answer_card.hide()
        self.kept.clear()
        self.keep_button.setEnabled(True)
        self.next_button.setText(fill(self.tr("%1, show your answer"), about))
        self.next_button.setAccessibleName(self.next_button.text() + self.tr(" (Space or Right arrow)"))
        self.pages.setCurrentIndex(0)
        self.setFocus()

    def reveal(self) -> None:
        question = self.current
        if question is None or self.revealed:
            return
        self.revealed = True
        about = self.names[question.about]
        self.guess.setReadOnly(True)
        set_card_colour(self.answer_card, self.colours[question.about])
        self.answer_heading.setText(fill(self.tr("What %1 said"), about))
        self.answer_heading.setStyleSheet(f"color: {self.colours[question.about]};")
        self.answer.setText(question.answer)
        self.answer_card.show()
        width = max(self.answer_card.width(), defs.PLAY_ANSWER_MIN_WIDTH) - 2 * defs.MARGIN
        self.answer_scroll.setFixedHeight(min(self.answer.heightForWidth(width) + 4, defs.PLAY_ANSWER_MAX_HEIGHT))
        self.next_button.setText(self.tr("Next question") if self.position + 1 < len(self.questions)
                                 else self.tr("Finish the round"))
        self.next_button.setAccessibleName(self.next_button.text() + self.tr(" (Space or Right arrow)"))
        self.setFocus()

    def advance(self) -> None:
        if self.current is None:
            self.close_play()
        elif not self.revealed:
            self.reveal()
        else:
            self.position += 1
            self.show_question()

    def keep(self) -> None:
        question = self.current
        if question is None or not self.revealed:
            return
        about, guesser = self.names[question.about], self.names[question.about.other]
        guess = self.guess.toPlainText().strip() or self.tr("(said out loud)")
        title = self.tr("How well do you know me: a round we kept")
        body = "\n\n".join((
            fill(self.tr("%1 answered this in %2:"), about, self.when(question)),
            "> " + question.question,
            fill(self.tr("**%1 guessed:** %2"), guesser, guess),
            fill(self.tr("**What %1 said:** %2"), about, question.answer)))
        self.keep_button.setEnabled(False)
        self._ops.change(lambda s: s.play.quiz.keep_round(title, body), {JOURNAL}, self._kept, self._not_kept)

    def _kept(self, _entry_id: object) -> None:
        self.kept.setText(self.tr("Kept in your shared journal."))

    def _not_kept(self, error: BaseException) -> None:
        self.keep_button.setEnabled(True)
        self.kept.setText(user_message(error))

    def release(self) -> None:
        self.guess.clear()
        self.answer.clear()
        self.question.clear()
        self.questions = []
        super().release()
