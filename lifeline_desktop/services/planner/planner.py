"""The planner as the session hands it to the UI: plans and ideas, with the wish jar, reminders and .ics exchange
that work on those plans (they depend on PlannerService; it knows nothing of them, so no import runs in a circle)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.planner.reminders import ReminderService
from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.planner.wish_jar import WishJar
from lifeline_desktop.services.vault.context import VaultContext

if TYPE_CHECKING:
    from lifeline_desktop.services.planner.ical import IcsExchange


class Planner(PlannerService):
    def __init__(self, context: VaultContext, journal: JournalService) -> None:
        super().__init__(context, journal)
        self.wishes = WishJar(context, self)
        self.reminders = ReminderService(context, self)

    @cached_property
    def ics(self) -> IcsExchange:
        """Built on first use: icalendar (80 modules) is needed only to export or import a calendar file."""
        from lifeline_desktop.services.planner.ical import IcsExchange

        return IcsExchange(self._context, self)
