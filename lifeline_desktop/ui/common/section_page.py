"""What every sidebar section's page is to the home view: load, release, show one item, and refresh on changes.

A feature adds a section by writing a SectionPage subclass and registering its factory in
ui/shell/page_modules.py; the home view never looks inside a page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from lifeline_desktop.ui.common.messages import MessageLine
from lifeline_desktop.ui.operations import Changes, Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class SectionPage(QWidget):
    navigate = Signal(str, bool)  # send the user to another section (key), reloading it or not
    open_item = Signal(str, str)  # ...or to one item there: section key, prompt, idea or script id
    talking = Signal(bool)  # a guided conversation fills the page: the idle lock waits longer

    # The features whose changes this page shows: when another page changes one, this page loads again.
    shows: Changes = frozenset()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = MessageLine(self)
        self._ops = ops.failing_to(self.message.show_error)
        self._stale = False
        ops.bus.changed.connect(self._heard_change)

    def open(self, session: Session) -> None:
        """The vault opened, for a page built before it did (the first section's: see ui/shell/page_modules.py)."""

    def load(self) -> None:
        """Read what the page shows from the open session (off the GUI thread)."""

    def release(self) -> None:
        """Called on lock: forget everything shown from the session."""

    def show_item(self, item_id: str) -> None:
        """Show one item of this section (a prompt to write about, an idea, a script); by default the page."""

    def busy_with_own(self) -> bool:
        """True while the page shows work of its own that a reload would disturb (a conversation under way)."""
        return False

    def _heard_change(self, changes: Changes, initiator: object) -> None:
        if not changes & self.shows or not self._ops.is_open or self.busy_with_own() or self._asked_by_me(initiator):
            return
        if self.isVisible():
            self.load()
        else:
            self._stale = True  # loaded when shown, not while hidden

    def _asked_by_me(self, initiator: object) -> bool:
        """This page reloads after its own changes already."""
        if initiator is self:
            return True
        return isinstance(initiator, QWidget) and shiboken6.isValid(initiator) and self.isAncestorOf(initiator)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.load()
