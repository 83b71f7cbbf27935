"""Today's part of the guide: the check-up or the path (this week's conversation and activity), a suggestion from
the check-ins, the follow-up after a hard talk, a retake when it is due, and, for one partner alone, where to find
help. Also "Lighter today" and "Another one" for the prompt of the day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from lifeline_desktop.services.guide.views import CheckupState, FollowUpStatus, TodayGuide
from lifeline_desktop.services.journal.views import PromptView
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.guide.checkup_dialog import CheckupDialog
from lifeline_desktop.ui.guide.choices_menu import GuideChoicesButton
from lifeline_desktop.ui.guide.words import practice_name
from lifeline_desktop.ui.operations import CONVERSATIONS, Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


def _text(parent: QWidget, name: str, role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class GuideCard(QFrame):
    changed = Signal()  # the check-up or the path moved on: Today reloads

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-guide")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")  # rounded, on the base colour, as Play's cards
        self._session: Session | None = None  # until `open`
        self._ops = ops
        heading = QLabel(self.tr("Your path"), self)
        heading.setProperty("role", "subtitle")
        self.text = _text(self, "guide-text")
        self.extra = _text(self, "guide-extra", "muted")
        self.action = QPushButton(self)
        self.action.setObjectName("guide-action")
        self.action.clicked.connect(self._open_checkup)
        self.follow_up = QWidget(self)
        self.follow_up_text = _text(self.follow_up, "follow-up-text")
        self.rating = QSpinBox(self.follow_up)
        self.rating.setRange(1, 10)
        self.rating.setValue(5)
        self.rating.setAccessibleName(self.tr("How you are, 1 to 10"))
        send = QPushButton(self.tr("Seal my answer"), self.follow_up)
        send.clicked.connect(self._answer_follow_up)
        row = QHBoxLayout(self.follow_up)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow_up_text, 1)
        row.addWidget(self.rating)
        row.addWidget(send)
        self.safety = _text(self, "guide-care")  # mine only; plain words, no links; folded until asked for
        self.safety.setVisible(False)
        self.safety_toggle = QPushButton(self.tr("A note just for you"), self)
        self.safety_toggle.setObjectName("guide-care-toggle")
        self.safety_toggle.setFlat(True)
        self.safety_toggle.setVisible(False)
        self.safety_toggle.clicked.connect(lambda: self.safety.setVisible(not self.safety.isVisible()))
        self.choices = GuideChoicesButton(ops, self)
        self.choices.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SMALL_SPACING)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.choices)
        layout.addLayout(top)
        for widget in (self.text, self.extra, self.follow_up):
            layout.addWidget(widget)
        layout.addWidget(self.safety_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.safety)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        self.guide: TodayGuide | None = None

    def open(self, session: Session) -> None:
        """The vault opened: whose guide this is (the card may be built before, while the passphrase is checked)."""
        self._session = session

    def show_guide(self, guide: TodayGuide | None) -> None:
        self.guide = guide
        session = self._session
        if guide is None or session is None:
            return
        other = session.other_name
        state = guide.checkup.state
        extra: list[str] = []
        action = self.tr("Open the check-up")
        if state is CheckupState.NOT_STARTED:
            text = self.tr("“Where are we”: about 25 questions each, answered privately, then seen side by side. "
                           "From them, a path for the next weeks.")
            action = self.tr("Take the check-up")
        elif state is CheckupState.MY_TURN:
            text = self.tr("Your check-up is waiting for you.") if not guide.checkup.my_answers else \
                self.tr("You stopped half-way through the check-up; pick up where you left off.")
            action = self.tr("Continue the check-up")
        elif state is CheckupState.WAITING:
            text = fill(self.tr("Waiting for %1."), other)
            action = ""
        elif guide.proposal is not None:
            text = self.tr("You have both answered. See where you are and the path it suggests.")
            action = self.tr("See it side by side")
        elif guide.week is not None:
            week = guide.week
            text = fill(self.tr("Week %1, %2.\nConversation: “%3”, %4 minutes.\nActivity: “%5”, %6 minutes."),
                        week.week, practice_name(week.practice).lower(), week.script_title, week.script_minutes,
                        week.idea_title, week.idea_minutes)
            action = self.tr("Take the check-up again") if guide.retake_due else ""
        else:
            text = self.tr("No path for now. You can take the check-up again whenever you like.")
            action = self.tr("Take the check-up again")
        if guide.retake_due and state is CheckupState.REVEALED:
            extra.append(self.tr("It has been a few weeks: a good time to take the check-up again."))
        if guide.suggestion is not None:
            extra.append(guide.suggestion.text)
        if guide.no_hard_talks:  # my own choice, on my own Today only
            extra.append(self.tr("You chose to leave talks about conflict and trust out of what is suggested to "
                                 "you both. Only you see that; change it under “Your choices”."))
        self.text.setText(text)
        self.extra.setText("\n".join(extra))
        self.extra.setVisible(bool(extra))
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))
        self._show_follow_up(session, guide.follow_up)
        self._show_safety(guide)
        self.choices.show_choices(guide.suggestions_on, guide.no_hard_talks)

    def _show_follow_up(self, session: Session, follow_up: FollowUpStatus | None) -> None:
        self.follow_up.setVisible(follow_up is not None)
        if follow_up is None:
            return
        if follow_up.revealed and follow_up.ratings is not None:
            me, other = session.partner, session.partner.other
            text = fill(self.tr("After “%1”: you said %2, %3 said %4. %5"),
                        follow_up.conversation_title, follow_up.ratings[me], session.other_name,
                        follow_up.ratings[other], follow_up.repair)
        elif follow_up.i_answered:
            text = fill(self.tr("Your answer about yesterday's talk is sealed until %1 answers too."),
                        session.other_name)
        else:
            text = fill(self.tr("How are you after yesterday's talk? (1 to 10, sealed until you have both answered) "
                           "A small step: %1"), follow_up.repair)
        self.follow_up_text.setText(text)
        for child in (self.rating, *self.follow_up.findChildren(QPushButton)):
            child.setVisible(not follow_up.i_answered)

    def _show_safety(self, guide: TodayGuide) -> None:
        note = guide.safety
        self.safety_toggle.setVisible(note is not None)
        self.safety.setVisible(note is not None and self.safety.isVisible())
        if note is not None:
            self.safety.setText("\n".join((note.title, note.intro, *(f"• {p}" for p in note.places), note.closing)))

    def _answer_follow_up(self) -> None:
        if self.guide is None or self.guide.follow_up is None:
            return
        talk, rating = self.guide.follow_up.conversation_id, self.rating.value()
        self._ops.change(lambda s: s.guide.follow_ups.answer(talk, rating), {CONVERSATIONS},
                         lambda _status: self.changed.emit())

    def _open_checkup(self) -> None:
        if self._session is None:
            return
        dialog = CheckupDialog(self._session, self._ops, self.window())
        dialog.finished.connect(lambda _r: self.changed.emit())
        dialog.open()

    def release(self) -> None:
        self._session = None
        self.guide = None
        for label in (self.text, self.extra, self.safety, self.follow_up_text):
            label.setText("")
        self.safety.setVisible(False)
        self.safety_toggle.setVisible(False)


class PromptChoices(QWidget):
    """"Lighter today" and "Another one", one click away beside the prompt of the day."""

    chosen = Signal(object)  # a PromptView

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._offset = 0
        self.lighter = QPushButton(self.tr("Lighter today"), self)
        self.lighter.setObjectName("prompt-lighter")
        self.lighter.clicked.connect(lambda: self._ask(lighter=True))
        self.another = QPushButton(self.tr("Another one"), self)
        self.another.setObjectName("prompt-another")
        self.another.clicked.connect(lambda: self._ask(lighter=False))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.lighter)
        row.addWidget(self.another)
        row.addStretch(1)

    def _ask(self, *, lighter: bool) -> None:
        self._offset += 1
        offset = self._offset
        self._ops.query(lambda s: s.guide.prompt_of_the_day(offset, lighter=lighter), self._got)

    def _got(self, prompt: PromptView) -> None:
        self.chosen.emit(prompt)
