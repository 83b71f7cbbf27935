"""Shared test fixtures' building blocks: two partners, an in-memory keyring."""

from __future__ import annotations

from lifeline_desktop.services.vault.views import PartnerSetup
from tests.support.keyrings import MemoryKeyring

__all__ = ["MEI", "ROSA", "MemoryKeyring"]

ROSA = PartnerSetup("Rosa", "rosa walks the dog at dawn", "#c0504d")
MEI = PartnerSetup("Mei", "眠い猫 drinks tea", "#4f81bd")
