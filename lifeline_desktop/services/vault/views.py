"""Plain data the UI shows: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass

from lifeline_desktop.domain.partners import PartnerSlot


@dataclass(frozen=True)
class PartnerSetup:
    name: str
    passphrase: str
    colour: str


@dataclass(frozen=True)
class PartnerTile:
    """What the unlock screen shows before anyone unlocks: an initial and a colour, never a name."""

    slot: PartnerSlot
    label: str
    colour: str


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    reason: str
    remembered: bool
