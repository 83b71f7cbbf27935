"""Passphrase to key-encryption key with Argon2id; parameters live in each key slot.

`argon2` is imported on the first derivation, or by `load_library` once someone starts to unlock: the unlock
screen reads each slot's parameters from the key file without it.
"""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.watchdog import watched

SALT_BYTES = 16
MAX_PASSPHRASE_CHARS = 4096


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    parallelism: int
    salt: bytes

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.parallelism, os.urandom(SALT_BYTES))

    def at_least(self, floor: KdfParams) -> bool:
        return (self.memory_kib >= floor.memory_kib and self.iterations >= floor.iterations
                and self.parallelism >= floor.parallelism)


# Bitwarden's default and RFC 9106's second recommended choice.
FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, parallelism=4, salt=b"")
# For tests and the throwaway demo vault only: never offered for a real vault.
FAST_FOR_TESTS = KdfParams(memory_kib=1024, iterations=1, parallelism=1, salt=b"")


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same words typed on another keyboard or OS give the same bytes."""
    if not passphrase:
        raise InvalidInput(msg("A passphrase cannot be empty."))
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise InvalidInput(msg("A passphrase can be at most %1 characters long.", MAX_PASSPHRASE_CHARS))
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def load_library() -> None:
    """Import Argon2id now (off the GUI thread), so the first unlock does not wait for it."""
    import argon2.low_level  # noqa: F401


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    with watched("kdf"):  # seconds of work: never on the GUI thread
        return hash_secret_raw(
            secret=normalise_passphrase(passphrase),
            salt=params.salt,
            time_cost=params.iterations,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=32,
            type=Type.ID,
        )


Derive = Callable[[str, KdfParams], bytes]
MEMORY_CEILING_KIB = 1024 * 1024  # 1 GiB: more would slow the computer down for everyone while unlocking
RAM_SHARE = 16  # a slot asks for at most 1/16 of the installed memory
TRIALS = 3


def physical_memory_bytes() -> int | None:
    """The computer's physical memory, or None when the system will not say."""
    if sys.platform == "win32":
        import ctypes

        class _MemoryStatus(ctypes.Structure):
            _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong), ("total", ctypes.c_ulonglong),
                        ("available", ctypes.c_ulonglong), ("page_total", ctypes.c_ulonglong),
                        ("page_available", ctypes.c_ulonglong), ("virtual_total", ctypes.c_ulonglong),
                        ("virtual_available", ctypes.c_ulonglong), ("extended", ctypes.c_ulonglong)]

        status = _MemoryStatus()
        status.length = ctypes.sizeof(_MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.total)
        return None
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def memory_ceiling_kib(ram_bytes: int | None, floor: KdfParams = FLOOR) -> int:
    """The most memory a new slot may ask for: 1/16 of installed RAM, at most 1 GiB, never below the floor.

    Chosen from the installed memory, not the free memory of the moment, so a busy machine gets the same answer.
    """
    if not ram_bytes:
        return max(floor.memory_kib, 256 * 1024)
    return max(floor.memory_kib, min(MEMORY_CEILING_KIB, ram_bytes // RAM_SHARE // 1024))


def _fastest_of(trials: int, params: KdfParams, timer: Callable[[], float], derive: Derive) -> float:
    """Load from other programs only ever adds time, so the fastest trial is the computer's own speed."""
    fastest = float("inf")
    for _ in range(trials):
        started = timer()
        derive("calibration", params)
        fastest = min(fastest, timer() - started)
    return fastest


def idle_seconds_clock(parallelism: int) -> Callable[[], float]:
    """A clock that reads how long the work would take this computer when idle: the process's CPU time (which
    other programs' load does not inflate, unlike the wall clock) shared over the lanes Argon2id runs at once."""
    lanes = max(1, min(parallelism, os.cpu_count() or 1))
    return lambda: time.process_time() / lanes


def calibrate(
    target_seconds: float = 0.5,
    floor: KdfParams = FLOOR,
    timer: Callable[[], float] | None = None,
    derive: Derive | None = None,
    installed_ram_bytes: int | None = None,
    trials: int = TRIALS,
) -> KdfParams:
    """Raise memory from the floor up to the RAM ceiling, then iterations, while one derivation (the fastest of
    `trials`) stays within `target_seconds`. Never below the floor: a slow computer still gets its protection.

    Load from other programs must not weaken the result, so time is read from `idle_seconds_clock` (CPU time,
    not wall time) and the fastest of several trials counts; memory is chosen from installed RAM, not free RAM.
    """
    timer = timer or idle_seconds_clock(floor.parallelism)
    derive = derive or derive_key
    ceiling = memory_ceiling_kib(installed_ram_bytes or physical_memory_bytes(), floor)
    params = floor.with_new_salt()
    while True:
        elapsed = _fastest_of(trials, params, timer, derive)
        if params.memory_kib * 2 <= ceiling:
            growth, stronger = 2.0, replace(params, memory_kib=params.memory_kib * 2)
        else:
            growth = (params.iterations + 1) / params.iterations
            stronger = replace(params, iterations=params.iterations + 1)
        if elapsed * growth > target_seconds:
            return params
        params = stronger



class KdfPolicy:
    """Which Argon2id parameters new slots get, and when an existing slot should be re-wrapped.

    Calibration runs once per process (about a second at set-up) and is remembered.
    """

    def __init__(self, floor: KdfParams = FLOOR, calibrated: bool = True, target_seconds: float = 0.5) -> None:
        self.floor = floor
        self._calibrated = calibrated
        self._target_seconds = target_seconds
        self._chosen: KdfParams | None = None

    @classmethod
    def fast_for_tests(cls) -> KdfPolicy:
        """Cheap parameters for tests and the throwaway demo vault; never for a real vault."""
        return cls(floor=FAST_FOR_TESTS, calibrated=False)

    def params_for_new_slot(self) -> KdfParams:
        if self._chosen is None:
            self._chosen = calibrate(self._target_seconds, self.floor) if self._calibrated else self.floor
        return self._chosen.with_new_salt()

    def is_below_floor(self, params: KdfParams) -> bool:
        return not params.at_least(self.floor)
