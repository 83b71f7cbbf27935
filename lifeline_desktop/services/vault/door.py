"""What the unlock screen reads before a vault is open: the partners' tiles and whether to ask the keyring.

Only the key file's plain parts are read (no passphrase, no database), so this needs none of the services.
"""

from __future__ import annotations

from pathlib import Path

from lifeline_desktop.services.vault.folder import VaultFolder
from lifeline_desktop.services.vault.views import KeyringStatus, PartnerTile
from lifeline_desktop.vault.keyfile import read_tiles_key_file
from lifeline_desktop.vault.remembered_key import RememberedKeys

# "Open without passphrase" is not offered, and the keyring was not asked (it was not needed).
NOT_ASKED = KeyringStatus(False, "", False)


def partner_tiles(folder: Path) -> list[PartnerTile]:
    return [PartnerTile(s.slot, s.label, s.colour) for s in read_tiles_key_file(folder).slots]


def remembered_status(vault: VaultFolder, remembered: RememberedKeys) -> KeyringStatus:
    """Whether "open without passphrase" can be offered. When this account's hints say the vault was never
    remembered here, the keyring is not even loaded (`available` is then False: not asked, and not needed)."""
    try:
        vault_id = read_tiles_key_file(vault.path).vault_id
    except Exception:
        return NOT_ASKED
    if remembered.known_not_remembered(vault_id):
        return NOT_ASKED
    return keyring_status(vault, remembered)


def keyring_status(vault: VaultFolder, remembered: RememberedKeys) -> KeyringStatus:
    state = remembered.state()
    is_remembered = False
    if state.available and vault.holds_vault():
        try:
            is_remembered = remembered.is_remembered(read_tiles_key_file(vault.path).vault_id)
        except Exception:
            is_remembered = False
    return KeyringStatus(state.available, state.reason, is_remembered)
