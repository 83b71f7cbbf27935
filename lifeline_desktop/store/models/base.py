"""The base of every table, the vault's key/value metadata and the two partners."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.types import PartnerSlotType, UTCDateTime

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
