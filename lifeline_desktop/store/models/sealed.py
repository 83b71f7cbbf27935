"""Sealed answers (both answer, revealed together) and autosaved drafts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.models.base import Base, DraftKind, _slot_check
from lifeline_desktop.store.types import PartnerSlotType, StrEnumType, UTCDateTime, allowed_values_sql


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
