"""The guide in one place for the session and Today: the check-up, the path, the prompt of the day, suggestions,
the follow-up after a hard talk, and the practices over time for the Check-ins chart.

What one partner sees through it never depends on the other's safety answer except, silently, which hard talks
are offered (services/guide/safety.py).
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.guide_rules import GuideRules, builtin_guide_rules
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic
from lifeline_desktop.services.checkins.service import CheckInService
from lifeline_desktop.services.conversations.service import ConversationService
from lifeline_desktop.services.guide import path as paths
from lifeline_desktop.services.guide.checkup import CheckupService
from lifeline_desktop.services.guide.daily_prompt import Progress, PromptChoice, choose_prompt
from lifeline_desktop.services.guide.follow_ups import FollowUps
from lifeline_desktop.services.guide.history import CHECKIN, CHECKUP, PracticePoint, stretched
from lifeline_desktop.services.guide.rules import (
    left_out_topics,
    practice_changes,
    practice_means,
    propose_path,
    standings,
)
from lifeline_desktop.services.guide.suggestions import suggestion_from
from lifeline_desktop.services.guide.views import (
    AcceptedPath,
    Answers,
    CheckupReveal,
    CheckupState,
    PathProposal,
    TodayGuide,
)
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.journal.views import PromptView
from lifeline_desktop.services.programs.service import ProgramService
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import JournalEntryRow, PartnerRow
from lifeline_desktop.store.vault_meta import read_meta, write_meta

SUGGESTIONS_OFF_META = "guide.suggestions_off.{slot}"


class GuideService:
    def __init__(self, context: VaultContext, journal: JournalService, checkins: CheckInService,
                 conversations: ConversationService, programs: ProgramService,
                 rules: GuideRules | None = None) -> None:
        self._context = context
        self._journal = journal
        self._checkins = checkins
        self._conversations = conversations
        self._programs = programs
        self._rules = rules or builtin_guide_rules()
        self.checkup = CheckupService(context)
        self.follow_ups = FollowUps(context, self._rules, {s.id: s.title for s in conversations.scripts()})

    def _today(self) -> date:
        return self._context.clock.now().astimezone().date()

    # --- reveal and path ------------------------------------------------------------------------------------------

    def _quiet(self) -> bool:
        with self._context.transaction() as session:
            return self.checkup.safety.quiet(session)

    def reveal(self) -> CheckupReveal | None:
        """The latest revealed check-up side by side, its proposal, and what changed since the one before."""
        revealed = self.checkup.revealed()
        if not revealed:
            return None
        quiet = self._quiet()
        checkup_id, revealed_at, answers = revealed[-1]
        found = standings(answers, self._rules.paths)
        proposal = propose_path(answers, self._rules, quiet=quiet)
        if len(revealed) < 2:
            return CheckupReveal(checkup_id, revealed_at, answers, found, proposal, ())
        _before_id, before_at, before = revealed[-2]
        changes = paths.what_changed(propose_path(before, self._rules, quiet=quiet), proposal)
        return CheckupReveal(checkup_id, revealed_at, answers, found, proposal, changes, before_at,
                             practice_changes(before, answers, self._rules.paths))

    def left_out(self) -> tuple[Topic, ...]:
        """The topics either partner chose to leave out in the latest revealed check-up."""
        revealed = self.checkup.revealed()
        return left_out_topics(revealed[-1][2]) if revealed else ()

    def path(self) -> AcceptedPath | None:
        with self._context.transaction() as session:
            text = read_meta(session, paths.PATH_META)
        return paths.path_from_json(text) if text else None

    def accept_path(self, *, program_id: str | bool | None = True, focus: tuple[Practice, ...] | None = None,
                    depth: Depth | None = None, retake_weeks: int | None = None) -> AcceptedPath:
        """Accept the proposal, changing any part; enrols in the program unless it is running already."""
        reveal = self.reveal()
        if reveal is None:
            raise InvalidInput(msg("The path comes once you have both answered the check-up."))
        accepted = paths.accepted_from(reveal.proposal, reveal.checkup_id, self._context.clock.now(),
                                       program_id=program_id, focus=focus, depth=depth, retake_weeks=retake_weeks)
        with self._context.transaction() as session:
            write_meta(session, paths.PATH_META, paths.path_to_json(accepted))
        running = self._programs.current()
        if accepted.program_id and (running is None or running.program.id != accepted.program_id):
            with contextlib.suppress(InvalidInput):
                self._programs.enrol(accepted.program_id)
        return accepted

    def ignore_path(self) -> None:
        reveal = self.reveal()
        if reveal is not None:
            with self._context.transaction() as session:
                write_meta(session, paths.IGNORED_META, str(reveal.checkup_id))

    # --- the prompt of the day ------------------------------------------------------------------------------------

    def progress(self, day: date | None = None) -> Progress:
        day = day or self._today()
        start_of_day = datetime.combine(day, time(), tzinfo=self._context.clock.now().astimezone().tzinfo)
        with self._context.transaction() as session:
            began = session.scalar(select(func.min(PartnerRow.created_at)))
            entries = session.scalar(select(func.count(JournalEntryRow.id))
                                     .where(JournalEntryRow.created_at < start_of_day)) or 0
        weeks = max(0, (day - began.astimezone().date()).days // 7) if began is not None else 0
        running = self._programs.current()
        program_week = 0
        if running is not None:
            program_week = running.due_unit + 1 if running.program.unit == "week" else running.due_unit // 7 + 1
        return Progress(weeks, entries, program_week)

    def prompt_choice(self) -> PromptChoice:
        path = self.path()
        reveal = self.reveal()
        left_out = reveal.proposal.left_out if reveal is not None else ()
        if path is None:
            return PromptChoice(left_out=left_out)
        return PromptChoice(path.focus, left_out, path.depth)

    def prompt_of_the_day(self, offset: int = 0, *, lighter: bool = False, day: date | None = None) -> PromptView:
        """Today's prompt; `offset` n is the n-th "another one"; `lighter` asks for a light prompt."""
        day = day or self._today()
        prompt = choose_prompt(builtin_prompts(), self._rules.prompts, self._journal.prompts.order_seed(), day,
                               self.progress(day), self.prompt_choice(), offset=offset, lighter=lighter)
        return PromptView(prompt.id, prompt.text, prompt.practice.value, prompt.depth.value)

    # --- suggestions ------------------------------------------------------------------------------------------------

    def suggestions_on(self) -> bool:
        with self._context.transaction() as session:
            return read_meta(session, SUGGESTIONS_OFF_META.format(slot=self._context.partner.value)) != "1"

    def set_suggestions(self, on: bool) -> None:
        with self._context.transaction() as session:
            write_meta(session, SUGGESTIONS_OFF_META.format(slot=self._context.partner.value), "0" if on else "1")

    def no_hard_talks(self) -> bool:
        """My own choice to leave conversations about conflict and trust out of what is suggested to us."""
        with self._context.transaction() as session:
            return self.checkup.safety.no_hard_talks(session)

    def set_no_hard_talks(self, on: bool) -> None:
        """Sets my choice; its effect looks the same as the safety answer's, so neither can be told from the other."""
        if not self._context.private_space_open:
            raise InvalidInput(msg("Open your private space first: this choice is kept there."))
        with self._context.transaction() as session:
            self.checkup.safety.set_no_hard_talks(session, on)

    def _names(self, session: OrmSession) -> dict[PartnerSlot, str]:
        return {row.slot: row.name for row in session.scalars(select(PartnerRow)).all()}

    # --- Today and the chart ----------------------------------------------------------------------------------------

    def today(self) -> TodayGuide:
        status = self.checkup.status()
        path = self.path()
        reveal = self.reveal() if status.state is CheckupState.REVEALED else None
        with self._context.transaction() as session:
            quiet = self.checkup.safety.quiet(session)
            note = self.checkup.safety.my_note(session)
            names = self._names(session)
            ignored = read_meta(session, paths.IGNORED_META)
            no_hard_talks = self.checkup.safety.no_hard_talks(session)
        proposal: PathProposal | None = None
        if reveal is not None and (path is None or path.checkup_id != reveal.checkup_id) \
                and ignored != str(reveal.checkup_id):
            proposal = reveal.proposal
        week = None
        if path is not None:
            scripts = {s.id: s for s in self._conversations.scripts()}
            left_out = reveal.proposal.left_out if reveal is not None else ()
            week = paths.week_plan(path, self._today(), self._rules, scripts, left_out, quiet)
        suggestion = None
        suggestions_on = self.suggestions_on()
        if suggestions_on:
            suggestion = suggestion_from(self._checkins.revealed_rounds(), self._rules.suggestions,
                                         self._script_or_none, names, set(self._rules.paths.hard_talks), quiet)
        retake_due = False
        if status.state is CheckupState.REVEALED and status.revealed_at is not None:
            weeks = path.retake_weeks if path is not None else self._rules.paths.retake.weeks
            retake_due = self._today() >= status.revealed_at.astimezone().date() + timedelta(weeks=weeks)
        return TodayGuide(status, path, proposal, week, suggestion, self.follow_ups.current(), retake_due, note,
                          suggestions_on, no_hard_talks)

    def _script_or_none(self, script_id: str):  # type: ignore[no-untyped-def]
        return next((s for s in self._conversations.scripts() if s.id == script_id), None)

    def practice_history(self) -> dict[Practice, list[PracticePoint]]:
        """Each practice per partner over time, 1–10, from check-ups (their averages stretched from 1–5) and
        check-ins (each score stands for the practice suggestions.toml names), oldest first."""
        history: dict[Practice, list[PracticePoint]] = {p: [] for p in Practice}
        for _id, revealed_at, answers in self.checkup.revealed():
            means = {slot: practice_means(answers[slot]) for slot in PartnerSlot if slot in answers}
            for practice in Practice:
                if all(practice in means.get(slot, {}) for slot in PartnerSlot):
                    history[practice].append((revealed_at.astimezone().date(), CHECKUP,
                                              {slot: stretched(means[slot][practice]) for slot in PartnerSlot}))
        for round_ in self._checkins.revealed_rounds():
            for dimension, practice in self._rules.suggestions.dimensions.items():
                history[practice].append((round_.round_start, CHECKIN,
                                          {slot: float(round_.answers[slot].scores.get(dimension))
                                           for slot in PartnerSlot}))
        for points in history.values():
            points.sort(key=lambda p: p[0])
        return history


def answers_of(reveal: CheckupReveal, slot: PartnerSlot) -> Answers:
    return reveal.answers.get(slot, {})
