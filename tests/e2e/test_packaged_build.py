"""The frozen app (PyInstaller bundle) makes, writes, locks and reopens a real vault: `lifeline --self-test DIR`.

The bundle is dist/lifeline/ after `packaging/linux/build-deb.sh` (or the PyInstaller step alone), or wherever
LIFELINE_BUNDLE points (CI points it at /opt/lifeline after installing the .deb). Building one takes about half a
minute, so this test never builds: without a bundle it skips. CI's packaging step builds, installs and runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "lifeline.exe" if sys.platform == "win32" else "lifeline"


def _bundle() -> Path:
    override = os.environ.get("LIFELINE_BUNDLE")
    bundle = Path(override) if override else ROOT / "dist" / "lifeline"
    if not (bundle / EXE_NAME).is_file():
        if override:
            pytest.fail(f"LIFELINE_BUNDLE={override} holds no {EXE_NAME}")
        pytest.skip(f"no packaged build at {bundle} (build one with packaging/linux/build-deb.sh; CI's packaging "
                    "step builds, installs and tests it)")
    return bundle


def test_the_frozen_app_passes_its_self_test(tmp_path: Path) -> None:
    bundle = _bundle()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LD_PRELOAD"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    vault = tmp_path / "vault"
    result = subprocess.run([str(bundle / EXE_NAME), "--self-test", str(vault)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, f"self-test failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip().splitlines()[-1] == "self-test ok"
    assert "optimize: 2" in result.stdout  # -OO, as lifeline.spec builds it: the memory figures count on it
    assert (vault / "lifeline.db").is_file()
    # the bundle's own resources were used, not this checkout's
    assert str(bundle.resolve()) in result.stdout or str(bundle) in result.stdout


def test_the_bundle_leaves_out_qt_network(tmp_path: Path) -> None:
    bundle = _bundle()
    network = [p.name for p in bundle.rglob("*") if "Qt6Network" in p.name or p.name.startswith("QtNetwork")]
    assert not network, f"the bundle carries QtNetwork: {network}"
