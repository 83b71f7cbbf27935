"""Today as a calm page (issue 13, item 11): cards of a row level with each other, and nothing scrolls inside it.

The demo vault at the window's own default size, 1000x680: the titles of the two cards in each row start at the
same height, the cards of a row are as tall as each other, and no list or text box inside the page shows a
scrollbar of its own (the page itself is the one thing that scrolls).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QStyle, QWidget

from lifeline_desktop.app import demo_gate_factory
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui.today.page import TodayPage


def _demo_today(make_app, clock, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    from lifeline_desktop.demo.build import DEMO_PARTNERS

    app = make_app(demo=True, gate=demo_gate_factory(clock))
    app.unlock_as(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
    page = app.flow.home.today
    assert isinstance(page, TodayPage)
    app.window.resize(*size)
    app.qtbot.waitUntil(lambda: (app.window.width(), app.window.height()) == size)
    app.qtbot.waitUntil(lambda: page.view is not None and page.entries.rowCount() > 0)
    app.wait_idle()
    QApplication.processEvents()  # the layout of what was just loaded
    return page


def _title_top(title: QLabel, page: QWidget) -> int:
    """Where the title's text starts on the page (inside a label taller than its text, where its alignment puts it)."""
    text = QStyle.alignedRect(title.layoutDirection(), title.alignment(), title.sizeHint(), title.contentsRect())
    return title.mapTo(page, text.topLeft()).y()


def test_cards_in_a_row_are_level_and_nothing_scrolls_inside_today(make_app, clock):
    page = _demo_today(make_app, clock, (1000, 680))
    rows = ((page.prompt, page.news), (page.check_in, page.plans), (page.program, page.conversation))
    for left, right in rows:
        assert left.isVisible() and right.isVisible()
        left_top, right_top = _title_top(left.heading, page), _title_top(right.heading, page)
        assert left_top == right_top, f"{left.objectName()} title at {left_top}, {right.objectName()} at {right_top}"
        assert left.height() == right.height(), f"{left.objectName()} and {right.objectName()} differ in height"

    outer = page.findChildren(QAbstractScrollArea)
    page_scroll = [area for area in outer if area.parentWidget() is page]
    assert len(page_scroll) == 1  # the page's own scroll area: the one thing that scrolls
    inner = [area for area in outer if area not in page_scroll and area.isVisible()]
    scrolling = [area.objectName() or type(area).__name__ for area in inner
                 if area.verticalScrollBar().isVisible() or area.horizontalScrollBar().isVisible()]
    assert not scrolling, f"scrolling inside Today: {scrolling}"
    recent = page.entries_view  # every recent entry in sight, the last one too
    last = recent.visualRect(page.entries.index(page.entries.rowCount() - 1))
    assert recent.visualRect(page.entries.index(0)).top() >= 0 and last.bottom() <= recent.viewport().height()
