"""Plain data the UI shows: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from lifeline_desktop.domain import recurrence
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.vocabulary import CostBand, EnergyLevel, IdeaCategory, Place, Practice, Season

MAX_PLAN_TITLE = 200
MAX_NOTES = 4000
MAX_DURATION_MINUTES = 14 * 24 * 60
COSTS = tuple(CostBand)  # cheapest first: "up to" filters compare positions
ENERGIES = tuple(EnergyLevel)
PLACES = tuple(Place)
SEASONS = tuple(Season)
CATEGORIES = tuple(category.value for category in IdeaCategory)
OWN_CATEGORY = "our-own"
MAX_TITLE_CHARS = 120
MAX_DESCRIPTION_CHARS = 4000


@dataclass(frozen=True)
class PlanDraft:
    """A plan as typed in the form: a wall-clock start in a zone."""

    title: str
    starts_local: datetime  # naive wall-clock time in `time_zone`
    time_zone: str
    duration_minutes: int = 90
    place: str = ""
    notes: str = ""
    phones_away: bool = False
    reminder_minutes: int | None = 30
    recurrence_rule: str | None = None
    idea_key: str | None = None

    def checked(self) -> PlanDraft:
        title = self.title.strip()
        if not title:
            raise InvalidInput(msg("A plan needs a title, even a short one."))
        if len(title) > MAX_PLAN_TITLE:
            raise InvalidInput(msg("That title is long; put the details in the notes."))
        if not 1 <= self.duration_minutes <= MAX_DURATION_MINUTES:
            raise InvalidInput(msg("A plan lasts between a minute and two weeks."))
        if self.reminder_minutes is not None and not 0 <= self.reminder_minutes <= 7 * 24 * 60:
            raise InvalidInput(msg("A reminder comes at most a week before."))
        if len(self.notes) > MAX_NOTES or len(self.place) > MAX_PLAN_TITLE:
            raise InvalidInput(msg("The notes or the place are too long."))
        recurrence.zone(self.time_zone)
        return replace(self, title=title, place=self.place.strip(), notes=self.notes.strip(),
                       recurrence_rule=recurrence.normalise_rule(self.recurrence_rule))


@dataclass(frozen=True)
class OccurrenceView:
    plan_id: int
    title: str
    start: datetime  # UTC
    end: datetime  # UTC
    original_start: datetime  # UTC: names this occurrence
    time_zone: str
    recurring: bool
    moved: bool
    outcome: str | None  # "done", "skipped" or None
    overlaps: bool
    place: str
    notes: str
    phones_away: bool
    reminder_minutes: int | None
    from_wish: bool
    idea_key: str | None


@dataclass(frozen=True)
class ReflectionView:
    author: str  # partner slot value
    enjoyment: int | None
    note: str
    private: bool  # private reflections are only ever shown to their author


@dataclass(frozen=True)
class IdeaView:
    key: str  # "builtin:<id>" or "own:<row id>"
    title: str
    description: str
    category: str
    practices: tuple[str, ...]
    minutes: int | None
    cost: str
    energy: str
    place: str
    season: str | None
    screens: bool
    favourite: bool = False
    hidden: bool = False
    own: bool = False
    time_of_day: str = "any"  # "morning", "midday", "afternoon", "evening": when it suits (built-in ideas say)


@dataclass(frozen=True)
class IdeaFilter:
    """Every field optional; "up to" for minutes and cost, "suits" for place and season."""

    text: str = ""
    category: str | None = None
    practice: str | None = None
    max_minutes: int | None = None
    max_cost: str | None = None
    energy: str | None = None
    place: str | None = None
    season: str | None = None
    no_screens: bool = False
    favourites_only: bool = False
    show_hidden: bool = False

    def matches(self, idea: IdeaView) -> bool:
        if idea.hidden and not self.show_hidden:
            return False
        if self.favourites_only and not idea.favourite:
            return False
        if self.category and idea.category != self.category:
            return False
        if self.practice and self.practice not in idea.practices:
            return False
        if self.max_minutes is not None and (idea.minutes or 0) > self.max_minutes:
            return False
        if self.max_cost and COSTS.index(idea.cost) > COSTS.index(self.max_cost):
            return False
        if self.energy and idea.energy != self.energy:
            return False
        if self.place and self.place != "anywhere" and idea.place not in (self.place, "anywhere"):
            return False
        if self.season and idea.season not in (None, self.season):
            return False
        if self.no_screens and idea.screens:
            return False
        needle = self.text.casefold().strip()
        return not needle or all(word in f"{idea.title} {idea.description}".casefold() for word in needle.split())


@dataclass(frozen=True)
class IdeaDraft:
    """An own idea as typed in the form."""

    title: str
    description: str = ""
    practices: tuple[str, ...] = ()
    minutes: int | None = None
    cost: str = "free"
    energy: str = "low"
    place: str = "anywhere"
    season: str | None = None
    screens: bool = False
    category: str = OWN_CATEGORY

    def checked(self) -> IdeaDraft:
        title = self.title.strip()
        if not title:
            raise InvalidInput(msg("An idea needs a title: a few words to recognise it by."))
        if len(title) > MAX_TITLE_CHARS:
            raise InvalidInput(msg("Keep the title under %1 characters; the rest fits in the description.",
                                   MAX_TITLE_CHARS))
        if len(self.description) > MAX_DESCRIPTION_CHARS:
            raise InvalidInput(msg("This description is very long; a few lines are enough."))
        for value, allowed, what in ((self.cost, COSTS, "cost"), (self.energy, ENERGIES, "energy"),
                                     (self.place, PLACES, "place")):
            if value not in allowed:
                raise InvalidInput(msg("“%1” is not a %2 Lifeline knows.", value, what))
        if self.season is not None and self.season not in SEASONS:
            raise InvalidInput(msg("“%1” is not a season.", self.season))
        if any(p not in set(Practice) for p in self.practices):
            raise InvalidInput(msg("One of the practices is not one Lifeline knows."))
        if self.minutes is not None and not 1 <= self.minutes <= 10_000:
            raise InvalidInput(msg("Give the time needed in minutes, between 1 and 10,000."))
        if self.category not in (*CATEGORIES, OWN_CATEGORY):
            raise InvalidInput(msg("“%1” is not a category.", self.category))
        return IdeaDraft(title, self.description.strip(), tuple(dict.fromkeys(self.practices)), self.minutes,
                         self.cost, self.energy, self.place, self.season, self.screens, self.category)






















