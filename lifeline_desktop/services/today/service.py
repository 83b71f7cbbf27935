"""The Today page in one call: what is new from the partner, what comes next, what is due.

Everything here is what the signed-in partner may see: shared entries and replies, notes addressed to them, their
own check-in answer (the other's only as "answered", never its scores or note), shared plans and progress, and the
guide (the check-up, the path, this week's conversation and activity, a suggestion, a follow-up), and now
and then a shared memory from this day in an earlier year (services/story/memories.py).
"""

from __future__ import annotations

from lifeline_desktop.services.checkins.service import CheckInService
from lifeline_desktop.services.conversations.service import ConversationService
from lifeline_desktop.services.guide.service import GuideService
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.programs.service import ProgramService
from lifeline_desktop.services.story.memories import MemoryService
from lifeline_desktop.services.story.milestones import MilestoneService
from lifeline_desktop.services.story.views import StoryToday
from lifeline_desktop.services.today.views import TodayView

UPCOMING_DAYS = 7


class TodayService:
    def __init__(self, journal: JournalService, planner: PlannerService, conversations: ConversationService,
                 checkins: CheckInService, programs: ProgramService, guide: GuideService | None = None,
                 memories: MemoryService | None = None, milestones: MilestoneService | None = None) -> None:
        self._journal = journal
        self._planner = planner
        self._conversations = conversations
        self._checkins = checkins
        self._programs = programs
        self._guide = guide
        self._memories = memories
        self._milestones = milestones

    def today(self) -> TodayView:
        journal = self._journal
        me = journal.partner
        summaries = journal.page(limit=200).entries  # the newest, paged in SQL: cheap in a vault of years
        unread = tuple(s for s in summaries if s.unread and not s.private)[:5]
        upcoming = tuple(o for o in self._planner.agenda(UPCOMING_DAYS) if o.outcome is None)[:5]
        recent = tuple(e for e in journal.entries(limit=8) if not e.private or e.author is me)
        paused = tuple(self._conversations.paused())
        return TodayView(
            now=self._checkins.today_moment(),
            prompt=self._guide.prompt_of_the_day() if self._guide else journal.prompts.prompt_of_the_day(),
            notes=tuple(n for n in journal.appreciation.unread() if n.recipient is me)[:3],
            unread_entries=unread,
            upcoming=upcoming,
            check_in=self._checkins.status(),
            program=self._programs.current(),
            conversation=paused[0] if paused else None,
            recent=recent,
            guide=self._guide.today() if self._guide else None,
            story=self.story(),
            paused=paused,
        )

    def story(self) -> StoryToday | None:
        """A memory from this day in an earlier year (shared things only), and milestones whose day it is."""
        if self._memories is None or self._milestones is None:
            return None
        return StoryToday(self._memories.on_this_day(), tuple(self._milestones.anniversaries()),
                          self._memories.is_on())
