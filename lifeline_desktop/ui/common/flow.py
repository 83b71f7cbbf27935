"""A layout that places widgets in a row and wraps them onto the next row when the room runs out.

Filter rows and button rows use it so they fit a narrow window (1000x680, or larger text) without clipping or
overlapping, and sit on one line when there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

from lifeline_desktop.ui import defs


def flow_box(parent: QWidget, *widgets: QWidget, spacing: int = defs.SMALL_SPACING) -> QWidget:
    """A widget holding `widgets` in a FlowLayout: its own widget, so the rows it needs at a width are honoured
    by the layouts around it (height-for-width does not pass through a layout nested in a layout)."""
    box = QWidget(parent)
    FlowLayout(box, spacing).add_widgets(*widgets)
    return box


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = defs.SMALL_SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def add_widgets(self, *widgets: QWidget) -> FlowLayout:
        for widget in widgets:
            self.addWidget(widget)
        return self

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if (widget := i.widget()) is None or not widget.isHidden()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lays the items out left to right, wrapping; returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), area.width()), hint.height())))
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
