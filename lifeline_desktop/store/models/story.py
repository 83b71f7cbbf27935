"""Our story: the couple's milestones, and the memories either partner asked not to see again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MemoryKind, MilestoneKind
from lifeline_desktop.store.models.base import Base, _slot_check
from lifeline_desktop.store.types import PartnerSlotType, StrEnumType, UTCDateTime, allowed_values_sql


class MilestoneRow(Base):
    """A day that matters to both: shared by nature (either partner may add, change or remove one).

    `happened_on` is a calendar day as ISO text (YYYY-MM-DD): a day, not a moment, so no time zone moves it.
    `plan_id` points at the yearly plan that brings it back in the planner, when the couple asked for one.
    """

    __tablename__ = "milestones"
    __table_args__ = (
        CheckConstraint(allowed_values_sql("kind", MilestoneKind), name="kind_known"),
        _slot_check("created_by_slot"),
        CheckConstraint("length(happened_on) = 10", name="happened_on_is_a_day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[MilestoneKind] = mapped_column(StrEnumType(MilestoneKind))
    title: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    happened_on: Mapped[str] = mapped_column(String(10), index=True)
    created_by_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))


class HiddenMemoryRow(Base):
    """An item "On this day" must not bring back: hidden by either partner, for both of them."""

    __tablename__ = "hidden_memories"
    __table_args__ = (
        CheckConstraint(allowed_values_sql("kind", MemoryKind), name="kind_known"),
        _slot_check("hidden_by_slot"),
        UniqueConstraint("kind", "item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[MemoryKind] = mapped_column(StrEnumType(MemoryKind))
    item_id: Mapped[int] = mapped_column(Integer)
    hidden_by_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    hidden_at: Mapped[datetime] = mapped_column(UTCDateTime())
