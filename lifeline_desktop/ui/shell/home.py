"""The unlocked window's content: the active partner and lock at the top, the sidebar, the section pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.avatar import avatar_pixmap
from lifeline_desktop.ui.common.layout import STRETCH, hbox, vbox
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.icons import icon
from lifeline_desktop.ui.operations import PARTNERS, ChangeBus, Changes, Operations
from lifeline_desktop.ui.shell.navigation import NavigationModel
from lifeline_desktop.ui.shell.private_space_bar import PrivateSpaceBar
from lifeline_desktop.ui.shell.section_pages import build_page, build_page_before_opening
from lifeline_desktop.ui.shell.upkeep_status import UpkeepStatus
from lifeline_desktop.ui.theme import text_scale
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class HomeView(QWidget):
    lock_requested = Signal()
    switch_requested = Signal()
    settings_requested = Signal()
    talking = Signal(bool)  # a page shows a guided conversation (see IdleWatcher.set_talking)

    def __init__(self, runner: Runner, parent: QWidget | None = None, bus: ChangeBus | None = None) -> None:
        """An empty home, for the vault being opened: built while the passphrase is checked, so that once it has
        been, `open(session)` is left to fill in who is here and Today."""
        super().__init__(parent)
        self._session: Session | None = None
        self.changes = bus if bus is not None else ChangeBus(self)
        self._ops = Operations(None, runner, self.changes)
        sidebar = self._sidebar()

        self.pages = QStackedWidget(self)
        # Each section's page is built the first time it is shown: unlocking stays quick and a page never
        # opened costs no memory. Today, the first, is built now, empty, and given the session by `open`.
        for row in range(self.navigation_model.rowCount()):
            self.pages.addWidget(QWidget(self.pages))
            early = build_page_before_opening(self.navigation_model.section(row), self._ops, self.pages)
            if early is not None:
                self._place(row, early)
        self.pages.setCurrentIndex(0)  # laid out with the home while hidden (see MainWindow.add_screen)
        self._follow_navigation()

        self.private_space_bar = PrivateSpaceBar(self._ops, self)
        content = vbox(0, self.private_space_bar, (self.pages, 1))
        hbox(0, sidebar, (content, 1), parent=self)

        for number in range(self.navigation_model.rowCount()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.show_section(n))

        QWidget.setTabOrder(self.lock_button, self.switch_button)
        QWidget.setTabOrder(self.switch_button, self.settings_button)
        QWidget.setTabOrder(self.settings_button, self.navigation)
        self.changes.changed.connect(self._heard_change)

    def open(self, session: Session) -> None:
        """The vault opened for `session`'s partner: their name and colour, then Today, built and loading."""
        self._session = session
        self._ops.attach(session)
        self._show_who(session)
        self.private_space_bar.attach(session)
        for row in range(self.pages.count()):
            if (early := self._page(row)) is not None:
                early.open(session)
        self.navigation.setCurrentIndex(self.navigation_model.index(0))
        self._show_row(0)  # (the row may have been current already, with no page in it)
        self.load_today()

    def _sidebar(self) -> QWidget:
        """Who is here, lock, switch and settings, and the sections."""
        sidebar = QWidget(self)
        sidebar.setObjectName("sidebar")
        self.sidebar = sidebar
        self._fit_sidebar()
        sidebar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.avatar = QLabel(sidebar)
        self.avatar.setAccessibleName(self.tr("Your colour"))
        self.name_label = QLabel(sidebar)
        self.name_label.setProperty("role", "subtitle")
        middle = Qt.AlignmentFlag.AlignVCenter
        who = hbox(defs.SPACING, (self.avatar, 0, middle), (self.name_label, 1, middle))

        self.lock_button = self._tool_button(sidebar, "lock", self.tr("Lock"), self.tr("Lock now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.switch_button = self._tool_button(sidebar, "", self.tr("Switch"), "")
        self.switch_button.setText(self.tr("Switch partner"))
        self.switch_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.switch_button.clicked.connect(self.switch_requested)
        self.settings_button = self._tool_button(sidebar, "settings", self.tr("Settings"),
                                                 self.tr("Settings (Ctrl+,) · all keys: Ctrl+/"))
        self.settings_button.clicked.connect(self.settings_requested)
        actions = hbox(defs.SMALL_SPACING, self.lock_button, self.switch_button, STRETCH, self.settings_button)

        self.navigation_model = self._navigation_model()
        self.navigation = QListView(sidebar)
        self.navigation.setObjectName("navigation")
        self.navigation.setModel(self.navigation_model)
        self.navigation.setIconSize(QSize(defs.ICON_SIZE, defs.ICON_SIZE))
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSpacing(2)
        self.upkeep_status = UpkeepStatus(sidebar)  # a large vault's check and backup of the day, after unlock
        vbox(defs.SPACING, who, actions, defs.SPACING, (self.navigation, 1), self.upkeep_status,
             contents=(defs.SPACING, defs.MARGIN, defs.SPACING, defs.SPACING), parent=sidebar)
        return sidebar

    def _show_who(self, session: Session) -> None:
        self.partner_name = session.partner_name
        self.avatar.setPixmap(avatar_pixmap(session.partner_name, session.partner_colour, 40))
        self.name_label.setText(session.partner_name)
        self.name_label.setAccessibleName(fill(self.tr("Open for %1"), session.partner_name))
        self.switch_button.setToolTip(fill(self.tr("Switch partner: lock and let %1 open Lifeline"),
                                           session.other_name))

    def _heard_change(self, changes: Changes, _initiator: object) -> None:
        """A new name or colour: the sidebar and every page built so far show it (each page is built again, but
        one busy with work of its own, such as a conversation under way, which keeps the old name until then)."""
        session = self._session
        if PARTNERS not in changes or session is None:
            return
        self._show_who(session)
        current = self.pages.currentIndex()
        for row in range(self.pages.count()):
            page = self._page(row)
            if page is None or page.busy_with_own():
                continue
            page.release()  # an open entry's text is kept as a draft first
            self.pages.removeWidget(page)
            page.deleteLater()
            self.pages.insertWidget(row, QWidget(self.pages))
        self._show_row(current)
        if current == 0:
            self.load_today()

    def _tool_button(self, parent: QWidget, icon_name: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(parent)
        if icon_name:
            button.setIcon(icon(icon_name, self.palette().color(QPalette.ColorRole.WindowText)))
            button.setIconSize(QSize(defs.ICON_SIZE, defs.ICON_SIZE))
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _page(self, row: int) -> SectionPage | None:
        page = self.pages.widget(row)
        return page if isinstance(page, SectionPage) else None

    def _build_row(self, row: int) -> SectionPage | None:
        if (built := self._page(row)) is not None or self._session is None:
            return built
        return self._place(row, build_page(self.navigation_model.section(row), self._session, self._ops, self.pages))

    def _place(self, row: int, page: SectionPage) -> SectionPage:
        """`page` in the stack instead of the row's placeholder, its signals heard."""
        placeholder = self.pages.widget(row)
        assert placeholder is not None
        page.talking.connect(self.talking)
        page.navigate.connect(self.show_section_key)  # a page may send the user to another section
        page.open_item.connect(self.show_item)  # ...or to one prompt, idea or script there
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.insertWidget(row, page)
        return page

    def _follow_navigation(self) -> None:
        """The current row shows its section. A section selected without moving the current row (a screen reader's
        or switch access's select action, through AT-SPI) becomes the current row, so it shows too."""
        selection = self.navigation.selectionModel()
        selection.currentRowChanged.connect(lambda current, _previous: self._show_row(current.row()))
        selection.selectionChanged.connect(self._selected_row_becomes_current)

    def _selected_row_becomes_current(self) -> None:
        rows = self.navigation.selectionModel().selectedRows()
        if rows and rows[0].row() != self.navigation.currentIndex().row():
            self.navigation.setCurrentIndex(rows[0])

    def _show_row(self, row: int) -> None:
        self._build_row(row)
        self.pages.setCurrentIndex(row)

    def show_section(self, row: int) -> None:
        self.navigation.setCurrentIndex(self.navigation_model.index(row))

    def show_section_key(self, key: str, reload: bool = False) -> None:
        for row in range(self.navigation_model.rowCount()):
            if self.navigation_model.section(row).key == key:
                self.show_section(row)
                page = self._build_row(row)
                if reload and page is not None:
                    page.load()
                return

    def show_item(self, key: str, item_id: str) -> None:
        """Show section `key` and, if its page can, the one item (a prompt to write about, an idea, a script)."""
        for row in range(self.navigation_model.rowCount()):
            if self.navigation_model.section(row).key == key:
                self.show_section(row)
                page = self._build_row(row)
                if page is not None:
                    page.show_item(item_id)
                return

    def current_section(self) -> str:
        return self.navigation_model.section(self.pages.currentIndex()).key

    @property
    def today(self) -> SectionPage:
        page = self._page(0)
        assert page is not None  # Today is built with the view
        return page

    def load_today(self) -> None:
        if self._session is not None:
            self.today.load()

    def release(self) -> None:
        """Forget the session and everything shown from it (called on lock, before this view is deleted)."""
        self._session = None
        self.private_space_bar.release()
        for row in range(self.pages.count()):
            if (page := self._page(row)) is not None:
                page.release()  # a page may queue its last work (the editor's draft) before the lock
        self._ops.release()

    def _navigation_model(self) -> NavigationModel:
        """The sections, their icons in the text colour, and in the highlighted text colour on the chosen one."""
        palette = self.palette()
        return NavigationModel(palette.color(QPalette.ColorRole.WindowText),
                               palette.color(QPalette.ColorRole.HighlightedText))

    def _fit_sidebar(self) -> None:
        """The sidebar grows with the text size chosen in Settings, so "Switch partner" and the section names stay
        whole (its width was fixed for the normal size)."""
        app = QApplication.instance()
        scale = text_scale(app) if isinstance(app, QApplication) else 1.0
        self.sidebar.setFixedWidth(round(defs.SIDEBAR_WIDTH * max(1.0, scale)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "sidebar"):
            self._fit_sidebar()
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "navigation_model"):
            colour = self.palette().color(QPalette.ColorRole.WindowText)
            self.navigation_model = self._navigation_model()
            current = self.pages.currentIndex()
            self.navigation.setModel(self.navigation_model)
            self._follow_navigation()
            self.navigation.setCurrentIndex(self.navigation_model.index(current))
            self.lock_button.setIcon(icon("lock", colour))
            self.settings_button.setIcon(icon("settings", colour))
        super().changeEvent(event)
