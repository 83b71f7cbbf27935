"""Activity ideas for the planner: resources/content/ideas/*.toml, one `[[idea]]` table per idea.

Each idea: id (stable, never reused: plans and favourites refer to it), version, title, a few warm lines on how
and why, its category, the practices it serves (the first is its main one), minutes, cost band, energy, place, an
optional season, and whether it needs a screen (`screens = true`; the planner's "no screens" filter leaves those
out). Optional: `topics`, the subjects from domain.vocabulary.Topic it touches (so a couple can leave them out),
and `time_of_day` ("morning", "midday", "afternoon", "evening" or the default "any"), the time it naturally suits,
which the planner may offer as a default start.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lifeline_desktop.content.loading import ContentError, content_files, load_items, require_unique_ids
from lifeline_desktop.domain.vocabulary import CostBand, EnergyLevel, IdeaCategory, Place, Practice, Season, Topic

IdeaTimeOfDay = Literal["morning", "midday", "afternoon", "evening", "any"]

MIN_IDEAS = 300
__all__ = ["MIN_IDEAS", "Idea", "IdeaCategory", "IdeaTimeOfDay", "builtin_ideas", "load_idea_file", "load_ideas"]


class Idea(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")
    version: int = Field(ge=1)
    title: str = Field(min_length=3, max_length=80)
    description: str = Field(min_length=60, max_length=700)
    category: IdeaCategory
    practices: tuple[Practice, ...] = Field(min_length=1, max_length=5)
    minutes: int = Field(ge=5, le=4320)
    cost: CostBand
    energy: EnergyLevel
    place: Place
    season: Season | None = None
    screens: bool = False
    topics: tuple[Topic, ...] = ()
    time_of_day: IdeaTimeOfDay = "any"

    @field_validator("topics")
    @classmethod
    def _no_repeated_topics(cls, value: tuple[Topic, ...]) -> tuple[Topic, ...]:
        if len(set(value)) != len(value):
            raise ValueError("a topic is listed twice")
        return value

    @field_validator("practices")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("a practice is listed twice")
        return value

    @field_validator("title", "description")
    @classmethod
    def _trimmed(cls, value: str) -> str:
        if value != value.strip():
            raise ValueError("starts or ends with spaces")
        return value


def load_idea_file(path: Path) -> list[Idea]:
    return load_items(path, "idea", Idea)


def load_ideas(root: Path | None = None) -> list[Idea]:
    """Every built-in idea, in file order; raises ContentError naming the file, the item and the field."""
    found = [(path, idea) for path in content_files("ideas", root) for idea in load_idea_file(path)]
    if not found:
        raise ContentError("ideas: no idea files found under resources/content/ideas.")
    require_unique_ids([(path, idea.id) for path, idea in found])
    return [idea for _path, idea in found]


@cache
def builtin_ideas() -> tuple[Idea, ...]:
    return tuple(load_ideas())
