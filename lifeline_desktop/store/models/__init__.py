"""The whole data model of DESIGN.md section 4, as typed SQLAlchemy 2 models, one module per feature;
every model is importable from here.

Rules that hold across the file:
- Integer primary keys everywhere (FTS rows use them as rowids), except the `vault_meta` key/value table.
- Moments are timezone-aware UTC (`UTCDateTime`, fixed-width ISO text).
- Private text is never stored in a text column: the vault layer encrypts it under the author's personal key and
  the store keeps only the bytes (`sealed_*` columns, LargeBinary). A private journal entry's title and body both
  live in `sealed_body` (the vault layer chooses the layout); its `title` and `body` columns stay empty, and a
  CHECK constraint enforces that, so private text can never reach the search index or an export by mistake.
- Partner columns hold "a" or "b" (`PartnerSlotType` + CHECK).
- Tags, moods, dates and counts of private entries are visible to both partners (DESIGN.md section 3 says so).
"""

from __future__ import annotations

from lifeline_desktop.store.models.base import NAMING_CONVENTION, Base, DraftKind, PartnerRow, VaultMetaRow
from lifeline_desktop.store.models.checkins import (
    AgendaTopicRow,
    CheckInRow,
    ProgramEnrolmentRow,
    ProgramStepProgressRow,
)
from lifeline_desktop.store.models.conversations import ConversationSessionRow, ConversationStepNoteRow, UserScriptRow
from lifeline_desktop.store.models.guide import CheckupRow, CheckupTurnRow, FollowUpRow, PrivateAnswerRow
from lifeline_desktop.store.models.journal import (
    AppreciationNoteRow,
    EntryReactionRow,
    EntryReadMarkerRow,
    EntryReplyRow,
    JournalEntryRow,
    JournalEntryTagRow,
    JournalRow,
    TagRow,
)
from lifeline_desktop.store.models.planner import (
    ActivityIdeaRow,
    PlanExceptionRow,
    PlanOutcomeRow,
    PlanReflectionRow,
    PlanRow,
    WishRow,
)
from lifeline_desktop.store.models.sealed import DraftRow, SealedAnswerRow
from lifeline_desktop.store.models.story import HiddenMemoryRow, MilestoneRow

__all__ = [
    "NAMING_CONVENTION",
    "ActivityIdeaRow",
    "AgendaTopicRow",
    "AppreciationNoteRow",
    "Base",
    "CheckInRow",
    "CheckupRow",
    "CheckupTurnRow",
    "ConversationSessionRow",
    "ConversationStepNoteRow",
    "DraftKind",
    "DraftRow",
    "EntryReactionRow",
    "EntryReadMarkerRow",
    "EntryReplyRow",
    "FollowUpRow",
    "HiddenMemoryRow",
    "JournalEntryRow",
    "JournalEntryTagRow",
    "JournalRow",
    "MilestoneRow",
    "PartnerRow",
    "PlanExceptionRow",
    "PlanOutcomeRow",
    "PlanReflectionRow",
    "PlanRow",
    "PrivateAnswerRow",
    "ProgramEnrolmentRow",
    "ProgramStepProgressRow",
    "SealedAnswerRow",
    "TagRow",
    "UserScriptRow",
    "VaultMetaRow",
    "WishRow",
]
