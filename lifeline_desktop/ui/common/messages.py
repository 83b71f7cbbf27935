"""Sentences shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
