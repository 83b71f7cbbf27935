"""A waiting unlock screen holds only what it shows: the services (SQLAlchemy, the store, every feature) and Argon2id
load once someone starts to unlock, and are ready by the time they press Enter. The vault's cipher is OpenSSL's
through Python's own hashlib library, so `cryptography` (about 7 MiB) is not loaded at all, not even once open, and
nor is `ssl` (which asyncio, under SQLAlchemy, would take). Nor are asyncio and importlib.metadata themselves, which
SQLAlchemy imports and Lifeline never uses (deferred_modules.py): their stand-ins stay unloaded, even once open.

Run in a fresh process: this test process has imported the services long ago.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lifeline_desktop.config import AppConfig
from tests.support.vaults import MEI

ROOT = Path(__file__).resolve().parents[2]

WAIT_THEN_TYPE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from lifeline_desktop.app import build, gate_factory, start_application
from lifeline_desktop.config import AppConfig
from lifeline_desktop.domain.clock import SystemClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.kdf import KdfPolicy

def loaded():
    names = ("sqlalchemy", "cryptography", "argon2", "_ssl", "asyncio.events", "importlib.metadata._meta")
    return " ".join(str(name in sys.modules) for name in names)

def until(condition):
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, "the window never got there"
        QApplication.processEvents()
        time.sleep(0.005)

app = start_application()
style = app.style().name()  # given at start (theme.styled_application), so apply_theme need not make it again
clock = SystemClock()
config = AppConfig.in_folder(Path(sys.argv[1]))
open_gate = gate_factory(clock, kdf_policy=KdfPolicy.fast_for_tests(),
                         remembered_hints_dir=config.settings_dir / "remembered")  # as the app: no keyring asked
built = build(app, config, clock, open_gate)
built.window.show()
built.flow.load()
page = built.flow.unlock
until(lambda: page.tiles.button(PartnerSlot.B).isEnabled() and not built.runner.is_busy)
time.sleep(0.3)
QApplication.processEvents()
print("waiting", page.tiles.label_of(PartnerSlot.B), loaded())
QTest.keyClicks(page.passphrase, "x")
until(lambda: not built.runner.is_busy)
print("typing", loaded())
page.tiles.button(PartnerSlot.B).click()
page.passphrase.setText(sys.argv[2])
QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
until(lambda: built.flow.is_open)
print("opened", built.flow.reachable_session().partner.name, loaded())
print("style", style)
built.flow.lock()
built.runner.wait_for_done()
"""


def test_the_services_load_when_someone_starts_typing_and_cryptography_never(
        existing_vault, tmp_config: AppConfig) -> None:
    root = tmp_config.data_dir.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", WAIT_THEN_TYPE, str(root), MEI.passphrase], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[3] == "style fusion"
    assert result.stdout.split("\n")[:3] == [f"waiting {MEI.name[0]} False False False False False False",
                                              "typing True False True False False False",
                                              "opened B True False True False False False"]
