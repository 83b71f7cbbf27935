"""Shake a field sideways, the familiar "no" gesture of a wrong passphrase."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation
from PySide6.QtWidgets import QWidget

from lifeline_desktop.ui import defs


def shake(widget: QWidget) -> QPropertyAnimation:
    start = widget.pos()
    animation = QPropertyAnimation(widget, b"pos", widget)
    animation.setDuration(defs.SHAKE_MS)
    animation.setEasingCurve(QEasingCurve.Type.Linear)
    steps = (0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0)
    offsets = (0, -1, 1, -1, 1, -0.5, 0.5, 0)
    for step, offset in zip(steps, offsets, strict=True):
        animation.setKeyValueAt(step, start + QPoint(int(offset * defs.SHAKE_PIXELS), 0))
    animation.start(QPropertyAnimation.DeletionPolicy.DeleteWhenStopped)
    return animation
