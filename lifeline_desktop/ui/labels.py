"""What the UI calls each of the app's shared words, once, translatable (context "labels").

The words themselves (practices, depths, topics, statuses, …) are enums in `domain/vocabulary.py`; here is only
how a person reads them. QT_TRANSLATE_NOOP marks each name so `scripts/update-translations` collects it; the
functions translate it when it is shown. Pass an enum member or its value: `practice_label("trust")` works too.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from lifeline_desktop.content.ideas import IdeaCategory
from lifeline_desktop.domain.vocabulary import (
    CostBand,
    Depth,
    EnergyLevel,
    EnrolmentStatus,
    OccurrenceOutcome,
    Place,
    PlanStatus,
    Practice,
    Season,
    Topic,
    Visibility,
)
from lifeline_desktop.services.planner.views import OWN_CATEGORY
from lifeline_desktop.ui.common.text import QT_TRANSLATE_NOOP

CONTEXT = "labels"
E = TypeVar("E", bound=StrEnum)


PRACTICES = {
    Practice.EMOTIONAL_INTIMACY: QT_TRANSLATE_NOOP("labels", "Emotional intimacy"),
    Practice.RECONNECTING: QT_TRANSLATE_NOOP("labels", "Reconnecting"),
    Practice.TRUST: QT_TRANSLATE_NOOP("labels", "Trust"),
    Practice.COMMUNICATION: QT_TRANSLATE_NOOP("labels", "Communication"),
    Practice.CLOSENESS: QT_TRANSLATE_NOOP("labels", "Closeness"),
}
DEPTHS = {
    Depth.LIGHT: QT_TRANSLATE_NOOP("labels", "Light"),
    Depth.DEEPER: QT_TRANSLATE_NOOP("labels", "Deeper"),
    Depth.DEEPEST: QT_TRANSLATE_NOOP("labels", "Deepest"),
}
TOPICS = {
    Topic.SEXUAL_INTIMACY: QT_TRANSLATE_NOOP("labels", "Sexual intimacy"),
    Topic.SPIRITUALITY: QT_TRANSLATE_NOOP("labels", "Faith, meaning and rituals"),
    Topic.PARENTING: QT_TRANSLATE_NOOP("labels", "Parenting young children"),
    Topic.DISTANCE: QT_TRANSLATE_NOOP("labels", "Living apart or shift work"),
    Topic.ILLNESS: QT_TRANSLATE_NOOP("labels", "Illness, disability and caregiving"),
    Topic.GRIEF: QT_TRANSLATE_NOOP("labels", "Grief"),
    Topic.MONEY: QT_TRANSLATE_NOOP("labels", "Money"),
    Topic.FAMILY: QT_TRANSLATE_NOOP("labels", "Family and in-laws"),
    Topic.LATER_LIFE: QT_TRANSLATE_NOOP("labels", "Later life"),
    Topic.BETRAYAL: QT_TRANSLATE_NOOP("labels", "After a betrayal"),
}
VISIBILITIES = {
    Visibility.SHARED: QT_TRANSLATE_NOOP("labels", "Shared"),
    Visibility.PRIVATE: QT_TRANSLATE_NOOP("labels", "Private"),
}
COSTS = {
    CostBand.FREE: QT_TRANSLATE_NOOP("labels", "Free"),
    CostBand.LOW: QT_TRANSLATE_NOOP("labels", "Low cost"),
    CostBand.MEDIUM: QT_TRANSLATE_NOOP("labels", "Some cost"),
    CostBand.HIGH: QT_TRANSLATE_NOOP("labels", "A treat"),
}
MAX_COSTS = {
    CostBand.FREE: QT_TRANSLATE_NOOP("labels", "Up to: Free"),
    CostBand.LOW: QT_TRANSLATE_NOOP("labels", "Up to: Low cost"),
    CostBand.MEDIUM: QT_TRANSLATE_NOOP("labels", "Up to: Some cost"),
    CostBand.HIGH: QT_TRANSLATE_NOOP("labels", "Up to: A treat"),
}
ENERGIES = {
    EnergyLevel.LOW: QT_TRANSLATE_NOOP("labels", "Low energy"),
    EnergyLevel.MEDIUM: QT_TRANSLATE_NOOP("labels", "Some energy"),
    EnergyLevel.HIGH: QT_TRANSLATE_NOOP("labels", "Lots of energy"),
}
PLACES = {
    Place.HOME: QT_TRANSLATE_NOOP("labels", "At home"),
    Place.OUT: QT_TRANSLATE_NOOP("labels", "Out"),
    Place.ANYWHERE: QT_TRANSLATE_NOOP("labels", "Anywhere"),
}
SEASONS = {
    Season.SPRING: QT_TRANSLATE_NOOP("labels", "Spring"),
    Season.SUMMER: QT_TRANSLATE_NOOP("labels", "Summer"),
    Season.AUTUMN: QT_TRANSLATE_NOOP("labels", "Autumn"),
    Season.WINTER: QT_TRANSLATE_NOOP("labels", "Winter"),
}
PLAN_STATUSES = {
    PlanStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    PlanStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    PlanStatus.SKIPPED: QT_TRANSLATE_NOOP("labels", "Skipped"),
    PlanStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}
OUTCOMES = {
    OccurrenceOutcome.DONE: QT_TRANSLATE_NOOP("labels", "done ✓"),
    OccurrenceOutcome.SKIPPED: QT_TRANSLATE_NOOP("labels", "skipped"),
}
ENROLMENT_STATUSES = {
    EnrolmentStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Under way"),
    EnrolmentStatus.PAUSED: QT_TRANSLATE_NOOP("labels", "Paused"),
    EnrolmentStatus.FINISHED: QT_TRANSLATE_NOOP("labels", "Finished"),
    EnrolmentStatus.LEFT: QT_TRANSLATE_NOOP("labels", "Left"),
}
CATEGORIES = {
    IdeaCategory.EVENINGS_AT_HOME: QT_TRANSLATE_NOOP("labels", "Evenings at home"),
    IdeaCategory.DATES_OUT: QT_TRANSLATE_NOOP("labels", "Dates out"),
    IdeaCategory.WEEKEND_GETAWAYS: QT_TRANSLATE_NOOP("labels", "Weekend getaways"),
    IdeaCategory.DAILY_MOMENTS: QT_TRANSLATE_NOOP("labels", "Simple daily moments"),
    IdeaCategory.AFFECTION: QT_TRANSLATE_NOOP("labels", "Affection and closeness"),
    IdeaCategory.LEARNING: QT_TRANSLATE_NOOP("labels", "Learning together"),
    IdeaCategory.PLAY: QT_TRANSLATE_NOOP("labels", "Play"),
    IdeaCategory.FREE_AND_LOW_COST: QT_TRANSLATE_NOOP("labels", "Free and low-cost"),
}
OWN_CATEGORY_NAME = QT_TRANSLATE_NOOP("labels", "Our own ideas")
# Suggestions only: a mood is the writer's own word, so the list offers words and keeps whatever is typed.
MOODS = (
    QT_TRANSLATE_NOOP("labels", "calm"), QT_TRANSLATE_NOOP("labels", "grateful"),
    QT_TRANSLATE_NOOP("labels", "hopeful"), QT_TRANSLATE_NOOP("labels", "happy"),
    QT_TRANSLATE_NOOP("labels", "playful"), QT_TRANSLATE_NOOP("labels", "tender"),
    QT_TRANSLATE_NOOP("labels", "tired"), QT_TRANSLATE_NOOP("labels", "unsure"),
    QT_TRANSLATE_NOOP("labels", "worried"), QT_TRANSLATE_NOOP("labels", "sad"),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(names: Mapping[E, str], value: E | str) -> str:
    for member, name in names.items():
        if member == value:
            return translate(name)
    return str(value)  # a value this version does not know (from a newer vault): shown as it is stored


def choices(names: Mapping[E, str]) -> list[tuple[E, str]]:
    """(member, translated label) pairs in the enum's order, ready for a combo box or a row of check boxes."""
    return [(member, translate(name)) for member, name in names.items()]


def practice_label(value: Practice | str) -> str:
    return _label(PRACTICES, value)


def depth_label(value: Depth | str) -> str:
    return _label(DEPTHS, value)


def topic_label(value: Topic | str) -> str:
    return _label(TOPICS, value)


def visibility_label(value: Visibility | str) -> str:
    return _label(VISIBILITIES, value)


def cost_label(value: CostBand | str) -> str:
    return _label(COSTS, value)


def energy_label(value: EnergyLevel | str) -> str:
    return _label(ENERGIES, value)


def place_label(value: Place | str) -> str:
    return _label(PLACES, value)


def season_label(value: Season | str) -> str:
    return _label(SEASONS, value)


def plan_status_label(value: PlanStatus | str) -> str:
    return _label(PLAN_STATUSES, value)


def outcome_label(value: OccurrenceOutcome | str) -> str:
    return _label(OUTCOMES, value)


def enrolment_status_label(value: EnrolmentStatus | str) -> str:
    return _label(ENROLMENT_STATUSES, value)


def category_label(value: IdeaCategory | str) -> str:
    return translate(OWN_CATEGORY_NAME) if value == OWN_CATEGORY else _label(CATEGORIES, value)


def category_choices() -> list[tuple[str, str]]:
    return [*choices(CATEGORIES), (OWN_CATEGORY, translate(OWN_CATEGORY_NAME))]


def practices_text(values: tuple[Practice | str, ...] | list[Practice | str]) -> str:
    return ", ".join(practice_label(value) for value in values)


def mood_suggestions() -> list[str]:
    return [translate(mood) for mood in MOODS]
