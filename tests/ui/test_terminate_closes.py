"""SIGTERM (a logout, a shutdown, `kill`) ends Lifeline the way closing its window does: main() finishes in order,
locking the vault, and a demo's temporary folder is removed. Python's default would end the process at once.

Run in a separate process, the app as a person starts it (`python -m lifeline_desktop --demo`)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGTERM reaches GUI processes on POSIX only")


def _demo_vault(temp: Path) -> Path | None:
    return next(temp.glob("lifeline-demo-*/**/lifeline.db"), None)


def test_sigterm_closes_the_window_and_main_cleans_up(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temp), HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    app = subprocess.Popen([sys.executable, "-m", "lifeline_desktop", "--demo"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while _demo_vault(temp) is None:  # the window is up and the demo vault is being made
            assert app.poll() is None, app.communicate()[0]
            assert time.monotonic() < deadline, "the demo vault was never made"
            time.sleep(0.1)
        app.send_signal(signal.SIGTERM)
        output, _ = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, f"ended by the signal ({app.returncode}), not by main():\n{output}"
    assert not list(temp.glob("lifeline-demo-*")), "main() removes the demo's folder on the way out"
