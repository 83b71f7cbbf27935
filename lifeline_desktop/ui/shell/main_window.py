"""The one window: a stack of screens (set-up, unlock, recovery, damaged vault, home). Title always neutral."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
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
        self._icon_pending = True
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

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._icon_pending:
            self._icon_pending = False
            QTimer.singleShot(0, self, self._set_icon)  # after this paint is on screen (never once the window is gone)

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
