"""The key file `lifeline.keys`: versioned JSON holding the wrapped keys of both partners.

Layout: {"format", "version", "body": {...}, "checksum", "mac"}. The checksum (SHA-256 of the body) finds
accidental damage before any slow work, so a damaged file falls back to its mirror copy; the MAC (HMAC under
a key derived from the master key) proves after unlock that nobody rewrote the file outside Lifeline.

Generations: every rewrite raises the generation, which the slots' associated data binds. Of the two copies
(`lifeline.keys` and its mirror `lifeline.keys.bak`) the newest one that can be read is the one to open; an older
copy is used only when no newer one can be read or authenticated at all, never because a passphrase did not
match the newer one (that is how a retired passphrase would get back in).
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lifeline_desktop.domain.errors import KeyFileProblem, StorageFull
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.durable import temp_file_pattern, write_file_atomically
from lifeline_desktop.vault.crypto import b64, unb64
from lifeline_desktop.vault.kdf import KdfParams

FORMAT = "lifeline-keys"
VERSION = 1
KEY_FILE_NAME = "lifeline.keys"


class KeyFileFormatError(Exception):
    """One copy of the key file cannot be used; the reason says why (for logs and for the user)."""


@dataclass(frozen=True)
class PartnerKeySlot:
    slot: PartnerSlot
    label: str  # shown on the unlock screen, chosen by the partner; not secret
    colour: str
    kdf: KdfParams
    slot_key_by_passphrase: bytes  # the slot key, under the key derived from the passphrase
    personal_key_by_passphrase: bytes  # the partner's personal key: only their passphrase opens it
    slot_key_by_master: bytes  # the slot key under the master key, so rotation can re-wrap it
    master_by_slot_key: bytes  # the master key under the slot key


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    generation: int
    slots: tuple[PartnerKeySlot, ...]
    master_check: bytes  # seals nothing under the master key: tells a recovery key of this vault from others
    retiring_master: bytes | None = None  # the old master key during a rotation, under the new one
    mac: bytes = field(default=b"", compare=False)

    def slot(self, which: PartnerSlot) -> PartnerKeySlot:
        for record in self.slots:
            if record.slot is which:
                return record
        raise KeyFileFormatError(f"the key file has no slot for partner {which.value}")

    def with_slot(self, record: PartnerKeySlot) -> KeyFile:
        others = tuple(s for s in self.slots if s.slot is not record.slot)
        return replace(self, slots=tuple(sorted((*others, record), key=lambda s: s.slot.value)))

    def body(self) -> dict[str, Any]:
        return {
            "vault_id": self.vault_id,
            "generation": self.generation,
            "master_check": b64(self.master_check),
            "retiring_master": b64(self.retiring_master) if self.retiring_master else None,
            "slots": [_slot_to_json(s) for s in self.slots],
        }

    def body_bytes(self) -> bytes:
        return canonical_json(self.body())


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _slot_to_json(record: PartnerKeySlot) -> dict[str, Any]:
    return {
        "slot": record.slot.value,
        "label": record.label,
        "colour": record.colour,
        "kdf": {
            "algorithm": "argon2id",
            "version": 19,
            "memory_kib": record.kdf.memory_kib,
            "iterations": record.kdf.iterations,
            "parallelism": record.kdf.parallelism,
            "salt": b64(record.kdf.salt),
        },
        "slot_key_by_passphrase": b64(record.slot_key_by_passphrase),
        "personal_key_by_passphrase": b64(record.personal_key_by_passphrase),
        "slot_key_by_master": b64(record.slot_key_by_master),
        "master_by_slot_key": b64(record.master_by_slot_key),
    }


def _slot_from_json(raw: dict[str, Any]) -> PartnerKeySlot:
    kdf = raw["kdf"]
    if kdf.get("algorithm") != "argon2id" or kdf.get("version") != 19:
        raise KeyFileFormatError("the key file asks for a key derivation this version does not know")
    return PartnerKeySlot(
        slot=PartnerSlot(raw["slot"]),
        label=str(raw["label"]),
        colour=str(raw["colour"]),
        kdf=KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["parallelism"]), unb64(kdf["salt"])),
        slot_key_by_passphrase=unb64(raw["slot_key_by_passphrase"]),
        personal_key_by_passphrase=unb64(raw["personal_key_by_passphrase"]),
        slot_key_by_master=unb64(raw["slot_key_by_master"]),
        master_by_slot_key=unb64(raw["master_by_slot_key"]),
    )


def serialise(key_file: KeyFile) -> bytes:
    body = key_file.body()
    document = {
        "format": FORMAT,
        "version": VERSION,
        "body": body,
        "checksum": hashlib.sha256(canonical_json(body)).hexdigest(),
        "mac": b64(key_file.mac),
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n"


def parse(data: bytes) -> KeyFile:
    try:
        document = json.loads(data.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise KeyFileFormatError("this is not a Lifeline key file")
        if document.get("version") != VERSION:
            raise KeyFileFormatError(
                f"the key file has version {document.get('version')}; this Lifeline reads version {VERSION}")
        body = document["body"]
        if hashlib.sha256(canonical_json(body)).hexdigest() != document["checksum"]:
            raise KeyFileFormatError("the key file is damaged (its checksum does not match)")
        slots = tuple(_slot_from_json(raw) for raw in body["slots"])
        if sorted(s.slot.value for s in slots) != ["a", "b"]:
            raise KeyFileFormatError("the key file must hold exactly one slot for each partner")
        retiring = body.get("retiring_master")
        return KeyFile(
            vault_id=str(body["vault_id"]),
            generation=int(body["generation"]),
            slots=slots,
            master_check=unb64(body["master_check"]),
            retiring_master=unb64(retiring) if retiring else None,
            mac=unb64(document["mac"]),
        )
    except KeyFileFormatError:
        raise
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyFileFormatError(f"the key file is damaged or incomplete ({type(error).__name__})") from error


def compute_mac(mac_key: bytes, key_file: KeyFile) -> bytes:
    return hmac.new(mac_key, FORMAT.encode() + b"|" + key_file.body_bytes(), hashlib.sha256).digest()


def mac_matches(mac_key: bytes, key_file: KeyFile) -> bool:
    return hmac.compare_digest(compute_mac(mac_key, key_file), key_file.mac)


def key_file_path(vault_dir: Path) -> Path:
    return vault_dir / KEY_FILE_NAME


def mirror_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


@dataclass(frozen=True)
class KeyFileCopy:
    key_file: KeyFile
    is_mirror: bool


def read_key_file_copies(vault_dir: Path) -> list[KeyFileCopy]:
    """The readable copies of the key file, newest generation first (the main copy first when they tie).

    Raises KeyFileProblem, saying what is wrong with each, when neither copy can be read.
    """
    main = key_file_path(vault_dir)
    problems: list[str] = []
    copies: list[KeyFileCopy] = []
    seen: set[bytes] = set()
    for candidate, is_mirror in ((main, False), (mirror_path(main), True)):
        try:
            data = candidate.read_bytes()
            if data in seen:
                continue
            seen.add(data)
            copies.append(KeyFileCopy(parse(data), is_mirror))
        except FileNotFoundError:
            problems.append(f"{candidate.name} is missing")
        except OSError as error:
            problems.append(f"{candidate.name} cannot be read ({error.strerror})")
        except KeyFileFormatError as error:
            problems.append(f"{candidate.name}: {error}")
    if not copies:
        raise key_file_problem(problems)
    return sorted(copies, key=lambda copy: (-copy.key_file.generation, copy.is_mirror))


def key_file_problem(problems: list[str]) -> KeyFileProblem:
    return KeyFileProblem(
        "The vault's key file cannot be used: " + "; ".join(problems) + ". Your recovery key still opens the "
        "shared vault (choose “Use the recovery key”); with it you can set new passphrases.")


def read_tiles_key_file(vault_dir: Path) -> KeyFile:
    """The newest readable copy, for what the unlock screen shows before anyone unlocks."""
    return read_key_file_copies(vault_dir)[0].key_file


def write_key_file(vault_dir: Path, key_file: KeyFile, mode: int = 0o600) -> None:
    """The main copy, then the mirror with the same bytes, each written whole or not at all.

    The mirror is written second, so at every moment at least one of the two holds a complete, current or
    one-step-old version, and the newer one is never only in the mirror. Call while holding the vault's lock.
    """
    data = serialise(key_file)
    main = key_file_path(vault_dir)
    try:
        write_file_atomically(main, data, mode)
        write_file_atomically(mirror_path(main), data, mode)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull() from error
        raise


def copies_in_line(vault_dir: Path, key_file: KeyFile) -> bool:
    """True when both copies on disk hold exactly `key_file`."""
    data = serialise(key_file)
    main = key_file_path(vault_dir)
    try:
        return main.read_bytes() == data and mirror_path(main).read_bytes() == data
    except OSError:
        return False


def remove_stale_temp_files(vault_dir: Path) -> int:
    """Delete what writes of the key file (and its mirror) left behind when the process was killed mid-write.

    Call only while holding the vault's process lock, so no write of ours is running. They hold older versions
    of the file, never anything the current one lacks.
    """
    removed = 0
    main = key_file_path(vault_dir)
    for path in (main, mirror_path(main)):
        for leftover in vault_dir.glob(temp_file_pattern(path)):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed
