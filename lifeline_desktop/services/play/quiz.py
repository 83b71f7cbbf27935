""""How well do you know me": questions made on this computer from the couple's own shared answers.

The material is only what both partners can already read: both-answer rounds once revealed, and shared journal
entries written in answer to a prompt. Nothing private (a private entry, an answer still sealed, a private
conversation note) is ever read here: the queries below select only shared, revealed columns and never open a
seal. The check-up's revealed answers join the same way once that feature exists (a third `_from_…` source).

A guess is not stored. If the couple want to keep a round, `keep_round` writes it as a shared journal entry.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime
from itertools import zip_longest

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import QuizSource, Visibility
from lifeline_desktop.services.journal.entry_filters import plain_excerpt
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.play.views import QuizQuestion
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import JournalEntryRow, SealedAnswerRow

ANSWER_CHARS = 700  # a quiz answer is read aloud: the first few lines are plenty
KEPT_ROUND_TAG = "play"
DEFAULT_ROUND = 10


class QuizService:
    def __init__(self, context: VaultContext, journal: JournalService) -> None:
        self._context = context
        self._journal = journal

    def questions(self) -> list[QuizQuestion]:
        """Every question the shared material allows, newest answer first."""
        texts = {prompt.id: prompt.text for prompt in builtin_prompts()}
        with self._context.transaction() as session:
            found = [*self._from_both_answer(session, texts), *self._from_journal(session, texts)]
        return sorted(found, key=lambda question: (question.answered_at, question.key), reverse=True)

    def deal(self, count: int = DEFAULT_ROUND, rng: random.Random | None = None) -> list[QuizQuestion]:
        """A round of up to `count` questions in a random order, taking turns: one about each partner in turn,
        so each gets to guess, for as long as both have material."""
        rng = rng or random.Random()
        by_partner: dict[PartnerSlot, list[QuizQuestion]] = {slot: [] for slot in PartnerSlot}
        for question in self.questions():
            by_partner[question.about].append(question)
        for pile in by_partner.values():
            rng.shuffle(pile)
        first, second = sorted(PartnerSlot, key=lambda slot: -len(by_partner[slot]))
        turns = zip_longest(by_partner[first], by_partner[second])
        return [question for pair in turns for question in pair if question is not None][:count]

    def keep_round(self, title: str, body: str) -> int:
        """Keep one round (the question, the guess, the answer; the UI writes the words) as a shared journal
        entry by the partner who is signed in. It answers no prompt, so it never becomes a quiz question itself."""
        return self._journal.add_entry(title, body, tags=(KEPT_ROUND_TAG,))

    # --- the sources: shared and revealed material only ---------------------------------------------------------

    def _from_both_answer(self, session: OrmSession, texts: dict[str, str]) -> Iterable[QuizQuestion]:
        rows = session.execute(
            select(SealedAnswerRow.id, SealedAnswerRow.question_id, SealedAnswerRow.revealed_at,
                   SealedAnswerRow.revealed_answer_a, SealedAnswerRow.answered_a_at,
                   SealedAnswerRow.revealed_answer_b, SealedAnswerRow.answered_b_at)
            .where(SealedAnswerRow.revealed_at.is_not(None))).all()
        for row_id, question_id, revealed_at, answer_a, at_a, answer_b, at_b in rows:
            if question_id not in texts:
                continue
            for slot, answer, at in ((PartnerSlot.A, answer_a, at_a or revealed_at),
                                     (PartnerSlot.B, answer_b, at_b or revealed_at)):
                question = _question(f"both-answer:{row_id}:{slot.value}", slot, texts[question_id], answer, at,
                                     QuizSource.BOTH_ANSWER)
                if question is not None:
                    yield question

    def _from_journal(self, session: OrmSession, texts: dict[str, str]) -> Iterable[QuizQuestion]:
        rows = session.execute(
            select(JournalEntryRow.id, JournalEntryRow.author_slot, JournalEntryRow.prompt_id,
                   JournalEntryRow.body, JournalEntryRow.created_at)
            .where(JournalEntryRow.visibility == Visibility.SHARED, JournalEntryRow.prompt_id.is_not(None))).all()
        for entry_id, author, prompt_id, body, created_at in rows:
            if prompt_id in texts:
                question = _question(f"journal:{entry_id}", author, texts[prompt_id], body, created_at,
                                     QuizSource.JOURNAL)
                if question is not None:
                    yield question


def _question(key: str, about: PartnerSlot, text: str, answer: str | None, at: datetime | None,
              source: QuizSource) -> QuizQuestion | None:
    plain = plain_excerpt(answer or "", length=ANSWER_CHARS)
    return QuizQuestion(key, about, text, plain, at, source) if plain.strip() and at is not None else None
