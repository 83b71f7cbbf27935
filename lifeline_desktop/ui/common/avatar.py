"""A round badge in a partner's colour with their initial: the only place a partner's colour shows."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap


def avatar_pixmap(name: str, colour: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    initial = (name.strip()[:1] or "?").upper()
    font = QFont()
    font.setPixelSize(int(size * 0.45))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    return pixmap


def avatar_icon(name: str, colour: str, size: int = 64) -> QIcon:
    icon = QIcon()
    icon.addPixmap(avatar_pixmap(name, colour, size))
    icon.addPixmap(avatar_pixmap(name, colour, size * 2))
    return icon
