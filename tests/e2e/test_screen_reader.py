"""The app as a screen-reader user meets it: read and driven through AT-SPI alone, from another process.

The demo app runs on a private X server and D-Bus session with at-spi2-core (tests/support/a11y_desktop.py). The
test walks the unlock screen, every section and each of their tabs, the entry editor and Settings, and on each
checks that every interactive control on screen has a role and a name. Along the way it unlocks, writes a shared
journal entry and locks again, finding controls by role and name, typing through EditableText and pressing through
the Action interface; it never calls into Qt on the app's side.

Under CI=true a missing X server, D-Bus or at-spi2-core fails the test; elsewhere it skips and says what is missing
(Debian: xvfb dbus at-spi2-core, installed by scripts/setup).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.a11y_desktop import Desktop, accessible_app, require_tools, source_app
from tests.support.a11y_walk import Audit, lock, unlock, visit_sections
from tests.support.atspi import Node, wait_for

pytestmark = pytest.mark.slow

ENTRY_TITLE = "Read aloud, written by ear"
ENTRY_TEXT = "Orca read us every button tonight, and we wrote this without touching the mouse."


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    require_tools()
    with accessible_app(tmp_path, source_app("--demo")) as running:
        yield running


def _visit_tabs(audit: Audit, section: str, tree: Node) -> Node:
    for tab in [n for n in tree.find_all("page tab") if "showing" in n.states and "selected" not in n.states]:
        audit.desktop.client.act(tab, "Press")
        tree = audit.check(f"{section} / {tab.name}", audit.wait_until_selected(tab))  # its name may change once seen
    return tree


def _visit_sections(audit: Audit) -> None:
    visit_sections(audit, then=_visit_tabs)


def _write_shared_entry(audit: Audit) -> None:
    audit.press("list item", "Journal", "Toggle")
    entries_tab = audit.one("page tab", "Entries", audit.wait_for_one("list item", "Journal", state="selected"))
    if "selected" not in entries_tab.states:  # the walk left the journal on its last tab
        audit.desktop.client.act(entries_tab, "Press")
        audit.wait_until_selected(entries_tab)
    audit.press("push button", "New entry")
    tree = audit.check("entry editor", audit.wait_for_one("text", "Entry title"))
    client = audit.desktop.client
    shared = next(n for n in tree.find_all("check box") if n.name.startswith("Shared with"))  # a checkable button
    if "checked" not in shared.states:
        client.act(shared, "Toggle")
    client.set_text(audit.one("text", "Entry title", tree), ENTRY_TITLE)
    client.set_text(audit.one("text", "Entry text", tree), ENTRY_TEXT)
    audit.press("push button", "Save entry")

    def entry_listed() -> Node | None:
        tree = audit.tree()
        return next((n for n in tree.find_all("list item") if ENTRY_TITLE in n.name and "Just for me" not in n.name),
                    None)

    wait_for("the new shared entry in the journal list", entry_listed)


def _visit_settings(audit: Audit) -> None:
    audit.press("push button", "Settings")
    audit.check("settings", audit.wait_for_one("push button", "Close"))
    audit.press("push button", "Close")

    def closed() -> bool | None:
        showing = [n for n in audit.tree().find_all("push button", "Close") if "showing" in n.states]
        return None if showing else True

    wait_for("settings to close", closed)


def test_every_control_has_a_name_and_a_shared_entry_is_written_by_screen_reader(desktop: Desktop) -> None:
    audit = Audit(desktop)
    for step in (unlock, _visit_sections, _visit_settings, _write_shared_entry, lock):
        step(audit)
    print(f"AT-SPI: {audit.checked} controls checked on {len(audit.screens)} screens: {', '.join(audit.screens)}")
    assert audit.nameless == [], "controls a screen reader cannot name:\n" + "\n".join(audit.nameless)
