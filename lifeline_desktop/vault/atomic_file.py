"""Write a small file so that a crash at any moment leaves either the old or the new content, never a tear."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from lifeline_desktop.domain.errors import StorageFull
from lifeline_desktop.durable import fsync_folder, replace_with_retry


def write_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temp file in the same folder, fsync, os.replace, fsync the folder: old or new content, never a tear."""
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temp_path = Path(temp_name)
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp_path, mode)
            replace_with_retry(temp_path, path)
            fsync_folder(folder)
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFull() from error
            raise
    finally:
        temp_path.unlink(missing_ok=True)


def write_with_mirror(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `path`, then its mirror `<name>.bak` with the same bytes.

    The mirror is written second, so at every moment at least one of the two holds a complete, current or
    one-step-old version; it rescues the file from later damage (a bad sector, a careless edit).
    """
    write_atomically(path, data, mode)
    write_atomically(mirror_path(path), data, mode)


def mirror_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def remove_stale_temp_files(path: Path) -> int:
    """Delete what writes of `path` (and its mirror) left behind when the process was killed mid-write.

    Call only while holding the vault's process lock, so no write of ours is running. They hold older versions
    of the file, never anything the current one lacks.
    """
    removed = 0
    for name in (path.name, mirror_path(path).name):
        for leftover in path.parent.glob(f".{name}.*.tmp"):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed
