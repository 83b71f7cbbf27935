"""The one passphrase field (set-up, unlock's new-passphrase pages, Settings, the key-file rescue): the zxcvbn meter,
Show/Hide, the Caps Lock warning inferred from typed letters, the match on its own line, "Use it anyway?"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from lifeline_desktop.ui.common.passphrase_field import PassphraseField
from tests.ui.conftest import click_confirm


def _field(qtbot) -> tuple[QWidget, PassphraseField]:
    window = QWidget()
    qtbot.addWidget(window)
    field = PassphraseField("Sam", window)
    field.set_related("Sam", "Alex")
    window.show()
    qtbot.waitExposed(window)
    return window, field


def test_the_meter_follows_zxcvbn_and_names_count_as_easy(qtbot):
    _window, field = _field(qtbot)
    assert field.meter.score == -1  # nothing typed: an empty meter
    qtbot.keyClicks(field.first, "short")
    assert "Too short" in field.hint.text() and not field.is_acceptable()
    field.first.clear()
    qtbot.keyClicks(field.first, "password")
    assert field.score() == 0 and field.meter.score == 0 and "Very weak" in field.hint.text()
    assert field.meter.accessibleDescription() == field.hint.text()
    field.first.clear()
    qtbot.keyClicks(field.first, "sam and alex")
    assert field.score() == 3  # the same words score 4 for a couple with other names
    field.set_related()
    assert field.score() == 4
    field.first.clear()
    qtbot.keyClicks(field.first, "lantern orbit mossy teapot")
    assert field.score() == 4 and "Strong" in field.hint.text()


def test_the_match_has_its_own_line(qtbot):
    _window, field = _field(qtbot)
    qtbot.keyClicks(field.first, "lantern orbit mossy teapot")
    assert field.match.text() == ""
    qtbot.keyClicks(field.second, "lantern orbit")
    assert "do not match" in field.match.text() and "match" not in field.hint.text()
    assert not field.is_acceptable()
    qtbot.keyClicks(field.second, " mossy teapot")
    assert field.match.text().startswith("✓") and field.is_acceptable()


def test_show_and_hide_the_passphrase(qtbot):
    _window, field = _field(qtbot)
    assert field.first.echoMode() is QLineEdit.EchoMode.Password
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.first.echoMode() is QLineEdit.EchoMode.Normal
    assert field.second.echoMode() is QLineEdit.EchoMode.Normal
    assert field.toggle.text() == "Hide" and field.toggle.accessibleName() == "Hide the passphrase"
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.first.echoMode() is QLineEdit.EchoMode.Password
    field.toggle.setChecked(True)
    field.clear()
    assert field.first.echoMode() is QLineEdit.EchoMode.Password, "a new turn starts hidden"


def test_caps_lock_is_inferred_from_the_letters_typed(qtbot):
    _window, field = _field(qtbot)
    assert field.caps.isHidden()
    qtbot.keyClick(field.first, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, -1)
    assert field.caps.isHidden()  # "a" without Shift: Caps Lock off
    qtbot.keyClicks(field.first, "B")  # a capital without Shift: Caps Lock on
    assert field.caps.isVisible() and "Caps Lock" in field.caps.text()
    qtbot.keyClicks(field.first, "7")  # a digit says nothing either way
    assert field.caps.isVisible()
    qtbot.keyClick(field.first, Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier, -1)
    assert field.caps.isHidden()
    qtbot.keyClick(field.second, "d", Qt.KeyboardModifier.ShiftModifier)  # small letter with Shift: on
    assert field.caps.isVisible()
    qtbot.keyClick(field.second, "E", Qt.KeyboardModifier.ShiftModifier)  # capital with Shift: off
    assert field.caps.isHidden()


def test_a_very_weak_passphrase_asks_use_it_anyway(qtbot):
    window, field = _field(qtbot)
    used: list[str] = []
    for text in ("password", "password"):
        qtbot.keyClicks(field.first if not field.first.text() else field.second, text)
    assert field.is_acceptable() and field.is_very_weak()
    field.confirm_weak(lambda: used.append(field.passphrase()))
    assert used == []  # not before the answer
    click_confirm(qtbot, window)
    assert used == ["password"]
    field.clear()
    qtbot.keyClicks(field.first, "lantern orbit mossy teapot")
    qtbot.keyClicks(field.second, "lantern orbit mossy teapot")
    field.confirm_weak(lambda: used.append(field.passphrase()))
    assert used == ["password", "lantern orbit mossy teapot"]  # a strong one goes straight on
