"""Plain data the UI shows: frozen data classes, no database types.

Nothing here ever carries the safety answer of the other partner: `SafetyNote` exists only in the view of the
partner who gave it (services/guide/safety.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic

AnswerValue = int | str | tuple[str, ...]
Answers = dict[str, AnswerValue]  # question id -> 1..5, an option id, or topic values


class Level(StrEnum):
    """Where one partner sees a practice: words, never a score of the relationship."""

    TENDER = "tender"
    ROOM = "room-to-grow"
    STEADY = "steady"


@dataclass(frozen=True)
class PracticeStanding:
    practice: Practice
    levels: dict[PartnerSlot, Level]
    differ: bool  # you see this differently


@dataclass(frozen=True)
class FocusChoice:
    practice: Practice
    why: str


@dataclass(frozen=True)
class PathProposal:
    program_id: str | None
    program_title: str
    program_why: str
    focus: tuple[FocusChoice, ...]
    depth: Depth
    depth_why: str
    retake_weeks: int
    left_out: tuple[Topic, ...]


@dataclass(frozen=True)
class AcceptedPath:
    """The path as the couple accepted or changed it."""

    checkup_id: int
    program_id: str | None  # None: no program
    focus: tuple[Practice, ...]
    depth: Depth
    retake_weeks: int
    accepted_at: datetime
    changed: tuple[str, ...] = ()  # which parts the couple changed from the proposal


class CheckupState(StrEnum):
    NOT_STARTED = "not-started"
    MY_TURN = "my-turn"  # I have not finished my answers (maybe half-way)
    WAITING = "waiting"  # I finished; the other has not
    REVEALED = "revealed"


@dataclass(frozen=True)
class CheckupStatus:
    checkup_id: int | None
    state: CheckupState
    my_answers: Answers  # my own, readable by me before the reveal (a half-way check-up resumes from here)
    other_finished: bool
    started_at: datetime | None
    revealed_at: datetime | None


@dataclass(frozen=True)
class PracticeChange:
    """On a retake, how one practice moved for each partner since the check-up before: +1 it feels steadier,
    -1 more tender, 0 much as it was (levels.moved_from in paths.toml says how much counts)."""

    practice: Practice
    moves: dict[PartnerSlot, int]


@dataclass(frozen=True)
class CheckupReveal:
    """Both partners' answers side by side, in words, once both have answered."""

    checkup_id: int
    revealed_at: datetime
    answers: dict[PartnerSlot, Answers]
    standings: tuple[PracticeStanding, ...]
    proposal: PathProposal
    changes: tuple[str, ...]  # how the proposed path changed since the check-up before, in words
    since: datetime | None = None  # when the check-up before was revealed (None for the first)
    practice_changes: tuple[PracticeChange, ...] = ()  # each practice both check-ups asked about, in order


@dataclass(frozen=True)
class WeekPlan:
    week: int
    practice: Practice
    script_id: str
    script_title: str
    script_minutes: int
    idea_id: str
    idea_title: str
    idea_minutes: int


@dataclass(frozen=True)
class GuideSuggestion:
    practice: Practice
    text: str
    kind: str  # "script" or "idea"
    ref: str


@dataclass(frozen=True)
class FollowUpStatus:
    conversation_id: int
    conversation_title: str
    talked_on: date
    i_answered: bool
    other_answered: bool
    revealed: bool
    ratings: dict[PartnerSlot, int] | None
    repair: str


@dataclass(frozen=True)
class SafetyNote:
    """For the partner who said they are sometimes afraid, on their own screen only."""

    title: str
    intro: str
    places: tuple[str, ...]
    closing: str


@dataclass(frozen=True)
class TodayGuide:
    checkup: CheckupStatus
    path: AcceptedPath | None
    proposal: PathProposal | None  # when revealed and not yet accepted
    week: WeekPlan | None
    suggestion: GuideSuggestion | None
    follow_up: FollowUpStatus | None
    retake_due: bool
    safety: SafetyNote | None  # mine only
    suggestions_on: bool = True  # my own choice
    no_hard_talks: bool = False  # my own choice; never the other partner's
