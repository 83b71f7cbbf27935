"""Small helpers that make file changes survive a power cut: fsync a file, fsync a folder (so a rename sticks),
and os.replace with a short retry on Windows. Shared by the key file (vault) and the backups (store)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from lifeline_desktop.watchdog import watched


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
