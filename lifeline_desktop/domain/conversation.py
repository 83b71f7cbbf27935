"""A guided conversation, step by step: who has the floor, rounds that swap roles, breaks and the step timer.

Plain Python on purpose (no Qt, no database): the runner screen and the conversation service both drive the
same `ConversationRun`, and the rules are tested without either of them.

A script is an outline: opening steps, then rounds, then closing steps. A round is a group of steps played
`repeat` times; with `swap_roles` the speaker and the listener change places on each repetition, so a round
repeated twice gives each partner the floor once. The outline is expanded once into a flat list of played
steps, and the position in that list is what gets saved: resuming after a lock or a crash is just "go back to
step n".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot

MIN_BREAK_MINUTES = 20
TIMER_EXTENSION_SECONDS = 60
MIN_TIMER_SECONDS = 10
MAX_TIMER_SECONDS = 60 * 60
MIN_RATING = 1
MAX_RATING = 10


class Role(StrEnum):
    """Who a step is for."""

    BOTH = "both"
    SPEAKER = "speaker"
    LISTENER = "listener"
    A = "a"
    B = "b"


class NoteKind(StrEnum):
    SHARED = "shared"
    PRIVATE = "private"


@dataclass(frozen=True)
class StepOutline:
    role: Role
    text: str
    timer_seconds: int | None = None
    note: NoteKind | None = None
    checklist: tuple[str, ...] = ()
    alternative: str = ""  # another way to do the step, for whoever would rather not (eye contact, touch)


@dataclass(frozen=True)
class RoundOutline:
    steps: tuple[StepOutline, ...]
    repeat: int = 2
    swap_roles: bool = True
    title: str = ""


@dataclass(frozen=True)
class ScriptOutline:
    opening: tuple[StepOutline, ...] = ()
    rounds: tuple[RoundOutline, ...] = ()
    closing: tuple[StepOutline, ...] = ()


@dataclass(frozen=True)
class PlayedStep:
    """One step as the couple meets it: its words, and who speaks, listens and has the floor right now."""

    index: int
    outline: StepOutline
    speaker: PartnerSlot
    listener: PartnerSlot
    round_title: str = ""
    round_number: int = 0  # 1-based within its round group; 0 outside rounds
    round_count: int = 0

    @property
    def floor(self) -> PartnerSlot | None:
        """The partner this step is for; None when it is for both."""
        role = self.outline.role
        if role is Role.SPEAKER:
            return self.speaker
        if role is Role.LISTENER:
            return self.listener
        if role is Role.A:
            return PartnerSlot.A
        if role is Role.B:
            return PartnerSlot.B
        return None


def expand(outline: ScriptOutline, first_speaker: PartnerSlot = PartnerSlot.A) -> list[PlayedStep]:
    """The flat list of steps, rounds repeated, roles swapped on each repetition when the round says so."""
    played: list[PlayedStep] = []

    def add(step: StepOutline, speaker: PartnerSlot, title: str = "", number: int = 0, count: int = 0) -> None:
        played.append(PlayedStep(len(played), step, speaker, speaker.other, title, number, count))

    for step in outline.opening:
        add(step, first_speaker)
    for group in outline.rounds:
        for repetition in range(group.repeat):
            speaker = first_speaker.other if group.swap_roles and repetition % 2 else first_speaker
            for step in group.steps:
                add(step, speaker, group.title, repetition + 1, group.repeat)
    for step in outline.closing:
        add(step, first_speaker)
    return played


@dataclass
class StepTimer:
    """A countdown for one step, measured on a monotonic clock (seconds). Starts paused."""

    duration: float
    elapsed: float = 0.0
    started_at: float | None = None

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def start(self, now: float) -> None:
        if self.started_at is None and not self.has_ended(now):
            self.started_at = now

    def pause(self, now: float) -> None:
        if self.started_at is not None:
            self.elapsed += max(0.0, now - self.started_at)
            self.started_at = None

    def toggle(self, now: float) -> None:
        if self.running:
            self.pause(now)
        else:
            self.start(now)

    def extend(self, now: float, seconds: int = TIMER_EXTENSION_SECONDS) -> None:
        """More time; a timer that had ended keeps going from where it stopped."""
        ended = self.has_ended(now)
        if ended and self.started_at is not None:
            self.elapsed = self.duration
            self.started_at = now
        self.duration += seconds

    def used(self, now: float) -> float:
        running_for = now - self.started_at if self.started_at is not None else 0.0
        return self.elapsed + max(0.0, running_for)

    def remaining(self, now: float) -> float:
        return max(0.0, self.duration - self.used(now))

    def has_ended(self, now: float) -> bool:
        return self.remaining(now) <= 0.0


@dataclass(frozen=True)
class BreakInfo:
    started_at: datetime
    until: datetime


@dataclass
class ConversationRun:
    """Where a couple is in a script. Moving on or back resets the step timer; a break keeps the step."""

    steps: list[PlayedStep]
    position: int = 0
    on_break: BreakInfo | None = None
    finished: bool = False
    timer: StepTimer | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if not self.steps:
            raise InvalidInput(msg("This conversation has no steps."))
        self.position = min(max(self.position, 0), len(self.steps) - 1)
        self._reset_timer()

    @property
    def current(self) -> PlayedStep:
        return self.steps[self.position]

    @property
    def is_first(self) -> bool:
        return self.position == 0

    @property
    def is_last(self) -> bool:
        return self.position == len(self.steps) - 1

    def _reset_timer(self) -> None:
        seconds = self.current.outline.timer_seconds
        self.timer = StepTimer(float(seconds)) if seconds else None

    def next(self) -> bool:
        """Moves to the next step; on the last one, marks the conversation finished. True if the step changed."""
        if self.on_break is not None:
            return False
        if self.is_last:
            self.finished = True
            return False
        self.position += 1
        self._reset_timer()
        return True

    def back(self) -> bool:
        if self.on_break is not None or self.is_first:
            return False
        self.finished = False
        self.position -= 1
        self._reset_timer()
        return True

    def go_to(self, position: int) -> None:
        if not 0 <= position < len(self.steps):
            raise InvalidInput(msg("That step is not part of this conversation."))
        self.position = position
        self._reset_timer()

    def take_break(self, now: datetime, monotonic_now: float, minutes: int = MIN_BREAK_MINUTES) -> BreakInfo:
        """A pause of at least twenty minutes; the timer stops and the conversation stays on this step."""
        if minutes < MIN_BREAK_MINUTES:
            raise InvalidInput(msg("A break lasts at least %1 minutes, so both can calm down.", MIN_BREAK_MINUTES))
        if self.timer is not None:
            self.timer.pause(monotonic_now)
        self.on_break = BreakInfo(now, now + timedelta(minutes=minutes))
        return self.on_break

    def end_break(self) -> PlayedStep:
        """Back from a break (early or on time): the same step as before."""
        self.on_break = None
        return self.current


def check_rating(value: int | None) -> int | None:
    if value is None:
        return None
    if not MIN_RATING <= value <= MAX_RATING:
        raise InvalidInput(msg("A rating goes from %1 to %2.", MIN_RATING, MAX_RATING))
    return value
