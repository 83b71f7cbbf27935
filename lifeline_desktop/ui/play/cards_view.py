"""Question cards, full window: one large card at a time, asked aloud, partners taking turns to ask.

Keys: Space or Right for the next card, Left to go back, Esc to leave. The first card is asked by the partner who
is signed in, the next by the other, and so on; the card is edged in the asker's colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.play.views import Card, CardDeck
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.play.overlay import PlayOverlay, card_frame, set_card_colour, sofa


class CardsView(PlayOverlay):
    def __init__(self, title: str, deck: CardDeck, first_asker: PartnerSlot, names: dict[PartnerSlot, str],
                 colours: dict[PartnerSlot, str], host: QWidget) -> None:
        super().__init__(title, names, colours, host)
        self.deck = deck
        self.first_asker = first_asker
        self.position = 0

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._card_page(colours[first_asker]))
        self.pages.addWidget(self._end_page())

        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setAccessibleName(self.tr("Back (Left arrow)"))
        self.back_button.clicked.connect(self.back)
        hint = QLabel(self.tr("Space or → for the next card, ← to go back, Esc to leave"), self)
        hint.setProperty("role", "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next card"), self)
        self.next_button.setProperty("role", "primary")
        self.next_button.setAccessibleName(self.tr("Next card (Space or Right arrow)"))
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.next_button, self.again_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addWidget(hint, 1)
        controls.addWidget(self.next_button)
        self.body.addWidget(self.pages, 1)
        self.body.addLayout(controls)
        for key, slot in (("Space", self.next), ("Right", self.next), ("Left", self.back)):
            self.bind(key, slot)
        self.show_card()
        self.open_over(host)

    def _card_page(self, colour: str) -> QWidget:
        self.card_page = QWidget()
        self.card = card_frame(self.card_page, colour)
        self.question = sofa(QLabel(self.card), "card")
        self.question.setObjectName("card-text")
        self.or_label = sofa(QLabel(self.tr("or"), self.card), "or")
        self.other = sofa(QLabel(self.card), "choice")
        self.other.setObjectName("card-other")
        inside = QVBoxLayout(self.card)
        inside.setContentsMargins(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2)
        inside.addStretch(1)
        for label in (self.question, self.or_label, self.other):
            inside.addWidget(label)
        inside.addStretch(1)
        centre = QHBoxLayout(self.card_page)
        centre.addWidget(self.card)
        return self.card_page

    def _end_page(self) -> QWidget:
        self.end_page = QWidget()
        self.end_text = sofa(QLabel(self.tr("That was the last card. Thank you for asking, and for listening."),
                                    self.end_page), "question")
        self.again_button = QPushButton(self.tr("Start again from the first card"), self.end_page)
        self.again_button.setObjectName("cards-again")
        self.again_button.setProperty("role", "primary")
        self.again_button.clicked.connect(self.start_again)
        end = QVBoxLayout(self.end_page)
        end.addStretch(1)
        end.addWidget(self.end_text)
        end.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignCenter)
        end.addStretch(1)
        return self.end_page

    # --- moving -----------------------------------------------------------------------------------------------

    @property
    def at_end(self) -> bool:
        return self.position >= len(self.deck.cards)

    def asker(self) -> PartnerSlot:
        return self.first_asker if self.position % 2 == 0 else self.first_asker.other

    def next(self) -> None:
        if not self.at_end:
            self.position += 1
            self.show_card()

    def back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self.show_card()

    def start_again(self) -> None:
        self.position = 0
        self.show_card()
        self.setFocus()

    def show_card(self) -> None:
        total = len(self.deck.cards)
        self.back_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(not self.at_end)
        if self.at_end:
            self.progress.setText(self.tr("%n cards asked", "", total))
            self.turn.hide()
            self.pages.setCurrentWidget(self.end_page)
            return
        card = self.deck.cards[self.position]
        asker = self.asker()
        self.progress.setText(fill(self.tr("Card %1 of %2"), str(self.position + 1), str(total)))
        self.turn.show()
        self.turn.show_turn(self.names[asker], self.colours[asker], fill(self.tr("%1 asks %2"),
                                                                         self.names[asker], self.names[asker.other]))
        set_card_colour(self.card, self.colours[asker])
        self._show_words(card)
        self.pages.setCurrentWidget(self.card_page)

    def _show_words(self, card: Card) -> None:
        choice = card.other is not None
        self.question.setProperty("sofa", "choice" if choice else "card")
        self.question.style().unpolish(self.question)
        self.question.style().polish(self.question)
        self.question.setText(card.text)
        self.or_label.setVisible(choice)
        self.other.setVisible(choice)
        self.other.setText(card.other or "")
        self.card.setAccessibleName(fill(self.tr("%1, or %2?"), card.text, card.other)
                                    if card.other is not None else card.text)

    def shown_text(self) -> str:
        """The words on the card as shown (for tests and screen readers)."""
        if self.at_end:
            return self.end_text.text()
        if not self.other.isHidden():
            return f"{self.question.text()} / {self.other.text()}"
        return self.question.text()
