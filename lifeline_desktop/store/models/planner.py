"""Activity ideas, plans with their exceptions, reflections and outcomes, and the wish jar."""

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
    CostBand,
    EnergyLevel,
    OccurrenceOutcome,
    Place,
    PlanStatus,
    Visibility,
)
from lifeline_desktop.store.models.base import Base, _rating_check, _slot_check
from lifeline_desktop.store.types import PartnerSlotType, StrEnumType, UTCDateTime, allowed_values_sql


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
