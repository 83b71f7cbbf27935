"""Plain data the UI shows: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ProgramSummary:
    id: str
    title: str
    summary: str
    unit: str
    unit_count: int
    step_count: int
    with_counsellor: bool
    counsellor_note: str | None


@dataclass(frozen=True)
class StepView:
    id: str
    unit_index: int
    unit_title: str
    kind: str
    ref: str | None
    text: str
    done: bool


@dataclass(frozen=True)
class EnrolmentView:
    id: int
    program: ProgramSummary
    status: str  # active, paused, finished, left
    own_pace: bool
    started_at: datetime
    finished_at: datetime | None
    steps: tuple[StepView, ...]
    due_unit: int  # the unit the calendar has reached (own pace: the unit of the next step)

    @property
    def done_count(self) -> int:
        return sum(1 for step in self.steps if step.done)

    @property
    def next_step(self) -> StepView | None:
        return next((step for step in self.steps if not step.done), None)

    @property
    def all_done(self) -> bool:
        return self.next_step is None

    @property
    def behind(self) -> bool:
        """On the calendar pace: steps of units already past are still open (said kindly, never a scolding)."""
        step = self.next_step
        return not self.own_pace and step is not None and step.unit_index < self.due_unit
