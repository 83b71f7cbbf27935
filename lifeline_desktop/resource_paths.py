"""Finds resources/ the same way from a source tree, an installed wheel and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel (force-included)
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source tree
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("Lifeline's resources folder is missing; tried: " + ", ".join(map(str, candidates)))
