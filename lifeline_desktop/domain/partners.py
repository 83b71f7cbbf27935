"""The two partners of a vault. Slot ids are fixed: a vault has exactly partner "a" and partner "b"."""

from __future__ import annotations

from enum import StrEnum


class PartnerSlot(StrEnum):
    A = "a"
    B = "b"

    @property
    def other(self) -> PartnerSlot:
        return PartnerSlot.B if self is PartnerSlot.A else PartnerSlot.A
