"""Plain data the UI shows: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot

DIMENSIONS = ("closeness", "communication", "trust", "affection", "fun")


AVERAGE = "average"


@dataclass(frozen=True)
class Scores:
    closeness: int
    communication: int
    trust: int
    affection: int
    fun: int

    def values(self) -> tuple[int, ...]:
        return (self.closeness, self.communication, self.trust, self.affection, self.fun)

    def get(self, dimension: str) -> int:
        return int(getattr(self, dimension))

    @property
    def average(self) -> float:
        return sum(self.values()) / len(DIMENSIONS)

    def checked(self) -> Scores:
        for name, value in zip(DIMENSIONS, self.values(), strict=True):
            if not isinstance(value, int) or not 1 <= value <= 10:
                raise InvalidInput(msg("Each score is a whole number from 1 to 10 (%1 is %2).", name, value))
        return self


@dataclass(frozen=True)
class Answer:
    partner: PartnerSlot
    scores: Scores
    note: str
    answered_at: datetime


@dataclass(frozen=True)
class RoundStatus:
    """The current round as one partner may see it: their own answer, and only whether the other answered."""

    round_start: date
    round_end: date  # the last day of the round
    rhythm_days: int
    i_answered: bool
    other_answered: bool
    mine: Answer | None
    revealed: bool
    both: dict[PartnerSlot, Answer] | None  # once revealed

    @property
    def due(self) -> bool:
        return not self.i_answered


@dataclass(frozen=True)
class RevealedRound:
    round_start: date
    answers: dict[PartnerSlot, Answer]


@dataclass(frozen=True)
class AgendaTopic:
    id: int
    author: PartnerSlot
    title: str
    created_at: datetime




class TrendRange(StrEnum):
    THREE_MONTHS = "3m"
    YEAR = "year"
    ALL = "all"


@dataclass(frozen=True)
class TrendPoint:
    day: date
    a: float
    b: float
    source: str = "check-in"  # or "check-up" (the practices chart draws those as rings)

    @property
    def gap(self) -> float:
        return abs(self.a - self.b)


@dataclass(frozen=True)
class TrendData:
    start: date
    end: date
    dimension: str
    points: tuple[TrendPoint, ...]
    segments: tuple[tuple[int, ...], ...]  # indices into points; the line breaks between segments
    gaps: tuple[tuple[date, date], ...]  # stretches with no check-in, longer than the rhythm allows

    @property
    def average_gap(self) -> float | None:
        return sum(p.gap for p in self.points) / len(self.points) if self.points else None

    @property
    def empty(self) -> bool:
        return not self.points


@dataclass(frozen=True)
class ReportChoice:
    trend_range: TrendRange = TrendRange.THREE_MONTHS
    entry_ids: tuple[int, ...] = ()
    conversation_ids: tuple[int, ...] = ()
