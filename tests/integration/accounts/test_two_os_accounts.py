"""Two real OS accounts sharing one vault folder (issue 12, item 11).

As root (CI runs as root), the test makes two users in one new group, sets up a shared vault as the first (a small
script run with `runuser`, umask 022 like a normal login), unlocks and writes as the second, and back. Both read
each other's shared entries, the lock file hands over (refused while the other holds it, taken once they close),
and after every step every file is in the shared group and group-readable and -writable (folders 2770, files 0660),
so neither account can end up locked out by the other. The users and group are removed afterwards.

The project's own interpreter may live where other accounts cannot read it (pyenv under /root), so the children
run the first Python of the same version that those users can run, with this checkout and the virtualenv's
site-packages on PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
RUNUSER = shutil.which("runuser") or "runuser"
TOOLS = ("useradd", "userdel", "groupadd", "groupdel", "runuser")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0 or not all(shutil.which(tool) for tool in TOOLS),
    reason="needs Linux, root, useradd and runuser (CI runs it)")]

CHILD = textwrap.dedent('''
    import json, os, sys
    from pathlib import Path

    os.umask(0o022)  # what a normal login gives: the vault must not depend on a friendly umask
    from lifeline_desktop.domain.clock import SystemClock
    from lifeline_desktop.domain.errors import VaultInUse
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy
    from lifeline_desktop.vault.remembered_key import RememberedKeys
    from tests.support.keyrings import MemoryKeyring
    from tests.support.vaults import MEI, ROSA

    action, folder = sys.argv[1], Path(sys.argv[2])
    gate = VaultGate(folder, SystemClock(), RememberedKeys(MemoryKeyring()), KdfPolicy.fast_for_tests())
    if action == "setup":
        session, _recovery_key = gate.create(ROSA, MEI, shared_between_accounts=True)
    else:
        slot = PartnerSlot(sys.argv[3])
        try:
            session = gate.unlock(slot, (ROSA if slot is PartnerSlot.A else MEI).passphrase)
        except VaultInUse:
            print(json.dumps({"in_use": True}), flush=True)
            sys.exit(0)
    seen = sorted(entry.title for entry in session.journal.entries())
    if action != "hold":
        session.journal.add_entry(sys.argv[-1], "written by " + str(os.getuid()))
        session.back_up_now()
    print(json.dumps({"in_use": False, "seen": seen}), flush=True)
    if action == "hold":
        sys.stdin.readline()  # keep the vault open until the test says so
    session.lock()
''')


@dataclass
class Accounts:
    group: str
    gid: int
    users: tuple[str, str]
    python: str
    env: dict[str, str]
    script: Path
    folder: Path

    def command(self, user: str, *args: str) -> list[str]:
        return [RUNUSER, "-u", user, "--", self.python, str(self.script), *args]

    def run(self, user: str, *args: str) -> dict[str, object]:
        result = subprocess.run(self.command(user, *args), capture_output=True, text=True, env=self.env,
                                cwd=self.script.parent, timeout=120)
        assert result.returncode == 0, f"as {user}: {result.stderr[-3000:]}"
        return json.loads(result.stdout.strip().splitlines()[-1])


def _usable_python(env: dict[str, str], user: str) -> str | None:
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (os.path.realpath(sys.executable), f"/usr/bin/{version}", f"/usr/local/bin/{version}"):
        if not Path(candidate).exists():
            continue
        probe = subprocess.run([RUNUSER, "-u", user, "--", candidate, "-c",
                                "import sqlcipher3, argon2, cryptography, sqlalchemy, lifeline_desktop"],
                               capture_output=True, env=env, cwd="/", timeout=60)
        if probe.returncode == 0:
            return candidate
    return None


@pytest.fixture
def accounts() -> Iterator[Accounts]:
    suffix = uuid.uuid4().hex[:6]
    group, users = f"llg{suffix}", (f"lla{suffix}", f"llb{suffix}")
    made: list[tuple[str, str]] = []
    base = Path(tempfile.mkdtemp(prefix="lifeline-accounts-", dir="/tmp"))
    try:
        subprocess.run(["groupadd", group], check=True)
        made.append(("groupdel", group))
        for user in users:
            subprocess.run(["useradd", "-M", "-N", "-g", group, "-s", "/bin/sh", user], check=True)
            made.append(("userdel", user))
        gid = int(subprocess.run(["getent", "group", group], check=True, capture_output=True, text=True)
                  .stdout.split(":")[2])
        os.chown(base, 0, gid)
        os.chmod(base, 0o2770)
        script = base / "child.py"
        script.write_text(CHILD)
        os.chmod(script, 0o644)
        site = sysconfig.get_paths()["purelib"]
        env = {"PATH": "/usr/bin:/bin", "HOME": str(base), "TMPDIR": str(base), "LANG": "C.UTF-8",
               "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), site]), "PYTHONDONTWRITEBYTECODE": "1"}
        python = _usable_python(env, users[0])
        if python is None:
            pytest.skip("no Python of this version that the test accounts can run with this virtualenv")
        yield Accounts(group, gid, users, python, env, script, base / "vault")
    finally:
        shutil.rmtree(base, ignore_errors=True)
        for tool, name in reversed(made):
            subprocess.run([tool, name], check=False, capture_output=True)


def _assert_shared(accounts: Accounts) -> None:
    """Every file and folder in the shared group; folders 2770, files 0660 (the lock, keys, db, wal, backups)."""
    for path in [accounts.folder, *accounts.folder.rglob("*")]:
        info = path.lstat()
        mode = stat.S_IMODE(info.st_mode)
        assert info.st_gid == accounts.gid, f"{path.name} is not in the shared group"
        if stat.S_ISDIR(info.st_mode):
            assert mode == 0o2770, f"folder {path.relative_to(accounts.folder.parent)} has mode {oct(mode)}"
        else:
            assert mode == 0o660, f"{path.relative_to(accounts.folder.parent)} has mode {oct(mode)}"


def test_two_accounts_share_one_vault_folder(accounts: Accounts) -> None:
    first, second = accounts.users
    accounts.run(first, "setup", str(accounts.folder), "Picnic plans from Rosa's account")
    _assert_shared(accounts)

    seen = accounts.run(second, "write", str(accounts.folder), "b", "Mei's reply from her own account")
    assert seen["seen"] == ["Picnic plans from Rosa's account"]
    _assert_shared(accounts)

    seen = accounts.run(first, "write", str(accounts.folder), "a", "Rosa again")
    assert seen["seen"] == ["Mei's reply from her own account", "Picnic plans from Rosa's account"]
    _assert_shared(accounts)

    holder = subprocess.Popen(accounts.command(second, "hold", str(accounts.folder), "b"), stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=accounts.env,
                              cwd=accounts.script.parent)
    try:
        assert holder.stdout is not None and json.loads(holder.stdout.readline())["in_use"] is False
        assert accounts.run(first, "write", str(accounts.folder), "a", "refused")["in_use"] is True
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0, holder.stderr
    seen = accounts.run(first, "write", str(accounts.folder), "a", "after the hand-over")
    assert seen["in_use"] is False and "Rosa again" in seen["seen"]
    _assert_shared(accounts)
