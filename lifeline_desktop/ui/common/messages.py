"""Sentences shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from lifeline_desktop.domain.errors import VaultInUse
from lifeline_desktop.ui.workers import user_message


def already_open() -> str:
    return QCoreApplication.translate(
        "messages",
        "Lifeline is already open on this computer (maybe in another account). "
        "Switch to that window, or close it first.",
    )


def describe(error: BaseException) -> str:
    """The sentence to show for a failure; VaultInUse gets our plain, fixed wording."""
    if isinstance(error, VaultInUse):
        return already_open()
    return user_message(error)


class MessageLine(QLabel):
    """A page's one line for what went wrong (or right): hidden while empty, a calm sentence when not."""

    def __init__(self, parent: QWidget | None = None, role: str = "warning") -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, error: BaseException) -> None:
        self.say(describe(error))
