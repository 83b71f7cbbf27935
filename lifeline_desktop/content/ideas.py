"""Activity ideas for the planner: resources/content/ideas/*.toml, one `[[idea]]` table per idea.

Each idea: id (stable, never reused: plans and favourites refer to it), version, title, a few warm lines on how
and why, its category, the practices it serves (the first is its main one), minutes, cost band, energy, place, an
optional season, and whether it needs a screen (`screens = true`; the planner's "no screens" filter leaves those
out). Optional: `topics`, the subjects from domain.vocabulary.Topic it touches (so a couple can leave them out),
and `time_of_day` ("morning", "midday", "afternoon", "evening" or the default "any"), the time it naturally suits,
which the planner may offer as a default start.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from lifeline_desktop.content.loading import ContentError, content_files, load_items, require_unique_ids
from lifeline_desktop.content.schema import FORBID_EXTRA, ID_PATTERN, Check
from lifeline_desktop.domain.vocabulary import CostBand, EnergyLevel, IdeaCategory, Place, Practice, Season, Topic

IdeaTimeOfDay = Literal["morning", "midday", "afternoon", "evening", "any"]

MIN_IDEAS = 300
__all__ = ["MIN_IDEAS", "Idea", "IdeaCategory", "IdeaTimeOfDay", "builtin_ideas", "load_idea_file", "load_ideas"]


@dataclass(frozen=True)
class Idea:
    __pydantic_config__ = FORBID_EXTRA

    id: Annotated[str, Check(pattern=ID_PATTERN)]
    version: Annotated[int, Check(ge=1)]
    title: Annotated[str, Check(min_length=3, max_length=80)]
    description: Annotated[str, Check(min_length=60, max_length=700)]
    category: IdeaCategory
    practices: Annotated[tuple[Practice, ...], Check(min_length=1, max_length=5)]
    minutes: Annotated[int, Check(ge=5, le=4320)]
    cost: CostBand
    energy: EnergyLevel
    place: Place
    season: Season | None = None
    screens: bool = False
    topics: tuple[Topic, ...] = ()
    time_of_day: IdeaTimeOfDay = "any"

    def __post_init__(self) -> None:
        if len(set(self.topics)) != len(self.topics):
            raise ValueError("a topic is listed twice")
        if len(set(self.practices)) != len(self.practices):
            raise ValueError("a practice is listed twice")
        if self.title != self.title.strip() or self.description != self.description.strip():
            raise ValueError("the title or description starts or ends with spaces")


def load_idea_file(path: Path, checked: bool = True) -> list[Idea]:
    return load_items(path, "idea", Idea, checked)


def load_ideas(root: Path | None = None, checked: bool = True) -> list[Idea]:
    """Every built-in idea, in file order; raises ContentError naming the file, the item and the field."""
    found = [(path, idea) for path in content_files("ideas", root) for idea in load_idea_file(path, checked)]
    if not found:
        raise ContentError("ideas: no idea files found under resources/content/ideas.")
    require_unique_ids([(path, idea.id) for path, idea in found])
    return [idea for _path, idea in found]


@cache
def builtin_ideas() -> tuple[Idea, ...]:
    return tuple(load_ideas(checked=False))
