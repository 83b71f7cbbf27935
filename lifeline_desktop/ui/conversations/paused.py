"""How paused conversations are named on Today and in Conversations: every one, with its step, never hidden."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from lifeline_desktop.services.conversations.views import ConversationView


def _tr(text: str) -> str:
    return QCoreApplication.translate("PausedConversations", text)


def paused_line(conversation: ConversationView) -> str:
    return (_tr("“%1”, at step %2 of %3").replace("%1", conversation.title)
            .replace("%2", str(conversation.current_step + 1)).replace("%3", str(conversation.step_count)))


def paused_list(paused: Sequence[ConversationView]) -> str:
    """One line per paused conversation, newest first."""
    return "\n".join(paused_line(conversation) for conversation in paused)


def waiting_text(paused: Sequence[ConversationView]) -> str:
    """The Conversations page's banner: what waits, and that Resume opens the most recent."""
    if len(paused) == 1:
        return _tr("%1 is waiting where you left it.").replace("%1", paused_line(paused[0]))
    return (_tr("These are waiting where you left them (Resume opens the first):") + "\n" + paused_list(paused))


def still_paused_text(paused: Sequence[ConversationView]) -> str:
    """Said when a new conversation starts while others are paused: they stay, and where to find them."""
    return (_tr("Still paused, waiting for you here and on Today:") + " "
            + "; ".join(paused_line(conversation) for conversation in paused))
