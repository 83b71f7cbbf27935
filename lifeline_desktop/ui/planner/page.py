"""The Planner section: ideas, the calendar and the wish jar in tabs, reminders while unlocked, and at unlock a
short list of what is coming and what was missed. Every service call goes through the Runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QLabel, QTabWidget, QWidget

from lifeline_desktop.domain.vocabulary import OccurrenceOutcome as Outcome
from lifeline_desktop.services.planner.service import IdeaDraft
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.dialogs import ask
from lifeline_desktop.ui.common.layout import margins, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.operations import JOURNAL, PLANNER, Operations
from lifeline_desktop.ui.planner.calendar_tab import CalendarTab
from lifeline_desktop.ui.planner.dialogs import IdeaDialog, MoveDialog, PlanDialog, ReflectDialog
from lifeline_desktop.ui.planner.ideas_tab import IdeasTab
from lifeline_desktop.ui.planner.models import local_time
from lifeline_desktop.ui.planner.notices import PlannerNotices
from lifeline_desktop.ui.planner.reminders import ReminderWatcher
from lifeline_desktop.ui.planner.timing import offered_start, system_zone
from lifeline_desktop.ui.planner.wish_tab import WishTab
from lifeline_desktop.ui.shell.navigation import Section

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class PlannerPage(SectionPage):
    shows = frozenset({PLANNER})

    def __init__(self, section: Section, session: Session, ops: Operations, parent: QWidget | None = None,
                 *, zone: str | None = None) -> None:
        super().__init__(ops, parent)
        self._session: Session | None = session
        self._planner: Any = session.planner
        self._clock = session.clock
        self.zone = zone or system_zone()
        self.dialog: Any = None
        self.choose_save_path: Callable[[], str] = self._ask_save_path
        self.choose_open_path: Callable[[], str] = self._ask_open_path

        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        self.notices = PlannerNotices(self.zone, self)
        self.digest, self.banner, self.dismiss = self.notices.digest, self.notices.banner, self.notices.dismiss
        self.status = QLabel(self)
        self.status.setObjectName("planner-status")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        self.ideas = IdeasTab(self)
        self.calendar = CalendarTab(self._fetch, self.zone, self._clock.now, self)
        self.wishes = WishTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.ideas, self.tr("Ideas"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.wishes, self.tr("Wish jar"))
        self.tabs.setAccessibleName(self.tr("Planner"))
        self.calendar.go_to(self._today())
        vbox(defs.SPACING, title, self.notices, (self.tabs, 1), self.status, self.message,
             contents=margins(defs.MARGIN, bottom=defs.SPACING), parent=self)
        self._connect_ideas()
        self._connect_calendar()
        self.wishes.add_requested.connect(self._add_wish)
        self.wishes.draw_requested.connect(self.draw_wish)
        self.watcher = ReminderWatcher(self._ops, self._clock, self.zone, self)
        self.watcher.reminded.connect(self._show_reminders)
        self.load()

    def _connect_ideas(self) -> None:
        self.ideas.filter_changed.connect(self.load_ideas)
        self.ideas.surprise_requested.connect(self.surprise)
        self.ideas.add_requested.connect(lambda: self._edit_idea(None))
        self.ideas.edit_requested.connect(self._edit_idea)
        self.ideas.plan_requested.connect(self._plan_idea)
        self.ideas.favourite_toggled.connect(
            lambda idea, on: self._change(lambda p: p.set_favourite(idea.key, on), lambda _r: self.load_ideas()))
        self.ideas.hidden_toggled.connect(
            lambda idea, on: self._change(lambda p: p.set_hidden(idea.key, on), lambda _r: self.load_ideas()))

    def _connect_calendar(self) -> None:
        self.calendar.new_plan_requested.connect(lambda start: self._open_plan_dialog(
            PlanDraft("", start, self.zone), None))
        self.calendar.outcome_requested.connect(self._set_outcome)
        self.calendar.skip_requested.connect(
            lambda o: self._change(lambda p: p.skip_occurrence(o.plan_id, o.original_start), self._changed))
        self.calendar.move_requested.connect(self._move)
        self.calendar.reflect_requested.connect(self._reflect)
        self.calendar.edit_requested.connect(self._edit_plan)
        self.calendar.delete_requested.connect(self._delete_plan)
        self.calendar.export_requested.connect(self.export_ics)
        self.calendar.import_requested.connect(self.import_ics)

    # --- plumbing -----------------------------------------------------------------------------------------
    def _run(self, work: Callable[[Any], Any], done: Callable[[Any], None] | None = None,
             dialog: Any = None, changes: frozenset[str] = frozenset()) -> None:
        """`work(planner)` off the GUI thread; a failure shows in the open dialog, or else on the status line."""
        if self._planner is None:
            return

        def failed(error: BaseException) -> None:
            if dialog is not None and dialog.isVisible():
                dialog.show_error(describe(error))
            else:
                self.status.setText(describe(error))

        self._ops.change(lambda s: work(s.planner), changes, done, failed, owner=self)

    def _change(self, work: Callable[[Any], Any], done: Callable[[Any], None] | None = None,
                dialog: Any = None) -> None:
        """Like _run, for work that changes plans, ideas or wishes: the other pages hear of it."""
        self._run(work, done, dialog, changes=frozenset({PLANNER}))

    def _fetch(self, start: datetime, end: datetime, deliver: Callable[[list[Any]], None]) -> None:
        self._run(lambda p: p.occurrences(start, end), deliver)

    def load(self) -> None:
        self.load_ideas()
        self.calendar.reload()
        self.load_wishes()
        saturday = self._next_saturday()
        zone = self.zone

        def digest(planner: Any) -> tuple[Any, int]:
            revealed = planner.wishes.reveal_pending(saturday, zone)  # my wishes drawn while I was away
            found = planner.reminders.digest()
            planner.reminders.mark_seen()
            return found, len(revealed)

        def show(result: tuple[Any, int]) -> None:
            found, revealed = result
            self._show_digest(found)
            if revealed:
                self.load_wishes()
                self._changed()
                self.wishes.revealed.show()
                self.wishes.revealed.setText(self.tr("One of your wishes was drawn while you were away. It is "
                                                     "revealed to you both now, and on the calendar."))

        self._run(digest, show)

    def load_ideas(self, then_select: str = "") -> None:
        chosen = self.ideas.idea_filter()
        self._run(lambda p: p.ideas(chosen), lambda ideas: self.ideas.set_ideas(ideas, chosen, then_select))

    def show_item(self, idea_id: str) -> None:
        """The Ideas tab with one built-in idea selected (from a program step); filters cleared to find it."""
        self.tabs.setCurrentWidget(self.ideas)
        self.ideas.clear_filters()
        self.load_ideas(then_select=f"builtin:{idea_id}")

    def load_wishes(self) -> None:
        self._run(lambda p: p.wishes.state(), self.wishes.set_state)

    def _changed(self, _result: object = None) -> None:
        self.calendar.reload()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _today(self) -> date:
        return local_time(self._clock.now(), self.zone).date()

    def _next_saturday(self) -> datetime:
        today = self._today()
        days = (5 - today.weekday()) % 7 or 7
        return datetime.combine(today + timedelta(days=days), time(11, 0))

    # --- notices ------------------------------------------------------------------------------------------
    def _show_digest(self, digest: Any) -> None:
        self.notices.show_digest(digest)

    def _show_reminders(self, sentences: list[str]) -> None:
        self.notices.show_reminders(sentences)
        self.calendar.reload()

    # --- ideas --------------------------------------------------------------------------------------------
    def surprise(self) -> None:
        chosen = self.ideas.idea_filter()

        def picked(idea: Any) -> None:
            if idea is None:
                self._say(self.tr("No idea fits these filters. Loosen one and try again."))
                return
            self.ideas.select(idea.key)
            self._say(fill(self.tr("How about this: %1?"), idea.title))

        self._run(lambda p: p.surprise(chosen), picked)

    def _edit_idea(self, idea: Any) -> None:
        draft = None if idea is None else IdeaDraft(idea.title, idea.description, idea.practices, idea.minutes,
                                                     idea.cost, idea.energy, idea.place, idea.season, idea.screens)
        dialog = IdeaDialog(self, draft)
        self.dialog = dialog

        def save(new: IdeaDraft) -> None:
            work = (lambda p: p.add_idea(new)) if idea is None else (lambda p: p.update_idea(idea.key, new))
            self._change(work, lambda _key: self._closed(dialog, self.load_ideas), dialog)

        dialog.submitted.connect(save)
        dialog.open()

    def _plan_idea(self, idea: Any) -> None:
        """The plan dialog for `idea`, starting at the time of day it suits on the chosen day (or the next day)."""
        now = local_time(self._clock.now(), self.zone).replace(tzinfo=None)
        start = offered_start(self.calendar.selected_day(), now, idea.time_of_day, idea.minutes)
        minutes = min(max(idea.minutes or 90, 15), 14 * 24 * 60)
        self._open_plan_dialog(PlanDraft(idea.title, start, self.zone, minutes, phones_away=not idea.screens,
                                         idea_key=idea.key), None)

    # --- plans --------------------------------------------------------------------------------------------
    def _open_plan_dialog(self, draft: PlanDraft, plan_id: int | None) -> None:
        dialog = PlanDialog(self, draft, editing=plan_id is not None)
        self.dialog = dialog

        def save(new: PlanDraft) -> None:
            work = (lambda p: p.add_plan(new)) if plan_id is None else (lambda p: p.update_plan(plan_id, new))

            def saved(_result: object) -> None:
                self._closed(dialog, self._changed)
                self.tabs.setCurrentWidget(self.calendar)
                self.calendar.go_to(new.starts_local.date())
                self._say(fill(self.tr("On the calendar: %1"), new.title.strip()))

            self._change(work, saved, dialog)

        dialog.submitted.connect(save)
        dialog.open()

    def _edit_plan(self, occurrence: Any) -> None:
        self._run(lambda p: p.plan(occurrence.plan_id),
                  lambda draft: self._open_plan_dialog(draft, occurrence.plan_id))

    def _delete_plan(self, occurrence: Any) -> None:
        what = self.tr("every time it repeats") if occurrence.recurring else self.tr("this plan")
        ask(self, self.tr("Delete plan"), fill(self.tr("Delete “%1”?"), occurrence.title),
            self.tr("Delete plan"), lambda: self._change(lambda p: p.delete_plan(occurrence.plan_id), self._deleted),
            informative=fill(self.tr("This removes %1 from the calendar."), what), no_text=self.tr("Keep it"))

    def _deleted(self, _result: object) -> None:
        self.calendar.select(None)
        self._changed()

    def _set_outcome(self, occurrence: Any, outcome: Outcome | None) -> None:
        def marked(_result: object) -> None:
            self._changed()
            self._say(self.tr("Marked as done. How was it? Each of you can reflect.") if outcome == Outcome.DONE
                      else self.tr("Marked as not happened. There will be another time."))

        self._change(lambda p: p.set_outcome(occurrence.plan_id, occurrence.original_start, outcome), marked)

    def _move(self, occurrence: Any) -> None:
        current = local_time(occurrence.start, self.zone).replace(tzinfo=None)
        dialog = MoveDialog(self, current)
        self.dialog = dialog
        zone = self.zone

        def save(new_start: datetime) -> None:
            self._change(lambda p: p.move_occurrence(occurrence.plan_id, occurrence.original_start, new_start, zone),
                      lambda _r: self._closed(dialog, self._changed), dialog)

        dialog.submitted.connect(save)
        dialog.open()

    def _reflect(self, occurrence: Any) -> None:
        dialog = ReflectDialog(self, occurrence.title)
        self.dialog = dialog

        def save(enjoyment: int | None, note: str, private: bool) -> None:
            def saved(_result: object) -> None:
                self._closed(dialog, self._changed)
                self._say(self.tr("Thank you. Your reflection is in your private journal.") if private
                          else self.tr("Thank you. Your reflection is in the shared journal."))

            self._run(lambda p: p.reflect(occurrence.plan_id, occurrence.original_start, enjoyment, note,
                                          private=private), saved, dialog, changes=frozenset({PLANNER, JOURNAL}))

        dialog.submitted.connect(save)
        dialog.open()

    def _closed(self, dialog: Any, then: Callable[[], None]) -> None:
        dialog.accept()
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        then()

    # --- wishes -------------------------------------------------------------------------------------------
    def _add_wish(self, text: str) -> None:
        def added(_result: object) -> None:
            self.wishes.wish_added()
            self.load_wishes()
            self._say(self.tr("Your wish is in the jar, sealed."))

        self._change(lambda p: p.wishes.add(text), added)

    def draw_wish(self) -> None:
        saturday, zone = self._next_saturday(), self.zone

        def drawn(wish: Any) -> None:
            self.wishes.show_drawn(wish)
            self.load_wishes()
            self._changed()

        self._change(lambda p: p.wishes.draw(saturday, zone), drawn)

    # --- files --------------------------------------------------------------------------------------------
    def _ask_save_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export plans"), "lifeline-plans.ics",
                                                    self.tr("Calendar files (*.ics)"))
        return path

    def _ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import plans"), "",
                                                    self.tr("Calendar files (*.ics)"))
        return path

    def export_ics(self) -> None:
        path = self.choose_save_path()
        if not path:
            return

        def write(planner: Any) -> str:
            Path(path).write_bytes(planner.ics.export())
            return path

        self._run(write, lambda written: self._say(fill(self.tr("Plans exported to %1"), written)))

    def import_ics(self) -> None:
        path = self.choose_open_path()
        if not path:
            return
        zone = self.zone

        def read(planner: Any) -> Any:
            return planner.ics.import_file(Path(path).read_bytes(), zone)

        def imported(result: Any) -> None:
            self._changed()
            kept = self.tr("%n of them were already here.", "", result.already_there) if result.already_there else ""
            self._say((self.tr("Imported %n plans.", "", result.added) + " " + kept).strip())

        self._change(read, imported)

    # --- lock ---------------------------------------------------------------------------------------------
    def release(self) -> None:
        """On lock: stop reminders and forget everything shown."""
        self.watcher.stop()
        self._planner = None
        self._session = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.ideas.model.set_rows([])
        self.ideas.shown_filter = None
        self.calendar.agenda_model.set_rows([])
        self.calendar.day_model.set_rows([])
        self.calendar.week_model.set_week(date.today(), [], self.zone)
        self.calendar.month.set_marks([], self.zone)
        self.wishes.mine_model.set_rows([])
        self.wishes.drawn_model.set_rows([])
        self.wishes.revealed.clear()
        self.notices.clear()
        self.status.clear()


def build_planner_page(section: Section, session: Session, ops: Operations, parent: QWidget) -> PlannerPage:
    return PlannerPage(section, session, ops, parent)
