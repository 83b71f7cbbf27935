"""Crash safety of key file rewrites: a worker changing a passphrase in a loop is SIGKILLed 100 times.

The worker uses the product's paths only: `read_key_file_copies` + `open_newest_copy` +
`open_with_passphrase` to unlock (as the unlock screen does), `master_keys.change_passphrase` (fast Argon2id
parameters) to make the next generation, and `write_key_file` (temp file, fsync, os.replace, fsync the folder, then
the same for the `.bak` mirror) to write it. Partner A's passphrase for generation g is `passphrase(g)`; partner B's
never changes (their slot is still re-wrapped for each generation). After each write returns, the worker
acknowledges the generation (see conftest.py for the fork server).

After every kill, with L the last acknowledged generation:
- both lifeline.keys and lifeline.keys.bak exist and parse (checksum included): never torn, never half-written;
- lifeline.keys is at generation L or L+1 (the write in progress), the mirror at L or L+1 and never ahead of it;
- each copy opens with partner A's passphrase of its own generation and with partner B's passphrase, MAC checked;
- what the unlock screen does (`open_newest_copy`) opens with A's passphrase of the newest copy only (L, or L+1
  once the main copy is written: never the retired one through the older mirror), and with B's.

What it catches: rewriting the key file in place (torn JSON when killed mid-write), a missing fsync/replace order
that leaves an empty or partial file, writing the mirror first (the mirror ahead of the main copy), a generation
acknowledged before it is on disk, a slot or MAC that does not match its generation after a crash.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lifeline_desktop.domain.errors import WrongPassphrase
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.kdf import FAST_FOR_TESTS
from lifeline_desktop.vault.keyfile import KeyFile, key_file_path, parse, read_key_file_copies, write_key_file
from lifeline_desktop.vault.master_keys import (
    NewPartner,
    create_key_file,
    open_newest_copy,
    open_with_passphrase,
)

KILLS = 100
B_PASSPHRASE = "眠い猫 drinks tea"

WORKER = '''
from pathlib import Path

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.kdf import FAST_FOR_TESTS
from lifeline_desktop.vault.keyfile import read_key_file_copies, write_key_file
from lifeline_desktop.vault.master_keys import change_passphrase, open_newest_copy, open_with_passphrase

FOLDER = Path({folder!r})


def passphrase(generation):
    return f"Rosa's passphrase, generation {{generation}} — 世代"


def work():
    while True:
        copies = read_key_file_copies(FOLDER)
        keys = open_newest_copy(
            copies, lambda key_file: open_with_passphrase(key_file, PartnerSlot.A, passphrase(key_file.generation)))
        generation = keys.key_file.generation
        new = change_passphrase(keys, passphrase(generation), passphrase(generation + 1), FAST_FOR_TESTS)
        assert new.generation == generation + 1
        write_key_file(FOLDER, new)
        ack(new.generation)  # only after write_key_file returned
'''


def passphrase(generation: int) -> str:
    return f"Rosa's passphrase, generation {generation} — 世代"


def _opens(key_file: KeyFile, where: str) -> None:
    open_with_passphrase(key_file, PartnerSlot.A, passphrase(key_file.generation))
    open_with_passphrase(key_file, PartnerSlot.B, B_PASSPHRASE)


def check_after_kill(folder: Path, last_ack: int, round_no: int) -> tuple[int, int]:
    """Returns the generations of (main, mirror)."""
    where = f"after kill {round_no} (last acknowledged generation {last_ack})"
    main_path = key_file_path(folder)
    mirror_path = main_path.with_name(main_path.name + ".bak")
    main = parse(main_path.read_bytes())  # raises on a torn, empty or partial file
    mirror = parse(mirror_path.read_bytes())
    assert main.generation in (last_ack, last_ack + 1), f"{where}: lifeline.keys at {main.generation}"
    assert mirror.generation in (last_ack, last_ack + 1), f"{where}: mirror at {mirror.generation}"
    assert mirror.generation <= main.generation, f"{where}: the mirror is ahead of the main copy"
    _opens(main, where)
    _opens(mirror, where)

    copies = read_key_file_copies(folder)
    assert not copies[0].is_mirror, f"{where}: the main copy was not usable"
    opened = []
    for generation in (last_ack, last_ack + 1):
        try:
            keys = open_newest_copy(
                copies, lambda key_file, g=generation: open_with_passphrase(key_file, PartnerSlot.A, passphrase(g)))
            opened.append(keys.key_file.generation)
        except WrongPassphrase:
            pass
    assert opened == [main.generation], (
        f"{where}: only the passphrase of the newest copy may open (generation {main.generation}), not {opened}")
    open_newest_copy(copies, lambda key_file: open_with_passphrase(key_file, PartnerSlot.B, B_PASSPHRASE))
    return main.generation, mirror.generation


@pytest.mark.slow
def test_key_file_is_never_torn_by_sigkill(tmp_path: Path, fork_server, crash_rng: random.Random) -> None:
    folder = tmp_path / "vault"
    folder.mkdir(mode=0o700)
    key_file, _master, _personal = create_key_file(
        [NewPartner(PartnerSlot.A, "Rosa", "#c0504d", passphrase(1)),
         NewPartner(PartnerSlot.B, "Mei", "#4f81bd", B_PASSPHRASE)], FAST_FOR_TESTS)
    assert key_file.generation == 1
    write_key_file(folder, key_file)

    server = fork_server(WORKER.format(folder=str(folder)))
    on_disk = 1
    writes = 0
    between_copies = 0
    unacknowledged_complete = 0
    for round_no in range(1, KILLS + 1):
        result = server.run_round(crash_rng)
        assert result.acks == list(range(on_disk + 1, on_disk + 1 + len(result.acks))), (
            f"round {round_no}: the worker did not continue from generation {on_disk}: {result.acks[:5]}…")
        main_generation, mirror_generation = check_after_kill(folder, result.acks[-1], round_no)
        on_disk = main_generation
        writes += len(result.acks)
        between_copies += main_generation != mirror_generation
        unacknowledged_complete += main_generation == mirror_generation == result.acks[-1] + 1
    leftovers = sorted(p.name for p in folder.iterdir() if p.name.startswith(".lifeline.keys"))
    # For the log (not asserted, it depends on timing): how often a kill fell between the two copies.
    print(f"{KILLS} kills, {writes} acknowledged key file writes, {between_copies} kills between main and mirror, "
          f"{unacknowledged_complete} after both copies but before the ack, {len(leftovers)} temp files left over")
