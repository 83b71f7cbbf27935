"""One process at a time per vault: an OS lock on `lifeline.lock` beside the database.

The operating system drops the lock when the process ends, however it ends, so a crash never leaves a stale lock
(unlike a lock *file* whose mere existence means "locked"). The file itself stays; it holds the owner's process id
so a second start can ask the running window to come forward.

POSIX uses flock (per open file, so a second lock in the same process is refused as well); Windows uses
msvcrt.locking on one byte far past the pid, so other processes can still read the pid.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from lifeline_desktop.domain.errors import VaultInUse, msg

LOCK_FILE_NAME = "lifeline.lock"
_WINDOWS_LOCK_OFFSET = 4096
_PID_FIELD_BYTES = 32


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultProcessLock:
    """Held while this process has the vault open. Use `with VaultProcessLock(folder):` or acquire/release."""

    def __init__(self, vault_dir: Path, *, shared_between_accounts: bool = False) -> None:
        self.path = vault_dir / LOCK_FILE_NAME
        self._mode = 0o660 if shared_between_accounts else 0o600
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise VaultInUse at once (never waits)."""
        if self._fd is not None:
            return
        created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, self._mode)
        if created and hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):
                os.fchmod(fd, self._mode)  # the umask must not take the group's write bit away
        if not _try_lock(fd):
            os.close(fd)
            owner = read_lock_owner(self.path.parent)
            who = f" (process {owner})" if owner else ""
            raise VaultInUse(
                msg("This vault is already open in another Lifeline window%1, perhaps in another computer "
                    "account. Close it there first, or switch to that window.", who)
            )
        pid = str(os.getpid()).encode().ljust(_PID_FIELD_BYTES)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, pid)
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, b" " * _PID_FIELD_BYTES)  # no owner any more; the file stays for the next start
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> VaultProcessLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def read_lock_owner(vault_dir: Path) -> int | None:
    """The process id written by the lock's holder, if any (for "bring the running window forward")."""
    try:
        with open(vault_dir / LOCK_FILE_NAME, "rb") as file:
            field = file.read(_PID_FIELD_BYTES).strip()
    except OSError:
        return None
    return int(field) if field.isdigit() else None
