"""Programs: enrol in a multi-week program, mark steps done together, pause and resume, finish with a reflection.

A program runs on the calendar (the unit of the day follows the days since enrolment, minus paused days) or at the
couple's own pace (the next step is simply the first one not done). Steps are done together: progress is shared.
The closing reflection goes to the shared journal. A prompt step touching a topic the couple chose to leave out
(in the check-up, given by `left_out`) shows another prompt of its practice and depth (prompt_steps.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.programs import Program, builtin_programs
from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.vocabulary import EnrolmentStatus, Topic
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.programs.prompt_steps import prompt_for_step
from lifeline_desktop.services.programs.views import EnrolmentView, ProgramSummary, StepView
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import ProgramEnrolmentRow, ProgramStepProgressRow


def _summary(program: Program) -> ProgramSummary:
    return ProgramSummary(program.id, program.title, program.summary, program.unit, len(program.units),
                          len(program.steps()), program.with_counsellor, program.counsellor_note)


MAX_REFLECTION_CHARS = 20_000


class ProgramService:
    def __init__(self, context: VaultContext, journal: JournalService,
                 programs: Callable[[], tuple[Program, ...]] = builtin_programs,
                 left_out: Callable[[], tuple[Topic, ...]] = tuple) -> None:
        self._context = context
        self._journal = journal
        self._programs = programs
        self._left_out = left_out  # topics the couple chose to leave out (the session asks the guide)

    def programs(self) -> list[ProgramSummary]:
        return [_summary(p) for p in self._programs()]

    def program(self, program_id: str) -> Program:
        found = next((p for p in self._programs() if p.id == program_id), None)
        if found is None:
            raise InvalidInput(msg("This program is not part of Lifeline any more."))
        return found

    def enrol(self, program_id: str, *, own_pace: bool = False, started_at: datetime | None = None) -> int:
        program = self.program(program_id)
        with self._context.transaction() as session:
            running = session.scalars(select(ProgramEnrolmentRow).where(
                ProgramEnrolmentRow.program_id == program_id,
                ProgramEnrolmentRow.status.in_([EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED]))).first()
            if running is not None:
                raise InvalidInput(msg("You are following this program already: pick up where you left off."))
            row = ProgramEnrolmentRow(program_id=program.id, program_version=program.version,
                                      status=EnrolmentStatus.ACTIVE, own_pace=own_pace, paused_days=0,
                                      started_at=started_at or self._context.clock.now())
            session.add(row)
            session.flush()
            return row.id

    def enrolments(self) -> list[EnrolmentView]:
        """Running ones (active, then paused) first, then finished ones, newest first."""
        left_out = self._left_out()
        with self._context.transaction() as session:
            rows = session.scalars(select(ProgramEnrolmentRow).order_by(ProgramEnrolmentRow.started_at.desc())).all()
            views = [view for row in rows if (view := self._view(session, row, left_out)) is not None]
        order = {"active": 0, "paused": 1, "finished": 2, "left": 3}
        return sorted(views, key=lambda v: order[v.status])

    def current(self) -> EnrolmentView | None:
        running = [v for v in self.enrolments() if v.status in ("active", "paused")]
        return running[0] if running else None

    def enrolment(self, enrolment_id: int) -> EnrolmentView:
        left_out = self._left_out()
        with self._context.transaction() as session:
            view = self._view(session, self._row(session, enrolment_id), left_out)
        if view is None:
            raise InvalidInput(msg("This program is not part of Lifeline any more."))
        return view

    def mark_done(self, enrolment_id: int, step_id: str, done: bool = True, *,
                  when: datetime | None = None) -> EnrolmentView:
        with self._context.transaction() as session:
            row = self._row(session, enrolment_id)
            if row.status is not EnrolmentStatus.ACTIVE:
                raise InvalidInput(msg("Resume the program first; it is paused or finished."))
            if step_id not in {step.id for _unit, step in self.program(row.program_id).steps()}:
                raise InvalidInput(msg("That step is not part of this program."))
            existing = session.scalars(select(ProgramStepProgressRow).where(
                ProgramStepProgressRow.enrolment_id == row.id, ProgramStepProgressRow.step_id == step_id)).all()
            if done and not existing:
                session.add(ProgramStepProgressRow(enrolment_id=row.id, step_id=step_id, partner_slot=None,
                                                   completed_at=when or self._context.clock.now()))
            elif not done:
                for progress in existing:
                    session.delete(progress)
        return self.enrolment(enrolment_id)

    def pause(self, enrolment_id: int) -> None:
        with self._context.transaction() as session:
            row = self._row(session, enrolment_id)
            if row.status is EnrolmentStatus.ACTIVE:
                row.status, row.paused_at = EnrolmentStatus.PAUSED, self._context.clock.now()

    def resume(self, enrolment_id: int) -> None:
        with self._context.transaction() as session:
            row = self._row(session, enrolment_id)
            if row.status is EnrolmentStatus.PAUSED:
                if row.paused_at is not None:
                    row.paused_days += max(0, (self._context.clock.now() - row.paused_at).days)
                row.status, row.paused_at = EnrolmentStatus.ACTIVE, None

    def set_own_pace(self, enrolment_id: int, own_pace: bool) -> None:
        with self._context.transaction() as session:
            self._row(session, enrolment_id).own_pace = own_pace

    def finish(self, enrolment_id: int, reflection: str) -> int:
        """Finishes the program and writes the reflection to the shared journal; returns the entry id."""
        text = reflection.strip()
        if not text:
            raise InvalidInput(msg("A few words on what you take with you would close this well."))
        if len(text) > MAX_REFLECTION_CHARS:
            raise InvalidInput(msg("This reflection is very long; perhaps split it into journal entries."))
        view = self.enrolment(enrolment_id)
        if view.status == "finished":
            raise InvalidInput(msg("You finished this program already."))
        entry_id = self._journal.add_entry(f"We finished “{view.program.title}”", text)
        with self._context.transaction() as session:
            row = self._row(session, enrolment_id)
            row.status, row.finished_at, row.paused_at = EnrolmentStatus.FINISHED, self._context.clock.now(), None
            row.journal_entry_id = entry_id
        return entry_id

    def leave(self, enrolment_id: int) -> None:
        with self._context.transaction() as session:
            row = self._row(session, enrolment_id)
            row.status, row.finished_at = EnrolmentStatus.LEFT, self._context.clock.now()

    # --- inside -----------------------------------------------------------------------------------------------

    def _row(self, session: OrmSession, enrolment_id: int) -> ProgramEnrolmentRow:
        row = session.get(ProgramEnrolmentRow, enrolment_id)
        if row is None:
            raise InvalidInput(msg("This enrolment is not there any more."))
        return row

    def _view(self, session: OrmSession, row: ProgramEnrolmentRow, left_out: tuple[Topic, ...]
              ) -> EnrolmentView | None:
        program = next((p for p in self._programs() if p.id == row.program_id), None)
        if program is None:
            return None
        done = set(session.scalars(select(ProgramStepProgressRow.step_id).where(
            ProgramStepProgressRow.enrolment_id == row.id)))
        prompts = {p.id: p for p in builtin_prompts()} if left_out else {}
        steps = tuple(StepView(step.id, unit, program.units[unit].title, step.kind,
                               prompt_for_step(step.id, step.ref, prompts, left_out)
                               if step.kind == "prompt" and step.ref else step.ref,
                               step.text, step.id in done) for unit, step in program.steps())
        now = row.paused_at or row.finished_at or self._context.clock.now()
        elapsed = max(0, (now - row.started_at).days - row.paused_days)
        due = min(len(program.units) - 1, elapsed // program.unit_days)
        if row.own_pace:
            next_step = next((s for s in steps if not s.done), None)
            due = next_step.unit_index if next_step is not None else len(program.units) - 1
        return EnrolmentView(row.id, _summary(program), row.status.value, row.own_pace, row.started_at,
                             row.finished_at, steps, due)
