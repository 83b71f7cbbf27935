"""The window carries the app's icon (taskbar, window switcher) once it is up; it is drawn after the first screen is
painted, so the unlock screen does not wait for it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from lifeline_desktop.ui.shell.main_window import MainWindow


def test_the_shown_window_gets_the_app_icon_sharp_at_two_sizes(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.windowIcon().isNull())
    icon = window.windowIcon()
    assert {QSize(128, 128), QSize(256, 256)} <= set(icon.availableSizes())
    image = icon.pixmap(QSize(128, 128)).toImage()
    drawn = sum(image.pixelColor(x, y).alpha() > 200 for x in range(0, 128, 4) for y in range(0, 128, 4))
    assert drawn > 100  # the drawing itself, not an empty square


def test_a_window_never_shown_draws_no_icon(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.wait(50)
    assert window.windowIcon().isNull()
