"""The gate as the unlock screen first meets it: light until someone means to open the vault.

Importing the services (SQLAlchemy, the store, every feature) costs about 50 MiB and half a second. The unlock
screen needs none of it to show who may open the vault, so this gate answers `exists`, `tiles` and
`remembered_status` from the vault folder, the key file and the keyring alone, and builds the real `VaultGate` on
its first other use. Like every gate call, that first use runs off the GUI thread. The unlock screen calls
`prepare` as soon as someone starts typing or picks their tile, so the services, the cipher and Argon2id are ready
by the time Enter is pressed, and a screen left waiting holds only what it shows. They load for the life of the
process, so the cyclic collector is kept off them (collector.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lifeline_desktop.collector import loading_for_life
from lifeline_desktop.services.vault.door import VaultDoor
from lifeline_desktop.vault import crypto, kdf
from lifeline_desktop.vault.remembered_key import RememberedKeys

if TYPE_CHECKING:
    from lifeline_desktop.services.session import VaultGate


class DeferredGate(VaultDoor):
    """Stands in for a `VaultGate`: the door's questions are answered here, every other name is the real gate's,
    built on first use."""

    def __init__(self, folder: Path, build: Callable[[], VaultGate], remembered: RememberedKeys) -> None:
        super().__init__(folder, remembered)
        self._build = build
        self._gate: VaultGate | None = None
        self._building = threading.Lock()

    def prepare(self) -> None:
        """Load everything an unlock needs, the cipher and Argon2id too (the key file is read without them)."""
        self.services()
        kdf.load_library()
        crypto.load_library()

    def services(self) -> VaultGate:
        with self._building:
            if self._gate is None:
                with loading_for_life():
                    self._gate = self._build()
            return self._gate

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy, pickle and friends probe for these: never load the services for them
            raise AttributeError(name)
        return getattr(self.services(), name)
