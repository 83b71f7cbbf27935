"""The key hierarchy: passphrase -> slot key -> master key (opens the database); passphrase -> personal key.

Each partner's slot key wraps the master key. The slot key is also kept under the master key, so that a
rotation started by one partner can re-wrap the new master key for the other without their passphrase. A new
slot key is made at every passphrase change, so an old passphrase and an old copy of the key file lead only to
an old master key, which a rotation retires. Personal keys are never kept under the master key: only their
owner's passphrase opens them.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from lifeline_desktop.domain.errors import InvalidInput, WrongPassphrase, WrongRecoveryKey, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.crypto import AuthenticationFailed, new_key, open_sealed, seal
from lifeline_desktop.vault.kdf import KdfParams, derive_key
from lifeline_desktop.vault.keyfile import (
    FORMAT,
    KeyFile,
    KeyFileCopy,
    KeyFileFormatError,
    PartnerKeySlot,
    compute_mac,
    key_file_problem,
    mac_matches,
)


@dataclass(frozen=True)
class NewPartner:
    slot: PartnerSlot
    label: str
    colour: str
    passphrase: str


@dataclass(frozen=True)
class OpenKeys:
    """What an unlock yields. `partner` and `personal_key` are None when opened by recovery key or keyring."""

    key_file: KeyFile
    master_key: bytes
    partner: PartnerSlot | None
    personal_key: bytes | None

    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id


def _passphrase_ad(vault_id: str, slot: PartnerSlot, purpose: str) -> bytes:
    return f"{FORMAT}|{vault_id}|slot={slot.value}|owner={slot.value}|{purpose}".encode()


def _master_ad(vault_id: str, slot: PartnerSlot | None, purpose: str, generation: int) -> bytes:
    slot_part = slot.value if slot else "-"
    return f"{FORMAT}|{vault_id}|slot={slot_part}|owner={slot_part}|{purpose}|generation={generation}".encode()


def mac_key(master_key: bytes) -> bytes:
    return hmac.new(master_key, b"lifeline key file mac v1", hashlib.sha256).digest()


def _master_check(vault_id: str, master_key: bytes, generation: int) -> bytes:
    return seal(master_key, b"", _master_ad(vault_id, None, "master-check", generation))


def _signed(key_file: KeyFile, master_key: bytes) -> KeyFile:
    return replace(key_file, mac=compute_mac(mac_key(master_key), key_file))


def _wrap_partner(
    vault_id: str, generation: int, master_key: bytes, partner: NewPartner, personal_key: bytes, kdf: KdfParams
) -> PartnerKeySlot:
    slot_key = new_key()
    passphrase_key = derive_key(partner.passphrase, kdf)
    return PartnerKeySlot(
        slot=partner.slot,
        label=partner.label,
        colour=partner.colour,
        kdf=kdf,
        slot_key_by_passphrase=seal(passphrase_key, slot_key, _passphrase_ad(vault_id, partner.slot, "slot-key")),
        personal_key_by_passphrase=seal(
            passphrase_key, personal_key, _passphrase_ad(vault_id, partner.slot, "personal-key")),
        slot_key_by_master=seal(master_key, slot_key, _master_ad(vault_id, partner.slot, "slot-key", generation)),
        master_by_slot_key=seal(slot_key, master_key, _master_ad(vault_id, partner.slot, "master", generation)),
    )


def create_key_file(partners: list[NewPartner], kdf: KdfParams, master_key: bytes | None = None,
                    generation: int = 1) -> tuple[KeyFile, bytes, dict[PartnerSlot, bytes]]:
    """A new key file for two partners; returns it, the master key and each partner's NEW personal key.

    `master_key` is given when the key file is rebuilt for an existing database from its recovery key.
    """
    if sorted(p.slot.value for p in partners) != ["a", "b"]:
        raise InvalidInput(msg("A vault is made for exactly two partners."))
    vault_id = uuid.uuid4().hex
    master_key = master_key or new_key()
    personal_keys = {p.slot: new_key() for p in partners}
    slots = tuple(
        _wrap_partner(vault_id, generation, master_key, p, personal_keys[p.slot], kdf.with_new_salt())
        for p in sorted(partners, key=lambda p: p.slot.value)
    )
    key_file = KeyFile(vault_id, generation, slots, _master_check(vault_id, master_key, generation))
    return _signed(key_file, master_key), master_key, personal_keys


def open_with_passphrase(key_file: KeyFile, slot: PartnerSlot, passphrase: str) -> OpenKeys:
    record = key_file.slot(slot)
    passphrase_key = derive_key(passphrase, record.kdf)
    try:
        slot_key = open_sealed(
            passphrase_key, record.slot_key_by_passphrase, _passphrase_ad(key_file.vault_id, slot, "slot-key"))
        personal_key = open_sealed(
            passphrase_key, record.personal_key_by_passphrase,
            _passphrase_ad(key_file.vault_id, slot, "personal-key"))
    except AuthenticationFailed as error:
        raise WrongPassphrase() from error
    try:
        master_key = open_sealed(
            slot_key, record.master_by_slot_key,
            _master_ad(key_file.vault_id, slot, "master", key_file.generation))
    except AuthenticationFailed as error:
        raise KeyFileFormatError("the key file's slot does not match its generation (changed or rolled back)") \
            from error
    _require_authentic(key_file, master_key)
    return OpenKeys(key_file, master_key, slot, personal_key)


def open_with_master_key(key_file: KeyFile, master_key: bytes) -> OpenKeys:
    """Opens with the recovery key (which is the master key) or a master key from the keyring."""
    try:
        open_sealed(master_key, key_file.master_check,
                    _master_ad(key_file.vault_id, None, "master-check", key_file.generation))
    except AuthenticationFailed as error:
        raise WrongRecoveryKey() from error
    _require_authentic(key_file, master_key)
    return OpenKeys(key_file, master_key, None, None)


def _require_authentic(key_file: KeyFile, master_key: bytes) -> None:
    if not mac_matches(mac_key(master_key), key_file):
        raise KeyFileFormatError("the key file was changed outside Lifeline (its seal does not match)")


def retiring_master_key(keys: OpenKeys) -> bytes | None:
    """During an unfinished rotation, the old master key that may still open the database."""
    sealed = keys.key_file.retiring_master
    if sealed is None:
        return None
    return open_sealed(keys.master_key, sealed,
                       _master_ad(keys.vault_id, None, "retiring-master", keys.key_file.generation))


def _rewrapped(key_file: KeyFile, old_master: bytes, new_master: bytes, generation: int,
               retiring: bytes | None) -> KeyFile:
    """All master-key wraps made again for `generation` (and possibly a new master key)."""
    slots = []
    for record in key_file.slots:
        slot_key = open_sealed(old_master, record.slot_key_by_master,
                               _master_ad(key_file.vault_id, record.slot, "slot-key", key_file.generation))
        slots.append(replace(
            record,
            slot_key_by_master=seal(new_master, slot_key,
                                    _master_ad(key_file.vault_id, record.slot, "slot-key", generation)),
            master_by_slot_key=seal(slot_key, new_master,
                                    _master_ad(key_file.vault_id, record.slot, "master", generation)),
        ))
    sealed_retiring = None
    if retiring is not None:
        sealed_retiring = seal(new_master, retiring,
                               _master_ad(key_file.vault_id, None, "retiring-master", generation))
    rewrapped = KeyFile(key_file.vault_id, generation, tuple(slots),
                        _master_check(key_file.vault_id, new_master, generation), sealed_retiring)
    return _signed(rewrapped, new_master)


def set_passphrase(keys: OpenKeys, slot: PartnerSlot, new_passphrase: str, kdf: KdfParams,
                   personal_key: bytes) -> KeyFile:
    """The key file with a new passphrase (and a fresh slot key) for `slot`, at the next generation."""
    key_file = keys.key_file
    generation = key_file.generation + 1
    record = key_file.slot(slot)
    partner = NewPartner(slot, record.label, record.colour, new_passphrase)
    renewed = key_file.with_slot(
        _wrap_partner(key_file.vault_id, key_file.generation, keys.master_key, partner, personal_key,
                      kdf.with_new_salt()))
    return _rewrapped(renewed, keys.master_key, keys.master_key, generation, retiring=None)


def relabelled(keys: OpenKeys, slot: PartnerSlot, label: str, colour: str) -> KeyFile:
    """The key file with a new tile (initial and colour) for `slot`, at the next generation; no key changes."""
    key_file = keys.key_file
    renewed = key_file.with_slot(replace(key_file.slot(slot), label=label, colour=colour))
    return _rewrapped(renewed, keys.master_key, keys.master_key, key_file.generation + 1,
                      retiring=retiring_master_key(keys))


def change_passphrase(keys: OpenKeys, old_passphrase: str, new_passphrase: str, kdf: KdfParams) -> KeyFile:
    """For the partner who unlocked: proves the old passphrase again, keeps their personal key."""
    if keys.partner is None or keys.personal_key is None:
        raise InvalidInput(msg("Open the vault with your own passphrase to change it."))
    open_with_passphrase(keys.key_file, keys.partner, old_passphrase)
    return set_passphrase(keys, keys.partner, new_passphrase, kdf, keys.personal_key)


def reset_forgotten_passphrase(keys: OpenKeys, slot: PartnerSlot, new_passphrase: str,
                               kdf: KdfParams) -> tuple[KeyFile, bytes]:
    """After a recovery-key unlock: a new passphrase and a NEW personal key (the old private items stay sealed)."""
    personal_key = new_key()
    return set_passphrase(keys, slot, new_passphrase, kdf, personal_key), personal_key


def begin_rotation(keys: OpenKeys) -> tuple[KeyFile, bytes]:
    """Step 1 of a rotation (LUKS order): a key file for a new master key that still carries the old one.

    Write it, then rekey the database, verify, and write `finish_rotation`'s key file.
    """
    new_master = new_key()
    rotated = _rewrapped(keys.key_file, keys.master_key, new_master, keys.key_file.generation + 1,
                         retiring=keys.master_key)
    return rotated, new_master


def finish_rotation(keys: OpenKeys) -> KeyFile:
    """The key file without the retired master key, once the database answers to the new one."""
    return _rewrapped(keys.key_file, keys.master_key, keys.master_key, keys.key_file.generation + 1, retiring=None)


Opener = Callable[[KeyFile], OpenKeys]


def open_newest_copy(copies: list[KeyFileCopy], opener: Opener) -> OpenKeys:
    """Open the newest authentic copy of the key file (`copies` come newest first).

    An older copy is tried only when a newer one is not authentic (changed outside Lifeline, or its slots do not
    match its generation). A wrong passphrase or recovery key on the newest readable copy ends the search: falling
    back to an older copy then is exactly how a retired passphrase would get back in.
    """
    failures: list[str] = []
    for copy in copies:
        try:
            return opener(copy.key_file)
        except KeyFileFormatError as error:
            failures.append(f"{'lifeline.keys.bak' if copy.is_mirror else 'lifeline.keys'}: {error}")
        except (WrongPassphrase, WrongRecoveryKey):
            if failures:  # a newer copy opened with this key but was not authentic: say so, not "wrong key"
                raise key_file_problem(failures) from None
            raise
    raise key_file_problem(failures)
