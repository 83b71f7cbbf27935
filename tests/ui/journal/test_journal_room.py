"""The Entries tab at the smallest window: the prompt reads across, the filters fold away, the list gets the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lifeline_desktop.app import demo_gate_factory
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.partners import PartnerSlot


def test_at_1000x680_the_list_gets_the_room_and_the_filters_unfold_with_their_count(make_app, clock, qtbot):
    from lifeline_desktop.demo.build import DEMO_PARTNERS

    app = make_app(demo=True, gate=demo_gate_factory(clock))
    app.unlock_as(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
    home = app.flow.home
    app.window.resize(1000, 680)
    home.show_section_key("journal")
    journal = home.pages.currentWidget()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)
    app.wait_idle()
    QApplication.processEvents()
    bar = journal.filters
    assert not bar.fields.isVisibleTo(journal) and bar.toggle.text() == "&Filters"
    # the longest built-in prompt (the day's prompt differs from vault to vault): the list's room in the worst case
    longest = max((prompt.text for prompt in builtin_prompts()), key=len)
    label = journal.prompt_text
    label.setText(f"Prompt of the day: {longest}")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # laid out again
    # (with a one-line prompt the list has 0.39 of the window; under the longest, four lines, 0.335)
    assert journal.list.height() >= 0.33 * app.window.height(), (journal.list.height(), app.window.height())
    prompt = journal.prompt_text
    assert prompt.width() > journal.width() * 0.8  # across the card, not a column beside the buttons

    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.fields.isVisibleTo(journal) and bar.tag.isVisibleTo(journal))
    assert bar.toggle.isChecked()
    bar.author.setCurrentIndex(bar.author.findData(PartnerSlot.B))
    qtbot.waitUntil(lambda: bar.toggle.text() == "&Filters (1)")
    bar.practice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bar.toggle.text() == "&Filters (2)")
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.fields.isVisibleTo(journal))
    assert journal.current_filter().author == PartnerSlot.B  # folded away, still applied
    bar.author.setCurrentIndex(0)
    bar.practice.setCurrentIndex(0)
    qtbot.waitUntil(lambda: bar.toggle.text() == "&Filters")
