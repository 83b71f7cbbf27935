"""Guided conversations: sessions, step notes, and the couple's own scripts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.models.base import Base, _rating_check, _slot_check
from lifeline_desktop.store.types import PartnerSlotType, UTCDateTime


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
