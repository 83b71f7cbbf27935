"""What the unlock screen asks before a vault is open: is there a vault, whose tiles, and may "open without
passphrase" be offered. Only the key file's plain parts and this account's keyring hints are read (no passphrase,
no database), so none of the services are needed. `VaultGate` and the unlock screen's `DeferredGate` both stand on
this door.
"""

from __future__ import annotations

from pathlib import Path

from lifeline_desktop.services.vault.folder import VaultFolder
from lifeline_desktop.services.vault.views import KeyringStatus, PartnerTile
from lifeline_desktop.vault.keyfile import read_tiles_key_file
from lifeline_desktop.vault.remembered_key import RememberedKeys

# "Open without passphrase" is not offered, and the keyring was not asked (it was not needed).
NOT_ASKED = KeyringStatus(False, "", False)


class VaultDoor:
    def __init__(self, folder: Path, remembered: RememberedKeys) -> None:
        self.folder = folder
        self._vault = VaultFolder(folder)
        self._remembered = remembered

    def exists(self) -> bool:
        return self._vault.holds_vault()

    def tiles(self) -> list[PartnerTile]:
        return [PartnerTile(s.slot, s.label, s.colour) for s in read_tiles_key_file(self.folder).slots]

    def remembered_status(self) -> KeyringStatus:
        """Whether "open without passphrase" can be offered. When this account's hints say the vault was never
        remembered here, the keyring is not even loaded (`available` is then False: not asked, and not needed)."""
        vault_id = self._vault_id()
        if vault_id is None or self._remembered.known_not_remembered(vault_id):
            return NOT_ASKED
        return self._keyring_status(vault_id)

    def keyring_status(self) -> KeyringStatus:
        return self._keyring_status(self._vault_id() if self.exists() else None)

    def _keyring_status(self, vault_id: str | None) -> KeyringStatus:
        state = self._remembered.state()
        remembered = False
        if state.available and vault_id is not None:
            try:
                remembered = self._remembered.is_remembered(vault_id)
            except Exception:
                remembered = False
        return KeyringStatus(state.available, state.reason, remembered)

    def _vault_id(self) -> str | None:
        """None when the key file cannot be read (the damaged screen says why; here it only means "don't ask")."""
        try:
            return read_tiles_key_file(self.folder).vault_id
        except Exception:
            return None
