"""Play, for an open vault: the quiz (from shared answers) and the question cards (from built-in content)."""

from __future__ import annotations

from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.play.cards import CardService
from lifeline_desktop.services.play.quiz import QuizService
from lifeline_desktop.services.vault.context import VaultContext


class PlayService:
    def __init__(self, context: VaultContext, journal: JournalService) -> None:
        self.quiz = QuizService(context, journal)
        self.cards = CardService()
