"""Screenshots of Our story in the demo: Today with a memory, the milestones timeline, a consent turn and the import
dialog, in light and dark, at the default window size.

Run under Xvfb:  xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/story_screenshots.py
Writes docs/screenshots/story-*.png (the keepsake's pages come from scripts/keepsake_pages.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import close_window, open_demo, settle, shoot, shots_in_both_modes, unlock_demo  # noqa: E402

from lifeline_desktop.ui import defs  # noqa: E402
from lifeline_desktop.ui.common.turns import TurnScreen  # noqa: E402


def story_shots(app: QApplication, mode: str, root: Path) -> None:

    built = open_demo(app, root, mode, size=defs.WINDOW_SIZE)
    home = unlock_demo(built)
    settle(lambda: home.today.view is not None and home.today.memory.isVisible())
    shoot(built.window, f"story-today-memory-{mode}")
    home.show_section_key("story")
    story = home.pages.currentWidget()
    settle(lambda: story.milestones.rowCount() > 0)  # type: ignore[attr-defined]
    shoot(built.window, f"story-timeline-{mode}")
    story.doors.keepsake.click()  # type: ignore[attr-defined]
    settle(lambda: any(t.isVisible() for t in built.window.findChildren(TurnScreen)))
    shoot(built.window, f"story-turn-cover-{mode}")
    turn = next(t for t in built.window.findChildren(TurnScreen) if t.isVisible())
    turn.cover_page.findChild(QPushButton, "turn-go").click()  # type: ignore[union-attr]
    shoot(built.window, f"story-turn-passphrase-{mode}")
    turn.cover_page.findChild(QPushButton, "turn-back").click()  # type: ignore[union-attr]
    dialog = story.doors.open_import()  # type: ignore[attr-defined]
    dialog.path.setText(str(ROOT / "tests" / "fixtures" / "imports" / "dayone" / "export.zip"))
    dialog.read_button.click()
    settle(lambda: dialog.import_button.isEnabled())
    shoot(dialog, f"story-import-{mode}")
    dialog.close()
    close_window(built)


def main() -> int:
    return shots_in_both_modes(story_shots)


if __name__ == "__main__":
    raise SystemExit(main())
