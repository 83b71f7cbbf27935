"""A layer over the whole window (a conversation under way, a game): it follows the window's size, has its own keys,
and closes once, announcing `left`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QWidget


class WindowOverlay(QFrame):
    left = Signal()  # closed: left for later, or finished

    def __init__(self, host: QWidget, name: str, style: str) -> None:
        super().__init__(host)
        self.setObjectName(name)
        self.setStyleSheet(style)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.shortcuts: list[QShortcut] = []
        self._closed = False

    def bind(self, key: str, slot: Callable[[], None]) -> None:
        """A key for the overlay only: the window's own shortcuts stay out of the way while it is up."""
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)

    def open_over(self, host: QWidget) -> None:
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    @property
    def closed(self) -> bool:
        return self._closed

    def close_overlay(self) -> None:
        if self._closed:
            return
        self._closed = True
        host = self.parentWidget()
        if host is not None:
            host.removeEventFilter(self)
        self.before_close()
        self.hide()
        self.left.emit()
        self.deleteLater()

    def before_close(self) -> None:
        """Stop what runs on its own (a timer) before the layer goes."""
