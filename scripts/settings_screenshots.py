"""Screenshots of Settings (each tab), the confirmation card and the progress dialog, at the window's default size.

Run under Xvfb:  xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python scripts/settings_screenshots.py [suffix]
With QT_SCALE_FACTOR=1.5 in the environment and the suffix "150" it shows the same at 150% scale.
Writes docs/screenshots/settings-*.png from a throwaway demo vault.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import start_application  # noqa: E402
from lifeline_desktop.ui.common.dialogs import ask  # noqa: E402
from lifeline_desktop.ui.common.progress import WorkProgress  # noqa: E402
from scripts.screenshots import open_demo, settle, shoot, unlock_demo  # noqa: E402


def settings_shots(app: QApplication, root: Path, suffix: str) -> None:
    built = open_demo(app, root, "light", size=(1000, 680))
    unlock_demo(built)
    built.flow.open_settings()
    settings = built.flow.settings
    assert settings is not None
    settle(lambda: not built.runner.is_busy)
    for index, name in ((0, "security"), (1, "backups"), (2, "vault"), (3, "who-we-are"), (4, "appearance")):
        settings.tabs.setCurrentIndex(index)
        shoot(settings, f"settings-{name}-{suffix}")
    settings.people.colour.button_for("#8F5E8E").setFocus()  # focused, not chosen: a ring, no tick
    settings.tabs.setCurrentIndex(3)
    shoot(settings, f"settings-who-we-are-focus-{suffix}")
    settings.appearance.text_size.setCurrentIndex(2)
    settings.appearance.text_size.activated.emit(2)
    shoot(settings, f"settings-appearance-largest-{suffix}")
    settings.appearance.text_size.setCurrentIndex(0)
    settings.appearance.text_size.activated.emit(0)
    settings.tabs.setCurrentIndex(1)
    box = ask(settings, "Restore this backup?", "Restore the backup from 1 December 2026, 04:00?",
              "Restore this backup", lambda: None, no_text="Not now",
              informative="Anything written after it will not be in the restored vault; the current file is kept "
                          "aside, not deleted. Lifeline locks, and you open it again.")
    settle(box.isVisible)
    shoot(box, f"confirm-{suffix}")
    box.reject()
    progress = WorkProgress(settings, "Restoring…", why_not="This cannot stop halfway: Lifeline is putting the "
                            "backup in place of the vault's file, and the current file is kept aside.")
    progress.show()
    settle(progress.isVisible)
    shoot(progress, f"progress-{suffix}")
    progress.finish()
    built.window.close()
    built.runner.wait_for_done()
    settle()


def main() -> int:
    app = start_application()  # as the app starts: its translation says "1 reply"
    suffix = sys.argv[1] if len(sys.argv) > 1 else "1000"
    with tempfile.TemporaryDirectory(prefix="lifeline-shots-") as folder:
        settings_shots(app, Path(folder), suffix)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
