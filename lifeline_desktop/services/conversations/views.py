"""Plain data the UI shows: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from lifeline_desktop.domain.partners import PartnerSlot

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
