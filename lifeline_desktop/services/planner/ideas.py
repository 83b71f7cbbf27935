"""The idea library: built-in ideas from content plus the couple's own, with shared favourite and hidden flags.

Built-in ideas live in content; a row in `activity_ideas` (builtin_id set) exists only once one is flagged or
planned. Own ideas are rows with every field. Filtering happens in memory: a few hundred ideas at most.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.ideas import Idea, builtin_ideas
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.vocabulary import CostBand, EnergyLevel, Place
from lifeline_desktop.services.planner.views import (  # noqa: F401
    CATEGORIES,
    COSTS,
    ENERGIES,
    MAX_DESCRIPTION_CHARS,
    MAX_TITLE_CHARS,
    OWN_CATEGORY,
    PLACES,
    SEASONS,
    IdeaDraft,
    IdeaFilter,
    IdeaView,
)
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import ActivityIdeaRow

BUILTIN = "builtin:"
OWN = "own:"
RECENT_DAYS = 60  # "Surprise us" leaves out what was done this recently


@dataclass
class _Flags:
    favourite: bool = False
    hidden: bool = False


@dataclass
class IdeaLibrary:
    context: VaultContext
    builtin: Callable[[], Sequence[Idea]] = builtin_ideas
    _by_id: dict[str, Idea] = field(default_factory=dict)

    def _builtins(self) -> dict[str, Idea]:
        if not self._by_id:
            self._by_id = {idea.id: idea for idea in self.builtin()}
        return self._by_id

    def ideas(self, idea_filter: IdeaFilter | None = None) -> list[IdeaView]:
        """Built-in ideas (content order) then own ones (newest first), filtered."""
        idea_filter = idea_filter or IdeaFilter()
        return [idea for idea in self._all() if idea_filter.matches(idea)]

    def idea(self, key: str) -> IdeaView:
        for idea in self._all():
            if idea.key == key:
                return idea
        raise InvalidInput(msg("That idea is no longer in the library."))

    def _all(self) -> list[IdeaView]:
        with self.context.transaction() as session:
            rows = session.scalars(select(ActivityIdeaRow).where(ActivityIdeaRow.archived.is_(False))).all()
        flags = {row.builtin_id: _Flags(row.favourite, row.hidden) for row in rows if row.builtin_id}
        views = [_builtin_view(idea, flags.get(idea.id, _Flags())) for idea in self._builtins().values()]
        own = sorted((row for row in rows if row.builtin_id is None), key=lambda r: r.id, reverse=True)
        return views + [_own_view(row) for row in own]

    def set_favourite(self, key: str, on: bool) -> None:
        with self.context.transaction() as session:
            self.row_for(session, key).favourite = on

    def set_hidden(self, key: str, on: bool) -> None:
        with self.context.transaction() as session:
            self.row_for(session, key).hidden = on

    def add_idea(self, draft: IdeaDraft) -> str:
        draft = draft.checked()
        with self.context.transaction() as session:
            row = ActivityIdeaRow(created_by_slot=self.context.partner, created_at=self.context.clock.now(),
                                  builtin_id=None)
            _fill(row, draft)
            session.add(row)
            session.flush()
            return f"{OWN}{row.id}"

    def update_idea(self, key: str, draft: IdeaDraft) -> None:
        draft = draft.checked()
        if not key.startswith(OWN):
            raise InvalidInput(msg("Built-in ideas stay as they are; add your own version instead."))
        with self.context.transaction() as session:
            _fill(self.row_for(session, key), draft)

    def row_for(self, session: OrmSession, key: str) -> ActivityIdeaRow:
        """The idea's row, made for a built-in idea on first use (to hold flags or be planned)."""
        if key.startswith(OWN):
            row = session.get(ActivityIdeaRow, _own_id(key))
            if row is None or row.builtin_id is not None:
                raise InvalidInput(msg("That idea is no longer in the library."))
            return row
        if not key.startswith(BUILTIN) or key[len(BUILTIN):] not in self._builtins():
            raise InvalidInput(msg("That idea is no longer in the library."))
        builtin_id = key[len(BUILTIN):]
        found = session.scalars(select(ActivityIdeaRow).where(ActivityIdeaRow.builtin_id == builtin_id)).first()
        if found is not None:
            return found
        idea = self._builtins()[builtin_id]
        row = ActivityIdeaRow(builtin_id=builtin_id, title=idea.title, description="", category=idea.category.value,
                              minutes=idea.minutes, cost_band=CostBand(idea.cost), energy=EnergyLevel(idea.energy),
                              place=Place(idea.place), created_at=self.context.clock.now(), created_by_slot=None)
        session.add(row)
        session.flush()
        return row

    def surprise(self, idea_filter: IdeaFilter, recently_done: set[str], rng: random.Random | None = None
                 ) -> IdeaView | None:
        """A random idea that fits the filter, leaving out hidden ones and those done recently.

        If every fitting idea was done recently, one of them is still offered (better than nothing).
        """
        rng = rng or random.Random()
        fitting = [idea for idea in self.ideas(idea_filter) if not idea.hidden]
        fresh = [idea for idea in fitting if idea.key not in recently_done]
        pool = fresh or fitting
        return rng.choice(pool) if pool else None

    @staticmethod
    def recent_since(now: datetime) -> datetime:
        return now - timedelta(days=RECENT_DAYS)


def key_of(row: ActivityIdeaRow) -> str:
    return f"{BUILTIN}{row.builtin_id}" if row.builtin_id else f"{OWN}{row.id}"


def _own_id(key: str) -> int:
    try:
        return int(key[len(OWN):])
    except ValueError:
        raise InvalidInput(msg("That idea is no longer in the library.")) from None


def _builtin_view(idea: Idea, flags: _Flags) -> IdeaView:
    return IdeaView(f"{BUILTIN}{idea.id}", idea.title, idea.description, idea.category.value, tuple(idea.practices),
                    idea.minutes, idea.cost, idea.energy, idea.place, idea.season, idea.screens,
                    flags.favourite, flags.hidden, own=False, time_of_day=idea.time_of_day)


def _own_view(row: ActivityIdeaRow) -> IdeaView:
    practices = tuple(p for p in row.practices.split(",") if p)
    return IdeaView(f"{OWN}{row.id}", row.title, row.description, row.category, practices, row.minutes,
                    row.cost_band.value, row.energy.value, row.place.value, row.season, row.screens,
                    row.favourite, row.hidden, own=True)


def _fill(row: ActivityIdeaRow, draft: IdeaDraft) -> None:
    row.title = draft.title
    row.description = draft.description
    row.category = draft.category
    row.practices = ",".join(draft.practices)
    row.minutes = draft.minutes
    row.cost_band = CostBand(draft.cost)
    row.energy = EnergyLevel(draft.energy)
    row.place = Place(draft.place)
    row.season = draft.season
    row.screens = draft.screens
