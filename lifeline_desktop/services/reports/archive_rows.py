"""Rows to plain JSON and back for the Lifeline archive, column by column, so nothing a table holds is forgotten.

A record in the archive carries every column of its table under the column's name, except sealed bytes (never
exported) and whatever the caller names in `skip`. Moments are UTC ISO 8601 text, partners "a"/"b", enum values
their text. `id` and the `*_id` numbers are the source vault's: they only link records inside one archive, and
`ArchiveIds` turns them into the new vault's numbers on the way back in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import LargeBinary

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.models import Base
from lifeline_desktop.store.types import PartnerSlotType, StrEnumType, UTCDateTime

RowT = TypeVar("RowT", bound=Base)


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


def plain_row(row: Base, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Every column of `row` as JSON-ready values (sealed bytes and the `skip` columns left out)."""
    left_out = set(skip)
    plain: dict[str, Any] = {}
    for column in row.__table__.columns:
        if column.key in left_out or isinstance(column.type, LargeBinary):
            continue
        value = getattr(row, column.key)
        if isinstance(value, datetime):
            value = iso(value)
        elif isinstance(value, Enum):
            value = value.value
        plain[column.key] = value
    return plain


def row_from(model: type[RowT], data: dict[str, Any], **given: Any) -> RowT:
    """A new `model` row from a record of the archive: its columns read back (a missing one keeps the model's
    default), `id` left for the new vault to choose, and `given` (new links) on top."""
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        key = column.key
        if key == "id" or key in given or key not in data or isinstance(column.type, LargeBinary):
            continue
        value = data[key]
        if value is not None:
            if isinstance(column.type, UTCDateTime):
                value = moment(value)
            elif isinstance(column.type, PartnerSlotType):
                value = PartnerSlot(value)
            elif isinstance(column.type, StrEnumType):
                value = column.type.enum_class(value)
        values[key] = value
    values.update(given)
    return model(**values)


class ArchiveIds:
    """Which new row each archive id became, per kind of record ("entry", "plan", "checkup", …)."""

    def __init__(self) -> None:
        self._new: dict[str, dict[int, int]] = {}

    def keep(self, kind: str, old: Any, new: int) -> None:
        if old is not None:
            self._new.setdefault(kind, {})[int(old)] = new

    def new(self, kind: str, old: Any) -> int | None:
        """The new vault's id for archive id `old` (None when there was none, or it did not come along)."""
        return None if old is None else self._new.get(kind, {}).get(int(old))
