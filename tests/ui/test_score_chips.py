"""A 1-to-10 score as ten chips (ui/common/score_chips.py): set by mouse and by keyboard, one Tab stop, a focus
ring, and a name and value a screen reader can read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from lifeline_desktop.ui.common.score_chips import ScoreChips


def _chips(qtbot) -> tuple[QWidget, ScoreChips, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    before = QLineEdit(window)
    chips = ScoreChips(window)
    chips.setAccessibleName("Closeness")
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(chips)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window, chips, before


def test_a_click_picks_the_score_and_takes_the_focus(qtbot):
    _window, chips, _before = _chips(qtbot)
    assert chips.value() == 5 and chips.chip(5).isChecked()
    with qtbot.waitSignal(chips.valueChanged) as heard:
        qtbot.mouseClick(chips.chip(8), Qt.MouseButton.LeftButton)
    assert heard.args == [8]
    assert chips.value() == 8 and chips.chip(8).isChecked() and not chips.chip(5).isChecked()
    qtbot.waitUntil(chips.hasFocus)
    assert chips.accessibleName() == "Closeness" and chips.accessibleDescription() == "8 out of 10"
    assert chips.chip(3).accessibleName() == "3 out of 10"


def test_the_keyboard_moves_and_picks_with_arrows_home_end_and_digits(qtbot):
    _window, chips, before = _chips(qtbot)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(chips.hasFocus)  # the row is one Tab stop after the field
    qtbot.keyClick(chips, Qt.Key.Key_Right)
    qtbot.keyClick(chips, Qt.Key.Key_Right)
    assert chips.value() == 7
    qtbot.keyClick(chips, Qt.Key.Key_Left)
    assert chips.value() == 6
    qtbot.keyClick(chips, Qt.Key.Key_End)
    qtbot.keyClick(chips, Qt.Key.Key_Right)
    assert chips.value() == 10, "no further than 10"
    qtbot.keyClick(chips, Qt.Key.Key_Home)
    qtbot.keyClick(chips, Qt.Key.Key_Left)
    assert chips.value() == 1, "no lower than 1"
    qtbot.keyClicks(chips, "4")
    assert chips.value() == 4 and chips.chip(4).isChecked()
    qtbot.keyClicks(chips, "0")
    assert chips.value() == 10, "0 is 10"
    qtbot.keyClick(chips, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert chips.value() == 10, "Ctrl+digit is left to the window's shortcuts"
    assert all(chips.chip(n).focusPolicy() == Qt.FocusPolicy.NoFocus for n in range(1, 11))


def test_arrows_and_digits_win_over_the_window_shortcuts(qtbot):
    window, chips, _before = _chips(qtbot)
    fired = []
    for key in ("Right", "Left", "7"):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.activated.connect(lambda k=key: fired.append(k))
    chips.setFocus()
    qtbot.waitUntil(chips.hasFocus)
    qtbot.keyClick(chips, Qt.Key.Key_Right)
    qtbot.keyClicks(chips, "7")
    assert chips.value() == 7 and fired == []


def test_the_focus_ring_shows_only_with_the_focus(qtbot):
    window, chips, before = _chips(qtbot)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    unfocused = chips.grab().toImage()
    chips.setFocus()
    qtbot.waitUntil(chips.hasFocus)
    focused = chips.grab().toImage()
    highlight = chips.palette().highlight().color().rgb()
    left_edge = [focused.pixel(1, y) for y in range(focused.height())]
    assert highlight in left_edge, "a ring in the highlight colour"
    assert highlight not in [unfocused.pixel(1, y) for y in range(unfocused.height())]
    assert window.isVisible()
