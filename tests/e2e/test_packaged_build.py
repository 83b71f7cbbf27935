"""The frozen app (PyInstaller bundle) makes, writes, locks and reopens a real vault: `lifeline --self-test DIR`;
and its window, driven from outside as a person would (through AT-SPI, as a screen reader does), opens the demo
vault and shows every section's page.

The bundle is dist/lifeline/ after `packaging/linux/build-deb.sh` (or the PyInstaller step alone), or wherever
LIFELINE_BUNDLE points (CI points it at /opt/lifeline after installing the .deb). Building one takes about a
minute, so this test never builds: without a bundle it skips. CI's packaging step builds, installs and runs it.
The window test needs Xvfb, D-Bus and at-spi2-core (Debian: xvfb dbus at-spi2-core): under CI=true their absence
fails it, elsewhere it skips.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.a11y_desktop import accessible_app, bundled_app, require_tools
from tests.support.a11y_walk import SECTIONS, Audit, lock, showing_controls, unlock, visit_sections
from tests.support.atspi import Node, wait_for

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "lifeline.exe" if sys.platform == "win32" else "lifeline"


def _bundle() -> Path:
    override = os.environ.get("LIFELINE_BUNDLE")
    bundle = Path(override) if override else ROOT / "dist" / "lifeline"
    if not (bundle / EXE_NAME).is_file():
        if override:
            pytest.fail(f"LIFELINE_BUNDLE={override} holds no {EXE_NAME}")
        pytest.skip(f"no packaged build at {bundle} (build one with packaging/linux/build-deb.sh; CI's packaging "
                    "step builds, installs and tests it)")
    return bundle


def test_the_frozen_app_passes_its_self_test(tmp_path: Path) -> None:
    bundle = _bundle()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LD_PRELOAD"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    vault = tmp_path / "vault"
    result = subprocess.run([str(bundle / EXE_NAME), "--self-test", str(vault)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, f"self-test failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip().splitlines()[-1] == "self-test ok"
    assert "optimize: 2" in result.stdout  # -OO, as lifeline.spec builds it: the memory figures count on it
    # compiled once, not at every start, without the .pyi generator and with the parser's pattern compiled on first
    # use (shiboken_files.py)
    assert ("PySide6 support files: unpacked, without the .pyi generator, argument pattern compiled on first use"
            in result.stdout)
    assert (vault / "lifeline.db").is_file()
    # the bundle's own resources were used, not this checkout's
    assert str(bundle.resolve()) in result.stdout or str(bundle) in result.stdout


def test_the_bundle_leaves_out_qt_network(tmp_path: Path) -> None:
    bundle = _bundle()
    network = [p.name for p in bundle.rglob("*") if "Qt6Network" in p.name or p.name.startswith("QtNetwork")]
    assert not network, f"the bundle carries QtNetwork: {network}"


def _section_page(tree: Node, section: str) -> Node | None:
    """The section's page if the home shows it: the home's stack of pages (a layered pane beside the sidebar's
    Sections list) holds one per section, in the sidebar's order, and shows one at a time."""
    for home in tree.walk():
        stacks = [c for c in home.children if c.role == "layered pane" and len(c.children) == len(SECTIONS)]
        if len(stacks) == 1 and any(c.find_all("list", "Sections") for c in home.children):
            page = stacks[0].children[SECTIONS.index(section)]
            return page if "showing" in page.states else None
    return None


def _page_has_controls(audit: Audit, section: str, tree: Node) -> Node:
    """The section's own page shows, with something to act on. A page that failed to build leaves the previous
    section's page on screen, or an empty placeholder, beside a sidebar that says the section is open (and the
    sidebar alone would pass the audit's whole-window check)."""

    def page_controls() -> Node | None:
        current = audit.tree()
        page = _section_page(current, section)
        return current if page is not None and showing_controls(page) else None

    return wait_for(f"a control on the {section} page", page_controls, timeout=15)


@pytest.mark.slow
def test_the_bundle_opens_the_demo_vault_and_shows_every_section(tmp_path: Path) -> None:
    bundle = _bundle()
    require_tools()
    with accessible_app(tmp_path, bundled_app(bundle / EXE_NAME, "--demo")) as desktop:
        audit = Audit(desktop)
        try:
            unlock(audit)
            visit_sections(audit, then=_page_has_controls)
            lock(audit)
        except AssertionError as error:  # AtspiError too: say what the app printed (a traceback, most likely)
            raise AssertionError(f"{error}\nthe bundle's output:\n{desktop.log.read_text(errors='replace')}") from error
        output = desktop.log.read_text(errors="replace")
    assert audit.screens == ["unlock", *SECTIONS, "unlock again"]
    assert "Traceback" not in output, f"the bundle raised while it was driven:\n{output}"
