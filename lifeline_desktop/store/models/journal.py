"""Journals, entries, tags, read markers, replies, reactions and appreciation notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import (
    Visibility,
)
from lifeline_desktop.store.models.base import Base, _slot_check
from lifeline_desktop.store.types import PartnerSlotType, StrEnumType, UTCDateTime, allowed_values_sql


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
        # The moods in use (the mood filter) and the entries answering a prompt (Play's quiz), without reading
        # every entry: revision 0011.
        Index("ix_journal_entries_mood", "mood"),
        Index("ix_journal_entries_prompt_answers", "visibility", sqlite_where=text("prompt_id IS NOT NULL")),
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
