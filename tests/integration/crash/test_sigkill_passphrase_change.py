"""A passphrase change killed at EVERY write of the key-file sequence (issue 12, item 2).

The key file is written as: main copy (temp written + fsynced, replaced, folder fsynced), then the mirror the same
way: six durable steps. A child process changes Rosa's passphrase through the services, exactly as the settings
dialog does, with `durable.step_hook` set to SIGKILL itself right after step N, for every N (and once not at all).
It prints `acknowledged` only after `change_passphrase` returned. Then, in this process:

- acknowledged: the new passphrase opens, the old one opens nothing;
- never both broken: the old or the new passphrase opens (and Mei's always does);
- once the new one has opened, the old one opens nothing, ever: every unlock brings the mirror in line.

A second sweep kills the unlock that brings a stale mirror in line, at each of its steps.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.errors import WrongPassphrase
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.keyrings import MemoryKeyring
from tests.support.vaults import MEI, ROSA

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[3]
NEW = "rosa's passphrase after the change"
STEPS_PER_KEY_FILE_WRITE = 6

CHILD = textwrap.dedent('''
    import os, signal, sys
    from pathlib import Path

    from lifeline_desktop import durable
    from lifeline_desktop.domain.clock import ManualClock
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy
    from lifeline_desktop.vault.remembered_key import RememberedKeys
    from tests.support.keyrings import MemoryKeyring

    mode, folder, kill_at, old, new = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    gate = VaultGate(folder, ManualClock(), RememberedKeys(MemoryKeyring()), KdfPolicy.fast_for_tests())
    steps = []

    def kill_at_step(name):
        steps.append(name)
        if len(steps) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    if mode == "change":
        session = gate.unlock(PartnerSlot.A, old)
        durable.step_hook = kill_at_step
        session.change_passphrase(old, new)
        print("acknowledged", flush=True)
    else:
        durable.step_hook = kill_at_step
        gate.unlock(PartnerSlot.A, new)
        print("opened", flush=True)
    print(f"steps {len(steps)}", flush=True)
''')


def _run_child(tmp_path: Path, *args: str) -> tuple[bool, str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    result = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, cwd=REPO_ROOT,
                            env=env, timeout=120)
    killed = result.returncode == -signal.SIGKILL
    assert killed or result.returncode == 0, result.stderr
    return killed, result.stdout


def _gate(folder: Path) -> VaultGate:
    return VaultGate(folder, ManualClock(), RememberedKeys(MemoryKeyring()), KdfPolicy.fast_for_tests())


def _opens(folder: Path, slot: PartnerSlot, passphrase: str) -> bool:
    try:
        _gate(folder).unlock(slot, passphrase).lock()
    except WrongPassphrase:
        return False
    return True


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    session, _ = _gate(folder).create(ROSA, MEI)
    session.lock()
    return folder


def _fresh(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(template, folder)
    return folder


@pytest.mark.parametrize("kill_at", range(1, STEPS_PER_KEY_FILE_WRITE + 2))
def test_a_passphrase_change_killed_at_each_write(template: Path, tmp_path: Path, kill_at: int) -> None:
    folder = _fresh(template, tmp_path)
    killed, output = _run_child(tmp_path, "change", str(folder), str(kill_at), ROSA.passphrase, NEW)
    acknowledged = "acknowledged" in output
    assert killed != acknowledged, output
    if not killed:
        assert f"steps {STEPS_PER_KEY_FILE_WRITE}" in output, "the key file sequence has changed: update the test"

    old_opens = _opens(folder, PartnerSlot.A, ROSA.passphrase)
    new_opens = _opens(folder, PartnerSlot.A, NEW)
    assert old_opens or new_opens, f"killed after write step {kill_at}: both passphrases are broken"
    if acknowledged:
        assert new_opens and not old_opens
    if new_opens:
        assert not _opens(folder, PartnerSlot.A, ROSA.passphrase), "the retired passphrase still opens"
        keys = folder / "lifeline.keys"
        assert keys.read_bytes() == keys.with_name("lifeline.keys.bak").read_bytes()
    assert _opens(folder, PartnerSlot.B, MEI.passphrase)


@pytest.mark.parametrize("kill_at", range(1, STEPS_PER_KEY_FILE_WRITE + 1))
def test_the_unlock_that_repairs_a_stale_mirror_killed_at_each_write(template: Path, tmp_path: Path,
                                                                     kill_at: int) -> None:
    folder = _fresh(template, tmp_path)
    stale = (folder / "lifeline.keys").read_bytes()
    killed, _ = _run_child(tmp_path, "change", str(folder), str(STEPS_PER_KEY_FILE_WRITE + 1), ROSA.passphrase, NEW)
    assert not killed
    (folder / "lifeline.keys.bak").write_bytes(stale)  # as a kill between the two copies leaves it

    _run_child(tmp_path, "unlock", str(folder), str(kill_at), ROSA.passphrase, NEW)
    assert not _opens(folder, PartnerSlot.A, ROSA.passphrase)
    assert _opens(folder, PartnerSlot.A, NEW)
    assert not _opens(folder, PartnerSlot.A, ROSA.passphrase)
    assert _opens(folder, PartnerSlot.B, MEI.passphrase)
