"""Today's "Recently in your journal": a list exactly as tall as its rows, so it never scrolls inside the page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QSizePolicy, QWidget

from lifeline_desktop.ui.shell.entries_model import RecentEntriesModel


class FittedList(QListView):
    """A list that grows with its rows instead of scrolling (the page around it is what scrolls)."""

    def __init__(self, model: RecentEntriesModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        model = self.model()
        rows = sum(self.sizeHintForRow(row) for row in range(model.rowCount())) if model is not None else 0
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())
