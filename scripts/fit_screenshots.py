"""Screenshots of the unlock screen, the wizard, every section of the demo home,
Settings, a conversation step and the sources page at one window size (issue 13).

Run under Xvfb:  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/fit_screenshots.py 1000x680 light
Writes docs/screenshots/at-<size>/<section>.png (…-dark.png in dark), each with one item selected in the lists that
have one (the set-up wizard comes from scripts/screenshots.py's wizard_shots).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import Built, start_application  # noqa: E402
from lifeline_desktop.domain.partners import PartnerSlot  # noqa: E402
from lifeline_desktop.ui.conversations.library_model import ScriptRole  # noqa: E402
from lifeline_desktop.ui.conversations.page import ConversationsPage  # noqa: E402
from lifeline_desktop.ui.sources.page import open_sources_page  # noqa: E402
from scripts.screenshots import open_demo, settle, shoot, unlock_demo, wizard_shots  # noqa: E402
from tests.support.fit import select_first_items  # noqa: E402


def conversation_and_sources(built: Built, named: Callable[[str], str]) -> None:
    """A conversation's second step in focus mode, then the sources page its help links to."""
    home = built.flow.home
    assert home is not None
    home.show_section_key("conversations")
    page = home.pages.currentWidget()
    assert isinstance(page, ConversationsPage)
    settle(lambda: page.scripts.rowCount() > 0 and not built.runner.is_busy, timeout=300)
    rows = range(page.filtered.rowCount())
    row = next(r for r in rows if page.filtered.index(r, 0).data(ScriptRole).id == "daily-unwind")
    page.list.setCurrentIndex(page.filtered.index(row, 0))
    page.details.start_button.click()
    settle(lambda: page.focus_view is not None and page.focus_view.isVisible(), timeout=300)
    focus = page.focus_view
    assert focus is not None
    for slot, value in zip(PartnerSlot, (4, 6), strict=True):
        focus.ratings.chips[slot].setValue(value)
    focus.ratings.done_button.click()
    settle(lambda: focus.pages.currentWidget() is focus.step and not built.runner.is_busy, timeout=300)
    focus.next()
    settle(lambda: not built.runner.is_busy, timeout=300)
    shoot(built.window, named("conversation-step"))
    sources = open_sources_page(page._ops, built.window)  # the help page's door to its sources
    sources.resize(built.window.size())
    settle(lambda: not built.runner.is_busy, timeout=300)
    shoot(sources, named("sources"))
    sources.close()


def main(size: str, mode: str) -> int:

    width, height = (int(n) for n in size.split("x"))
    named = f"at-{size}/{{}}" + ("" if mode == "light" else f"-{mode}")
    app = start_application()
    with tempfile.TemporaryDirectory(prefix="lifeline-fit-") as folder:
        wizard_shots(app, mode, Path(folder) / "wizard", size=(width, height),
                     named=lambda step: named.format(f"wizard-{step}"))
        built = open_demo(app, Path(folder) / "demo", mode, size=(width, height))
        shoot(built.window, named.format("unlock"))
        home = unlock_demo(built)
        for row in range(home.navigation_model.rowCount()):
            home.show_section(row)
            settle(lambda: not built.runner.is_busy, timeout=300)
            select_first_items(home.pages.currentWidget())
            settle(lambda: not built.runner.is_busy, timeout=300)
            shoot(built.window, named.format(home.navigation_model.section(row).key))
        built.flow.open_settings()
        settings = built.flow.settings
        assert settings is not None
        settings.resize(width, height)
        settle(lambda: not built.runner.is_busy, timeout=300)
        shoot(settings, named.format("settings"))
        settings.close()
        conversation_and_sources(built, named.format)
        built.flow.lock()
        built.runner.wait_for_done()
    return 0


if __name__ == "__main__":
    given = sys.argv[1:3]
    size, mode = given + ["1000x680", "light"][len(given):]
    raise SystemExit(main(size, mode))
