"""The day after a conversation about conflict or trust (paths.toml, `hard_talks`), each partner privately answers
"How are you after yesterday's talk?" from 1 to 10, sealed like a check-in until both answered; Today offers one
small repair step (suggestions.toml, `repair`). Revealed answers stay, so before/after can be seen over time.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.guide_rules import GuideRules
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.guide.views import FollowUpStatus
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.sealing import reveal_key
from lifeline_desktop.store.models import ConversationSessionRow, FollowUpRow
from lifeline_desktop.vault.crypto import open_sealed, seal

DayAfter = dict[PartnerSlot, int] | None  # both ratings once revealed; None while sealed


def _associated_data(row_id: int, conversation_id: int, author: PartnerSlot) -> bytes:
    return f"lifeline-follow-up-v1|row={row_id}|conversation={conversation_id}|author={author.value}".encode()


class FollowUps:
    def __init__(self, context: VaultContext, rules: GuideRules, titles: dict[str, str]) -> None:
        self._context = context
        self._rules = rules
        self._titles = titles

    def _today(self) -> date:
        return self._context.clock.now().astimezone().date()

    def current(self) -> FollowUpStatus | None:
        """Yesterday's hard talk, if there was one, as I may see it; None otherwise."""
        yesterday = self._today() - timedelta(days=1)
        with self._context.transaction() as session:
            talk = self._yesterdays_talk(session, yesterday)
            return self._status(session, talk, yesterday) if talk is not None else None

    def day_after(self) -> dict[int, DayAfter]:
        """For the conversation history: per conversation someone answered the follow-up of, both ratings once
        revealed, or None while it is sealed (one of them answered; nobody sees a number before both did)."""
        with self._context.transaction() as session:
            rows = session.scalars(select(FollowUpRow)).all()
        found: dict[int, list[FollowUpRow]] = {}
        for row in rows:
            found.setdefault(row.conversation_id, []).append(row)
        return {talk: ({r.partner_slot: int(r.rating) for r in pair if r.rating is not None}
                       if len(pair) == 2 and all(r.revealed_at is not None for r in pair) else None)
                for talk, pair in found.items()}

    def answer(self, conversation_id: int, rating: int) -> FollowUpStatus:
        if not isinstance(rating, int) or not 1 <= rating <= 10:
            raise InvalidInput(msg("Choose a number from 1 to 10."))
        me = self._context.partner
        with self._context.transaction() as session:
            talk = session.get(ConversationSessionRow, conversation_id)
            if talk is None or talk.finished_at is None:
                raise InvalidInput(msg("This conversation is not there any more."))
            rows = self._rows(session, conversation_id)
            if me in rows:
                raise InvalidInput(msg("You have answered already."))
            row = FollowUpRow(conversation_id=conversation_id, partner_slot=me,
                              answered_at=self._context.clock.now(), sealed=b"")
            session.add(row)
            session.flush()
            row.sealed = seal(reveal_key(session), json.dumps({"rating": rating}).encode(),
                              _associated_data(row.id, conversation_id, me))
            other = rows.get(me.other)
            if other is not None:
                for each in (row, other):
                    each.rating = self._open(session, each)
                    each.sealed = None
                    each.revealed_at = self._context.clock.now()
            session.flush()
            return self._status(session, talk, talk.finished_at.astimezone().date())

    def _yesterdays_talk(self, session: OrmSession, yesterday: date) -> ConversationSessionRow | None:
        hard = set(self._rules.paths.hard_talks)
        talks = session.scalars(select(ConversationSessionRow).where(
            ConversationSessionRow.finished_at.is_not(None)).order_by(ConversationSessionRow.finished_at.desc())
            .limit(20)).all()
        return next((t for t in talks if t.script_id in hard and t.finished_at is not None
                     and t.finished_at.astimezone().date() == yesterday), None)

    def _rows(self, session: OrmSession, conversation_id: int) -> dict[PartnerSlot, FollowUpRow]:
        rows = session.scalars(select(FollowUpRow).where(FollowUpRow.conversation_id == conversation_id)).all()
        return {row.partner_slot: row for row in rows}

    def _open(self, session: OrmSession, row: FollowUpRow) -> int:
        assert row.sealed is not None
        data = open_sealed(reveal_key(session), row.sealed,
                           _associated_data(row.id, row.conversation_id, row.partner_slot))
        return int(json.loads(data)["rating"])

    def _status(self, session: OrmSession, talk: ConversationSessionRow, talked_on: date) -> FollowUpStatus:
        me = self._context.partner
        rows = self._rows(session, talk.id)
        revealed = len(rows) == 2 and all(r.revealed_at is not None for r in rows.values())
        ratings = {slot: int(r.rating) for slot, r in rows.items() if r.rating is not None} if revealed else None
        repairs = self._rules.suggestions.repair
        return FollowUpStatus(talk.id, self._titles.get(talk.script_id, talk.script_id), talked_on, me in rows,
                              me.other in rows, revealed, ratings, repairs[talk.id % len(repairs)].text)
