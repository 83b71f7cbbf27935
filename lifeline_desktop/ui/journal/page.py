"""The Journal page: prompt of the day, filters, search, the lazy list, an entry or the editor, and the tabs."""

from __future__ import annotations

from dataclasses import astuple
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.empty_state import EmptyState
from lifeline_desktop.ui.common.flow import flow_box
from lifeline_desktop.ui.common.layout import STRETCH, hbox, margins, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.journal import APPRECIATION, NEW_ENTRY
from lifeline_desktop.ui.journal.answer_together import AnswerTogetherTab
from lifeline_desktop.ui.journal.delegate import EntryDelegate
from lifeline_desktop.ui.journal.detail import EntryDetailView
from lifeline_desktop.ui.journal.draft_banner import DraftBanner
from lifeline_desktop.ui.journal.editor import EntryEditor, draft_kind
from lifeline_desktop.ui.journal.filter_fields import FilterBar
from lifeline_desktop.ui.journal.list_model import EntryListModel
from lifeline_desktop.ui.journal.private_note import PrivatePagesNote
from lifeline_desktop.ui.journal.side_tabs import AppreciationTab
from lifeline_desktop.ui.operations import JOURNAL, PRIVATE_SPACE, Operations
from lifeline_desktop.ui.shell.navigation import Section

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class JournalPage(SectionPage):
    shows = frozenset({JOURNAL, PRIVATE_SPACE})

    def __init__(self, section: Section, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._journal: Any = session.journal
        self._me = session.partner
        self._private_open = session.private_space_open
        self._today = session.clock.now().astimezone().date()
        self.people = {session.partner: (session.partner_name, session.partner_colour),
                       session.partner.other: (session.other_name, session.other_colour)}
        self._prompt_offset = 0
        self._prompt: Any = None

        prompt_card = self._prompt_card()
        self.filters = FilterBar(self.people, self)
        self.filters.changed.connect(self.reload)
        self.model = EntryListModel(self._ops, self._journal)
        self.model.loaded.connect(self._list_loaded)
        self.model.counted.connect(self._list_loaded)
        self.model.failed.connect(self._failed)
        self.delegate = EntryDelegate(self.people, self)
        self.list = self._entry_list()
        self.private_note = PrivatePagesNote(self)
        self.draft_banner = DraftBanner(self)
        self.draft_banner.carry_on.connect(lambda: self._write_about(None))
        list_pane = self._list_pane()
        self.right = self._entry_pane(session.other_name)
        splitter = QSplitter(self)
        splitter.addWidget(list_pane)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 440])  # the list is what people scan; the entry opens beside it
        entries_tab = self._entries_tab(prompt_card, splitter)

        self.sealed = AnswerTogetherTab(self._ops, self._journal, self.people, self._me, self)
        self.appreciation = AppreciationTab(self._ops, self._journal, self.people, self._me, self)
        self.appreciation.unread_changed.connect(self._unread_notes)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(entries_tab, self.tr("Entries"))
        self.tabs.addTab(self.sealed, self.tr("Answer together"))
        self.tabs.addTab(self.appreciation, self.tr("Appreciation"))
        self.tabs.currentChanged.connect(self._tab_changed)
        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        vbox(defs.SMALL_SPACING, title, (self.tabs, 1), contents=margins(defs.MARGIN, bottom=defs.MARGIN // 2),
             parent=self)
        for keys, action in (("Ctrl+N", self.new_entry), ("Ctrl+F", self.filters.search.setFocus),
                             ("Ctrl+E", self.open_export), ("Ctrl+P", self.print_selected)):
            QShortcut(QKeySequence(keys), self, action, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.load()

    def _prompt_card(self) -> QFrame:
        """The prompt of the day across the full width, its three buttons in a row below (wrapping if narrow)."""
        frame = QFrame(self)
        frame.setObjectName("prompt-card")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.prompt_text = QLabel(frame)
        self.prompt_text.setWordWrap(True)
        self.prompt_text.setProperty("role", "subtitle")
        self.prompt_text.setAccessibleName(self.tr("Prompt of the day"))
        self.another_button = QPushButton(self.tr("Another prompt"), frame)
        self.another_button.clicked.connect(self.another_prompt)
        self.write_prompt_button = QPushButton(self.tr("Write about it"), frame)
        self.write_prompt_button.clicked.connect(self.write_from_prompt)
        self.both_button = QPushButton(self.tr("Answer together…"), frame)
        self.both_button.setToolTip(self.tr("Each of you answers privately; both answers appear together"))
        self.both_button.clicked.connect(self.both_answer)
        buttons = flow_box(frame, self.another_button, self.write_prompt_button, self.both_button)
        vbox(defs.SMALL_SPACING, self.prompt_text, buttons, contents=margins(defs.SMALL_SPACING), parent=frame)
        return frame

    def _entry_list(self) -> QListView:
        entries = QListView(self)
        entries.setObjectName("journal-list")
        entries.setModel(self.model)
        entries.setItemDelegate(self.delegate)
        entries.setUniformItemSizes(True)
        entries.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        entries.setAccessibleName(self.tr("Journal entries"))
        entries.selectionModel().currentRowChanged.connect(lambda cur, _p: self.open_row(cur.row()))
        self.nothing = EmptyState(entries)
        return entries

    def _list_pane(self) -> QWidget:
        """The list, how many entries it holds, and what to do with them."""
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.count.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New entry"), self)
        self.new_button.setToolTip(self.tr("Write a new entry (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Export to PDF or Markdown (Ctrl+E)"))
        self.export_button.clicked.connect(self.open_export)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Print the selected entries (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_selected)
        list_buttons = hbox(defs.SPACING, self.new_button, STRETCH, self.print_button, self.export_button)
        pane = QWidget(self)
        vbox(defs.SMALL_SPACING, (self.list, 1), self.count, self.private_note, list_buttons, parent=pane)
        return pane

    def _entry_pane(self, other_name: str) -> QStackedWidget:
        """Beside the list: nothing chosen yet, an entry, or the editor."""
        self.detail = EntryDetailView(self._ops, self._journal, self.people, self._me, self)
        self.detail.changed.connect(self._entry_changed)
        self.detail.edit_requested.connect(self.edit_entry)
        self.editor = EntryEditor(self._ops, self._journal, other_name, self)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self._editor_closed)
        self.empty = QLabel(self.tr("Choose an entry, or write a new one."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "muted")
        pane = QStackedWidget(self)
        for panel in (self.empty, self.detail, self.editor):
            pane.addWidget(panel)
        return pane

    def _entries_tab(self, prompt_card: QFrame, splitter: QSplitter) -> QWidget:
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setProperty("role", "warning")
        self.banner.hide()
        tab = QWidget(self)
        column = vbox(defs.SMALL_SPACING, self.banner, self.draft_banner, prompt_card, self.filters, (splitter, 1),
                      parent=tab)
        column.unsetContentsMargins()  # the style's margins inside the tab's frame
        return tab

    # --- loading ------------------------------------------------------------------------------------------
    def load(self) -> None:
        journal = self._journal
        if journal is None:
            return
        self.reload()
        self.show_prompt()
        self.load_facets()
        self.appreciation.load()
        self.sealed.load()
        if self.right.currentWidget() is not self.editor:
            self._ops.query(lambda s: s.journal.drafts.find(draft_kind()), self.draft_banner.offer, self._failed)

    def load_facets(self) -> None:
        journal = self._journal
        if journal is not None:
            self._ops.query(lambda s: (s.journal.tags(), s.journal.moods(), s.journal.other_private_trace()),
                            self._got_facets, self._failed)

    def current_filter(self) -> Any:
        return self.filters.current()

    def reload(self) -> None:
        self.filters.search_timer.stop()
        self.delegate.query = self.filters.search.text()
        self.model.reload(self.current_filter())

    def _list_loaded(self) -> None:
        self._show_emptiness()
        total = self.model.total
        if total is None:
            return  # the count comes a moment after the first page
        self.count.setText(self.tr("%n entries", "", total))
        self.private_note.show_for(self.people[self._me.other][0], bool(self._trace and self._trace.count))

    def _show_emptiness(self) -> None:
        """An empty list says so, and Print and Export wait until there is something to print or export."""
        filtered = any(astuple(self.current_filter()))
        self.nothing.set_text(self.tr("Nothing matches. Try fewer words or clear the filters.") if filtered
                              else self.tr("Nothing written yet. Your first entry can be a single line."))
        has_rows = self.model.rowCount() > 0
        why = self.tr("Nothing in the list to print or export. Clear the search or filters to see your entries.") \
            if filtered else self.tr("Nothing to print or export yet: write an entry first.")
        for button, tip in ((self.print_button, self.tr("Print the selected entries (Ctrl+P)")),
                            (self.export_button, self.tr("Export to PDF or Markdown (Ctrl+E)"))):
            button.setEnabled(has_rows)
            button.setToolTip(tip if has_rows else why)

    _trace: Any = None

    def _got_facets(self, facets: tuple[list[str], list[str], Any]) -> None:
        tags, moods, self._trace = facets
        self.filters.set_facets(tags, moods)
        self._list_loaded()

    def show_prompt(self) -> None:
        journal, offset = self._journal, self._prompt_offset
        if journal is not None:
            self._ops.query(lambda s: s.journal.prompts.prompt_of_the_day(offset=offset), self._got_prompt,
                            self._failed)

    def _got_prompt(self, prompt: Any) -> None:
        self._prompt = prompt
        label = self.tr("Prompt of the day") if self._prompt_offset == 0 else self.tr("Another prompt")
        self.prompt_text.setText(f"{label}: {prompt.text}")

    def another_prompt(self) -> None:
        self._prompt_offset += 1
        self.show_prompt()

    # --- entries ------------------------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        if row < 0 or self._journal is None:
            return
        self.open_entry(self.model.summary(row).id)

    def open_entry(self, entry_id: int) -> None:
        journal = self._journal
        if journal is None:
            return

        def work(s: Session) -> Any:
            s.journal.mark_read(entry_id)
            return s.journal.entry(entry_id)

        self._ops.query(work, self._got_entry, self._failed)

    def _got_entry(self, entry: Any) -> None:
        if self.right.currentWidget() is self.editor:
            return  # writing: do not pull the editor away
        self.detail.show_entry(entry)
        self.right.setCurrentWidget(self.detail)
        self.model.refresh_entry(entry.id)

    def _entry_changed(self, entry_id: int) -> None:
        self.open_entry(entry_id)
        if self.model.row_of(entry_id) < 0:
            self.reload()

    def new_entry(self, prompt: Any = None) -> None:
        self.draft_banner.hide()  # the editor brings the draft back itself
        self.editor.start_new(prompt.id if prompt else None, prompt.text if prompt else None)
        self.right.setCurrentWidget(self.editor)

    def edit_entry(self, entry: Any) -> None:
        if entry is not None:
            self.editor.start_edit(entry)
            self.right.setCurrentWidget(self.editor)

    def show_item(self, item_id: str) -> None:
        """A new entry, the appreciation composer, or a new entry about one prompt (a program step)."""
        if item_id == APPRECIATION:
            self.tabs.setCurrentWidget(self.appreciation)
            self.appreciation.note.setFocus()
        elif item_id == NEW_ENTRY:
            self._write_about(None)
        elif self._journal is not None:
            self._ops.query(lambda s: s.journal.prompts.prompt(item_id), self._write_about, self._failed)

    def _write_about(self, prompt: Any) -> None:
        self.tabs.setCurrentIndex(0)
        self.new_entry(prompt)

    def write_from_prompt(self) -> None:
        if self._prompt is not None:
            self.new_entry(self._prompt)

    def both_answer(self) -> None:
        if self._prompt is not None:
            self.sealed.ask_question(self._prompt.id)
            self.tabs.setCurrentWidget(self.sealed)

    def _saved(self, entry_id: int) -> None:
        self.right.setCurrentWidget(self.empty)
        self.reload()
        self.load_facets()
        self.open_entry(entry_id)

    def _editor_closed(self) -> None:
        self.right.setCurrentWidget(self.detail if self.detail.entry is not None else self.empty)

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [self.model.summary(row).id for row in rows]

    def open_export(self) -> None:
        from lifeline_desktop.ui.journal.export_dialog import ExportDialog

        if self._journal is None or not self.export_button.isEnabled():
            return
        names = {slot: person[0] for slot, person in self.people.items()}
        self.export_dialog = ExportDialog(self._ops, self._journal, names, self.selected_ids(),
                                          self._private_open, self._today, self)
        self.export_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.export_dialog.open()

    def print_selected(self) -> None:
        from lifeline_desktop.ui.journal.printing import print_entries

        journal, ids = self._journal, self.selected_ids()
        if journal is None or not ids:
            self.count.setText(self.tr("Select the entries to print first."))
            return
        names = {slot: person[0] for slot, person in self.people.items()}
        print_entries(self, self._ops, names, ids, self._today, self._failed)

    # --- appreciation -------------------------------------------------------------------------------------
    def _unread_notes(self, count: int) -> None:
        index = self.tabs.indexOf(self.appreciation)
        self.tabs.setTabText(index, fill(self.tr("Appreciation (%1)"), str(count)) if count
                             else self.tr("Appreciation"))
        other = self.people[self._me.other][0]
        self.banner.setText(fill(self.tr("%1 left you a note of appreciation (%2 new). See the Appreciation tab."),
                                 other, str(count)))
        self.banner.setVisible(count > 0)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.appreciation and not self.banner.isHidden():
            self.appreciation.mark_read()

    def _failed(self, error: BaseException) -> None:
        self.count.setText(describe(error))

    def release(self) -> None:
        """On lock: the editor's last draft is queued first; then everything shown is forgotten."""
        self.editor.release()
        self.detail.release()
        self.sealed.release()
        self.appreciation.release()
        self.model.release()
        self._journal = None
        self._prompt = None
        self._trace = None
        self.prompt_text.clear()
        self.count.clear()
        self.nothing.set_text("")


def journal_page(section: Section, session: Session, ops: Operations, parent: QWidget) -> JournalPage:
    return JournalPage(section, session, ops, parent)
