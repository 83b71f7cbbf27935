"""The one window: a stack of screens (set-up, unlock, recovery, damaged vault, home). Title always neutral."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from lifeline_desktop.ui import defs

if TYPE_CHECKING:
    from lifeline_desktop.ui.shell.shortcuts_sheet import ShortcutsSheet

SHEET_KEYS = ("Ctrl+/",)  # the shortcuts sheet


class MainWindow(QMainWindow):
    lock_shortcut = Signal()
    settings_shortcut = Signal()
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(defs.WINDOW_TITLE)
        # The icon is drawn from its SVG (QtSvg, a painter, two pixmaps: about 15 ms) once the first screen is painted:
        # the unlock screen shows that much sooner, the taskbar's icon a blink later.
        _AfterFirstPaint(self, self._set_icon)
        self.resize(*defs.WINDOW_SIZE)
        self.setMinimumSize(*defs.MIN_WINDOW_SIZE)
        self.screens = QStackedWidget(self)
        self.setCentralWidget(self.screens)
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.activated.connect(self.lock_shortcut)
        settings = QShortcut(QKeySequence("Ctrl+,"), self)
        settings.activated.connect(self.settings_shortcut)
        quit_ = QShortcut(QKeySequence("Ctrl+Q"), self)  # closing locks first: an open entry becomes a draft
        quit_.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_.activated.connect(self.close)
        for keys in SHEET_KEYS:
            sheet = QShortcut(QKeySequence(keys), self)
            sheet.setContext(Qt.ShortcutContext.ApplicationShortcut)
            sheet.activated.connect(self.show_shortcuts)
        self.shortcuts_sheet: ShortcutsSheet | None = None

    def _set_icon(self) -> None:
        from lifeline_desktop.ui.icons import icon

        self.setWindowIcon(icon("app", size=128))

    def show_shortcuts(self) -> None:
        if self.shortcuts_sheet is None:
            from lifeline_desktop.ui.shell.shortcuts_sheet import ShortcutsSheet  # first use: not at start-up

            self.shortcuts_sheet = ShortcutsSheet(self)
        self.shortcuts_sheet.open()

    def add_screen(self, screen: QWidget) -> None:
        """Into the stack, hidden, but already styled and laid out at the window's size: ready to show at once
        (Qt would otherwise do both when it first shows it)."""
        self.screens.addWidget(screen)
        screen.setGeometry(self.screens.contentsRect())
        screen.ensurePolished()
        if (layout := screen.layout()) is not None:
            layout.activate()

    def show_screen(self, screen: QWidget) -> None:
        if self.screens.indexOf(screen) < 0:
            self.screens.addWidget(screen)
        self.screens.setCurrentWidget(screen)
        self.setWindowTitle(defs.WINDOW_TITLE)

    def remove_screen(self, screen: QWidget) -> None:
        self.screens.removeWidget(screen)
        screen.setParent(None)
        screen.deleteLater()

    @property
    def current_screen(self) -> QWidget | None:
        return self.screens.currentWidget()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


class _AfterFirstPaint(QObject):
    """Runs `then` in the event loop's turn after `widget` first paints, then steps aside. An event filter rather than
    a paintEvent override: an override puts Python in every paint, down to the last ones while the app exits (where
    Qt then warned of a flush to a window that no longer had a handle)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, self._then)  # never once the widget is gone
        return False
