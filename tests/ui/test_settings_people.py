"""Settings' names, colours and text size, end to end on a real vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import theme
from lifeline_desktop.ui.common.colour_picker import CHOSEN_MARK, ColourPicker
from lifeline_desktop.ui.preferences import PreferencesFile
from tests.ui.journal.helpers import open_journal, write_entry
from tests.ui.test_settings import open_settings

A = PartnerSlot.A
SAGE = "#6A8D73"
TEAL = "#3D7A8A"


def test_a_new_name_and_colour_show_on_today_in_the_journal_and_on_the_tile(make_app, existing_vault, qtbot):
    app = make_app()
    journal = open_journal(app, A)
    write_entry(app, journal, "Sunday pancakes", "We burnt the first one, as always.")
    dialog = open_settings(app, qtbot)
    dialog.tabs.setCurrentWidget(dialog.people)
    people = dialog.people
    assert not people.colour.button_for(TEAL).text()  # no tick on a swatch that is not chosen
    people.name.selectAll()
    qtbot.keyClicks(people.name, "Rosalind")
    qtbot.mouseClick(people.colour.button_for(SAGE), Qt.MouseButton.LeftButton)
    assert people.colour.button_for(SAGE).text() == CHOSEN_MARK
    qtbot.mouseClick(people.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text())
    dialog.close()

    home = app.flow.home
    qtbot.waitUntil(lambda: home.name_label.text() == "Rosalind")
    journal = home.pages.currentWidget()  # the journal page, built again
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    row = journal.list.itemDelegate().row_html(journal.model.summary(0))
    assert "Rosalind" in row and SAGE in row
    home.show_section(0)
    qtbot.waitUntil(lambda: "Rosalind" in home.today.title.text())

    app.flow.lock()
    app.wait_ready()
    assert app.flow.unlock.tiles.label_of(A) == "R"


def test_a_focused_swatch_does_not_look_chosen_and_the_others_colour_is_theirs(qtbot):
    picker = ColourPicker(SAGE, "Your colour")
    qtbot.addWidget(picker)
    picker.reserve(TEAL, "M", "Mei's colour")
    picker.show()
    qtbot.waitExposed(picker)
    teal, plum = picker.button_for(TEAL), picker.button_for("#8F5E8E")
    assert not teal.isEnabled() and teal.text() == "M" and teal.toolTip() == "Mei's colour"
    plum.setFocus()
    qtbot.waitUntil(plum.hasFocus)
    assert plum.text() == "" and not plum.isChecked()  # the focus ring alone, no tick
    assert picker.button_for(SAGE).text() == CHOSEN_MARK
    qtbot.keyClick(plum, Qt.Key.Key_Space)
    assert picker.colour() == "#8F5E8E" and plum.text() == CHOSEN_MARK and picker.button_for(SAGE).text() == ""


def test_the_text_size_applies_at_once_and_after_a_restart(make_app, existing_vault, qtbot, tmp_config):
    qapp = QApplication.instance()
    try:
        app = make_app()
        app.unlock_as(A)
        normal = qapp.font().pointSizeF()
        dialog = open_settings(app, qtbot)
        combo = dialog.appearance.text_size
        combo.setCurrentIndex(combo.findData("largest"))
        combo.activated.emit(combo.currentIndex())
        assert qapp.font().pointSizeF() > normal
        assert "font-size: 13.1pt" in qapp.styleSheet()  # 10.5 pt, a quarter larger
        app.wait_idle()
        assert PreferencesFile(tmp_config.settings_dir).load().text_size == "largest"
        dialog.close()
        app.flow.lock()
        app.built.window.close()

        theme.apply_theme(qapp, "system")  # as a new start would find it
        assert qapp.font().pointSizeF() == normal
        again = make_app()
        assert qapp.font().pointSizeF() > normal
        again.unlock_as(A)
        dialog = open_settings(again, qtbot)
        assert dialog.appearance.text_size.currentData() == "largest"
    finally:
        theme.apply_theme(qapp, "system")
