"""The damaged-vault screen, the demo mode, and the start-up order (unlock screen before SQLAlchemy)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from lifeline_desktop.app import demo_gate_factory
from lifeline_desktop.domain.partners import PartnerSlot
from tests.ui.conftest import PASSPHRASES, click_confirm

ROOT = Path(__file__).resolve().parents[2]


def _flip_bytes_in_a_page(db: Path) -> None:
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    for offset in range(4096 + 200, 4096 + 216):  # inside the second page, past any header
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def test_a_damaged_vault_says_what_was_found_and_restores_the_latest_backup(make_app, existing_vault, qtbot):
    session = existing_vault.gate.unlock(PartnerSlot.A, PASSPHRASES[PartnerSlot.A])
    session.journal.add_entry("Safe in the backup", "yes")
    session.back_up_now()
    session.lock()
    db = existing_vault.folder / "lifeline.db"
    _flip_bytes_in_a_page(db)
    files_before = sorted(p.name for p in existing_vault.folder.iterdir())

    app = make_app()
    page = app.flow.unlock
    app.wait_ready()
    qtbot.mouseClick(page.tiles.button(PartnerSlot.A), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase, PASSPHRASES[PartnerSlot.A])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    damaged = app.flow.damaged
    qtbot.waitUntil(lambda: app.window.current_screen is damaged)
    qtbot.waitUntil(lambda: damaged.restore_button.isVisibleTo(damaged))
    assert damaged.findings.text().startswith("• ")
    assert "Nothing has been deleted" in damaged.explain.text()
    assert "Traceback" not in damaged.findings.text() + damaged.explain.text()
    assert sorted(p.name for p in existing_vault.folder.iterdir()) == files_before  # nothing deleted

    qtbot.mouseClick(damaged.restore_button, Qt.MouseButton.LeftButton)
    click_confirm(qtbot, damaged)
    qtbot.waitUntil(lambda: app.window.current_screen is page)
    assert "restored" in page.message.text()
    session = app.unlock_as(PartnerSlot.A)
    titles = [e.title for e in app.run_on_vault_thread(session.journal.entries)]
    assert "Safe in the backup" in titles


def test_a_lost_key_file_points_to_the_recovery_key(make_app, existing_vault, qtbot):
    (existing_vault.folder / "lifeline.keys").write_bytes(b"{}")
    (existing_vault.folder / "lifeline.keys.bak").write_bytes(b"{}")
    app = make_app()
    damaged = app.flow.damaged
    qtbot.waitUntil(lambda: app.window.current_screen is damaged)
    assert "key file" in damaged.title.text()
    assert damaged.recovery_button.isVisibleTo(damaged)
    qtbot.mouseClick(damaged.recovery_button, Qt.MouseButton.LeftButton)
    assert app.window.current_screen is app.flow.key_file_rescue  # the recovery key brings the key file back


def test_demo_mode_opens_and_shows_its_content(make_app, qtbot, clock):
    app = make_app(demo=True, gate=demo_gate_factory(clock))
    app.wait_ready()
    page = app.flow.unlock
    assert page.banner.isVisibleTo(page)
    assert "Sam" in page.banner.text() and "Alex" in page.banner.text()
    from lifeline_desktop.demo.build import DEMO_PARTNERS

    app.unlock_as(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
    today = app.flow.home.today
    qtbot.waitUntil(lambda: today.entries.rowCount() > 0)  # Today's first load arrived
    app.wait_idle()  # and nothing else is still on its way
    shown = [today.entries.index(r).data() for r in range(today.entries.rowCount())]
    assert "Thank you for Tuesday" in shown  # Sam's own shared entry
    assert "A small plan" in shown  # Alex's shared entry
    assert "Something I haven't said yet (private)" in shown  # Sam's private one, for Sam only
    assert "For me only (private)" not in shown  # never Alex's private text


def test_the_unlock_screen_is_up_before_sqlalchemy_is_imported(tmp_path):
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from lifeline_desktop.app import build, gate_factory
        from lifeline_desktop.config import AppConfig
        from lifeline_desktop.domain.clock import SystemClock
        config = AppConfig.in_folder(Path({str(tmp_path)!r}))
        config.default_vault_dir.mkdir(parents=True)
        (config.default_vault_dir / "lifeline.db").write_bytes(b"x")  # looks like a vault: the unlock screen
        app = QApplication([])
        clock = SystemClock()
        built = build(app, config, clock, gate_factory(clock))
        built.window.show()
        app.processEvents()
        assert built.window.isVisible()
        assert built.window.current_screen is built.flow.unlock
        heavy = [m for m in ("sqlalchemy", "sqlcipher3", "keyring", "lifeline_desktop.store",
                             "lifeline_desktop.vault", "lifeline_desktop.services.session") if m in sys.modules]
        assert not heavy, heavy
        print("OK")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("OK")


def test_the_app_s_imports_keep_no_module_source_in_memory() -> None:
    """PySide6 would read (and keep) the source of every module imported after it; lifeline_desktop.ui stops that."""
    script = (
        "import linecache\n"
        "import lifeline_desktop.app, lifeline_desktop.services.session\n"
        "print(sorted(name for name in linecache.cache if name.endswith('.py')\n"  # not <generated code>
        "             and ('lifeline_desktop' in name or 'sqlalchemy' in name)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
