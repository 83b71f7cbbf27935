"""Screenshots of every section of the demo home at one window size, to look at layouts that fit (issue 13).

Run under Xvfb:  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/fit_screenshots.py after 1000x680
Writes docs/screenshots/fit-<label>-<section>.png, each with one item selected in the lists that have one.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import build, demo_gate_factory  # noqa: E402
from lifeline_desktop.config import AppConfig  # noqa: E402
from lifeline_desktop.domain.clock import SystemClock  # noqa: E402
from lifeline_desktop.domain.partners import PartnerSlot  # noqa: E402
from scripts.screenshots import OUT, settle  # noqa: E402
from tests.support.fit import select_first_items  # noqa: E402


def main(label: str, size: str) -> int:
    from lifeline_desktop.demo.build import DEMO_PARTNERS

    width, height = (int(n) for n in size.split("x"))
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="lifeline-fit-") as folder:
        clock = SystemClock()
        built = build(app, AppConfig.in_folder(Path(folder)), clock, demo_gate_factory(clock), demo=True)
        built.window.show()
        built.flow.load()
        page = built.flow.unlock
        settle(lambda: page.tiles.button(PartnerSlot.A).isEnabled())
        page.tiles.select(PartnerSlot.A)
        page.passphrase.setText(DEMO_PARTNERS[PartnerSlot.A].passphrase)
        page.try_unlock()
        settle(lambda: built.flow.home is not None)
        home = built.flow.home
        assert home is not None
        built.window.resize(width, height)
        for row in range(home.navigation_model.rowCount()):
            home.show_section(row)
            settle(lambda: not built.runner.is_busy)
            select_first_items(home.pages.currentWidget())
            settle(lambda: not built.runner.is_busy)
            path = OUT / f"fit-{label}-{home.navigation_model.section(row).key}.png"
            built.window.grab().save(str(path))
            print("wrote", path.relative_to(ROOT))
        built.flow.lock()
        built.runner.wait_for_done()
    return 0


if __name__ == "__main__":
    label, size = [*sys.argv[1:3], "now", "1000x680"][0], ([*sys.argv[2:3], "1000x680"])[0]
    raise SystemExit(main(label, size))
