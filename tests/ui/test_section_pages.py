"""Every section in the sidebar has its page: there is no placeholder to fall back on."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lifeline_desktop.ui.shell.navigation import sections
from lifeline_desktop.ui.shell.section_pages import SECTION_PAGES


def test_every_sidebar_section_has_a_page_factory(qtbot: QtBot) -> None:
    keys = [section.key for section in sections()]
    assert keys, "the sidebar lists no section"
    assert sorted(keys) == sorted(SECTION_PAGES)
