"""The idea library: the filters and search (idea_filters.py), the list, the chosen idea (idea_detail.py), and
"Surprise us"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListView, QWidget

from lifeline_desktop.services.planner.service import IdeaFilter
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import hbox, margins, vbox
from lifeline_desktop.ui.planner.idea_detail import IdeaDetail
from lifeline_desktop.ui.planner.idea_filters import IdeaFilters
from lifeline_desktop.ui.planner.models import ObjectRole, RowsModel, describe_idea


def _idea_list(parent: QWidget, model: RowsModel[Any], name: str) -> QListView:
    view = QListView(parent)
    view.setObjectName("ideas")
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elide
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setUniformItemSizes(True)
    return view


class IdeasTab(QWidget):
    filter_changed = Signal()
    surprise_requested = Signal()
    add_requested = Signal()
    edit_requested = Signal(object)  # IdeaView
    plan_requested = Signal(object)  # IdeaView
    favourite_toggled = Signal(object, bool)
    hidden_toggled = Signal(object, bool)
    shown = Signal(object)  # IdeaFilter: the list now shows the ideas loaded for it (after any change or reload)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown_filter: IdeaFilter | None = None  # what the list shows; idea_filter() is what the widgets ask
        self.filters = IdeaFilters(self)
        self.detail = IdeaDetail(self)
        self.model: RowsModel[Any] = RowsModel(describe_idea, lambda idea: idea.description)
        self.list = _idea_list(self, self.model, self.tr("Ideas"))
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        filters, detail = self.filters, self.detail  # the controls by the names the page and the tests use
        self.search, self.category, self.place = filters.search, filters.category, filters.place
        self.no_screens, self.favourites, self.show_hidden = filters.no_screens, filters.favourites, filters.show_hidden
        self.plan_button, self.favourite_button = detail.plan_button, detail.favourite_button
        self.hide_button, self.edit_button = detail.hide_button, detail.edit_button
        self.surprise_button, self.add_button = detail.surprise_button, detail.add_button
        left = vbox(defs.SMALL_SPACING, self.filters, (self.list, 1), self.count)
        hbox(defs.SPACING, (left, 1), self.detail, contents=margins(defs.SPACING), parent=self)
        self._connect()
        self._show_current()

    def _connect(self) -> None:
        self.filters.changed.connect(self.filter_changed)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.list.doubleClicked.connect(lambda _index: self._emit_for_current(self.plan_requested))
        self.plan_button.clicked.connect(lambda: self._emit_for_current(self.plan_requested))
        self.edit_button.clicked.connect(lambda: self._emit_for_current(self.edit_requested))
        self.favourite_button.clicked.connect(lambda on: self._toggle(self.favourite_toggled, on))
        self.hide_button.clicked.connect(lambda on: self._toggle(self.hidden_toggled, on))
        self.surprise_button.clicked.connect(self.surprise_requested)
        self.add_button.clicked.connect(self.add_requested)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+R"), self, self.surprise_requested.emit)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self._emit_for_current(self.plan_requested))

    def clear_filters(self) -> None:
        """Every filter back to "any", quietly: the caller reloads once."""
        self.filters.clear()

    def idea_filter(self) -> IdeaFilter:
        return self.filters.idea_filter()

    def set_ideas(self, ideas: list[Any], for_filter: IdeaFilter, then_select: str = "") -> None:
        """Show the ideas loaded for `for_filter`, keeping the chosen one (or choosing `then_select`)."""
        current = self._current()
        self.model.set_rows(ideas)
        self.count.setText(self.tr("%n ideas", "", len(ideas)))
        if current is not None:
            self.select(current.key)
        if then_select:
            self.select(then_select)
        self._show_current()
        self.shown_filter = for_filter
        self.shown.emit(for_filter)

    def select(self, key: str) -> bool:
        for row, idea in enumerate(self.model.rows()):
            if idea.key == key:
                self.list.setCurrentIndex(self.model.index(row))
                self.list.scrollTo(self.model.index(row))
                return True
        return False

    def _current(self) -> Any:
        index: QModelIndex = self.list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def _toggle(self, signal: Any, on: bool) -> None:
        idea = self._current()
        if idea is not None:
            signal.emit(idea, on)

    def _emit_for_current(self, signal: Any) -> None:
        idea = self._current()
        if idea is not None:
            signal.emit(idea)

    def _show_current(self) -> None:
        self.detail.show_idea(self._current())
