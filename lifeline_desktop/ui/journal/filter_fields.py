"""The Journal's filter bar: search, who wrote it, tag, practice, mood and dates (a combo box with an "any" first
row and a date field that may be left empty)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPushButton, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.flow import flow_box
from lifeline_desktop.ui.common.layout import hbox, vbox
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.labels import PRACTICES, choices

if TYPE_CHECKING:
    from lifeline_desktop.services.journal.views import JournalFilter

NO_DATE = QDate(2000, 1, 1)


def any_combo(parent: QWidget, name: str, any_text: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(any_text, None)
    return combo


def optional_date(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(fill(QCoreApplication.translate("JournalPage", "%1: any"), name))
    edit.setDate(NO_DATE)
    return edit


def chosen_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    """Search and the filter fields above the Journal's list; the fields fold away behind the Filters button, which
    says how many are set. `changed` says the filter to show is different; typing waits a moment first, so a search
    does not start on every key."""

    changed = Signal()

    def __init__(self, people: dict[PartnerSlot, tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(defs.FIELD_WIDTH * 2 // 3)
        self.author = QComboBox(self)
        self.author.setAccessibleName(self.tr("Written by"))
        self.author.addItem(self.tr("Both of us"), None)
        for slot in (PartnerSlot.A, PartnerSlot.B):
            self.author.addItem(people[slot][0], slot)
        self.tag = any_combo(self, self.tr("Tag"), self.tr("Any tag"))
        self.practice = any_combo(self, self.tr("Practice"), self.tr("Any practice"))
        for practice, name in choices(PRACTICES):
            self.practice.addItem(name, practice)
        self.mood = any_combo(self, self.tr("Mood"), self.tr("Any mood"))
        self.since = optional_date(self, self.tr("From"))
        self.until = optional_date(self, self.tr("Until"))
        self.fields = flow_box(self, self.author, self.tag, self.practice, self.mood, self.since, self.until)
        self.fields.hide()  # folded away until asked for: the list gets the room
        self.toggle = QPushButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show or hide the filters: who wrote it, tag, practice, mood and dates"))
        self.toggle.toggled.connect(self.fields.setVisible)
        self.changed.connect(self._count_active)
        self._count_active()
        vbox(defs.SMALL_SPACING, hbox(defs.SMALL_SPACING, (self.search, 1), self.toggle), self.fields, parent=self)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(defs.SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self.search_timer.start)
        for combo in (self.author, self.tag, self.practice, self.mood):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.changed)

    def active_count(self) -> int:
        """How many of the folding filters are set (the search is not one of them: it stays in sight)."""
        chosen = [combo.currentData() for combo in (self.author, self.tag, self.practice, self.mood)]
        chosen += [chosen_date(edit) for edit in (self.since, self.until)]
        return sum(value is not None for value in chosen)

    def _count_active(self) -> None:
        count = self.active_count()
        self.toggle.setText(self.tr("&Filters (%n)", "", count) if count else self.tr("&Filters"))

    def current(self) -> JournalFilter:
        from lifeline_desktop.services.journal.views import JournalFilter  # services at run time only

        return JournalFilter(author=self.author.currentData(), tag=self.tag.currentData(),
                             practice=self.practice.currentData(), mood=self.mood.currentData(),
                             since=chosen_date(self.since), until=chosen_date(self.until), text=self.search.text())

    def set_facets(self, tags: list[str], moods: list[str]) -> None:
        """The tags and moods written so far, keeping what is chosen (quietly: the list reloads once after)."""
        for combo, values in ((self.tag, tags), (self.mood, moods)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._count_active()
