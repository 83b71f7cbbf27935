"""The app's shared words, defined once: practices, depths, topics, visibility, plan and idea terms, statuses.

Content, services and the UI all use these enums; their labels for people live once, translatable, in the UI.
"""

from __future__ import annotations

from enum import StrEnum


class Practice(StrEnum):
    EMOTIONAL_INTIMACY = "emotional-intimacy"
    RECONNECTING = "reconnecting"
    TRUST = "trust"
    COMMUNICATION = "communication"
    CLOSENESS = "closeness"


class Depth(StrEnum):
    LIGHT = "light"
    DEEPER = "deeper"
    DEEPEST = "deepest"


class Topic(StrEnum):
    """Subjects a couple may choose to leave out; content that touches one carries its tag."""

    SEXUAL_INTIMACY = "sexual-intimacy"
    SPIRITUALITY = "spirituality"  # faith or none, shared meaning, rituals
    PARENTING = "parenting"  # parents of young children
    DISTANCE = "distance"  # living apart, shift work
    ILLNESS = "illness"  # illness, disability, caregiving
    GRIEF = "grief"
    MONEY = "money"
    FAMILY = "family"  # blended families, in-laws, the wider family
    LATER_LIFE = "later-life"  # retirement, an empty nest
    BETRAYAL = "betrayal"  # an affair or a broken promise that shook trust


class Visibility(StrEnum):
    SHARED = "shared"
    PRIVATE = "private"


class CostBand(StrEnum):
    FREE = "free"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class EnergyLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Place(StrEnum):
    HOME = "home"
    OUT = "out"
    ANYWHERE = "anywhere"


class PlanStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


class OccurrenceOutcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


class EnrolmentStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"
    LEFT = "left"


class Season(StrEnum):
    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"


class QuizSource(StrEnum):
    """Where a "How well do you know me" question comes from: only ever material both partners can already see."""

    BOTH_ANSWER = "both-answer"  # a revealed "both answer" round
    JOURNAL = "journal"  # a shared journal entry that answers a prompt
    CHECK_UP = "check-up"  # a revealed answer from the check-up


class CardDeckKind(StrEnum):
    """The question-card decks, for asking aloud."""

    QUESTIONS_FOR_TWO = "questions-for-two"  # prompts marked `spoken`, by depth
    THIS_OR_THAT = "this-or-that"
    GETTING_TO_KNOW = "getting-to-know-you-again"


class IdeaCategory(StrEnum):
    """The idea library's shelves (content/ideas; the planner's views list them without loading the ideas)."""

    EVENINGS_AT_HOME = "evenings-at-home"
    DATES_OUT = "dates-out"
    WEEKEND_GETAWAYS = "weekend-getaways"
    DAILY_MOMENTS = "daily-moments"
    AFFECTION = "affection"
    LEARNING = "learning"
    PLAY = "play"
    FREE_AND_LOW_COST = "free-and-low-cost"


class MilestoneKind(StrEnum):
    """The kinds of milestone a couple can put on their timeline (their own words go in the title)."""

    FIRST_MET = "first-met"
    FIRST_DATE = "first-date"
    MOVED_IN = "moved-in"
    COMMITTED = "committed"  # engaged, married, a civil partnership, a promise of their own
    CHILD = "child"
    NEW_HOME = "new-home"
    HARD_TIME = "hard-time"  # a hard year got through, together
    OTHER = "other"


class MemoryKind(StrEnum):
    """What "On this day" can bring back: only things both partners already share."""

    ENTRY = "entry"
    APPRECIATION = "appreciation"
    PLAN = "plan"


class ImportDestination(StrEnum):
    PRIVATE = "private"
    SHARED = "shared"


class ImportFormat(StrEnum):
    DAY_ONE = "day-one"  # the .zip Day One exports (JSON inside)
    JRNL = "jrnl"  # `jrnl --export json`
    MARKDOWN = "markdown"  # a folder of Markdown files
