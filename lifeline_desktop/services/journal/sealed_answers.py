""""Both answer": two partners answer the same prompt privately; both answers appear together, or neither.

Design (the full reasoning is in lifeline_desktop/vault/reveal_keys.py): each answer is sealed under the vault's
reveal key, bound to its row and author, and never stored as text before the reveal. When the second answer
arrives, the same transaction opens both, writes them as plain shared text and sets `revealed_at` (the database
refuses a reveal with one answer missing). Until then, each partner can read back only their own answer. This
protects against reading over each other's shoulder on one computer, not against a determined partner with
outside tools, who holds the same vault key: the UI says so plainly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.sealing import reveal_key
from lifeline_desktop.store.models import SealedAnswerRow
from lifeline_desktop.vault.reveal_keys import open_answer, seal_answer

MAX_ANSWER_CHARS = 50_000


@dataclass(frozen=True)
class SealedPair:
    id: int
    question_id: str
    question: str
    asked_at: datetime
    i_answered: bool
    other_answered: bool
    my_answer: str | None  # my own answer, readable by me before the reveal
    revealed: bool
    answers: dict[PartnerSlot, str] | None  # both, once revealed
    revealed_at: datetime | None


def _question_text(question_id: str) -> str:
    prompt = next((p for p in builtin_prompts() if p.id == question_id), None)
    return prompt.text if prompt is not None else question_id


class SealedAnswerService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context

    def ask(self, question_id: str) -> int:
        """A new "both answer" round for a prompt, or the open round already waiting for that prompt."""
        with self._context.transaction() as session:
            waiting = session.scalars(select(SealedAnswerRow).where(
                SealedAnswerRow.question_id == question_id, SealedAnswerRow.revealed_at.is_(None))).first()
            if waiting is not None:
                return waiting.id
            row = SealedAnswerRow(question_id=question_id, asked_at=self._context.clock.now())
            session.add(row)
            session.flush()
            return row.id

    def answer(self, pair_id: int, text: str) -> SealedPair:
        """Seals my answer; if the other partner has answered already, reveals both now."""
        if not text.strip():
            raise InvalidInput(msg("Your answer needs a few words. It stays sealed until you have both answered."))
        if len(text) > MAX_ANSWER_CHARS:
            raise InvalidInput(msg("This answer is very long: perhaps it wants to be a journal entry of its own?"))
        me = self._context.partner
        now = self._context.clock.now()
        with self._context.transaction() as session:
            row = session.get(SealedAnswerRow, pair_id)
            if row is None:
                raise InvalidInput(msg("This question is not there any more."))
            if row.revealed_at is not None:
                raise InvalidInput(msg("Both answers are revealed already; they cannot be changed now."))
            key = reveal_key(session)
            sealed = seal_answer(key, text, row_id=row.id, author=me)
            if me is PartnerSlot.A:
                row.sealed_answer_a, row.answered_a_at = sealed, now
            else:
                row.sealed_answer_b, row.answered_b_at = sealed, now
            if row.sealed_answer_a is not None and row.sealed_answer_b is not None:
                row.revealed_answer_a = open_answer(key, row.sealed_answer_a, row_id=row.id, author=PartnerSlot.A)
                row.revealed_answer_b = open_answer(key, row.sealed_answer_b, row_id=row.id, author=PartnerSlot.B)
                row.sealed_answer_a = row.sealed_answer_b = None
                row.revealed_at = now
            session.flush()
            return self._pair(session, row)

    def pairs(self) -> list[SealedPair]:
        """Every round, newest first: waiting ones show who has answered, revealed ones show both answers."""
        with self._context.transaction() as session:
            rows = session.scalars(select(SealedAnswerRow).order_by(SealedAnswerRow.asked_at.desc(),
                                                                    SealedAnswerRow.id.desc())).all()
            return [self._pair(session, row) for row in rows]

    def pair(self, pair_id: int) -> SealedPair:
        with self._context.transaction() as session:
            row = session.get(SealedAnswerRow, pair_id)
            if row is None:
                raise InvalidInput(msg("This question is not there any more."))
            return self._pair(session, row)

    def waiting_for_me(self) -> int:
        """Rounds the other partner has answered and I have not: a gentle nudge, never their text."""
        return sum(1 for pair in self.pairs() if pair.other_answered and not pair.i_answered and not pair.revealed)

    def _pair(self, session: OrmSession, row: SealedAnswerRow) -> SealedPair:
        me = self._context.partner
        revealed = row.revealed_at is not None
        answered = {PartnerSlot.A: row.answered_a_at is not None, PartnerSlot.B: row.answered_b_at is not None}
        mine_sealed = row.sealed_answer_a if me is PartnerSlot.A else row.sealed_answer_b
        my_answer: str | None = None
        answers: dict[PartnerSlot, str] | None = None
        if revealed:
            assert row.revealed_answer_a is not None and row.revealed_answer_b is not None
            answers = {PartnerSlot.A: row.revealed_answer_a, PartnerSlot.B: row.revealed_answer_b}
            my_answer = answers[me]
        elif mine_sealed is not None:
            my_answer = open_answer(reveal_key(session), mine_sealed, row_id=row.id, author=me)
        return SealedPair(row.id, row.question_id, _question_text(row.question_id), row.asked_at, answered[me],
                          answered[me.other], my_answer, revealed, answers, row.revealed_at)
