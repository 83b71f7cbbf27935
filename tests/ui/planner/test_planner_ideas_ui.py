"""The idea library driven by clicks and keys: browse, filter, search, favourite, hide, own ideas, surprise."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from tests.ui.planner.conftest import click, ideas_shown_for_filter, open_planner


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_browse_filter_search_favourite_hide_and_surprise(planner_app, qtbot) -> None:
    page = open_planner(planner_app)
    ideas = page.ideas
    everything = ideas.model.rowCount()
    assert everything >= 300 and f"{everything} ideas" in ideas.count.text()

    def calm_affection_at_home(idea) -> bool:
        return idea.category == "affection" and not idea.screens and idea.place in ("home", "anywhere")

    choose(ideas.category, "affection")
    click(qtbot, ideas.no_screens)
    choose(ideas.place, "home")
    ideas_shown_for_filter(qtbot, ideas)  # all three filters applied, not the first one alone
    shown = ideas.model.rows()
    assert 0 < len(shown) < 25
    assert all(map(calm_affection_at_home, shown))

    # Surprise us respects the filters (clicked and by Ctrl+R).
    for _ in range(3):
        click(qtbot, ideas.surprise_button)
        qtbot.waitUntil(lambda: page.status.text().startswith("How about this"))
        picked = ideas.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
        assert picked in shown and picked.title in page.status.text()
        page.status.clear()

    # Favourite the current one, hide another, and see both flags at work.
    favourite = ideas.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    click(qtbot, ideas.favourite_button)
    click(qtbot, ideas.favourites)
    ideas_shown_for_filter(qtbot, ideas)
    assert [i.key for i in ideas.model.rows()] == [favourite.key]
    click(qtbot, ideas.favourites)
    ideas_shown_for_filter(qtbot, ideas)
    assert ideas.model.rowCount() == len(shown)
    ideas.select(shown[-1].key if shown[-1].key != favourite.key else shown[0].key)
    hidden = ideas.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    with qtbot.waitSignal(ideas.shown):  # the reload after hiding it (same filter)
        click(qtbot, ideas.hide_button)
    assert ideas.model.rowCount() == len(shown) - 1
    assert hidden.key not in [i.key for i in ideas.model.rows()]

    # Search by keys, with the other filters cleared.
    for combo in (ideas.category, ideas.place):
        combo.setCurrentIndex(0)
    click(qtbot, ideas.no_screens)
    qtbot.keyClick(ideas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, ideas.search, "blanket fort")
    qtbot.waitUntil(lambda: [i.title for i in ideas.model.rows()] == ["Build a blanket fort"])


def test_our_own_idea_needs_a_title_and_can_be_edited(planner_app, qtbot) -> None:
    page = open_planner(planner_app)
    ideas = page.ideas
    click(qtbot, ideas.add_button)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "needs a title" in dialog.error.text())
    assert dialog.isVisible()
    type_text(qtbot, dialog.title_field, "Pancake Sunday")
    dialog.description.setPlainText("Flip them badly, eat them anyway.")
    dialog.practices["reconnecting"].setChecked(True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    type_text(qtbot, ideas.search, "pancake")
    qtbot.waitUntil(lambda: [i.title for i in ideas.model.rows()] == ["Pancake Sunday"])
    ideas.list.setCurrentIndex(ideas.model.index(0))
    assert ideas.edit_button.isEnabled() and "idea of yours" in ideas.edit_button.toolTip()
    click(qtbot, ideas.edit_button)
    editor = page.dialog
    qtbot.waitUntil(editor.isVisible)
    editor.title_field.setText("Pancake Sunday, slowly")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: [i.title for i in ideas.model.rows()] == ["Pancake Sunday, slowly"])
    # Built-in ideas are not edited in place.
    ideas.search.setText("blanket fort")
    ideas_shown_for_filter(qtbot, ideas)
    assert ideas.model.rowCount() == 1 and not ideas.model.row(0).own
    ideas.list.setCurrentIndex(ideas.model.index(0))
    assert not ideas.edit_button.isEnabled()
    assert "can't be changed" in ideas.edit_button.toolTip() and "Add our own idea" in ideas.edit_button.toolTip()
