"""The Conversations page: the script library (filter by practice and time; built-in scripts and ours), a
script's details, Start, Resume for a conversation left unfinished (after a lock, a crash or "leave for now"),
our own scripts (new, edit, duplicate, import, export), the history of past conversations, and the help page
(F1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QWidget,
)

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.flow import flow_box
from lifeline_desktop.ui.common.layout import hbox, margins, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.conversations.focus import FocusView
from lifeline_desktop.ui.conversations.help_page import HelpPage
from lifeline_desktop.ui.conversations.history import DayAfter, HistoryView
from lifeline_desktop.ui.conversations.library_model import ScriptFilter, ScriptListModel, ScriptRole
from lifeline_desktop.ui.conversations.own_scripts import OwnScriptBar
from lifeline_desktop.ui.conversations.paused import still_paused_text, waiting_text
from lifeline_desktop.ui.conversations.script_details import ScriptDetails
from lifeline_desktop.ui.labels import PRACTICES, choices
from lifeline_desktop.ui.operations import CONVERSATIONS, Operations
from lifeline_desktop.ui.shell.navigation import Section
from lifeline_desktop.ui.sources.page import open_sources_page

if TYPE_CHECKING:
    from lifeline_desktop.content.scripts import CommonModel, Script
    from lifeline_desktop.domain.conversation import PlayedStep
    from lifeline_desktop.services.conversations.views import ConversationView, HistoryEntry, StepNote
    from lifeline_desktop.services.session import Session

TIME_CHOICES = (0, 15, 30, 45)


class ConversationsPage(SectionPage):
    shows = frozenset({CONVERSATIONS})

    def __init__(self, section: Section, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._session: Session | None = session
        self._common: CommonModel | None = None
        self._unfinished: ConversationView | None = None
        self._paused: list[ConversationView] = []
        self.focus_view: FocusView | None = None
        self.help_page: HelpPage | None = None
        self._select_after_load = ""

        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        blurb = QLabel(section.blurb, self)
        blurb.setWordWrap(True)
        blurb.setProperty("role", "muted")
        self.resume_banner = self._resume_banner()
        self.practice, self.time = self._practice_filter(), self._time_filter()
        self.own_bar = OwnScriptBar(session, self._ops, self.selected_script, self)
        self.own_bar.changed.connect(self._own_script_changed)
        self.own_bar.said.connect(self._say)
        self.own_bar.help_wanted.connect(self.show_help)
        help_key = QShortcut(QKeySequence.StandardKey.HelpContents, self, self.show_help)
        help_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.scripts = ScriptListModel()
        self.filtered = ScriptFilter()
        self.filtered.setSourceModel(self.scripts)
        self.list = self._script_list()
        self.details = ScriptDetails(self)
        self.details.start_button.clicked.connect(self.start)
        library = self._library_tab()
        names = {session.partner: session.partner_name, session.partner.other: session.other_name}
        self.history = HistoryView(names, session.partner, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(library, self.tr("Scripts"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _i: self.load_history() if self.tabs.currentWidget()
                                         is self.history else None)

        self.message.setObjectName("message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        vbox(defs.SPACING, title, blurb, self.resume_banner, (self.tabs, 1), self.message,
             contents=margins(defs.MARGIN * 2, bottom=defs.MARGIN), parent=self)
        self.load()

    def _resume_banner(self) -> QFrame:
        """A conversation left unfinished waits here, one click from where it stopped."""
        banner = QFrame(self)
        banner.setProperty("role", "banner")
        self.resume_text = QLabel(banner)
        self.resume_text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Resume"), banner)
        self.resume_button.setProperty("role", "primary")
        self.resume_button.setObjectName("resume")
        self.resume_button.setAccessibleName(self.tr("Resume the conversation in progress"))
        self.resume_button.clicked.connect(self.resume)
        hbox(defs.SMALL_SPACING, (self.resume_text, 1), self.resume_button, contents=margins(defs.SPACING),
             parent=banner)
        banner.hide()
        return banner

    def _practice_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Show scripts for a practice"))
        combo.addItem(self.tr("Every practice"), "")
        for practice, name in choices(PRACTICES):
            combo.addItem(name, practice)
        combo.currentIndexChanged.connect(
            lambda _i: self._filter(lambda: self.filtered.set_practice(str(combo.currentData()))))
        return combo

    def _time_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Show scripts by the time they take"))
        for minutes in TIME_CHOICES:
            combo.addItem(self.tr("Any length") if minutes == 0
                          else self.tr("Up to %n minutes", "", minutes), minutes)
        combo.currentIndexChanged.connect(
            lambda _i: self._filter(lambda: self.filtered.set_max_minutes(int(combo.currentData()))))
        return combo

    def _script_list(self) -> QListView:
        scripts = QListView(self)
        scripts.setObjectName("scripts")
        scripts.setModel(self.filtered)
        scripts.setAccessibleName(self.tr("Conversation scripts"))
        scripts.setMinimumWidth(300)
        scripts.setSpacing(3)
        scripts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scripts.selectionModel().currentChanged.connect(self._show_details)
        scripts.activated.connect(lambda _index: self.start())
        return scripts

    def _library_tab(self) -> QWidget:
        """Filters above, the list beside a script's details, our own scripts' buttons below."""
        library = QWidget(self)
        filters = flow_box(library, self.practice, self.time, self.own_bar.help_button, spacing=defs.SPACING)
        columns = hbox(defs.MARGIN, (self.list, 2), (self.details, 3))
        vbox(defs.SMALL_SPACING, filters, (columns, 1), self.own_bar, contents=margins(defs.SPACING),
             parent=library)
        return library

    # --- loading ----------------------------------------------------------------------------------------------

    def load(self) -> None:
        session = self._session
        if session is None:
            return
        self.details.set_speakers({session.partner: session.partner_name, session.partner.other: session.other_name})

        self._reload()

    def _reload(self) -> None:
        session = self._session
        if session is None:
            return

        def work(s: Session) -> tuple[list[Script], CommonModel, list[ConversationView], list[str]]:
            service = s.conversations
            scripts = service.scripts()
            return scripts, service.common(), service.paused(), list(service.own_script_problems)

        self._ops.query(work, self._loaded, self._failed)

    def _loaded(self, loaded: tuple[list[Script], CommonModel, list[ConversationView], list[str]]) -> None:
        if self._session is None:
            return
        scripts, common, unfinished, problems = loaded
        self._common = common
        current = self.selected_script()
        chosen = self._select_after_load or (current.id if current is not None else "")
        self._select_after_load = ""
        self.scripts.set_scripts(scripts)
        self.details.safety.setText(common.safety_note)
        self._set_unfinished(unfinished)
        if problems:
            self._say("\n".join(problems), True)
        self.select_script(chosen)
        if self.filtered.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.filtered.index(0, 0))

    def select_script(self, script_id: str) -> None:
        for row in range(self.filtered.rowCount()):
            index = self.filtered.index(row, 0)
            if script_id and index.data(ScriptRole).id == script_id:
                self.list.setCurrentIndex(index)
                return

    def show_item(self, script_id: str) -> None:
        """Select one script (from a program step), clearing the filters so it is in the list."""
        self._own_script_changed(script_id)

    def _own_script_changed(self, script_id: str) -> None:
        self.practice.setCurrentIndex(0)
        self.time.setCurrentIndex(0)
        self._select_after_load = script_id
        self._reload()

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setProperty("role", "error" if problem else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.say(text)

    def load_history(self) -> None:
        session = self._session
        if session is not None:
            self._ops.query(lambda s: (s.conversations.history_entries(), s.guide.follow_ups.day_after(),
                                       s.conversations.paused()), self._history_loaded, self._failed)

    def _history_loaded(self, loaded: tuple[list[HistoryEntry], dict[int, DayAfter], list[ConversationView]]) -> None:
        if self._session is not None:
            self.history.set_entries(*loaded)

    def show_help(self) -> None:
        if self.help_page is None:
            self.help_page = HelpPage(self._common.safety_note if self._common else "", self.window(),
                                      lambda: open_sources_page(self._ops, self.window()))
            self.help_page.finished.connect(self._help_closed)
        self.help_page.open()

    def _help_closed(self) -> None:
        page, self.help_page = self.help_page, None
        if page is not None:
            page.deleteLater()

    def _set_unfinished(self, paused: list[ConversationView]) -> None:
        self._paused = paused
        self._unfinished = paused[0] if paused else None
        self.resume_banner.setVisible(bool(paused))
        self.resume_text.setText(waiting_text(paused) if paused else "")

    def busy_with_own(self) -> bool:
        return self.focus_view is not None  # its own saves; the page catches up when it closes

    def _filter(self, change: object) -> None:
        if callable(change):
            change()
        if self.filtered.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.filtered.index(0, 0))
        self._show_details(self.list.currentIndex())

    def _show_details(self, index: QModelIndex) -> None:
        script = self.selected_script(index)
        self.own_bar.script_chosen(script)
        self.details.show_script(script)

    def selected_script(self, index: QModelIndex | None = None) -> Script | None:
        index = index if index is not None else self.list.currentIndex()
        if not index.isValid():
            return None
        return index.data(ScriptRole)  # type: ignore[no-any-return]

    # --- start and resume -------------------------------------------------------------------------------------

    def start(self) -> None:
        session, script = self._session, self.selected_script()
        if session is None or script is None or self.focus_view is not None:
            return
        first = self.details.chosen_first_speaker()
        script_id = script.id

        def work(s: Session) -> tuple[ConversationView, list[PlayedStep], list[StepNote]]:
            conversation = s.conversations.start(script_id, first)
            return conversation, s.conversations.steps(conversation), []

        self.details.start_button.setEnabled(False)
        if self._paused:  # starting another never hides them: say which stay paused
            self._say(still_paused_text(self._paused), False)
        self._ops.change(work, {CONVERSATIONS}, self._open_focus, self._failed)

    def resume(self) -> None:
        session, unfinished = self._session, self._unfinished
        if session is None or unfinished is None or self.focus_view is not None:
            return
        conversation_id = unfinished.id

        def work(s: Session) -> tuple[ConversationView, list[PlayedStep], list[StepNote]]:
            conversation = s.conversations.get(conversation_id)
            return conversation, s.conversations.steps(conversation), s.conversations.notes(conversation_id)

        self.resume_button.setEnabled(False)
        self._ops.query(work, self._open_focus, self._failed)

    def _open_focus(self, opened: tuple[ConversationView, list[PlayedStep], list[StepNote]]) -> None:
        self.details.start_button.setEnabled(self.selected_script() is not None)
        self.resume_button.setEnabled(True)
        session, common = self._session, self._common
        if session is None or common is None:
            return
        conversation, steps, notes = opened
        self.focus_view = FocusView(session, self._ops, conversation, steps, common, notes, self.window())
        self.focus_view.left.connect(self._focus_left)
        self.talking.emit(True)

    def _focus_left(self) -> None:
        self.focus_view = None
        self.talking.emit(False)
        session = self._session
        if session is not None:
            self._ops.query(lambda s: s.conversations.paused(), self._set_unfinished, self._failed)
            if self.tabs.currentWidget() is self.history:
                self.load_history()

    def _failed(self, error: BaseException) -> None:
        self.details.start_button.setEnabled(self.selected_script() is not None)
        self.resume_button.setEnabled(True)
        self._say(describe(error), True)

    def release(self) -> None:
        """On lock: close the runner (the conversation stays saved) and forget what was shown."""
        focus, self.focus_view = self.focus_view, None
        if focus is not None:
            focus.left.disconnect(self._focus_left)
            focus.release()
            self.talking.emit(False)
        self._session = None
        self._unfinished = None
        self.resume_banner.hide()
        self.resume_text.clear()
        self.scripts.set_scripts([])
        self.own_bar.release()
        self.history.clear()
        help_page, self.help_page = self.help_page, None
        if help_page is not None:
            help_page.reject()
            help_page.deleteLater()

