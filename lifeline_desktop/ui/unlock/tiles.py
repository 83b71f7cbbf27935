"""Both partners as tiles (an initial and a colour, from the key file; names stay encrypted): pick yourself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.avatar import avatar_icon
from lifeline_desktop.ui.common.colour_picker import colour_name
from lifeline_desktop.ui.common.text import fill

if TYPE_CHECKING:
    from lifeline_desktop.services.vault.views import PartnerTile


class PartnerTiles(QWidget):
    selected = Signal(object)  # PartnerSlot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[PartnerSlot, QToolButton] = {}
        self._labels: dict[PartnerSlot, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.MARGIN)
        layout.addStretch(1)
        for slot in (PartnerSlot.A, PartnerSlot.B):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setProperty("role", "tile")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # an initial in a colour, no name
            button.setFixedSize(defs.TILE_SIZE, defs.TILE_SIZE)
            button.setIconSize(QSize(defs.TILE_AVATAR_SIZE, defs.TILE_AVATAR_SIZE))
            button.setEnabled(False)
            button.setText("…")
            button.setAccessibleName(self.tr("Loading partners"))
            button.toggled.connect(lambda on, s=slot: self._toggled(on, s))
            self._group.addButton(button)
            self._buttons[slot] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.setFixedHeight(defs.TILE_SIZE + 4)

    def _toggled(self, on: bool, slot: PartnerSlot) -> None:
        if on:
            self.selected.emit(slot)

    def set_tiles(self, tiles: list[PartnerTile]) -> None:
        for tile in tiles:
            button = self._buttons[tile.slot]
            position = self.tr("first partner") if tile.slot is PartnerSlot.A else self.tr("second partner")
            self._labels[tile.slot] = tile.label
            button.setText(tile.label)
            button.setToolTip(position)
            button.setIcon(avatar_icon(tile.label, tile.colour, defs.TILE_AVATAR_SIZE))
            button.setAccessibleName(fill(self.tr("I am %1, the %2, in %3"),
                                          tile.label, position, colour_name(tile.colour)))
            button.setEnabled(True)

    def select(self, slot: PartnerSlot) -> None:
        self._buttons[slot].setChecked(True)

    def selected_slot(self) -> PartnerSlot | None:
        for slot, button in self._buttons.items():
            if button.isChecked():
                return slot
        return None

    def label_of(self, slot: PartnerSlot) -> str:
        return self._labels.get(slot, "")

    def button(self, slot: PartnerSlot) -> QToolButton:
        return self._buttons[slot]
