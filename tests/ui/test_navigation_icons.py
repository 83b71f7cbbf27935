"""The sidebar's icons: in the text colour, and in the highlighted text colour on the chosen section's highlight."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon
from pytestqt.qtbot import QtBot

from lifeline_desktop.ui.shell.navigation import NavigationModel


def _inked(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    image = icon.pixmap(QSize(24, 24), mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 200}


def test_the_chosen_sections_icon_is_drawn_in_the_highlighted_text_colour(qtbot: QtBot) -> None:
    model = NavigationModel(QColor("#000000"), QColor("#ffffff"))
    for row in range(model.rowCount()):
        icon = model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        assert _inked(icon, QIcon.Mode.Normal) == {"#000000"}
        assert _inked(icon, QIcon.Mode.Selected) == {"#ffffff"}
