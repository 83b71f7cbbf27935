"""The wish jar: each partner drops wishes in privately; a draw reveals one to both and turns it into a plan.

A wish is sealed under its author's personal key (kind "wish"), so before a draw not even the app can show it to
the other partner. Drawing picks any wish in the jar. If it is mine (and my private space is open), it is revealed
at once: its text becomes plain shared text and a plan. If it is my partner's, only their key can open it: the jar
says "a wish of your partner's was drawn", and it is revealed, and planned, the next time they unlock.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import WishRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text

WISH_KIND = "wish"
MAX_WISH_CHARS = 500
WISH_PLAN_MINUTES = 120


@dataclass(frozen=True)
class WishView:
    id: int
    text: str
    created_at: datetime


@dataclass(frozen=True)
class DrawnWish:
    id: int
    author: PartnerSlot
    text: str | None  # None while waiting for its author to unlock
    drawn_at: datetime
    plan_id: int | None


@dataclass(frozen=True)
class JarState:
    mine: list[WishView]  # my wishes still in the jar (empty while my private space is closed)
    my_count: int
    their_count: int  # how many my partner has in the jar: a count, never the text
    drawn: list[DrawnWish]


class WishJar:
    def __init__(self, context: VaultContext, planner: PlannerService) -> None:
        self._context = context
        self._planner = planner

    def add(self, text: str) -> int:
        text = text.strip()
        if not text:
            raise InvalidInput(msg("Write a few words for your wish first."))
        if len(text) > MAX_WISH_CHARS:
            raise InvalidInput(msg("Keep a wish to a few lines; it will become a plan's title and notes."))
        key = self._context.personal_key  # raises PrivateSpaceClosed with a sentence
        me = self._context.partner
        with self._context.transaction() as session:
            row = WishRow(author_slot=me, sealed_text=b"", created_at=self._context.clock.now())
            session.add(row)
            session.flush()
            row.sealed_text = seal_private_text(key, text, kind=WISH_KIND, row_id=row.id, owner=me)
            return row.id

    def remove(self, wish_id: int) -> None:
        with self._context.transaction() as session:
            row = session.get(WishRow, wish_id)
            if row is None or row.author_slot is not self._context.partner or row.drawn_at is not None:
                raise InvalidInput(msg("Only your own wishes still in the jar can be taken out."))
            session.delete(row)

    def state(self) -> JarState:
        me = self._context.partner
        with self._context.transaction() as session:
            waiting = session.scalars(select(WishRow).where(WishRow.drawn_at.is_(None)).order_by(WishRow.id)).all()
            drawn = session.scalars(select(WishRow).where(WishRow.drawn_at.is_not(None))
                                    .order_by(WishRow.drawn_at.desc())).all()
            mine_rows = [(row.id, row.sealed_text, row.created_at) for row in waiting if row.author_slot is me]
            their_count = sum(1 for row in waiting if row.author_slot is not me)
            drawn_views = [DrawnWish(row.id, row.author_slot, row.text, row.drawn_at or row.created_at, row.plan_id)
                           for row in drawn]
        mine: list[WishView] = []
        if self._context.private_space_open:
            for wish_id, sealed, created in mine_rows:
                text = self._open(wish_id, sealed)
                if text is not None:
                    mine.append(WishView(wish_id, text, created))
        return JarState(mine, len(mine_rows), their_count, drawn_views)

    def draw(self, plan_start_local: datetime, time_zone: str, rng: random.Random | None = None) -> DrawnWish | None:
        """Draw one wish from the jar (None when it is empty)."""
        rng = rng or random.Random()
        now = self._context.clock.now()
        with self._context.transaction() as session:
            ids = session.scalars(select(WishRow.id).where(WishRow.drawn_at.is_(None)).order_by(WishRow.id)).all()
            if not ids:
                return None
            row = session.get(WishRow, rng.choice(list(ids)))
            assert row is not None
            row.drawn_at = now
            row.drawn_by_slot = self._context.partner
            wish_id = row.id
        revealed = self._reveal(wish_id, plan_start_local, time_zone)
        return revealed or self._drawn(wish_id)

    def reveal_pending(self, plan_start_local: datetime, time_zone: str) -> list[DrawnWish]:
        """My wishes drawn while I was away: revealed now (call after unlock, with my private space open)."""
        if not self._context.private_space_open:
            return []
        with self._context.transaction() as session:
            ids = session.scalars(select(WishRow.id).where(
                WishRow.author_slot == self._context.partner, WishRow.drawn_at.is_not(None),
                WishRow.revealed_at.is_(None))).all()
        return [found for wish_id in ids if (found := self._reveal(wish_id, plan_start_local, time_zone))]

    def _reveal(self, wish_id: int, plan_start_local: datetime, time_zone: str) -> DrawnWish | None:
        if not self._context.private_space_open:
            return None
        with self._context.transaction() as session:
            row = session.get(WishRow, wish_id)
            if row is None or row.author_slot is not self._context.partner or row.revealed_at is not None:
                return None
            text = self._open(row.id, row.sealed_text)
        if text is None:
            return None

        title, _, rest = text.partition("\n")
        plan_id = self._planner.add_plan(PlanDraft(
            title=title[:120], starts_local=plan_start_local, time_zone=time_zone,
            duration_minutes=WISH_PLAN_MINUTES, notes=(rest.strip() or text) if len(title) > 120 or rest else "",
            reminder_minutes=60), from_wish=True)
        with self._context.transaction() as session:
            row = session.get(WishRow, wish_id)
            assert row is not None
            row.text = text
            row.sealed_text = None
            row.revealed_at = self._context.clock.now()
            row.plan_id = plan_id
        return self._drawn(wish_id)

    def _drawn(self, wish_id: int) -> DrawnWish:
        with self._context.transaction() as session:
            row = session.get(WishRow, wish_id)
            assert row is not None and row.drawn_at is not None
            return DrawnWish(row.id, row.author_slot, row.text, row.drawn_at, row.plan_id)

    def _open(self, wish_id: int, sealed: bytes | None) -> str | None:
        if sealed is None:
            return None
        try:
            return open_private_text(self._context.personal_key, sealed, kind=WISH_KIND, row_id=wish_id,
                                     owner=self._context.partner)
        except PrivateItemUnreadable:
            return None  # sealed under a personal key replaced after a forgotten passphrase
