"""Writing files so that they survive a crash or a power cut: the one "whole file or nothing" writer, used by the
key file (vault), the settings file (ui) and exports (services), plus the fsync helpers the backups (store) use.

`write_file_atomically`: a temp file in the same folder, written and fsynced, os.replace (retried briefly on
Windows, where a virus scanner may hold the target open), then the folder fsynced so the rename sticks. A crash at
any moment leaves the old content or the new, never a tear. Rewriting a file in place tears it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lifeline_desktop.watchdog import watched

# Called after each durable step of `write_file_atomically` with the step's name ("temp written", "replaced",
# "folder synced"). None in the app; the crash tests set it to stop a process at every step of a write sequence.
step_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if step_hook is not None:
        step_hook(name)


def fsync_file(path: Path) -> None:
    with watched("file write"):  # waits for the disk: never on the GUI thread
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # Windows cannot open a folder for fsync; NTFS journals the rename itself
        return
    fsync_file(folder)


def replace_with_retry(source: Path, target: Path) -> None:
    """os.replace; on Windows a virus scanner or indexer may hold the target open for a moment."""
    for attempt in range(10):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def temp_file_pattern(path: Path) -> str:
    """The glob that matches what an interrupted write of `path` may leave behind."""
    return f".{path.name}.*.tmp"


def write_file_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """The whole of `data` at `path`, or (on any error or crash) the file as it was. OSError passes through."""
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle, watched("file write"):  # waits for the disk: never on the GUI thread
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_path, mode)
        _step("temp written")
        replace_with_retry(temp_path, path)
        _step("replaced")
        fsync_folder(folder)
        _step("folder synced")
    finally:
        temp_path.unlink(missing_ok=True)
