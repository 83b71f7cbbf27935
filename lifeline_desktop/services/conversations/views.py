"""Plain data the UI shows: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lifeline_desktop.domain.conversation import StepOutline
from lifeline_desktop.domain.partners import PartnerSlot

if TYPE_CHECKING:  # views stay plain data: the script content loads with the service, not here
    from lifeline_desktop.content.scripts import Script, ScriptProblem

NOTE_KIND = "conversation_note"


@dataclass(frozen=True)
class Ratings:
    before_a: int | None = None
    before_b: int | None = None
    after_a: int | None = None
    after_b: int | None = None

    def before(self, slot: PartnerSlot) -> int | None:
        return self.before_a if slot is PartnerSlot.A else self.before_b

    def after(self, slot: PartnerSlot) -> int | None:
        return self.after_a if slot is PartnerSlot.A else self.after_b


@dataclass(frozen=True)
class ConversationView:
    """One conversation, as the runner and the history show it."""

    id: int
    script_id: str
    script_version: int
    title: str
    started_at: datetime
    finished_at: datetime | None
    current_step: int
    step_count: int
    first_speaker: PartnerSlot
    break_until: datetime | None
    ratings: Ratings
    journal_entry_id: int | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class StepNote:
    step_index: int
    private: bool
    author: PartnerSlot | None
    text: str


@dataclass(frozen=True)
class HistoryNote:
    step_number: int  # from 1
    step_words: str
    text: str


@dataclass(frozen=True)
class HistoryEntry:
    conversation: ConversationView
    duration: timedelta
    shared_notes: tuple[HistoryNote, ...]
    my_private_notes: tuple[HistoryNote, ...]  # only the signed-in partner's own, when their private space is open
    my_private_count: int  # all of mine, readable now or not
    their_private_count: int  # the other partner's: how many, never what


@dataclass
class StepDraft:
    role: str = ""  # "", both, speaker, listener, a, b ("" until someone chooses)
    text: str = ""
    timer_seconds: int | None = None
    note: str | None = None  # None, "shared" or "private"
    checklist: list[str] = field(default_factory=list)
    alternative: str = ""  # another way to do the step (eye contact, touch); kept when a script is copied

    @classmethod
    def from_outline(cls, step: StepOutline) -> StepDraft:
        return cls(step.role.value, step.text, step.timer_seconds, step.note.value if step.note else None,
                   list(step.checklist), step.alternative)


@dataclass
class RoundDraft:
    title: str = ""
    repeat: int = 2
    swap_roles: bool = True
    steps: list[StepDraft] = field(default_factory=list)


@dataclass
class ScriptDraft:
    id: str = ""  # empty for a script not saved yet
    version: int = 1
    title: str = ""
    summary: str = ""
    helps_when: str = ""
    not_for: str = ""
    practices: list[str] = field(default_factory=list)
    minutes: int = 20
    professional_note: str = ""
    opening: list[StepDraft] = field(default_factory=list)
    rounds: list[RoundDraft] = field(default_factory=list)
    closing: list[StepDraft] = field(default_factory=list)
    # kept when a built-in script is copied, so a copy still asks its own question and a couple's left-out
    # topics still leave it out
    first_speaker_question: str = ""
    topics: list[str] = field(default_factory=list)
    conflict: bool = False

    @classmethod
    def from_script(cls, script: Script) -> ScriptDraft:
        outline = script.outline
        return cls(
            script.id, script.version, script.title, script.summary, script.helps_when, script.not_for,
            list(script.practices), script.minutes, script.professional_note,
            [StepDraft.from_outline(s) for s in outline.opening],
            [RoundDraft(r.title, r.repeat, r.swap_roles, [StepDraft.from_outline(s) for s in r.steps])
             for r in outline.rounds],
            [StepDraft.from_outline(s) for s in outline.closing],
            script.first_speaker_question, [str(topic) for topic in script.topics], script.conflict)

    def flat_number(self, problem: ScriptProblem) -> int | None:
        """The step's number as the editor lists them (opening, each round, closing), from 1."""
        if problem.step_index is None:
            return None
        if problem.part == "opening":
            return problem.step_index + 1
        before = len(self.opening)
        if problem.part == "round" and problem.round_index is not None:
            before += sum(len(r.steps) for r in self.rounds[: problem.round_index])
            return before + problem.step_index + 1
        if problem.part == "closing":
            return before + sum(len(r.steps) for r in self.rounds) + problem.step_index + 1
        return None
