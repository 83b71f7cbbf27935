"""The Today page in one call: what is new from the partner, what comes next, what is due.

Everything here is what the signed-in partner may see: shared entries and replies, notes addressed to them, their
own check-in answer (the other's only as "answered", never its scores or note), shared plans and progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lifeline_desktop.services.checkins.service import CheckInService, RoundStatus
from lifeline_desktop.services.conversations.service import ConversationService
from lifeline_desktop.services.conversations.views import ConversationView
from lifeline_desktop.services.journal.appreciation import AppreciationNote
from lifeline_desktop.services.journal.prompts import PromptView
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.journal.views import EntrySummary, EntryView
from lifeline_desktop.services.planner.service import OccurrenceView, PlannerService
from lifeline_desktop.services.programs.service import EnrolmentView, ProgramService

UPCOMING_DAYS = 7


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


class TodayService:
    def __init__(self, journal: JournalService, planner: PlannerService, conversations: ConversationService,
                 checkins: CheckInService, programs: ProgramService) -> None:
        self._journal = journal
        self._planner = planner
        self._conversations = conversations
        self._checkins = checkins
        self._programs = programs

    def today(self) -> TodayView:
        journal = self._journal
        me = journal.partner
        summaries = journal.page(limit=200).entries  # the newest, paged in SQL: cheap in a vault of years
        unread = tuple(s for s in summaries if s.unread and not s.private)[:5]
        upcoming = tuple(o for o in self._planner.agenda(UPCOMING_DAYS) if o.outcome is None)[:5]
        recent = tuple(e for e in journal.entries(limit=8) if not e.private or e.author is me)
        return TodayView(
            now=self._checkins.today_moment(),
            prompt=journal.prompts.prompt_of_the_day(),
            notes=tuple(n for n in journal.appreciation.unread() if n.recipient is me)[:3],
            unread_entries=unread,
            upcoming=upcoming,
            check_in=self._checkins.status(),
            program=self._programs.current(),
            conversation=self._conversations.unfinished(),
            recent=recent,
        )
