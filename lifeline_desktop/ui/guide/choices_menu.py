"""The Today card's menu of choices each partner makes for themselves: suggestions from check-ins on or off, and
"no hard talks in what is suggested". Both are mine alone; the other partner's menu shows their own choices.

Leaving hard talks out changes the couple's path and suggestions the same way a safety answer does
(services/guide/safety.py), so the other partner cannot tell one from the other; the menu says so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from lifeline_desktop.ui.operations import PROGRAMS, Operations


class GuideChoicesButton(QToolButton):
    changed = Signal()  # a choice was saved: Today reloads

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setObjectName("guide-choices")
        self.setText(self.tr("Your choices"))
        self.setAccessibleName(self.tr("Your own choices for the guide"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.suggestions = QAction(self.tr("Suggestions from our check-ins"), menu)
        self.suggestions.setCheckable(True)
        self.suggestions.setChecked(True)
        self.suggestions.toggled.connect(self._suggestions_toggled)
        self.no_hard_talks = QAction(self.tr("Leave hard talks out of what is suggested"), menu)
        self.no_hard_talks.setCheckable(True)
        self.no_hard_talks.setToolTip(self.tr(
            "Conversations about conflict and trust are then left out of your path and suggestions, for both of "
            "you, without saying why. Only you see that you chose this."))
        self.no_hard_talks.toggled.connect(self._no_hard_talks_toggled)
        menu.setToolTipsVisible(True)
        menu.addAction(self.suggestions)
        menu.addAction(self.no_hard_talks)
        self.setMenu(menu)

    def show_choices(self, suggestions_on: bool, no_hard_talks: bool) -> None:
        for action, on in ((self.suggestions, suggestions_on), (self.no_hard_talks, no_hard_talks)):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def _suggestions_toggled(self, on: bool) -> None:
        self._ops.change(lambda s: s.guide.set_suggestions(on), set(), lambda _r: self.changed.emit(), owner=self)

    def _no_hard_talks_toggled(self, on: bool) -> None:
        self._ops.change(lambda s: s.guide.set_no_hard_talks(on), {PROGRAMS}, lambda _r: self.changed.emit(),
                         owner=self)
