"""The "Where are we" check-up, answered by each partner in their own turn and revealed together.

Sealing works as for check-ins (services/checkins/service.py): each save re-seals my whole turn under the vault's
reveal key, bound to the row, the check-up and me; the plain `answers` column stays empty until both partners have
finished, when one transaction opens both. A half-way turn resumes from my own saved answers; the other partner
sees only "waiting", nothing more. The safety answer never enters a turn: it goes to my private space
(services/guide/safety.py) the moment my turn is finished.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.checkup import Question, builtin_questions
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Topic
from lifeline_desktop.services.guide.safety import SafetyAnswers
from lifeline_desktop.services.guide.views import Answers, AnswerValue, CheckupState, CheckupStatus
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.sealing import reveal_key
from lifeline_desktop.store.models import CheckupRow, CheckupTurnRow
from lifeline_desktop.vault.crypto import open_sealed, seal

SAFETY_ID = "safety"


def _associated_data(row_id: int, checkup_id: int, author: PartnerSlot) -> bytes:
    return f"lifeline-checkup-v1|row={row_id}|checkup={checkup_id}|author={author.value}".encode()


def checked_value(question: Question, value: AnswerValue) -> AnswerValue:
    if question.kind == "scale":
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise InvalidInput(msg("Choose one of the five places on the line."))
        return value
    if question.kind == "topics":
        if not isinstance(value, tuple | list) or not all(str(v) in {t.value for t in Topic} for v in value):
            raise InvalidInput(msg("Choose among the topics shown."))
        return tuple(sorted({str(v) for v in value}))
    if not isinstance(value, str) or value not in question.option_ids():
        raise InvalidInput(msg("Choose one of the answers shown."))
    return value


def questions_for(answers: Answers) -> list[Question]:
    """The questions I am asked, in order: a question on a topic I chose to leave out is not asked."""
    left_out = answers.get("leave-out", ())
    skipped = set(left_out) if isinstance(left_out, tuple) else set()
    return [q for q in builtin_questions() if not {t.value for t in q.topics} & skipped]


def _decode(raw: dict[str, object]) -> Answers:
    return {key: tuple(value) if isinstance(value, list) else value  # type: ignore[misc]
            for key, value in raw.items()}


class CheckupService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context
        self._safety = SafetyAnswers(context)

    @property
    def safety(self) -> SafetyAnswers:
        return self._safety

    def status(self) -> CheckupStatus:
        with self._context.transaction() as session:
            return self._status(session, self._latest(session))

    def start(self) -> CheckupStatus:
        """The open check-up, or a new one when there is none (the first, or a retake after a revealed one)."""
        with self._context.transaction() as session:
            row = self._latest(session)
            if row is None or row.revealed_at is not None:
                row = CheckupRow(started_at=self._context.clock.now())
                session.add(row)
                session.flush()
            return self._status(session, row)

    def save_answer(self, question_id: str, value: AnswerValue) -> CheckupStatus:
        """Keeps one answer in my sealed turn; a half-way turn resumes from here."""
        question = next((q for q in builtin_questions() if q.id == question_id), None)
        if question is None:
            raise InvalidInput(msg("This question is not part of the check-up any more."))
        value = checked_value(question, value)
        with self._context.transaction() as session:
            checkup, turn = self._my_open_turn(session)
            if question.kind == "safety":  # straight to my private space, never into the sealed turn
                self._safety.keep(session, checkup.id, str(value))
                return self._status(session, checkup)
            answers = self._open(session, turn) if turn.sealed else {}
            answers[question_id] = value
            self._seal(session, turn, checkup.id, answers)
            return self._status(session, checkup)

    def finish_turn(self) -> CheckupStatus:
        """Ends my turn: every question I am asked is answered. Reveals both turns if the other finished too."""
        now = self._context.clock.now()
        with self._context.transaction() as session:
            checkup, turn = self._my_open_turn(session)
            answers = self._open(session, turn) if turn.sealed else {}
            missing = [q for q in questions_for(answers) if q.kind != "safety" and q.id not in answers]
            if missing or not self._safety.answered(session, checkup.id):
                raise InvalidInput(msg("A few questions are still open: answer them, then finish your turn."))
            turn.finished_at = now
            other = self._turn(session, checkup.id, self._context.partner.other)
            if other is not None and other.finished_at is not None:
                for each in (turn, other):
                    each.answers = json.dumps(self._open(session, each))
                    each.sealed = None
                checkup.revealed_at = now
            session.flush()
            return self._status(session, checkup)

    def revealed(self) -> list[tuple[int, datetime, dict[PartnerSlot, Answers]]]:
        """Every revealed check-up, oldest first: (id, revealed at, both partners' answers)."""
        with self._context.transaction() as session:
            rows = session.scalars(select(CheckupRow).where(CheckupRow.revealed_at.is_not(None))
                                   .order_by(CheckupRow.revealed_at, CheckupRow.id)).all()
            found = []
            for row in rows:
                turns = session.scalars(select(CheckupTurnRow).where(CheckupTurnRow.checkup_id == row.id)).all()
                both = {t.partner_slot: _decode(json.loads(t.answers or "{}")) for t in turns}
                assert row.revealed_at is not None
                found.append((row.id, row.revealed_at, both))
            return found

    # --- inside -------------------------------------------------------------------------------------------------

    def _latest(self, session: OrmSession) -> CheckupRow | None:
        return session.scalars(select(CheckupRow).order_by(CheckupRow.id.desc())).first()

    def _turn(self, session: OrmSession, checkup_id: int, slot: PartnerSlot) -> CheckupTurnRow | None:
        return session.scalars(select(CheckupTurnRow).where(CheckupTurnRow.checkup_id == checkup_id,
                                                            CheckupTurnRow.partner_slot == slot)).first()

    def _my_open_turn(self, session: OrmSession) -> tuple[CheckupRow, CheckupTurnRow]:
        checkup = self._latest(session)
        if checkup is None or checkup.revealed_at is not None:
            raise InvalidInput(msg("Start the check-up first."))
        me = self._context.partner
        turn = self._turn(session, checkup.id, me)
        if turn is not None and turn.finished_at is not None:
            raise InvalidInput(msg("Your answers are sealed now; they open when your partner has answered too."))
        if turn is None:
            turn = CheckupTurnRow(checkup_id=checkup.id, partner_slot=me, updated_at=self._context.clock.now(),
                                  sealed=b"")
            session.add(turn)
            session.flush()
        return checkup, turn

    def _seal(self, session: OrmSession, turn: CheckupTurnRow, checkup_id: int, answers: Answers) -> None:
        turn.sealed = seal(reveal_key(session), json.dumps(answers).encode("utf-8"),
                           _associated_data(turn.id, checkup_id, turn.partner_slot))
        turn.updated_at = self._context.clock.now()

    def _open(self, session: OrmSession, turn: CheckupTurnRow) -> Answers:
        assert turn.sealed is not None
        data = open_sealed(reveal_key(session), turn.sealed,
                           _associated_data(turn.id, turn.checkup_id, turn.partner_slot))
        return _decode(json.loads(data))

    def _status(self, session: OrmSession, checkup: CheckupRow | None) -> CheckupStatus:
        if checkup is None:
            return CheckupStatus(None, CheckupState.NOT_STARTED, {}, False, None, None)
        me = self._context.partner
        mine, other = self._turn(session, checkup.id, me), self._turn(session, checkup.id, me.other)
        other_finished = other is not None and other.finished_at is not None
        if checkup.revealed_at is not None:
            answers = _decode(json.loads(mine.answers or "{}")) if mine is not None else {}
            return CheckupStatus(checkup.id, CheckupState.REVEALED, answers, True, checkup.started_at,
                                 checkup.revealed_at)
        answers = self._open(session, mine) if mine is not None and mine.sealed else {}
        mine_safety = self._safety.mine(session, checkup.id)  # mine only, back to me while my turn is open
        if mine_safety is not None and (mine is None or mine.finished_at is None):
            answers[SAFETY_ID] = mine_safety
        state = CheckupState.WAITING if mine is not None and mine.finished_at is not None else CheckupState.MY_TURN
        return CheckupStatus(checkup.id, state, answers, other_finished, checkup.started_at, None)
