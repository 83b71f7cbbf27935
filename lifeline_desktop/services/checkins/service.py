"""Check-ins: on the couple's rhythm (weekly by default), each partner scores five things from 1 to 10 and may add
a note. Both answers stay sealed until both partners have answered the round; then both are revealed together.

Sealing works as for "both answer" prompts (the reasoning is in lifeline_desktop/vault/reveal_keys.py): the
scores and note are sealed under the vault's reveal key, bound to the row, the round and the author, and the plain
columns stay empty until the second answer arrives, when one transaction opens both. Before that, each partner can
read back only their own answer; the other sees only that an answer exists. This protects against reading over
each other's shoulder, not against a determined partner with tools outside Lifeline.

A round is named by its first day: rounds of `rhythm_days` days counted from a fixed Monday, so both partners
always agree which round "now" is in. A round one partner answered and the other never did stays sealed: its
scores never appear in the trends.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.text import storable_json
from lifeline_desktop.services.checkins.views import DIMENSIONS, AgendaTopic, Answer, RevealedRound, RoundStatus, Scores  # noqa: F401
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.sealing import reveal_key
from lifeline_desktop.store.models import AgendaTopicRow, CheckInRow
from lifeline_desktop.store.vault_meta import read_meta, write_meta
from lifeline_desktop.vault.crypto import open_sealed, seal

RHYTHM_META = "checkins.rhythm_days"
RHYTHMS = (7, 14, 28)
DEFAULT_RHYTHM = 7
MAX_NOTE_CHARS = 10_000
MAX_TOPIC_CHARS = 300
_ANCHOR = date(2001, 1, 1)  # a Monday: weekly rounds start on Mondays


def round_start_for(day: date, rhythm_days: int) -> date:
    return _ANCHOR + timedelta(days=((day - _ANCHOR).days // rhythm_days) * rhythm_days)


def _associated_data(row_id: int, round_key: str, author: PartnerSlot) -> bytes:
    return f"lifeline-check-in-v1|row={row_id}|round={round_key}|author={author.value}".encode()


class CheckInService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context

    # --- rhythm ---------------------------------------------------------------------------------------------

    def rhythm_days(self) -> int:
        with self._context.transaction() as session:
            return self._rhythm(session)

    def set_rhythm(self, days: int) -> None:
        if days not in RHYTHMS:
            raise InvalidInput(msg("Choose a check-in every week, every two weeks or every four weeks."))
        with self._context.transaction() as session:
            write_meta(session, RHYTHM_META, str(days))

    def today(self) -> date:
        return self._context.clock.now().astimezone().date()

    def today_moment(self) -> datetime:
        return self._context.clock.now()

    # --- answering ------------------------------------------------------------------------------------------

    def status(self) -> RoundStatus:
        with self._context.transaction() as session:
            return self._status(session)

    def answer(self, scores: Scores, note: str = "", *, answered_at: datetime | None = None) -> RoundStatus:
        """Seals my answer for the current round (or the round of `answered_at`, for the demo vault); reveals
        both answers if the other partner has answered already. An answer cannot be changed once revealed."""
        scores = scores.checked()
        note = note.strip()
        if len(note) > MAX_NOTE_CHARS:
            raise InvalidInput(msg("This note is very long: perhaps it wants to be a journal entry of its own?"))
        me = self._context.partner
        now = answered_at or self._context.clock.now()
        with self._context.transaction() as session:
            key = round_start_for(now.astimezone().date(), self._rhythm(session)).isoformat()
            rows = self._round_rows(session, key)
            row = rows.get(me)
            if row is not None and row.revealed_at is not None:
                raise InvalidInput(msg("You have both answered this round already; your answers are shared now."))
            if row is None:
                row = CheckInRow(partner_slot=me, checked_in_at=now, round_key=key, note="", sealed=b"")
                session.add(row)
                session.flush()
                rows[me] = row
            row.checked_in_at = now
            payload = storable_json({"scores": list(scores.values()), "note": note})
            row.sealed = seal(reveal_key(session), payload.encode("utf-8"),
                              _associated_data(row.id, key, me))
            other = rows.get(me.other)
            if other is not None and other.sealed is not None:
                for each in (row, other):
                    self._reveal(session, each, now)
            session.flush()
            return self._status(session, when=now)

    # --- reading ----------------------------------------------------------------------------------------------

    def revealed_rounds(self) -> list[RevealedRound]:
        """Every round both partners answered, oldest first: what the trends are drawn from."""
        with self._context.transaction() as session:
            rows = session.scalars(select(CheckInRow).where(CheckInRow.revealed_at.is_not(None))
                                   .order_by(CheckInRow.round_key, CheckInRow.partner_slot)).all()
            by_round: dict[str, dict[PartnerSlot, Answer]] = {}
            for row in rows:
                if row.round_key is not None:
                    by_round.setdefault(row.round_key, {})[row.partner_slot] = _plain_answer(row)
        return [RevealedRound(date.fromisoformat(key), answers) for key, answers in sorted(by_round.items())
                if len(answers) == 2]

    # --- agenda -----------------------------------------------------------------------------------------------

    def agenda(self) -> list[AgendaTopic]:
        """Topics either partner queued and the couple have not talked about yet, oldest first."""
        with self._context.transaction() as session:
            rows = session.scalars(select(AgendaTopicRow).where(AgendaTopicRow.discussed_at.is_(None))
                                   .order_by(AgendaTopicRow.created_at, AgendaTopicRow.id)).all()
            return [AgendaTopic(r.id, r.author_slot, r.title, r.created_at) for r in rows]

    def add_topic(self, title: str) -> int:
        text = " ".join(title.split())
        if not text:
            raise InvalidInput(msg("A topic needs a few words, so you both remember what it was about."))
        if len(text) > MAX_TOPIC_CHARS:
            raise InvalidInput(msg("Keep a topic short; the details can wait for the conversation itself."))
        with self._context.transaction() as session:
            row = AgendaTopicRow(author_slot=self._context.partner, title=text, created_at=self._context.clock.now())
            session.add(row)
            session.flush()
            return row.id

    def mark_discussed(self, topic_id: int) -> None:
        with self._context.transaction() as session:
            row = session.get(AgendaTopicRow, topic_id)
            if row is None:
                raise InvalidInput(msg("This topic is not on the agenda any more."))
            row.discussed_at = self._context.clock.now()

    # --- inside -----------------------------------------------------------------------------------------------

    def _rhythm(self, session: OrmSession) -> int:
        stored = read_meta(session, RHYTHM_META)
        try:
            days = int(stored) if stored is not None else DEFAULT_RHYTHM
        except ValueError:
            days = DEFAULT_RHYTHM
        return days if days in RHYTHMS else DEFAULT_RHYTHM

    def _round_rows(self, session: OrmSession, key: str) -> dict[PartnerSlot, CheckInRow]:
        rows = session.scalars(select(CheckInRow).where(CheckInRow.round_key == key)).all()
        return {row.partner_slot: row for row in rows}

    def _status(self, session: OrmSession, when: datetime | None = None) -> RoundStatus:
        me = self._context.partner
        rhythm = self._rhythm(session)
        start = round_start_for((when or self._context.clock.now()).astimezone().date(), rhythm)
        key = start.isoformat()
        rows = self._round_rows(session, key)
        mine_row, other_row = rows.get(me), rows.get(me.other)
        revealed = mine_row is not None and mine_row.revealed_at is not None
        mine: Answer | None = None
        both: dict[PartnerSlot, Answer] | None = None
        if revealed and other_row is not None:
            both = {me: _plain_answer(mine_row), me.other: _plain_answer(other_row)}  # type: ignore[arg-type]
            mine = both[me]
        elif mine_row is not None and mine_row.sealed is not None:
            mine = self._open(session, mine_row)
        return RoundStatus(start, start + timedelta(days=rhythm - 1), rhythm, mine_row is not None,
                           other_row is not None, mine, revealed, both)

    def _open(self, session: OrmSession, row: CheckInRow) -> Answer:
        assert row.sealed is not None and row.round_key is not None
        data = json.loads(open_sealed(reveal_key(session), row.sealed,
                                      _associated_data(row.id, row.round_key, row.partner_slot)))
        return Answer(row.partner_slot, Scores(*data["scores"]), data["note"], row.checked_in_at)

    def _reveal(self, session: OrmSession, row: CheckInRow, now: datetime) -> None:
        answer = self._open(session, row)
        row.sealed = None
        row.closeness, row.communication, row.trust, row.affection, row.fun = answer.scores.values()
        row.note = answer.note
        row.revealed_at = now


def _plain_answer(row: CheckInRow) -> Answer:
    values = (row.closeness, row.communication, row.trust, row.affection, row.fun)
    assert all(value is not None for value in values)
    return Answer(row.partner_slot, Scores(*(int(v) for v in values if v is not None)), row.note, row.checked_in_at)
