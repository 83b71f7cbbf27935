"""Plain data the UI shows about the couple's story: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MemoryKind, MilestoneKind

MAX_MILESTONE_TITLE = 120
MAX_MILESTONE_NOTE = 4_000


@dataclass(frozen=True)
class HowItWent:
    """One partner's shared reflection on a plan that happened."""

    author: PartnerSlot
    enjoyment: int | None
    note: str


@dataclass(frozen=True)
class MemoryView:
    """Something shared from this day in an earlier year. Only ever built from shared things."""

    kind: MemoryKind
    item_id: int
    happened_at: datetime  # UTC
    years_ago: int
    title: str
    text: str
    author: PartnerSlot | None  # None for a plan (it belongs to both)
    how_it_went: tuple[HowItWent, ...] = ()


@dataclass(frozen=True)
class MilestoneDraft:
    kind: MilestoneKind
    title: str
    happened_on: date
    note: str = ""
    yearly_reminder: bool = True

    def checked(self, today: date) -> MilestoneDraft:
        title = " ".join(self.title.split())
        if not title:
            raise InvalidInput("A milestone needs a name, in your own words.")
        if len(title) > MAX_MILESTONE_TITLE:
            raise InvalidInput("That name is long: put the rest in the note.")
        if len(self.note) > MAX_MILESTONE_NOTE:
            raise InvalidInput("The note is long: the journal has room for the whole story.")
        if self.happened_on > today:
            raise InvalidInput("A milestone is a day that has already happened. Plans for the future live in "
                               "the planner.")
        return MilestoneDraft(self.kind, title, self.happened_on, self.note.strip(), self.yearly_reminder)


@dataclass(frozen=True)
class MilestoneView:
    id: int
    kind: MilestoneKind
    title: str
    note: str
    happened_on: date
    added_by: PartnerSlot
    yearly_reminder: bool

    def years_on(self, day: date) -> int:
        return day.year - self.happened_on.year


@dataclass(frozen=True)
class StoryToday:
    """What Today shows of our story: a memory (or none), and milestones whose day it is."""

    memory: MemoryView | None
    anniversaries: tuple[MilestoneView, ...]
    memories_on: bool
