"""Shared test fixtures' building blocks: two partners, an in-memory keyring."""

from __future__ import annotations

import keyring.backend
import keyring.errors

from lifeline_desktop.services.session import PartnerSetup

ROSA = PartnerSetup("Rosa", "rosa walks the dog at dawn", "#c0504d")
MEI = PartnerSetup("Mei", "眠い猫 drinks tea", "#4f81bd")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring: real keyring API, no OS service (the real one has its own integration test)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.items[(service, username)]
