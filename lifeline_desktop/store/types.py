"""Column types shared by the models: UTC moments and partner slots."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import Dialect, String
from sqlalchemy.types import TypeDecorator

from lifeline_desktop.domain.partners import PartnerSlot

# Fixed-width ISO-8601 text in UTC, e.g. "2026-01-01T12:00:00.000000+00:00". Text rather than epoch numbers so
# a couple opening the file with a plain SQLCipher tool (recovery key) reads real dates; fixed width and one zone
# so text order is time order and comparisons in SQL work.
_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%f+00:00"
UTC_TEXT_LENGTH = 32


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware moment, stored as fixed-width UTC ISO text; naive datetimes are refused."""

    impl = String(UTC_TEXT_LENGTH)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("Refusing a naive datetime: the store keeps only timezone-aware moments.")
        return value.astimezone(UTC).strftime(_UTC_FORMAT)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class PartnerSlotType(TypeDecorator[PartnerSlot]):
    """Partner "a" or "b", stored as one letter (a CHECK constraint in each table keeps it to those two)."""

    impl = String(1)
    cache_ok = True

    def process_bind_param(self, value: PartnerSlot | str | None, dialect: Dialect) -> str | None:
        return None if value is None else PartnerSlot(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartnerSlot | None:
        return None if value is None else PartnerSlot(value)


E = TypeVar("E", bound=StrEnum)


class StrEnumType(TypeDecorator[E]):
    """A StrEnum stored as its value; each table adds a CHECK constraint listing the allowed values."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_class: type[E]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.enum_class(value)


def allowed_values_sql(column: str, enum_class: type[StrEnum]) -> str:
    """The SQL of a CHECK constraint that keeps `column` to the values of `enum_class`."""
    values = ", ".join(f"'{member.value}'" for member in enum_class)
    return f"{column} IN ({values})"
