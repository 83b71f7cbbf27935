"""Layouts that fit (issue 13): the demo home at the sizes couples use, every section and tab, nothing clipped.

Fails on a button, single-line label, line edit, tab or combo box narrower than its text, on overlapping visible
siblings and on a visible horizontal scrollbar (tests/support/fit.py says exactly how each is measured).

150% scale: QT_SCALE_FACTOR cannot change once the QApplication exists, so "150%" is approximated in this process
by a 1.5x application font at 1000x680 logical pixels (text is what grows at 150%; the window's logical size is
what the couple's screen gives). That is the harsher half of real scaling: icons and fixed pixel sizes stay small.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from lifeline_desktop.app import demo_gate_factory
from lifeline_desktop.domain.partners import PartnerSlot
from tests.support.fit import faults, select_first_items, walk_tabs

SIZES = [(1000, 680), (1024, 700), (1366, 768), (1920, 1080)]


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[None]:
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(before)


def _demo_home(make_app, clock):  # type: ignore[no-untyped-def]
    from lifeline_desktop.demo.build import DEMO_PARTNERS

    app = make_app(demo=True, gate=demo_gate_factory(clock))
    app.unlock_as(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
    home = app.flow.home
    assert home is not None
    return app, home


def walk_every_screen(app, home, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Shows every section and every tab in it; returns each fault found, named with where it was seen."""
    found: list[str] = []
    for row in range(home.navigation_model.rowCount()):
        section = home.navigation_model.section(row)
        home.show_section(row)
        qtbot.waitUntil(lambda r=row: home.pages.currentIndex() == r)
        app.wait_idle()
        page = home.pages.currentWidget()
        for state in walk_tabs(page):
            app.wait_idle()
            select_first_items(page)  # detail panes show what is under the first item
            app.wait_idle()
            QApplication.processEvents()
            found.extend(f"{section.key}, {state}: {fault}" for fault in faults(app.window))
    return sorted(set(found))


def _check(app, home, qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app.window.resize(*size)
    qtbot.waitUntil(lambda: (app.window.width(), app.window.height()) == size)
    found = walk_every_screen(app, home, qtbot)
    assert not found, f"{len(found)} layout faults at {size[0]}x{size[1]}:\n" + "\n".join(found)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_section_and_tab_fits(make_app, clock, qtbot, size):
    app, home = _demo_home(make_app, clock)
    _check(app, home, qtbot, size)


def test_every_section_and_tab_fits_with_text_half_again_as_large(make_app, clock, qtbot, larger_text):
    app, home = _demo_home(make_app, clock)
    _check(app, home, qtbot, (1000, 680))


@pytest.mark.parametrize("size", [(1000, 680), (1920, 1080)], ids=["1000x680", "1920x1080"])
def test_the_journal_list_keeps_its_width_when_an_entry_opens(make_app, clock, qtbot, size):
    app, home = _demo_home(make_app, clock)
    app.window.resize(*size)
    home.show_section_key("journal")
    app.wait_idle()
    journal = home.pages.currentWidget()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)
    before = journal.list.width()
    private = next(r for r in range(journal.model.rowCount()) if journal.model.summary(r).private)
    for row in (0, private, 1):  # a private entry shows "Share with …" too
        journal.list.setCurrentIndex(journal.model.index(row, 0))
        qtbot.waitUntil(lambda: journal.right.currentWidget() is journal.detail)
        app.wait_idle()
        QApplication.processEvents()
        assert journal.list.width() == before


def _check_the_ways_back_in(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    app.window.resize(1000, 680)
    app.wait_ready()
    assert not faults(app.window), "\n".join(faults(app.window))
    qtbot.mouseClick(app.flow.unlock.recovery_link, Qt.MouseButton.LeftButton)
    assert app.window.current_screen is app.flow.recovery
    app.flow.recovery.tiles.select(PartnerSlot.A)
    QApplication.processEvents()
    assert not faults(app.window), "\n".join(faults(app.window))


def test_the_unlock_and_recovery_screens_fit_at_the_smallest_size(make_app, existing_vault, qtbot):
    """The way back in never cuts its own fields: the tall recovery card scrolls instead of squeezing the
    passphrase field and its Show button."""
    _check_the_ways_back_in(make_app(), qtbot)


def test_the_unlock_and_recovery_screens_fit_with_larger_text(make_app, existing_vault, qtbot, larger_text):
    _check_the_ways_back_in(make_app(), qtbot)


def test_the_entry_pane_keeps_its_actions_whole_under_the_longest_prompt(make_app, clock, qtbot, larger_text):
    """The prompt of the day is drawn at random per vault; the longest one, in larger text at the smallest window,
    once pushed the reply box over the status line. The entry's text gives way (it scrolls) instead."""
    from lifeline_desktop.content.prompts import builtin_prompts

    app, home = _demo_home(make_app, clock)
    app.window.resize(1000, 680)
    home.show_section_key("journal")
    journal = home.pages.currentWidget()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)
    journal.prompt_text.setText(max((prompt.text for prompt in builtin_prompts()), key=len))
    select_first_items(journal)
    app.wait_idle()
    QApplication.processEvents()
    assert journal.right.currentWidget() is journal.detail
    assert not faults(app.window), "\n".join(faults(app.window))



def test_the_sidebar_grows_with_the_largest_text_size_settings_offers(make_app, clock, qtbot, qapp):
    """Settings' "Largest" scales the application font and the style sheet's sizes together; the sidebar's width
    was fixed for the normal size and cut "Switch partner" and scrolled its section names sideways."""
    from lifeline_desktop.ui import theme

    app, home = _demo_home(make_app, clock)
    app.window.resize(1000, 680)
    normal = home.sidebar.width()
    theme.apply_theme(qapp, "light", "largest")
    try:
        qtbot.waitUntil(lambda: home.sidebar.width() > normal)
        app.wait_idle()
        assert not faults(home.sidebar), "\n".join(faults(home.sidebar))
    finally:
        theme.apply_theme(qapp, "light", "normal")
    qtbot.waitUntil(lambda: home.sidebar.width() == normal)


def test_every_section_and_tab_fits_at_the_largest_text_size_settings_offers(make_app, clock, qtbot, qapp):
    """Settings' "Largest" scales the application font and the style sheet's own sizes (titles, notes) together;
    the larger-text walk above scales only the application font."""
    from lifeline_desktop.ui import theme

    app, home = _demo_home(make_app, clock)
    theme.apply_theme(qapp, "light", "largest")
    try:
        _check(app, home, qtbot, (1000, 680))
    finally:
        theme.apply_theme(qapp, "light", "normal")
