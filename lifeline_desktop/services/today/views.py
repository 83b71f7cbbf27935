"""Plain data the UI shows: frozen data classes, no database types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lifeline_desktop.services.checkins.views import RoundStatus
from lifeline_desktop.services.conversations.views import ConversationView
from lifeline_desktop.services.guide.views import TodayGuide
from lifeline_desktop.services.journal.views import AppreciationNote, EntrySummary, EntryView, PromptView
from lifeline_desktop.services.planner.views import OccurrenceView
from lifeline_desktop.services.programs.views import EnrolmentView
from lifeline_desktop.services.story.views import StoryToday


@dataclass(frozen=True)
class TodayView:
    now: datetime
    prompt: PromptView
    notes: tuple[AppreciationNote, ...]  # unread notes addressed to me
    unread_entries: tuple[EntrySummary, ...]  # shared entries (or their replies) from my partner I have not read
    upcoming: tuple[OccurrenceView, ...]
    check_in: RoundStatus
    program: EnrolmentView | None
    conversation: ConversationView | None
    recent: tuple[EntryView, ...]
    guide: TodayGuide | None = None
    story: StoryToday | None = None  # On this day, and milestones whose day it is
    paused: tuple[ConversationView, ...] = ()  # every conversation left unfinished, newest first
