"""The Journal list as a lazy Qt model: ids first (cheap), then summaries in pages as the view scrolls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.journal import JournalService
    from lifeline_desktop.services.journal_views import EntrySummary, JournalFilter

PAGE_SIZE = 50
SummaryRole = Qt.ItemDataRole.UserRole + 1
EntryIdRole = Qt.ItemDataRole.UserRole + 2


class EntryListModel(QAbstractListModel):
    loaded = Signal()  # a reload finished (ids known, first page in)
    failed = Signal(object)

    def __init__(self, runner: Runner, journal: JournalService, describe: object = None) -> None:
        super().__init__()
        self._runner = runner
        self._journal: JournalService | None = journal
        self._ids: list[int] = []
        self._rows: list[EntrySummary] = []
        self._next = 0
        self._fetching = False
        self._generation = 0
        self.highlight = ""
        self._describe = describe

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self, journal_filter: JournalFilter) -> None:
        journal = self._journal
        if journal is None:
            return
        self._generation += 1
        generation = self._generation
        self.highlight = journal_filter.text
        self._runner.run(lambda: journal.entry_ids(journal_filter),
                         lambda ids: self._got_ids(generation, ids), self.failed.emit, owner=self)

    def _got_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids, self._rows, self._next, self._fetching = ids, [], 0, False
        self.endResetModel()
        self._fetch_page(then_loaded=True)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next < len(self._ids) and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch_page()

    def _fetch_page(self, then_loaded: bool = False) -> None:
        journal = self._journal
        if journal is None:
            return
        chunk = self._ids[self._next:self._next + PAGE_SIZE]
        if not chunk:
            if then_loaded:
                self.loaded.emit()
            return
        self._fetching = True
        self._next += len(chunk)
        generation, highlight = self._generation, self.highlight
        self._runner.run(lambda: journal.summaries(chunk, highlight),
                         lambda rows: self._got_page(generation, rows, then_loaded), self._page_failed, owner=self)

    def _got_page(self, generation: int, rows: list[EntrySummary], then_loaded: bool) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if then_loaded:
            self.loaded.emit()

    def _page_failed(self, error: BaseException) -> None:
        self._fetching = False
        self.failed.emit(error)

    def refresh_entry(self, entry_id: int) -> None:
        """Re-reads one row (after a reply, a reaction, a read)."""
        journal = self._journal
        if journal is None:
            return
        self._runner.run(lambda: journal.summaries([entry_id], self.highlight), self._replace, self.failed.emit,
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
        self._ids, self._rows, self._next = [], [], 0
        self.endResetModel()

    # --- reading ------------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._ids)

    def ids(self) -> list[int]:
        return list(self._ids)

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
