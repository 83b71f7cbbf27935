"""A disk that fills up during a write: a clear error, nothing lost, and the vault opens again once there is room.

The vault lives on a real 2 MiB tmpfs (we run as root in CI; elsewhere the test skips and says why). A filler file
takes every remaining block, then the test adds a large entry (far bigger than the WAL's existing room), makes a
backup and changes a passphrase. Afterwards the filler goes, and the vault must open with everything written before.

What it catches: a write that damages the database or the key file when the disk fills (a torn key file, a WAL that
no longer replays, a half-made backup listed as good), an open session that cannot go on once space is freed, and
and a raw driver error where the user must get StorageFull's plain message.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.errors import StorageFull
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.keyfile import parse, read_key_file_copies
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA, MemoryKeyring

BIG_BODY = "".join(f"{i:07d} we talked until the candles burnt down. " for i in range(20_000))  # ~0.9 MB


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A fresh 2 MiB tmpfs, unmounted afterwards."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (the disk-full test runs as root in CI)")
    if shutil.which("mount") is None:
        pytest.skip("no mount command on this system")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip() or done.returncode}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], check=True)  # a leaked handle: detach anyway


def fill_disk(folder: Path) -> Path:
    """Take every free block of the file system with one filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for chunk in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(fd, b"\0" * chunk)
                except OSError as error:
                    assert error.errno == errno.ENOSPC, error
                    break
    finally:
        os.close(fd)
    assert shutil.disk_usage(folder).free < 4096
    return filler


def new_gate(folder: Path) -> VaultGate:
    return VaultGate(folder, ManualClock(), RememberedKeys(MemoryKeyring()), KdfPolicy.fast_for_tests())


def open_with_earlier_data(small_disk: Path) -> tuple[VaultGate, Session]:
    gate = new_gate(small_disk / "vault")
    session, _ = gate.create(ROSA, MEI)
    session.journal.add_entry("Before the disk filled", "our first words")
    session.journal.add_entry("Mine", "my private words", private=True)
    return gate, session


def _says_disk_full(error: BaseException) -> bool:
    return isinstance(error, StorageFull) or "full" in str(error).lower()


def test_a_full_disk_loses_nothing_and_the_vault_opens_again(small_disk: Path) -> None:
    gate, session = open_with_earlier_data(small_disk)
    try:
        _fill_write_and_recover(gate, session, small_disk)
    finally:
        session.lock()  # safe twice; lets the tmpfs unmount cleanly when an assertion failed half-way


def _fill_write_and_recover(gate: VaultGate, session: Session, small_disk: Path) -> None:
    vault = small_disk / "vault"
    filler = fill_disk(small_disk)
    try:
        for private in (False, True):
            with pytest.raises(StorageFull):
                session.journal.add_entry("Too big for the disk", BIG_BODY, private=private)
        with pytest.raises(StorageFull):
            session.back_up_now()
        assert session.backups() == []  # no half-made backup listed as good
        with pytest.raises(StorageFull):
            session.change_passphrase(ROSA.passphrase, "a passphrase the full disk never took")
        for copy in ("lifeline.keys", "lifeline.keys.bak"):  # both copies intact, still the old passphrase
            parse((vault / copy).read_bytes())
        # The open session still reads everything written before, and nothing of the failed write.
        assert sorted(e.title for e in session.journal.entries()) == ["Before the disk filled", "Mine"]
    finally:
        filler.unlink()

    # With room again, the same session goes on, and a lock + unlock finds everything.
    session.journal.add_entry("After the disk was freed", "still here")
    session.back_up_now()
    session.lock()
    assert len(read_key_file_copies(vault)) >= 1
    rosa = gate.unlock(PartnerSlot.A, ROSA.passphrase)  # runs quick_check and cipher_integrity_check
    try:
        assert sorted(e.title for e in rosa.journal.entries()) == [
            "After the disk was freed", "Before the disk filled", "Mine"]
        assert [b.reason for b in rosa.backups()].count("manual") == 1  # (the unlock adds a daily one)
    finally:
        rosa.lock()
    mei = gate.unlock(PartnerSlot.B, MEI.passphrase)
    mei.lock()


@pytest.mark.parametrize("private", [False, True], ids=["shared", "private"])
def test_adding_an_entry_to_a_full_disk_raises_storage_full(small_disk: Path, private: bool) -> None:
    _gate, session = open_with_earlier_data(small_disk)
    filler = fill_disk(small_disk)
    try:
        with pytest.raises(StorageFull):
            session.journal.add_entry("Too big for the disk", BIG_BODY, private=private)
    finally:
        filler.unlink()
        session.lock()
