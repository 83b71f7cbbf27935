"""The guide: check-ups answered in turns and revealed together, each partner's private check-up answer (the
safety question), and the follow-up after a hard talk.

Sealing follows check-ins (services/checkins/service.py): until both partners have finished, each turn's answers
live only in `sealed` (under the vault's reveal key) and `answers` stays empty; one transaction opens both.
A private answer is sealed under its owner's personal key and never revealed (vault/private_items.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.models.base import Base, _rating_check, _slot_check
from lifeline_desktop.store.types import PartnerSlotType, UTCDateTime


class CheckupRow(Base):
    __tablename__ = "checkups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CheckupTurnRow(Base):
    """One partner's answers to one check-up: sealed while anyone is still answering, plain JSON once revealed."""

    __tablename__ = "checkup_turns"
    __table_args__ = (
        _slot_check("partner_slot"),
        CheckConstraint("(sealed IS NULL) <> (answers IS NULL)", name="sealed_or_revealed"),
        UniqueConstraint("checkup_id", "partner_slot"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkup_id: Mapped[int] = mapped_column(ForeignKey("checkups.id", ondelete="CASCADE"))
    partner_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    answers: Mapped[str | None] = mapped_column(Text)


class PrivateAnswerRow(Base):
    """A check-up answer only its owner may ever read; written for every finished turn, whatever the answer, in
    ciphertext of one fixed length, so its presence and size say nothing."""

    __tablename__ = "private_answers"
    __table_args__ = (_slot_check("owner_slot"), UniqueConstraint("checkup_id", "owner_slot"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkup_id: Mapped[int] = mapped_column(ForeignKey("checkups.id", ondelete="CASCADE"))
    owner_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    sealed_body: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FollowUpRow(Base):
    """"How are you after yesterday's talk?": one partner's 1–10, sealed until both answered, like a check-in."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        _slot_check("partner_slot"),
        _rating_check("rating", high=10),
        CheckConstraint("sealed IS NULL OR rating IS NULL", name="sealed_keeps_no_rating"),
        UniqueConstraint("conversation_id", "partner_slot"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation_sessions.id", ondelete="CASCADE"))
    partner_slot: Mapped[PartnerSlot] = mapped_column(PartnerSlotType())
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    rating: Mapped[int | None] = mapped_column(Integer)
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
