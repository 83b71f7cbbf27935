"""The idea library: filters over every field, search, the list, the chosen idea, and "Surprise us"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.vocabulary import Place
from lifeline_desktop.services.planner.service import IdeaFilter
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.flow import flow_box
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.labels import (
    ENERGIES,
    MAX_COSTS,
    PRACTICES,
    SEASONS,
    category_choices,
    choices,
    cost_label,
    energy_label,
    place_label,
    practices_text,
    season_label,
)
from lifeline_desktop.ui.planner.models import ObjectRole, RowsModel, describe_idea


def _combo(parent: QWidget, name: str, everything: str, labels: list[tuple[Any, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(everything, None)
    for value, label in labels:
        combo.addItem(label, value)

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    frame = combo.sizeHint().width() - widest + defs.COMBO_ARROW_ROOM  # the style sheet's arrow padding

    def fit(text: str) -> None:  # as wide as the choice shown (the flow of filters wraps around it)
        combo.setFixedWidth(combo.fontMetrics().horizontalAdvance(text) + frame)

    combo.currentTextChanged.connect(fit)
    fit(everything)
    return combo


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
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search ideas (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search ideas"))
        self.search.setClearButtonEnabled(True)
        self.category = _combo(self, self.tr("Category"), self.tr("Every kind"), category_choices())
        self.practice = _combo(self, self.tr("Practice"), self.tr("Any practice"), choices(PRACTICES))
        self.minutes = _combo(self, self.tr("Time"), self.tr("Any length"),
                              [(15, self.tr("Up to 15 min")), (60, self.tr("Up to an hour")),
                               (180, self.tr("Up to 3 hours")), (720, self.tr("Up to a day"))])
        self.cost = _combo(self, self.tr("Cost"), self.tr("Any cost"), choices(MAX_COSTS))
        self.energy = _combo(self, self.tr("Energy"), self.tr("Any energy"), choices(ENERGIES))
        self.place = _combo(self, self.tr("Where"), self.tr("Home or out"),
                             [(place, place_label(place)) for place in (Place.HOME, Place.OUT)])
        self.season = _combo(self, self.tr("Season"), self.tr("Any season"), choices(SEASONS))
        self.no_screens = QCheckBox(self.tr("No screens"), self)
        self.no_screens.setToolTip(self.tr("Only ideas that need no phone, TV or computer"))
        self.favourites = QCheckBox(self.tr("Favourites"), self)
        self.show_hidden = QCheckBox(self.tr("Show “not for us”"), self)
        # Every filter at its natural width, wrapping onto more rows when the pane is narrow (never clipped).
        flow = flow_box(self, self.category, self.practice, self.minutes, self.cost, self.energy, self.place,
                        self.season, self.no_screens, self.favourites, self.show_hidden)
        filters = QVBoxLayout()
        filters.setSpacing(defs.SMALL_SPACING)
        filters.addWidget(self.search)
        filters.addWidget(flow)

        self.model: RowsModel[Any] = RowsModel(describe_idea, lambda idea: idea.description)
        self.list = QListView(self)
        self.list.setObjectName("ideas")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elide
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Ideas"))
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")

        self.detail_title = QLabel(self)
        self.detail_title.setProperty("role", "subtitle")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel(self)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_meta = QLabel(self)
        self.detail_meta.setWordWrap(True)
        self.detail_meta.setProperty("role", "muted")
        self.plan_button = QPushButton(self.tr("Plan this…"), self)
        self.plan_button.setToolTip(self.tr("Put this idea on the calendar (Ctrl+P)"))
        self.favourite_button = QPushButton(self.tr("★ Favourite"), self)
        self.favourite_button.setCheckable(True)
        self.hide_button = QPushButton(self.tr("Not for us"), self)
        self.hide_button.setCheckable(True)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.surprise_button = QPushButton(self.tr("Surprise us"), self)
        self.surprise_button.setObjectName("surprise")
        self.surprise_button.setToolTip(self.tr("A random idea that fits the filters and that you have not done "
                                                "lately (Ctrl+R)"))
        self.add_button = QPushButton(self.tr("Add our own idea…"), self)
        for button in (self.plan_button, self.favourite_button, self.hide_button, self.edit_button,
                       self.surprise_button, self.add_button):
            button.setAccessibleName(button.text().replace("…", "").replace("★ ", ""))

        detail = QWidget(self)
        detail.setFixedWidth(defs.PLANNER_DETAILS_WIDTH)
        side = QVBoxLayout(detail)
        side.setContentsMargins(defs.SPACING, 0, 0, 0)
        side.setSpacing(defs.SPACING)
        side.addWidget(self.surprise_button)
        side.addWidget(self.add_button)
        side.addSpacing(defs.SPACING)
        side.addWidget(self.detail_title)
        side.addWidget(self.detail_text)
        side.addWidget(self.detail_meta)
        actions = QGridLayout()
        actions.addWidget(self.plan_button, 0, 0)
        actions.addWidget(self.favourite_button, 0, 1)
        actions.addWidget(self.hide_button, 1, 0)
        actions.addWidget(self.edit_button, 1, 1)
        side.addLayout(actions)
        side.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(defs.SMALL_SPACING)
        left.addLayout(filters)
        left.addWidget(self.list, 1)
        left.addWidget(self.count)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(defs.SPACING, defs.SPACING, defs.SPACING, defs.SPACING)
        layout.addLayout(left, 1)
        layout.addWidget(detail)

        self._search_delay = QTimer(self)
        self._search_delay.setSingleShot(True)
        self._search_delay.setInterval(defs.SEARCH_DELAY_MS if hasattr(defs, "SEARCH_DELAY_MS") else 250)
        self._search_delay.timeout.connect(self.filter_changed)
        self.search.textChanged.connect(lambda _t: self._search_delay.start())
        for combo in (self.category, self.practice, self.minutes, self.cost, self.energy, self.place, self.season):
            combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        for box in (self.no_screens, self.favourites, self.show_hidden):
            box.toggled.connect(lambda _on: self.filter_changed.emit())
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
        self._show_current()

    def clear_filters(self) -> None:
        """Every filter back to "any", quietly: the caller reloads once."""
        combos = (self.category, self.practice, self.minutes, self.cost, self.energy, self.place, self.season)
        boxes = (self.no_screens, self.favourites, self.show_hidden)
        for widget in (self.search, *combos, *boxes):
            widget.blockSignals(True)
        self.search.clear()
        for combo in combos:
            combo.setCurrentIndex(0)
        for box in boxes:
            box.setChecked(False)
        for widget in (self.search, *combos, *boxes):
            widget.blockSignals(False)

    def idea_filter(self) -> IdeaFilter:
        return IdeaFilter(
            text=self.search.text(), category=self.category.currentData(), practice=self.practice.currentData(),
            max_minutes=self.minutes.currentData(), max_cost=self.cost.currentData(),
            energy=self.energy.currentData(), place=self.place.currentData(), season=self.season.currentData(),
            no_screens=self.no_screens.isChecked(), favourites_only=self.favourites.isChecked(),
            show_hidden=self.show_hidden.isChecked())

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
        idea = self._current()
        for button in (self.plan_button, self.favourite_button, self.hide_button):
            button.setEnabled(idea is not None)
        self.edit_button.setEnabled(idea is not None and idea.own)
        if idea is None:
            self.detail_title.setText(self.tr("Pick an idea"))
            self.detail_text.setText(self.tr("Choose one from the list, or let “Surprise us” choose for you."))
            self.detail_meta.clear()
            return
        self.detail_title.setText(idea.title)
        self.detail_text.setText(idea.description)
        practices = practices_text(idea.practices)
        season = season_label(idea.season) if idea.season else self.tr("Any season")
        screens = self.tr("Needs a screen") if idea.screens else self.tr("No screens")
        self.detail_meta.setText(" · ".join((
            fill(self.tr("%1 min"), str(idea.minutes or "?")), cost_label(idea.cost),
            energy_label(idea.energy), place_label(idea.place), season, screens, practices)))
        self.favourite_button.setChecked(idea.favourite)
        self.hide_button.setChecked(idea.hidden)
