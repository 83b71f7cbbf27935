"""Screenshots of the set-up wizard, the unlock screen and the main window, in light and dark.

Run under Xvfb:  xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
Writes docs/screenshots/*.png. Uses throwaway vaults in a temporary folder (fast key derivation).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import Built, build, demo_gate_factory, gate_factory, start_application  # noqa: E402
from lifeline_desktop.config import AppConfig  # noqa: E402
from lifeline_desktop.domain.clock import SystemClock  # noqa: E402
from lifeline_desktop.domain.partners import PartnerSlot  # noqa: E402
from lifeline_desktop.ui import defs, theme  # noqa: E402
from lifeline_desktop.ui.shell.home import HomeView  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(until: Callable[[], bool] = lambda: True, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until():
            for _ in range(10):
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            return
        time.sleep(0.02)
    raise TimeoutError("the screen did not get ready in time")


def shoot(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))


def open_demo(app: QApplication, root: Path, mode: str, size: tuple[int, int] | None = None) -> Built:
    """The demo vault in a new window at `size`, on its unlock screen with the first partner's tile chosen."""
    clock = SystemClock()
    built = build(app, AppConfig.in_folder(root), clock, demo_gate_factory(clock), demo=True)
    theme.apply_theme(app, mode)
    if size is not None:
        built.window.resize(*size)
    built.window.show()
    built.flow.load()
    page = built.flow.unlock
    settle(lambda: page.tiles.button(PartnerSlot.A).isEnabled(), timeout=300)
    page.tiles.select(PartnerSlot.A)
    return built


def unlock_demo(built: Built) -> HomeView:
    """Unlock the demo opened by open_demo as its first partner; the home view once it is on screen."""
    from lifeline_desktop.demo.build import DEMO_PARTNERS

    page = built.flow.unlock
    page.passphrase.setText(DEMO_PARTNERS[PartnerSlot.A].passphrase)
    page.try_unlock()
    settle(lambda: built.flow.home is not None, timeout=300)
    home = built.flow.home
    assert home is not None
    return home


def close_window(built: Built) -> None:
    """Close the window and let the vault thread finish, so the next mode starts clean."""
    built.window.close()
    built.runner.wait_for_done()
    settle()


def shots_in_both_modes(*shots: Callable[[QApplication, str, Path], None]) -> int:
    """Run each shots(app, mode, folder) in light and dark, each on its own throwaway vault folder."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = start_application()  # as the app starts: its translation says "1 reply"
    for mode in ("light", "dark"):
        with tempfile.TemporaryDirectory(prefix="lifeline-shots-") as folder:
            for take in shots:
                take(app, mode, Path(folder) / take.__name__)
    return 0


def wizard_shots(app: QApplication, mode: str, root: Path, size: tuple[int, int] = defs.WINDOW_SIZE,
                 named: Callable[[str], str] | None = None) -> None:
    """Each step of the set-up wizard, as wizard-<step>-<mode>.png unless named(step) says otherwise."""
    from lifeline_desktop.vault.kdf import KdfPolicy

    name = named or (lambda step: f"wizard-{step}-{mode}")
    clock = SystemClock()
    built = build(app, AppConfig.in_folder(root), clock,
                  gate_factory(clock, kdf_policy=KdfPolicy.fast_for_tests()))
    theme.apply_theme(app, mode)
    built.window.resize(*size)
    built.window.show()
    built.flow.load()
    wizard = built.flow.wizard
    assert wizard is not None
    shoot(built.window, name("welcome"))
    wizard.go_next()
    wizard.partners.name_a.setText("Noor")
    wizard.partners.name_b.setText("Jonas")
    wizard.partners.colour_b.set_colour("#6A8D73")
    shoot(built.window, name("partners"))
    wizard.go_next()
    for slot, text in ((PartnerSlot.A, "noor likes quiet mornings"), (PartnerSlot.B, "jonas bakes rye bread")):
        wizard.passphrases.take_turn(slot)  # each in their own turn (scripts/turn_screenshots.py shows the turn)
        turn = wizard.passphrases.turn
        assert turn is not None
        turn.field.first.setText(text)
        turn.field.second.setText(text)
        turn.done.emit(text)
        turn.turn_screen.close_turn()
    shoot(built.window, name("passphrases"))
    wizard.go_next()
    wizard.go_next()
    settle(lambda: wizard.current is wizard.key_page)
    shoot(built.window, name("recovery-key"))
    wizard.go_next()
    wizard.go_next() if wizard.current is wizard.confirm and wizard.confirm.field.setText(
        wizard.confirm.expected()) is None else None
    shoot(built.window, name("remember"))
    close_window(built)


def demo_shots(app: QApplication, mode: str, root: Path) -> None:

    built = open_demo(app, root, mode)
    page = built.flow.unlock
    shoot(built.window, f"unlock-{mode}")
    page.passphrase.setText("not the right one")
    page.try_unlock()
    settle(lambda: "does not open" in page.message.text())
    shoot(built.window, f"unlock-wrong-passphrase-{mode}")
    home = unlock_demo(built)
    settle(lambda: home.today.entries.rowCount() > 0)
    shoot(built.window, f"main-today-{mode}")
    home.show_section(1)
    shoot(built.window, f"main-journal-{mode}")
    built.flow.open_settings()
    settings = built.flow.settings
    assert settings is not None
    settle(lambda: not built.runner.is_busy)
    shoot(settings, f"settings-{mode}")
    settings.tabs.setCurrentIndex(1)
    shoot(settings, f"settings-backups-{mode}")
    close_window(built)


def main() -> int:
    return shots_in_both_modes(wizard_shots, demo_shots)


if __name__ == "__main__":
    raise SystemExit(main())
