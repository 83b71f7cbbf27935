"""Screenshots of the demo's Today page at one window size and theme, to look at its cards (issue 13, item 11).

Run under Xvfb:  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/today_screenshots.py NAME SIZE MODE
e.g. `today-light 1000x680 light` (QT_SCALE_FACTOR=1.5 in the environment for 150%). Writes docs/screenshots/NAME.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QScrollArea

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import start_application  # noqa: E402
from scripts.screenshots import OUT, open_demo, settle, unlock_demo  # noqa: E402


def main(name: str, size: str, mode: str) -> int:

    width, height = (int(n) for n in size.split("x"))
    app = start_application()  # as the app starts: its translation says "1 reply"
    with tempfile.TemporaryDirectory(prefix="lifeline-today-") as folder:
        built = open_demo(app, Path(folder), mode)
        home = unlock_demo(built)
        built.window.resize(width, height)
        settle(lambda: home.today.view is not None and not built.runner.is_busy, timeout=300)
        path = OUT / f"{name}.png"
        built.window.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))
        if os.environ.get("TODAY_WHOLE_PAGE"):  # also the whole page, below the fold too (to look at, not for docs)
            whole = OUT / f"{name}-whole.png"
            home.today.findChild(QScrollArea).widget().grab().save(str(whole))
            print("wrote", whole.relative_to(ROOT))
        built.flow.lock()
        built.runner.wait_for_done()
    return 0


if __name__ == "__main__":
    DEFAULTS = ["today-now", "1000x680", "light"]
    given = sys.argv[1:4]
    name, size, mode = given + DEFAULTS[len(given):]
    raise SystemExit(main(name, size, mode))
