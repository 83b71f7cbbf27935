"""List rows that show their text whole: each row is as tall as its text wrapped at the list's width, never elided."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # true on a row that heads a group (a week's title), not an item
ROW_PADDING = 5  # room above and below a row's text
HEADING_GAP = 10  # extra room above a heading, so each group stands apart
_TALL = 100_000


class WrappingRows(QStyledItemDelegate):
    """Sizes every row of `view` to its wrapped text at the view's current width, and paints it unelided."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # lay the rows out again whenever the width changes
        view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        view.setItemDelegate(self)

    def row_width(self) -> int:
        return max(40, self._view.viewport().width() - 2 * self._view.spacing())

    def text_height(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """How tall the row's text is once wrapped inside the room the style leaves it at the view's width."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, self.row_width(), _TALL)
        style = self._view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        bounds = QRect(0, 0, max(10, room.width() - 2 * margin), _TALL)
        return opt.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, opt.text).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        gap = HEADING_GAP if index.data(HEADING_ROLE) and index.row() > 0 else 0
        return QSize(self.row_width(), self.text_height(option, index) + 2 * ROW_PADDING + gap)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        opt.textElideMode = Qt.TextElideMode.ElideNone
        if index.data(HEADING_ROLE) and index.row() > 0:
            opt.rect = opt.rect.adjusted(0, HEADING_GAP, 0, 0)
        super().paint(painter, opt, index)
