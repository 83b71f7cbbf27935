"""The Journal list as a lazy Qt model: pages of summaries, newest first, asked for as the view scrolls.

Each page is one service call that pages in SQL (a (created_at, id) cursor), so the first rows show as soon as
they are read, however long the journal is. The total, for the count line, is a query of its own: `counted`
says when it is known (until then `total` is None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from lifeline_desktop.ui.operations import Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.journal.service import JournalService
    from lifeline_desktop.services.journal.views import EntryPage, EntrySummary, JournalFilter, PageCursor

SummaryRole = Qt.ItemDataRole.UserRole + 1
EntryIdRole = Qt.ItemDataRole.UserRole + 2


class EntryListModel(QAbstractListModel):
    loaded = Signal()  # a reload's first page is in
    counted = Signal()  # a reload's total is known
    failed = Signal(object)

    def __init__(self, ops: Operations, journal: JournalService, describe: object = None) -> None:
        super().__init__()
        self._ops = ops
        self._journal: JournalService | None = journal
        self._filter: JournalFilter | None = None
        self._rows: list[EntrySummary] = []
        self._next: PageCursor | None = None
        self._more = False
        self._fetching = False
        self._generation = 0
        self._total: int | None = None
        self.highlight = ""
        self._describe = describe

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self, journal_filter: JournalFilter) -> None:
        journal = self._journal
        if journal is None:
            return
        self._generation += 1
        generation = self._generation
        self._filter = journal_filter
        self.highlight = journal_filter.text
        self._fetching = True
        self._ops.query(lambda s: s.journal.page(journal_filter),
                         lambda page: self._got_page(generation, page, first=True), self._page_failed, owner=self)
        self._ops.query(lambda s: s.journal.count(journal_filter),
                         lambda total: self._got_total(generation, total), self.failed.emit, owner=self)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        journal, journal_filter, after = self._journal, self._filter, self._next
        if not self.canFetchMore(parent) or journal is None or journal_filter is None:
            return
        self._fetching = True
        generation = self._generation
        self._ops.query(lambda s: s.journal.page(journal_filter, after),
                         lambda page: self._got_page(generation, page), self._page_failed, owner=self)

    def _got_page(self, generation: int, page: EntryPage, first: bool = False) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if first:
            self.beginResetModel()
            self._rows = list(page.entries)
            self.endResetModel()
        elif page.entries:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.entries) - 1)
            self._rows.extend(page.entries)
            self.endInsertRows()
        self._next, self._more = page.next, page.next is not None
        if first:
            self.loaded.emit()

    def _got_total(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self._total = total
            self.counted.emit()

    def _page_failed(self, error: BaseException) -> None:
        self._fetching = False
        self.failed.emit(error)

    def refresh_entry(self, entry_id: int) -> None:
        """Re-reads one row (after a reply, a reaction, a read)."""
        journal = self._journal
        if journal is None:
            return
        highlight = self.highlight
        self._ops.query(lambda s: s.journal.summaries([entry_id], highlight), self._replace, self.failed.emit,
                         owner=self)

    def _replace(self, rows: list[EntrySummary]) -> None:
        for fresh in rows:
            for number, row in enumerate(self._rows):
                if row.id == fresh.id:
                    self._rows[number] = fresh
                    self.dataChanged.emit(self.index(number), self.index(number))

    def release(self) -> None:
        self._journal = None
        self._generation += 1
        self.beginResetModel()
        self._rows, self._next, self._more, self._total, self._filter = [], None, False, None, None
        self.endResetModel()

    # --- reading ------------------------------------------------------------------------------------------
    @property
    def total(self) -> int | None:
        """How many entries pass the filter; None until the count of the latest reload is in."""
        return self._total

    def summary(self, row: int) -> EntrySummary:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == entry_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == SummaryRole:
            return row
        if role == EntryIdRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [row.title or self.tr("Untitled entry")]
            if row.private:
                parts.append(self.tr("(private)"))
            if row.unread:
                parts.append(self.tr("(new)"))
            return " ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.excerpt
        return None
