"""The whole data model of DESIGN.md section 4, as typed SQLAlchemy 2 models.

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

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import (
    CostBand,
    EnergyLevel,
    EnrolmentStatus,
    OccurrenceOutcome,
    Place,
    PlanStatus,
    Visibility,
)
from lifeline_desktop.store.types import PartnerSlotType, StrEnumType, UTCDateTime, allowed_values_sql

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DraftKind(StrEnum):
    JOURNAL_ENTRY = "journal_entry"
    REPLY = "reply"
    APPRECIATION_NOTE = "appreciation_note"
    AGENDA_TOPIC = "agenda_topic"


def _slot_check(column: str, name: str | None = None) -> CheckConstraint:
    return CheckConstraint(f"{column} IN ('a', 'b')", name=name or f"{column}_is_a_or_b")


def _rating_check(column: str, low: int = 1, high: int = 5) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {column} BETWEEN {low} AND {high}", name=f"{column}_range")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class VaultMetaRow(Base):
    """Small facts about the vault: key-file generation (rollback detection), created_at, schema notes."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PartnerRow(Base):
    __tablename__ = "partners"
    __table_args__ = (_slot_check("slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType(), unique=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


# --- Journals ---------------------------------------------------------------------------------------------------


class JournalRow(Base):
    __tablename__ = "journals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    entries: Mapped[list[JournalEntryRow]] = relationship(back_populates="journal", passive_deletes=True)


class JournalEntryTagRow(Base):
    __tablename__ = "journal_entry_tags"

    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class JournalEntryRow(Base):
    __tablename__ = "journal_entries"
    __table_args__ = (
        _slot_check("author_slot"),
        CheckConstraint(allowed_values_sql("visibility", Visibility), name="visibility_known"),
        # Private text only ever as ciphertext; shared text never as ciphertext.
        CheckConstraint(
            "(visibility = 'private' AND sealed_body IS NOT NULL AND title = '' AND body = '')"
            " OR (visibility = 'shared' AND sealed_body IS NULL)",
            name="private_text_is_sealed",
        ),
        # The Journal list, newest first by (created_at, id): revision 0007.
        Index("ix_journal_entries_visibility_created_at", "visibility", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"), index=True)
    author_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    visibility: Mapped[Visibility] = mapped_column(StrEnumType(Visibility))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown
    sealed_body: Mapped[bytes | None] = mapped_column(LargeBinary)
    mood: Mapped[str | None] = mapped_column(String(32))
    prompt_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    journal: Mapped[JournalRow] = relationship(back_populates="entries")
    tags: Mapped[list[TagRow]] = relationship(secondary="journal_entry_tags", order_by="TagRow.name")
    replies: Mapped[list[EntryReplyRow]] = relationship(
        back_populates="entry", passive_deletes=True, order_by="EntryReplyRow.created_at"
    )
    reactions: Mapped[list[EntryReactionRow]] = relationship(passive_deletes=True)


class EntryReadMarkerRow(Base):
    """When a partner last read an entry (for "new from your partner")."""

    __tablename__ = "entry_read_markers"
    __table_args__ = (_slot_check("reader_slot"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id", ondelete="CASCADE"), primary_key=True)
    reader_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType(), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EntryReplyRow(Base):
    __tablename__ = "entry_replies"
    __table_args__ = (_slot_check("author_slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id", ondelete="CASCADE"), index=True)
    author_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    entry: Mapped[JournalEntryRow] = relationship(back_populates="replies")


class EntryReactionRow(Base):
    __tablename__ = "entry_reactions"
    __table_args__ = (_slot_check("author_slot"), UniqueConstraint("entry_id", "author_slot", "reaction"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id", ondelete="CASCADE"))
    author_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    reaction: Mapped[str] = mapped_column(String(32))  # an emoji or a short built-in reaction id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


# --- Appreciation -----------------------------------------------------------------------------------------------


class AppreciationNoteRow(Base):
    __tablename__ = "appreciation_notes"
    __table_args__ = (
        _slot_check("from_slot"),
        _slot_check("to_slot"),
        CheckConstraint("from_slot <> to_slot", name="to_the_other_partner"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    to_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# --- Activities and plans ---------------------------------------------------------------------------------------


class ActivityIdeaRow(Base):
    """An activity idea: built-in (builtin_id set, text from content) or the couple's own."""

    __tablename__ = "activity_ideas"
    __table_args__ = (
        CheckConstraint(allowed_values_sql("cost_band", CostBand), name="cost_band_known"),
        CheckConstraint(allowed_values_sql("energy", EnergyLevel), name="energy_known"),
        CheckConstraint(allowed_values_sql("place", Place), name="place_known"),
        CheckConstraint("created_by_slot IS NULL OR created_by_slot IN ('a', 'b')", name="created_by_slot_is_a_or_b"),
        CheckConstraint("minutes IS NULL OR minutes > 0", name="minutes_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    builtin_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(32))
    minutes: Mapped[int | None] = mapped_column(Integer)
    cost_band: Mapped[CostBand] = mapped_column(StrEnumType(CostBand))
    energy: Mapped[EnergyLevel] = mapped_column(StrEnumType(EnergyLevel))
    place: Mapped[Place] = mapped_column(StrEnumType(Place))
    created_by_slot: Mapped[PartnerSlot | None] = mapped_column(PartnerSlotType())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    archived: Mapped[bool] = mapped_column(default=False)
    # Own ideas keep these fields here; built-in ones read them from content (a row exists only for the flags).
    practices: Mapped[str] = mapped_column(Text, default="", server_default="")  # comma-separated
    season: Mapped[str | None] = mapped_column(String(16))
    screens: Mapped[bool] = mapped_column(default=False, server_default="0")
    favourite: Mapped[bool] = mapped_column(default=False, server_default="0")  # shared: "our favourite"
    hidden: Mapped[bool] = mapped_column(default=False, server_default="0")  # shared: "not for us"


class PlanRow(Base):
    __tablename__ = "plans"
    __table_args__ = (
        CheckConstraint(allowed_values_sql("status", PlanStatus), name="status_known"),
        _slot_check("created_by_slot"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("reminder_minutes IS NULL OR reminder_minutes >= 0", name="reminder_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("activity_ideas.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    time_zone: Mapped[str] = mapped_column(String(64))  # IANA name: recurrences follow local wall-clock time
    duration_minutes: Mapped[int] = mapped_column(Integer)
    recurrence_rule: Mapped[str | None] = mapped_column(Text)  # RFC 5545 RRULE text, None = once
    status: Mapped[PlanStatus] = mapped_column(StrEnumType(PlanStatus))
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    created_by_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    phones_away: Mapped[bool] = mapped_column(default=False, server_default="0")
    from_wish: Mapped[bool] = mapped_column(default=False, server_default="0")  # notifications never show it

    exceptions: Mapped[list[PlanExceptionRow]] = relationship(passive_deletes=True)
    reflections: Mapped[list[PlanReflectionRow]] = relationship(passive_deletes=True)


class PlanExceptionRow(Base):
    """One occurrence of a recurring plan moved (new_starts_at) or cancelled (new_starts_at is None)."""

    __tablename__ = "plan_exceptions"
    __table_args__ = (UniqueConstraint("plan_id", "occurrence_starts_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    occurrence_starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    new_starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PlanReflectionRow(Base):
    """Each partner's reflection after an occurrence of a plan.

    A private reflection keeps no text and no rating here: both go into the author's private journal entry
    (sealed by the journal), and `journal_entry_id` points at it.
    """

    __tablename__ = "plan_reflections"
    __table_args__ = (
        _slot_check("author_slot"),
        _rating_check("enjoyment"),
        UniqueConstraint("plan_id", "occurrence_starts_at", "author_slot"),
        CheckConstraint(allowed_values_sql("visibility", Visibility), name="visibility_known"),
        CheckConstraint("visibility = 'shared' OR (note = '' AND enjoyment IS NULL)", name="private_keeps_no_text"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    occurrence_starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    author_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    enjoyment: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    visibility: Mapped[Visibility] = mapped_column(StrEnumType(Visibility), default=Visibility.SHARED,
                                                   server_default="shared")
    journal_entry_id: Mapped[int | None] = mapped_column(Integer)


class PlanOutcomeRow(Base):
    """How one occurrence of a plan went: done or skipped (a move is a PlanExceptionRow)."""

    __tablename__ = "plan_outcomes"
    __table_args__ = (
        CheckConstraint(allowed_values_sql("outcome", OccurrenceOutcome), name="outcome_known"),
        _slot_check("marked_by_slot"),
        UniqueConstraint("plan_id", "occurrence_starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    occurrence_starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    outcome: Mapped[OccurrenceOutcome] = mapped_column(StrEnumType(OccurrenceOutcome))
    marked_by_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WishRow(Base):
    """A wish in the jar: sealed under its author's personal key until drawn, then plain shared text.

    Drawing picks a wish; the author's own session opens it (only their key can), so a wish of the other
    partner drawn now is revealed at their next unlock (`drawn_at` set, `revealed_at` not yet).
    """

    __tablename__ = "wishes"
    __table_args__ = (
        _slot_check("author_slot"),
        CheckConstraint("drawn_by_slot IS NULL OR drawn_by_slot IN ('a', 'b')", name="drawn_by_slot_is_a_or_b"),
        CheckConstraint(
            "(revealed_at IS NULL AND text IS NULL AND sealed_text IS NOT NULL)"
            " OR (revealed_at IS NOT NULL AND text IS NOT NULL AND sealed_text IS NULL)",
            name="sealed_until_revealed",
        ),
        CheckConstraint("revealed_at IS NULL OR drawn_at IS NOT NULL", name="revealed_after_draw"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    sealed_text: Mapped[bytes | None] = mapped_column(LargeBinary)
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    drawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    drawn_by_slot: Mapped[PartnerSlot | None] = mapped_column(PartnerSlotType())
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))


# --- Conversations ----------------------------------------------------------------------------------------------


class ConversationSessionRow(Base):
    __tablename__ = "conversation_sessions"
    __table_args__ = (
        _rating_check("rating_before_a", high=10),
        _rating_check("rating_before_b", high=10),
        _rating_check("rating_after_a", high=10),
        _rating_check("rating_after_b", high=10),
        CheckConstraint("current_step >= 0", name="current_step_not_negative"),
        CheckConstraint("first_speaker IS NULL OR first_speaker IN ('a', 'b')", name="first_speaker_is_a_or_b"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    script_id: Mapped[str] = mapped_column(String(64))
    script_version: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    current_step: Mapped[int] = mapped_column(Integer, default=0)
    rating_before_a: Mapped[int | None] = mapped_column(Integer)
    rating_before_b: Mapped[int | None] = mapped_column(Integer)
    rating_after_a: Mapped[int | None] = mapped_column(Integer)
    rating_after_b: Mapped[int | None] = mapped_column(Integer)
    first_speaker: Mapped[PartnerSlot | None] = mapped_column(PartnerSlotType())  # rounds swap from here
    break_until: Mapped[datetime | None] = mapped_column(UTCDateTime())  # a break in progress
    journal_entry_id: Mapped[int | None] = mapped_column(Integer)  # the summary, once sent to the journal

    step_notes: Mapped[list[ConversationStepNoteRow]] = relationship(passive_deletes=True)


class ConversationStepNoteRow(Base):
    __tablename__ = "conversation_step_notes"
    __table_args__ = (
        CheckConstraint("author_slot IS NULL OR author_slot IN ('a', 'b')", name="author_slot_is_a_or_b"),
        CheckConstraint("sealed_note IS NULL OR (note = '' AND author_slot IS NOT NULL)",
                        name="private_note_is_sealed"),
        UniqueConstraint("session_id", "step_index", "author_slot"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("conversation_sessions.id", ondelete="CASCADE"))
    step_index: Mapped[int] = mapped_column(Integer)
    author_slot: Mapped[PartnerSlot | None] = mapped_column(PartnerSlotType())  # None: written together
    note: Mapped[str] = mapped_column(Text)
    sealed_note: Mapped[bytes | None] = mapped_column(LargeBinary)  # a private note, under its author's key
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UserScriptRow(Base):
    """A conversation script the couple wrote, duplicated or imported: the TOML text of a script file, shared."""

    __tablename__ = "user_scripts"
    __table_args__ = (_slot_check("created_by"), CheckConstraint("version >= 1", name="version_positive"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    script_id: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    toml: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())


# --- Check-ins and agenda ---------------------------------------------------------------------------------------


class CheckInRow(Base):
    """One partner's check-in for one round; scores 1–10.

    Until both partners have answered a round, the scores and note live only in `sealed` (under the vault's
    reveal key, see services/checkins.py) and the plain columns stay empty (a CHECK says so).
    """

    __tablename__ = "check_ins"
    __table_args__ = (
        _slot_check("partner_slot"),
        _rating_check("closeness", high=10),
        _rating_check("communication", high=10),
        _rating_check("trust", high=10),
        _rating_check("affection", high=10),
        _rating_check("fun", high=10),
        CheckConstraint("sealed IS NULL OR (closeness IS NULL AND note = '')", name="sealed_keeps_no_text"),
        UniqueConstraint("round_key", "partner_slot"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    round_key: Mapped[str | None] = mapped_column(String(10))
    closeness: Mapped[int | None] = mapped_column(Integer)
    communication: Mapped[int | None] = mapped_column(Integer)
    trust: Mapped[int | None] = mapped_column(Integer)
    affection: Mapped[int | None] = mapped_column(Integer)
    fun: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AgendaTopicRow(Base):
    """A topic a partner queues for the next check-in."""

    __tablename__ = "agenda_topics"
    __table_args__ = (_slot_check("author_slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    discussed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    check_in_id: Mapped[int | None] = mapped_column(ForeignKey("check_ins.id", ondelete="SET NULL"))


# --- Programs ---------------------------------------------------------------------------------------------------


class ProgramEnrolmentRow(Base):
    __tablename__ = "program_enrolments"
    __table_args__ = (CheckConstraint(allowed_values_sql("status", EnrolmentStatus), name="status_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64))
    program_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[EnrolmentStatus] = mapped_column(StrEnumType(EnrolmentStatus))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    own_pace: Mapped[bool] = mapped_column(default=False, server_default="0")
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paused_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    journal_entry_id: Mapped[int | None] = mapped_column(Integer)

    step_progress: Mapped[list[ProgramStepProgressRow]] = relationship(passive_deletes=True)


class ProgramStepProgressRow(Base):
    """A program step done by one partner (or together, partner_slot None)."""

    __tablename__ = "program_step_progress"
    __table_args__ = (
        CheckConstraint("partner_slot IS NULL OR partner_slot IN ('a', 'b')", name="partner_slot_is_a_or_b"),
        UniqueConstraint("enrolment_id", "step_id", "partner_slot"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("program_enrolments.id", ondelete="CASCADE"))
    step_id: Mapped[str] = mapped_column(String(64))
    partner_slot: Mapped[PartnerSlot | None] = mapped_column(PartnerSlotType())
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime())


# --- Sealed answers and drafts ----------------------------------------------------------------------------------


class SealedAnswerRow(Base):
    """Both partners answer the same question privately; the answers are revealed together once both exist.

    Until then each answer is ciphertext from the vault layer; at reveal the services store the plain answers in
    `revealed_answer_*` and set `revealed_at`, in one transaction.
    """

    __tablename__ = "sealed_answers"
    __table_args__ = (
        CheckConstraint(
            "revealed_at IS NULL OR (revealed_answer_a IS NOT NULL AND revealed_answer_b IS NOT NULL)",
            name="revealed_together",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), index=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sealed_answer_a: Mapped[bytes | None] = mapped_column(LargeBinary)
    sealed_answer_b: Mapped[bytes | None] = mapped_column(LargeBinary)
    answered_a_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_b_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revealed_answer_a: Mapped[str | None] = mapped_column(Text)
    revealed_answer_b: Mapped[str | None] = mapped_column(Text)
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DraftRow(Base):
    """Unsent writing: always private to its author, so always ciphertext."""

    __tablename__ = "drafts"
    __table_args__ = (
        _slot_check("author_slot"),
        CheckConstraint(allowed_values_sql("kind", DraftKind), name="kind_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    kind: Mapped[DraftKind] = mapped_column(StrEnumType(DraftKind))
    target_id: Mapped[int | None] = mapped_column(Integer)  # e.g. the entry a reply draft answers
    sealed_body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
