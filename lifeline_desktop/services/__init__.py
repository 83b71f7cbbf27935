"""The services a window uses, by feature: vault/, journal/, planner/, conversations/, checkins/, programs/,
play/, today/.

Each feature package has a `views.py` of plain frozen data classes (no database types) for the UI. The gate, the
session and the view types are re-exported here, lazily: importing this package loads nothing until a name is used,
so the unlock screen stays quick.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "VaultGate": "session", "Session": "session",
    "KeyringStatus": "vault.views", "PartnerSetup": "vault.views", "PartnerTile": "vault.views",
    "EntryDetail": "journal.views", "EntrySummary": "journal.views", "JournalFilter": "journal.views",
    "PromptView": "journal.views",
    "IdeaDraft": "planner.views", "IdeaFilter": "planner.views", "IdeaView": "planner.views",
    "OccurrenceView": "planner.views", "PlanDraft": "planner.views",
    "ConversationView": "conversations.views", "HistoryEntry": "conversations.views",
    "ScriptDraft": "conversations.views",
    "AgendaTopic": "checkins.views", "RevealedRound": "checkins.views", "RoundStatus": "checkins.views",
    "Scores": "checkins.views", "TrendData": "checkins.views",
    "EnrolmentView": "programs.views", "ProgramSummary": "programs.views", "StepView": "programs.views",
    "TodayView": "today.views",
    "Card": "play.views", "CardDeck": "play.views", "QuizQuestion": "play.views",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
