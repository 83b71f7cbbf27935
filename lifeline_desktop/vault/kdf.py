"""Passphrase to key-encryption key with Argon2id; parameters live in each key slot."""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from lifeline_desktop.domain.errors import InvalidInput
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
        raise InvalidInput("A passphrase cannot be empty.")
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise InvalidInput(f"A passphrase can be at most {MAX_PASSPHRASE_CHARS} characters long.")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, params: KdfParams) -> bytes:
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


def calibrate(
    target_seconds: float = 0.5,
    floor: KdfParams = FLOOR,
    max_memory_kib: int = 1024 * 1024,
    timer: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Raise memory from the floor (then iterations) until one derivation takes about `target_seconds`.

    Never goes below the floor, so a slow computer still gets the floor's protection.
    """
    params = floor.with_new_salt()
    while True:
        started = timer()
        derive_key("calibration", params)
        elapsed = timer() - started
        if elapsed * 2 > target_seconds:
            return params
        if params.memory_kib * 2 <= max_memory_kib:
            params = KdfParams(params.memory_kib * 2, params.iterations, params.parallelism, params.salt)
        else:
            params = KdfParams(params.memory_kib, params.iterations + 1, params.parallelism, params.salt)


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
