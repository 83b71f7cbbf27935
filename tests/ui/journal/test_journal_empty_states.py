"""An empty Journal list says so in its own area, and Print and Export wait until there is something to print."""

from __future__ import annotations

from lifeline_desktop.domain.partners import PartnerSlot
from tests.ui.conftest import type_text
from tests.ui.journal.helpers import open_journal, write_entry

NOTHING_YET = "Nothing written yet. Your first entry can be a single line."
NO_MATCH = "Nothing matches. Try fewer words or clear the filters."


def test_an_empty_journal_says_so_and_print_and_export_wait_for_an_entry(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, PartnerSlot.A)
    app.qtbot.waitUntil(lambda: page.model.total == 0 and page.nothing.text() == NOTHING_YET)
    assert page.nothing.showing and page.nothing.parent() is page.list.viewport()
    for button in (page.print_button, page.export_button):
        assert not button.isEnabled()
        assert "write an entry first" in button.toolTip()
    write_entry(app, page, "Tuesday", "Soup, and a long talk about nothing.")
    app.qtbot.waitUntil(lambda: page.print_button.isEnabled() and page.export_button.isEnabled())
    assert not page.nothing.showing
    assert "Ctrl+P" in page.print_button.toolTip() and "Ctrl+E" in page.export_button.toolTip()


def test_a_search_that_finds_nothing_says_so_and_clearing_it_brings_the_entries_back(make_app, existing_vault):
    app = make_app()
    page = open_journal(app, PartnerSlot.A)
    write_entry(app, page, "Picnic", "Strawberries by the river")
    type_text(app.qtbot, page.filters.search, "zebracrossing")
    app.qtbot.waitUntil(lambda: page.nothing.showing and page.nothing.text() == NO_MATCH)
    assert page.model.rowCount() == 0 and not page.print_button.isEnabled()
    assert "Clear the search or filters" in page.export_button.toolTip()
    page.filters.search.clear()
    app.qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.print_button.isEnabled())
    assert not page.nothing.showing
