"""Run a script in a fresh Python interpreter from the checkout's root, for what a long test process has already
loaded or changed (modules, the garbage collector)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def printed_words(script: str) -> list[str]:
    """Runs `script` with `python -c`; fails the test if it fails, else returns what it printed, word by word."""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()
