"""How paused conversations are named on Today and in Conversations: every one, with its step, never hidden."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from lifeline_desktop.services.conversations.views import ConversationView
from lifeline_desktop.ui.common.text import fill

translate = QCoreApplication.translate  # lupdate reads the context and text as literals at each call


def paused_line(conversation: ConversationView) -> str:
    step, steps = conversation.current_step + 1, conversation.step_count
    return fill(translate("PausedConversations", "“%1”, at step %2 of %3"), conversation.title, step, steps)


def paused_list(paused: Sequence[ConversationView]) -> str:
    """One line per paused conversation, newest first."""
    return "\n".join(paused_line(conversation) for conversation in paused)


def waiting_text(paused: Sequence[ConversationView]) -> str:
    """The Conversations page's banner: what waits, and that Resume opens the most recent."""
    if len(paused) == 1:
        return fill(translate("PausedConversations", "%1 is waiting where you left it."), paused_line(paused[0]))
    heading = translate("PausedConversations", "These are waiting where you left them (Resume opens the first):")
    return heading + "\n" + paused_list(paused)


def still_paused_text(paused: Sequence[ConversationView]) -> str:
    """Said when a new conversation starts while others are paused: they stay, and where to find them."""
    return (translate("PausedConversations", "Still paused, waiting for you here and on Today:") + " "
            + "; ".join(paused_line(conversation) for conversation in paused))
