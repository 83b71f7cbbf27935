"""Steps through the demo app as a screen-reader user takes them, over AT-SPI (tests/support/a11y_desktop.py runs
the app): unlock as the demo's first partner, select each sidebar section, lock. Used by the screen-reader test
(tests/e2e/test_screen_reader.py) on the source checkout and by the packaged-build test on the bundle.

An `Audit` reads the app's tree and records every screen it checked: each must show at least one control a
screen-reader user can act on, and each such control must have a role and a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.support.a11y_desktop import Desktop
from tests.support.atspi import Node, wait_for

# Roles a screen-reader user can act on. List items count: in Lifeline's lists choosing an item does something.
INTERACTIVE_ROLES = frozenset({
    "push button", "toggle button", "button menu", "check box", "radio button", "combo box", "text", "password text",
    "entry", "spin button", "page tab", "slider", "list item", "tree item", "menu item", "link",
})
SECTIONS = ("Today", "Journal", "Planner", "Conversations", "Check-ins", "Programs", "Play", "Our story")
COLOUR_CODE = re.compile(r"#[0-9a-fA-F]{6}\b")
PASSPHRASE = "sunday pancakes"  # the demo's first partner (resources/demo/couple.toml), shown on its unlock screen


def showing_controls(tree: Node) -> list[Node]:
    return [n for n in tree.walk() if "showing" in n.states and n.role in INTERACTIVE_ROLES]


@dataclass
class Audit:
    """What the walk met: the screens visited and the controls checked on them, and every control without a name."""

    desktop: Desktop
    screens: list[str] = field(default_factory=list)
    checked: int = 0
    nameless: list[str] = field(default_factory=list)

    def tree(self) -> Node:
        return self.desktop.client.read(*self.desktop.app)

    def check(self, screen: str, tree: Node) -> Node:
        controls = showing_controls(tree)
        assert controls, f"no controls on screen {screen!r}"
        self.screens.append(screen)
        self.checked += len(controls)
        self.nameless += [f"{screen}: {n.describe()}, {_where(tree, n)}" for n in controls if not _speakable(n)]
        return tree

    def one(self, role: str, name: str, tree: Node | None = None) -> Node:
        shown = [n for n in (tree or self.tree()).find_all(role, name) if "showing" in n.states]
        assert len(shown) == 1, f"expected one {role} {name!r} on screen, found {len(shown)}"
        return shown[0]

    def wait_for_one(self, role: str, name: str, *, state: str = "showing") -> Node:
        def found() -> Node | None:
            tree = self.tree()
            matches = [n for n in tree.find_all(role, name) if "showing" in n.states and state in n.states]
            return tree if matches else None

        return wait_for(f"{role} {name!r} ({state})", found)

    def wait_until_selected(self, node: Node) -> Node:
        def selected() -> Node | None:
            tree = self.tree()
            return tree if any(n.path == node.path and "selected" in n.states for n in tree.walk()) else None

        return wait_for(f"{node.describe()} to be selected", selected)

    def press(self, role: str, name: str, action: str = "Press") -> None:
        self.desktop.client.act(self.one(role, name), action)


def _speakable(node: Node) -> bool:
    """A role, and a name in words: not empty, not a colour code read out character by character."""
    return bool(node.role.strip() and node.name.strip() and not COLOUR_CODE.search(node.name))


def _where(tree: Node, lost: Node) -> str:
    """Where a nameless control sits, for whoever fixes it: its parent and its named neighbours."""
    for parent in tree.walk():
        if lost in parent.children:
            named = [f"{n.role} {n.name!r}" for n in parent.children if n.name and "showing" in n.states]
            return f"in {parent.role} {parent.name!r} beside {', '.join(named[:4]) or 'nothing named'}"
    return "parent not found"


def _partners_loaded(audit: Audit) -> Node | None:
    tree = audit.tree()
    tiles = [n for n in tree.find_all("check box") if "showing" in n.states and "enabled" in n.states]
    return tree if len(tiles) == 2 else None


def unlock(audit: Audit) -> None:
    """The demo's first partner chosen, their passphrase typed, the vault opened: the Lock button shows."""
    tree = audit.check("unlock", wait_for("the partner tiles", lambda: _partners_loaded(audit), timeout=60))
    first = next(n for n in tree.find_all("check box") if "first partner" in n.name)
    if "checked" not in first.states:
        audit.desktop.client.act(first, "Toggle")
    audit.desktop.client.set_text(audit.one("text", "Passphrase"), PASSPHRASE)
    audit.wait_for_one("push button", "Open the vault", state="enabled")
    audit.press("push button", "Open the vault")
    audit.wait_for_one("push button", "Lock")


SectionStep = Callable[[Audit, str, Node], Node]  # (audit, section, tree as it shows) -> the tree as the step left it


def visit_sections(audit: Audit, then: SectionStep | None = None) -> None:
    """Selects each section in the sidebar in turn, checks the screen, and runs `then` on it."""
    tree = audit.tree()
    for section in SECTIONS:
        item = audit.one("list item", section, tree)  # the sidebar's items stay the same objects throughout
        if "selected" not in item.states:
            audit.desktop.client.act(item, "Toggle")  # a list item's one AT-SPI action: select it
        tree = audit.check(section, audit.wait_until_selected(item))
        if then is not None:
            tree = then(audit, section, tree)


def lock(audit: Audit) -> None:
    audit.press("push button", "Lock")
    audit.check("unlock again", audit.wait_for_one("push button", "Open the vault"))
    assert not audit.tree().find_all("push button", "Lock")
