"""One process per vault: a second process is refused with a clear message, and a crash leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lifeline_desktop.domain.errors import VaultInUse
from lifeline_desktop.store.vault_lock import VaultProcessLock, read_lock_owner

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from lifeline_desktop.store.vault_lock import VaultProcessLock
    lock = VaultProcessLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)

TRY_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lifeline_desktop.domain.errors import VaultInUse
    from lifeline_desktop.store.vault_lock import VaultProcessLock
    try:
        with VaultProcessLock(Path(sys.argv[1])):
            print("acquired")
    except VaultInUse as error:
        print("in use:", error)
    """
)


def _start_holder(vault_dir: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(vault_dir)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_second_process_is_refused_until_the_first_ends(vault_dir: Path) -> None:
    holder = _start_holder(vault_dir)
    try:
        assert read_lock_owner(vault_dir) == holder.pid
        with pytest.raises(VaultInUse, match="already open in another Lifeline window"):
            VaultProcessLock(vault_dir).acquire()
        other = subprocess.run(
            [sys.executable, "-c", TRY_LOCK, str(vault_dir)], capture_output=True, text=True, check=True
        )
        assert other.stdout.startswith("in use:")
        assert str(holder.pid) in other.stdout
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: no chance to release
        holder.wait()

    with VaultProcessLock(vault_dir) as lock:  # no stale lock after the crash
        assert lock.held
        assert read_lock_owner(vault_dir) == os.getpid()
    assert read_lock_owner(vault_dir) is None
    assert (vault_dir / "lifeline.lock").exists()


def test_the_lock_is_refused_to_a_second_holder_in_the_same_process(vault_dir: Path) -> None:
    with VaultProcessLock(vault_dir), pytest.raises(VaultInUse):
        VaultProcessLock(vault_dir).acquire()
    with VaultProcessLock(vault_dir):
        pass  # released: free again


def test_a_shared_vault_lock_file_is_group_writable(vault_dir: Path) -> None:
    old_umask = os.umask(0o077)
    try:
        with VaultProcessLock(vault_dir, shared_between_accounts=True):
            assert (vault_dir / "lifeline.lock").stat().st_mode & 0o777 == 0o660
    finally:
        os.umask(old_umask)
