"""KDF calibration is not weakened by a busy machine (issue 12, item 10).

The derivation is simulated (its cost grows with memory x iterations, as Argon2id's does) and so is the machine's
load: an injected timer adds a random stall to most trials, as another program would. Calibration must choose the
same parameters as on an idle machine, never fewer than the floor, and no more memory than installed RAM allows.
"""

from __future__ import annotations

import random

import pytest

from lifeline_desktop.vault.kdf import FLOOR, KdfParams, calibrate, memory_ceiling_kib

SECONDS_PER_MIB_PASS = 0.5 / (256 * 3)  # this "machine" needs 0.5 s for 256 MiB x 3 passes
GIB = 1024**3


class SimulatedMachine:
    """A clock that moves only when a derivation runs; `busy` stalls all but one of every few trials."""

    def __init__(self, busy: bool, seed: int = 7) -> None:
        self.now = 0.0
        self.busy = busy
        self.trials = 0
        self._rng = random.Random(seed)

    def timer(self) -> float:
        return self.now

    def derive(self, _passphrase: str, params: KdfParams) -> bytes:
        self.trials += 1
        cost = params.memory_kib / 1024 * params.iterations * SECONDS_PER_MIB_PASS
        stalled = self.busy and self.trials % 3 != 0  # every third trial finds the CPU free
        self.now += cost * (self._rng.uniform(2.0, 4.0) if stalled else 1.0)
        return b"k" * 32


def _calibrated(busy: bool, ram: int = 16 * GIB) -> KdfParams:
    machine = SimulatedMachine(busy)
    return calibrate(target_seconds=0.5, timer=machine.timer, derive=machine.derive, installed_ram_bytes=ram)


def test_a_busy_machine_gets_the_same_parameters_as_an_idle_one() -> None:
    idle, busy = _calibrated(busy=False), _calibrated(busy=True)
    print(f"idle: {idle.memory_kib // 1024} MiB t={idle.iterations} p={idle.parallelism}; "
          f"busy: {busy.memory_kib // 1024} MiB t={busy.iterations} p={busy.parallelism}")
    assert (busy.memory_kib, busy.iterations, busy.parallelism) == (idle.memory_kib, idle.iterations,
                                                                    idle.parallelism)
    assert idle.memory_kib >= 256 * 1024


@pytest.mark.parametrize("ram_gib", [1, 2, 4, 8, 64])
def test_memory_follows_installed_ram_and_never_drops_below_the_floor(ram_gib: int) -> None:
    params = _calibrated(busy=True, ram=ram_gib * GIB)
    assert params.at_least(FLOOR)
    assert params.memory_kib <= max(FLOOR.memory_kib, memory_ceiling_kib(ram_gib * GIB))


def test_a_slow_machine_still_gets_the_floor() -> None:
    machine = SimulatedMachine(busy=True)

    def slow(passphrase: str, params: KdfParams) -> bytes:  # twenty times this machine's cost
        for _ in range(20):
            machine.derive(passphrase, params)
        return b"k" * 32

    params = calibrate(target_seconds=0.5, timer=machine.timer, derive=slow, installed_ram_bytes=16 * GIB)
    assert (params.memory_kib, params.iterations, params.parallelism) == (
        FLOOR.memory_kib, FLOOR.iterations, FLOOR.parallelism)


def test_the_ceiling_is_a_small_share_of_ram() -> None:
    assert memory_ceiling_kib(16 * GIB) == 1024 * 1024  # 1 GiB at most
    assert memory_ceiling_kib(2 * GIB) == 128 * 1024  # 1/16 of RAM
    assert memory_ceiling_kib(512 * 1024**2) == FLOOR.memory_kib  # never below the floor
