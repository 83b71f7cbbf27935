"""Past conversations: a table (script, date, how long, each partner's before → after, and after a hard talk how
each felt the day after, once both answered) and, for the chosen one, its shared notes, the signed-in partner's own
private notes, and only a count of the other's private notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import date_time, fill
from lifeline_desktop.ui.conversations.paused import paused_list

if TYPE_CHECKING:
    from lifeline_desktop.services.conversations.views import ConversationView, HistoryEntry

AnyIndex = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)


def duration_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


DayAfter = dict[PartnerSlot, int] | None  # services/guide/follow_ups.py: both ratings, or None while sealed


class HistoryModel(QAbstractTableModel):
    SCRIPT, DATE, DURATION, FIRST, SECOND, DAY_AFTER = range(6)

    def __init__(self, names: dict[PartnerSlot, str]) -> None:
        super().__init__()
        self._names = names
        self._entries: list[HistoryEntry] = []
        self._day_after: dict[int, DayAfter] = {}

    def set_entries(self, entries: Sequence[HistoryEntry], day_after: dict[int, DayAfter] | None = None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._day_after = dict(day_after or {})
        self.endResetModel()

    def day_after_text(self, conversation_id: int) -> str:
        """How each felt the day after a hard talk: "Rosa 6 · Mei 8", "sealed" until both answered, else ""."""
        if conversation_id not in self._day_after:
            return ""
        ratings = self._day_after[conversation_id]
        if ratings is None:
            return self.tr("sealed until you both answer")
        return " · ".join(f"{self._names.get(slot, slot.value.upper())} {ratings[slot]}"
                          for slot in PartnerSlot if slot in ratings)

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.DAY_AFTER:
            return self.tr("The day after")
        if section >= self.FIRST:
            slot = PartnerSlot.A if section == self.FIRST else PartnerSlot.B
            # two lines, so the table fits a narrow window
            return fill(self.tr("%1\nbefore → after"), self._names.get(slot, slot.value.upper()))
        return (self.tr("Conversation"), self.tr("Date"), self.tr("How long"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        talk, column = entry.conversation, index.column()
        if role == EntryRole:
            return entry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.SCRIPT:
            return talk.title
        if column == self.DATE:
            return date_time(talk.started_at.astimezone())
        if column == self.DURATION:
            return duration_text(entry.duration.total_seconds())
        if column == self.DAY_AFTER:
            return self.day_after_text(talk.id)
        slot = PartnerSlot.A if column == self.FIRST else PartnerSlot.B
        return f"{_rating(talk.ratings.before(slot))} → {_rating(talk.ratings.after(slot))}"


class HistoryView(QWidget):
    def __init__(self, names: dict[PartnerSlot, str], me: PartnerSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names, self._me = names, me
        self.model = HistoryModel(names)
        self.table = QTableView(self)
        self.table.setObjectName("history")
        self.table.setAccessibleName(self.tr("Past conversations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._fit_columns(squeezed=False)
        self.model.modelReset.connect(self._refit)  # new rows may be wider than the old
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current))
        self.empty = QLabel(self.tr("No conversation finished yet. When you finish one, it appears here with how "
                                    "each of you felt and what you noted."), self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.paused = QLabel(self)
        self.paused.setObjectName("history-paused")
        self.paused.setWordWrap(True)
        self.paused.hide()
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("history-notes")
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Notes of the chosen conversation"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.notes)
        split.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.SPACING, defs.SPACING, defs.SPACING, defs.SPACING)  # inside the tab's frame
        layout.addWidget(self.paused)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)


    def _fit_columns(self, squeezed: bool) -> None:
        """Each column as wide as its contents, the title taking the rest; when that is wider than the table (a
        small window, large text), every column shares the width and long cells end in "…" (no sideways scroll)."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            fitted = column == HistoryModel.SCRIPT or squeezed
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if fitted
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        header, columns = self.table.horizontalHeader(), range(self.model.columnCount())
        needed = sum(header.sectionSizeFromContents(c).width() if c == HistoryModel.SCRIPT
                     else max(header.sectionSizeFromContents(c).width(), self.table.sizeHintForColumn(c))
                     for c in columns)
        self._fit_columns(squeezed=needed > self.table.viewport().width())
    def set_entries(self, entries: Sequence[HistoryEntry], day_after: dict[int, DayAfter] | None = None,
                    paused: Sequence[ConversationView] = ()) -> None:
        """The finished conversations, and above them every paused one (they are not lost, only waiting)."""
        self.paused.setText(self.tr("Paused, waiting for you to finish:") + "\n" + paused_list(paused)
                            if paused else "")
        self.paused.setVisible(bool(paused))
        self.model.set_entries(entries, day_after)
        self.empty.setVisible(not entries)
        if entries:
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.notes.clear()

    def clear(self) -> None:
        self.set_entries([])

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.notes.clear()
            return
        entry: HistoryEntry = self.model.entry(index.row())
        lines: list[str] = [self._feelings(entry), ""]
        if entry.shared_notes:
            lines.append(self.tr("What you noted together"))
            lines += [f"•  {fill(self.tr('Step %1'), str(n.step_number))}: {n.text}"
                      for n in entry.shared_notes]
        else:
            lines.append(self.tr("No shared notes in this conversation."))
        if entry.my_private_notes:
            lines += ["", self.tr("Your private notes (only you see these)")]
            lines += [f"•  {fill(self.tr('Step %1'), str(n.step_number))}: {n.text}"
                      for n in entry.my_private_notes]
        elif entry.my_private_count:
            lines += ["", self.tr("You kept %n private notes here; open your private space to read them.",
                                       "", entry.my_private_count)]
        if entry.their_private_count:
            other = self._names.get(self._me.other, "")
            lines += ["", fill(self.tr("%1 kept %n private notes here, for themselves.", "",
                                            entry.their_private_count), other)]
        self.notes.setPlainText("\n".join(lines))

    def _feelings(self, entry: HistoryEntry) -> str:
        """Before → after for each partner, and the day after when both answered, in one line."""
        ratings = entry.conversation.ratings
        parts = [fill(self.tr("%1: %2 before, %3 after"),
                      self._names.get(slot, ""), _rating(ratings.before(slot)), _rating(ratings.after(slot)))
                 for slot in (self._me, self._me.other)]
        day_after = self.model.day_after_text(entry.conversation.id)
        if day_after:
            parts.append(fill(self.tr("the day after: %1"), day_after))
        return "; ".join(parts) + "."
