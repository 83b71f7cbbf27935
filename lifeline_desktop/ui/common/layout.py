"""Layouts in one line, with the margins and spacing of ui/defs.py (after git-cola's qtutils.hbox/vbox/form).

    row = hbox(defs.SPACING, name_label, STRETCH, save_button)
    page = vbox(margins(defs.MARGIN), defs.SPACING, title, row, (list_view, 1))

Items: a widget, a layout, STRETCH, an int (a fixed gap), or (widget-or-layout, stretch[, alignment]).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.ui import defs

STRETCH = object()
NO_MARGINS = (0, 0, 0, 0)

Margins = tuple[int, int, int, int]


def margins(all_sides: int = defs.MARGIN, *, top: int | None = None, bottom: int | None = None) -> Margins:
    return (all_sides, all_sides if top is None else top, all_sides, all_sides if bottom is None else bottom)


def _box(layout: QBoxLayout, spacing: int, items: tuple[Any, ...], contents: Margins, parent: QWidget | None) -> Any:
    layout.setContentsMargins(*contents)
    layout.setSpacing(spacing)
    for item in items:
        _add(layout, item)
    if parent is not None:
        parent.setLayout(layout)
    return layout


def _add(layout: QBoxLayout, item: Any) -> None:
    stretch, alignment = 0, Qt.AlignmentFlag(0)
    if isinstance(item, tuple):
        item, stretch, *rest = item
        alignment = rest[0] if rest else alignment
    if item is STRETCH:
        layout.addStretch(1)
    elif isinstance(item, int):
        layout.addSpacing(item)
    elif isinstance(item, QLayout):
        layout.addLayout(item, stretch)
    else:
        layout.addWidget(item, stretch, alignment)


def hbox(spacing: int = defs.SPACING, *items: Any, contents: Margins = NO_MARGINS,
         parent: QWidget | None = None) -> QHBoxLayout:
    """A row; with `parent`, the parent's layout."""
    return _box(QHBoxLayout(), spacing, items, contents, parent)  # type: ignore[no-any-return]


def vbox(spacing: int = defs.SPACING, *items: Any, contents: Margins = NO_MARGINS,
         parent: QWidget | None = None) -> QVBoxLayout:
    """A column; with `parent`, the parent's layout."""
    return _box(QVBoxLayout(), spacing, items, contents, parent)  # type: ignore[no-any-return]


def form(*rows: tuple[str | QWidget, QWidget | QLayout], spacing: int = defs.SPACING,
         contents: Margins = NO_MARGINS, parent: QWidget | None = None) -> QFormLayout:
    """Label-field rows; a label may be a text (already translated) or a widget."""
    layout = QFormLayout()
    layout.setContentsMargins(*contents)
    layout.setSpacing(spacing)
    for label, field in rows:
        layout.addRow(label, field)
    if parent is not None:
        parent.setLayout(layout)
    return layout


def grid(cells: list[tuple[QWidget | QLayout, int, int]], spacing: int = defs.SPACING,
         contents: Margins = NO_MARGINS) -> QGridLayout:
    """Cells as (widget or layout, row, column)."""
    layout = QGridLayout()
    layout.setContentsMargins(*contents)
    layout.setSpacing(spacing)
    for item, row, column in cells:
        if isinstance(item, QLayout):
            layout.addLayout(item, row, column)
        else:
            layout.addWidget(item, row, column)
    return layout


def scrolled_page(page: QWidget, inner: QWidget) -> QScrollArea:
    """Fill `page` with `inner` in a frameless scroll area: a tall page scrolls at a small window or large text
    instead of squeezing its fields until they cut their own text."""
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    vbox(0, scroll, parent=page)
    return scroll


class _FullHeight(QObject):
    """Keeps a widget's minimum height at what its layout asks for, each time its contents change."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            _pin_height(watched)
        return False


def _pin_height(widget: QWidget) -> None:
    layout = widget.layout()
    if layout is not None:
        widget.setMinimumHeight(layout.sizeHint().height())


def never_squeezed(widget: QWidget) -> None:
    """Wrapped text makes Qt measure a card's minimum as if it were wide; in a narrow card that minimum is too
    small and the layout presses fixed-height fields flat. Pinning the minimum to the card's own hint (kept up
    to date) makes the surrounding scroll area scroll instead."""
    keeper = _FullHeight(widget)
    widget.installEventFilter(keeper)
    _pin_height(widget)


class SideBySide(QWidget):
    """Two or more panels side by side while they fit, one above the other when the window or the text size leaves
    too little width: a tall page then scrolls down, never sideways."""

    def __init__(self, parent: QWidget, *panels: QWidget, spacing: int = defs.SPACING) -> None:
        super().__init__(parent)
        self._panels = panels
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(spacing)
        for panel in panels:
            self._row.addWidget(panel, 1)

    def _side_by_side_width(self) -> int:
        widths = [panel.minimumSizeHint().width() for panel in self._panels]
        return sum(widths) + self._row.spacing() * (len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        stacked = super().minimumSizeHint()
        return QSize(max(panel.minimumSizeHint().width() for panel in self._panels), stacked.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._side_by_side_width()
                  else QBoxLayout.Direction.TopToBottom)
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)
        super().resizeEvent(event)
