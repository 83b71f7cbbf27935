"""Check-ins, the agenda, and program enrolments with their progress."""

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
from lifeline_desktop.domain.vocabulary import (
    EnrolmentStatus,
)
from lifeline_desktop.store.models.base import Base, _rating_check, _slot_check
from lifeline_desktop.store.types import PartnerSlotType, StrEnumType, UTCDateTime, allowed_values_sql


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
