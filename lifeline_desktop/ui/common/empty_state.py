"""A list with nothing in it says so: a muted, centred, wrapped line in the item view's own area while its model
has no rows. The words can change with the situation (nothing yet, or nothing that matches); no words, no line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from lifeline_desktop.ui import defs


class EmptyState(QLabel):
    """Lives on the view's viewport and follows its size; clicks pass through to the view."""

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(text, view.viewport())
        self._view = view
        self.setObjectName("empty-state")
        self.setProperty("role", "muted")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.refresh()

    @property
    def showing(self) -> bool:
        """The line is up (its view may itself be out of sight)."""
        return not self.isHidden()

    def refresh(self) -> None:
        self.setVisible(bool(self.text()) and self._view.model().rowCount() == 0)
        self._fit()

    def _fit(self) -> None:
        self.setGeometry(self._view.viewport().rect().adjusted(defs.SPACING, defs.SPACING, -defs.SPACING,
                                                               -defs.SPACING))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False
