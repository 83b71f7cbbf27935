"""What play hands to the UI: plain frozen data, never database rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import CardDeckKind, Depth, QuizSource


@dataclass(frozen=True)
class QuizQuestion:
    """One thing a partner once answered about themselves, in material both of them can already read.

    `answer` is shown only after the guess; it is never anything private or still sealed.
    """

    key: str  # stable within a vault: "both-answer:12:a", "journal:34"
    about: PartnerSlot  # whose answer the other partner guesses
    question: str  # the prompt, as it was asked
    answer: str  # their own words, as plain text
    answered_at: datetime
    source: QuizSource


@dataclass(frozen=True)
class Card:
    """One card to ask aloud: a question, or a choice between `text` and `other`."""

    id: str
    text: str
    other: str | None = None  # only for "this or that"
    depth: Depth | None = None


@dataclass(frozen=True)
class CardDeck:
    kind: CardDeckKind
    cards: tuple[Card, ...]
