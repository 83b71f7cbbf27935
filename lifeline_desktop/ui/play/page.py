"""The Play page: "How well do you know me" and the question cards, each opening full window.

The quiz is made on this computer from answers both partners have already seen; the cards come from built-in
content. The topics the couple left out in their check-up start out left out of the cards; the choice can be
changed for one evening here and is not remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.vocabulary import CardDeckKind, Depth, Topic
from lifeline_desktop.services.play.views import CardDeck, QuizQuestion
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.card import card, paragraph
from lifeline_desktop.ui.common.layout import scrolled_page
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.guide.words import topic_name
from lifeline_desktop.ui.operations import JOURNAL, Operations
from lifeline_desktop.ui.play.cards_view import CardsView
from lifeline_desktop.ui.play.labels import deck_name, depth_choice
from lifeline_desktop.ui.play.overlay import PlayOverlay
from lifeline_desktop.ui.play.quiz_view import QuizView
from lifeline_desktop.ui.shell.navigation import Section

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session



class PlayPage(SectionPage):
    shows = frozenset({JOURNAL})  # a shared entry that answers a prompt is a new quiz question

    def __init__(self, section: Section, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._session: Session | None = session
        self.names = {session.partner: session.partner_name, session.partner.other: session.other_name}
        self.colours = {session.partner: session.partner_colour, session.partner.other: session.other_colour}
        self.first = session.partner
        self.overlay: PlayOverlay | None = None

        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        blurb = paragraph(section.blurb, self, "muted")
        columns = QHBoxLayout()
        columns.setSpacing(defs.MARGIN)
        for built in (self._quiz_card(), self._cards_card()):
            column = QVBoxLayout()
            column.addWidget(built)
            column.addStretch(1)
            columns.addLayout(column, 1)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(self.message)
        layout.addLayout(columns)
        layout.addStretch(1)
        scrolled_page(self, inner)
        self.message.say("")
        self._left_out_applied = False
        self.load()

    def _quiz_card(self) -> QFrame:
        frame, layout = card(self, max_width=16777215)
        heading = paragraph(self.tr("How well do you know me"), frame)
        heading.setProperty("role", "subtitle")
        about = paragraph(self.tr(
            "One of you guesses what the other once answered; then the one asked shows their real words. The "
            "questions come only from answers you have both seen already: revealed both-answer questions and "
            "shared journal entries that answer a prompt. Nothing private is ever used."), frame)
        self.quiz_status = paragraph("", frame, "muted")
        self.quiz_status.setObjectName("quiz-status")
        self.quiz_button = QPushButton(self.tr("Start a round"), frame)
        self.quiz_button.setObjectName("start-quiz")
        self.quiz_button.setProperty("role", "primary")
        self.quiz_button.setEnabled(False)
        self.quiz_button.clicked.connect(self.start_quiz)
        for widget in (heading, about, self.quiz_status):
            layout.addWidget(widget)
        layout.addWidget(self.quiz_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _cards_card(self) -> QFrame:
        frame, layout = card(self, max_width=16777215)
        heading = paragraph(self.tr("Question cards"), frame)
        heading.setProperty("role", "subtitle")
        about = paragraph(self.tr(
            "Big cards to read aloud on the sofa, taking turns to ask. Space shows the next card, Esc puts them "
            "away."), frame)
        self.card_depth = QComboBox(frame)
        self.card_depth.setObjectName("cards-depth")
        self.card_depth.setAccessibleName(self.tr("How deep the questions for two go"))
        self.card_depth.addItem(depth_choice(None), "")
        self.leave_out = QPushButton(frame)
        self.leave_out.setObjectName("cards-leave-out")
        self.leave_out.setText(self.tr("Leave out topics…"))
        self.leave_out.setAccessibleName(self.tr("Topics to leave out of the cards"))
        menu = QMenu(self.leave_out)
        self.topic_actions = {}
        for topic in Topic:
            action = menu.addAction(topic_name(topic))
            action.setCheckable(True)
            self.topic_actions[topic] = action
        self.leave_out.setMenu(menu)
        options = QHBoxLayout()  # one above the other: the two cards share a narrow window evenly
        options.addWidget(self.card_depth, 1)
        under = QHBoxLayout()
        under.addWidget(self.leave_out)
        under.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(options)
        layout.addLayout(under)
        self.deck_buttons: dict[CardDeckKind, QPushButton] = {}
        for kind in CardDeckKind:
            button = QPushButton(deck_name(kind), frame)
            button.setObjectName(f"deck-{kind.value}")
            button.clicked.connect(lambda _c=False, k=kind: self.start_cards(k))
            self.deck_buttons[kind] = button
            layout.addWidget(button)
        return frame

    # --- loading and starting ----------------------------------------------------------------------------------

    def load(self) -> None:
        session = self._session
        if session is None:
            return
        self._ops.query(lambda s: (len(s.play.quiz.questions()), s.play.cards.spoken_depths(),
                                   s.guide.prompt_choice().left_out), self._loaded)

    def _loaded(self, loaded: tuple[int, tuple[Depth, ...], tuple[Topic, ...]]) -> None:
        count, depths, left_out = loaded
        if count:
            self.quiz_status.setText(self.tr("%n questions are ready from your shared answers.", "", count))
        else:
            self.quiz_status.setText(self.tr(
                "No questions yet. Answer a both-answer question together, or share a journal entry that "
                "answers a prompt, and it will turn up here."))
        self.quiz_button.setEnabled(count > 0)
        if self.card_depth.count() == 1:
            for depth in depths:
                self.card_depth.addItem(depth_choice(depth), depth.value)
        if not self._left_out_applied:  # what the couple left out in their check-up, until changed here
            self._left_out_applied = True
            for topic in left_out:
                self.topic_actions[topic].setChecked(True)

    def excluded_topics(self) -> list[Topic]:
        return [topic for topic, action in self.topic_actions.items() if action.isChecked()]

    def start_quiz(self) -> None:
        session = self._session
        if session is None or self.overlay is not None:
            return
        self._ops.query(lambda s: s.play.quiz.deal(defs.PLAY_QUIZ_ROUND), self._open_quiz)

    def _open_quiz(self, questions: list[QuizQuestion]) -> None:
        session = self._session
        if session is None or not questions:
            return
        today = session.clock.now().astimezone().date()
        view = QuizView(questions, today, self._ops, self.names, self.colours, self.window())
        view.again.connect(self._quiz_again)
        self._opened(view)

    def _quiz_again(self) -> None:
        self._close_overlay()
        self.start_quiz()

    def start_cards(self, kind: CardDeckKind) -> None:
        session = self._session
        if session is None or self.overlay is not None:
            return
        chosen = str(self.card_depth.currentData() or "")
        depth, excluded = Depth(chosen) if chosen else None, self.excluded_topics()
        self._ops.query(lambda s: s.play.cards.deck(kind, depth, excluded), self._open_cards)

    def _open_cards(self, deck: CardDeck) -> None:
        if self._session is None:
            return
        if not deck.cards:
            self.message.say(self.tr("No cards are left with those topics left out."))
            return
        self._opened(CardsView(deck_name(deck.kind), deck, self.first, self.names, self.colours, self.window()))

    def _opened(self, overlay: PlayOverlay) -> None:
        self.overlay = overlay
        overlay.left.connect(self._left)
        self.talking.emit(True)

    def _left(self) -> None:
        self.overlay = None
        self.talking.emit(False)
        self.load()

    def _close_overlay(self) -> None:
        overlay, self.overlay = self.overlay, None
        if overlay is not None:
            overlay.left.disconnect(self._left)
            overlay.release()
            self.talking.emit(False)

    def busy_with_own(self) -> bool:
        return self.overlay is not None

    def release(self) -> None:
        """On lock: close any game and forget the session."""
        self._close_overlay()
        self._session = None
        self.quiz_status.clear()


def play_page(section: Section, session: Session, ops: Operations, parent: QWidget) -> PlayPage:
    return PlayPage(section, session, ops, parent)

