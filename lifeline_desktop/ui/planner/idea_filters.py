"""The idea library's search and filters: every field of an idea, each combo as wide as the choice it shows, the
whole set wrapping onto more rows when the pane is narrow (never clipped)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from lifeline_desktop.domain.vocabulary import Place
from lifeline_desktop.services.planner.service import IdeaFilter
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.flow import flow_box
from lifeline_desktop.ui.common.layout import vbox
from lifeline_desktop.ui.labels import ENERGIES, MAX_COSTS, PRACTICES, SEASONS, category_choices, choices, place_label


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


class IdeaFilters(QWidget):
    changed = Signal()  # a filter changed, or the search text after a short pause

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.combos = (self.category, self.practice, self.minutes, self.cost, self.energy, self.place, self.season)
        self.boxes = (self.no_screens, self.favourites, self.show_hidden)
        vbox(defs.SMALL_SPACING, self.search, flow_box(self, *self.combos, *self.boxes), parent=self)

        self._search_delay = QTimer(self)
        self._search_delay.setSingleShot(True)
        self._search_delay.setInterval(defs.SEARCH_DELAY_MS)
        self._search_delay.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._search_delay.start())
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in self.boxes:
            box.toggled.connect(lambda _on: self.changed.emit())

    def clear(self) -> None:
        """Every filter back to "any", quietly: the caller reloads once."""
        widgets = (self.search, *self.combos, *self.boxes)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.combos:
            combo.setCurrentIndex(0)
        for box in self.boxes:
            box.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)

    def idea_filter(self) -> IdeaFilter:
        return IdeaFilter(
            text=self.search.text(), category=self.category.currentData(), practice=self.practice.currentData(),
            max_minutes=self.minutes.currentData(), max_cost=self.cost.currentData(),
            energy=self.energy.currentData(), place=self.place.currentData(), season=self.season.currentData(),
            no_screens=self.no_screens.isChecked(), favourites_only=self.favourites.isChecked(),
            show_hidden=self.show_hidden.isChecked())
