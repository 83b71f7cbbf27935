"""Our own SVG line icons from resources/icons, tinted to the palette's text colour."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from lifeline_desktop.resource_paths import resources_dir

NAMES = ("app", "today", "journal", "planner", "conversations", "checkins", "programs", "play", "story", "lock",
         "settings")


@cache
def _svg_text(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon(name: str, colour: QColor | str | None = None, size: int = 64,
         selected: QColor | str | None = None) -> QIcon:
    """An icon; line icons use `currentColor`, replaced by `colour` (so they follow light and dark), and by
    `selected` when drawn on a selection's highlight (a list's chosen row)."""
    result = QIcon()
    _add_pixmaps(result, name, colour, size, QIcon.Mode.Normal)
    if selected is not None:
        _add_pixmaps(result, name, selected, size, QIcon.Mode.Selected)
    return result


def _add_pixmaps(result: QIcon, name: str, colour: QColor | str | None, size: int, mode: QIcon.Mode) -> None:
    text = _svg_text(name)
    if colour is not None:
        text = text.replace("currentColor", QColor(colour).name())
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    for side in (size, size * 2):  # a sharp pixmap for high-DPI screens too
        pixmap = QPixmap(QSize(side, side))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, side, side))
        painter.end()
        result.addPixmap(pixmap, mode)
