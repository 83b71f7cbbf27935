"""The Programs page: the built-in programs, enrolling, progress with steps to tick, pause/resume, finishing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from lifeline_desktop.domain.vocabulary import EnrolmentStatus
from lifeline_desktop.services.programs.views import EnrolmentView, ProgramSummary
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import STRETCH, hbox, margins, vbox
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.operations import JOURNAL, PROGRAMS, Operations
from lifeline_desktop.ui.programs.models import ProgramListModel, StepsModel
from lifeline_desktop.ui.programs.rows import WrappingRows
from lifeline_desktop.ui.shell.navigation import Section

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


RUNNING = (EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED)  # an enrolment still under way


class ProgramsPage(SectionPage):
    shows = frozenset({PROGRAMS})

    def __init__(self, section: Section, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._session: Session | None = session
        self._enrolments: list[EnrolmentView] = []
        self.enrolment: EnrolmentView | None = None

        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        blurb = QLabel(self.tr("A path of small steps over days or weeks. Follow the calendar, or go at your own "
                               "pace; pause whenever life gets full."), self)
        blurb.setWordWrap(True)
        blurb.setProperty("role", "muted")
        self.programs = ProgramListModel()
        self.list = self._program_list()
        detail = QGroupBox(self)
        vbox(defs.SMALL_SPACING, *self._about_program(detail), self._enrol_row(detail), *self._progress(detail),
             self._step_row(detail), self._finish_row(detail), self.message,
             contents=margins(defs.SPACING), parent=detail)
        vbox(defs.SPACING, title, blurb, (hbox(defs.SPACING, self.list, (detail, 1)), 1),
             contents=margins(defs.MARGIN * 2, bottom=defs.MARGIN), parent=self)
        self._show_enrolment(None)
        self.message.say("")
        self.load()

    # --- the parts of the page, top to bottom ------------------------------------------------------------------

    def _program_list(self) -> QListView:
        view = QListView(self)
        view.setModel(self.programs)
        view.setAccessibleName(self.tr("Programs"))
        view.setFixedWidth(280)
        view.setSpacing(4)
        WrappingRows(view)
        view.selectionModel().currentRowChanged.connect(self._show_program)
        return view

    def _about_program(self, detail: QGroupBox) -> tuple[QLabel, QLabel, QLabel]:
        """The chosen program's title, summary, and its note on when to see a counsellor first."""
        self.program_title = QLabel(detail)
        self.program_title.setProperty("role", "subtitle")
        self.program_title.setWordWrap(True)
        self.summary = QLabel(detail)
        self.summary.setWordWrap(True)
        self.counsellor = QLabel(detail)
        self.counsellor.setWordWrap(True)
        self.counsellor.setProperty("role", "warning")
        self.counsellor.setObjectName("counsellor-note")
        return self.program_title, self.summary, self.counsellor

    def _enrol_row(self, detail: QGroupBox) -> QHBoxLayout:
        self.own_pace = QCheckBox(self.tr("At our own pace (no calendar)"), detail)
        self.own_pace.setAccessibleName(self.tr("Follow at our own pace"))
        self.enrol_button = QPushButton(self.tr("Start this program"), detail)
        self.enrol_button.setAccessibleName(self.tr("Start this program"))
        self.enrol_button.clicked.connect(self.enrol)
        return hbox(defs.SPACING, self.own_pace, STRETCH, self.enrol_button)

    def _progress(self, detail: QGroupBox) -> tuple[QLabel, QProgressBar, tuple[QListView, int]]:
        """How far along the couple is, and the steps to tick (the list takes the room left)."""
        self.progress_label = QLabel(detail)
        self.progress_label.setWordWrap(True)
        self.progress_label.setObjectName("progress")
        self.progress = QProgressBar(detail)
        self.progress.setAccessibleName(self.tr("Program progress"))
        self.progress.setTextVisible(False)
        self.steps = StepsModel()
        self.steps.toggled.connect(self._toggle)
        self.steps_view = QListView(detail)
        self.steps_view.setModel(self.steps)
        self.steps_view.setAccessibleName(self.tr("Program steps"))
        WrappingRows(self.steps_view)
        return self.progress_label, self.progress, (self.steps_view, 1)

    def _step_row(self, detail: QGroupBox) -> QHBoxLayout:
        self.pause_button = QPushButton(self.tr("Pause"), detail)
        self.pause_button.setAccessibleName(self.tr("Pause or resume the program"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.open_step = QPushButton(self.tr("Go to this step"), detail)
        self.open_step.setAccessibleName(self.tr("Open the selected step where it lives"))
        self.open_step.clicked.connect(self._open_step)
        return hbox(defs.SPACING, self.pause_button, self.open_step, STRETCH)

    def _finish_row(self, detail: QGroupBox) -> QHBoxLayout:
        self.reflection = QPlainTextEdit(detail)
        self.reflection.setPlaceholderText(self.tr("To finish: a few words on what you take with you. "
                                                   "They go to your shared journal."))
        self.reflection.setAccessibleName(self.tr("Closing reflection"))
        self.reflection.setFixedHeight(70)
        self.finish_button = QPushButton(self.tr("Finish the program"), detail)
        self.finish_button.setAccessibleName(self.tr("Finish the program"))
        self.finish_button.clicked.connect(self.finish)
        return hbox(defs.SPACING, (self.reflection, 1), self.finish_button)

    # --- loading ------------------------------------------------------------------------------------------------

    def load(self) -> None:
        session = self._session
        if session is None:
            return

        def work(s: Session) -> tuple[list[ProgramSummary], list[EnrolmentView]]:
            return s.programs.programs(), s.programs.enrolments()

        self._ops.query(work, self._loaded)

    def _loaded(self, loaded: tuple[list[ProgramSummary], list[EnrolmentView]]) -> None:
        if self._session is None:
            return
        programs, enrolments = loaded
        current = self.list.currentIndex().row()
        self._enrolments = enrolments
        self.programs.set_programs(programs)
        if current < 0:
            running = next((e for e in enrolments if e.status in RUNNING), None)
            current = self.programs.row_of(running.program.id) if running is not None else 0
        if self.programs.rowCount():
            self.list.setCurrentIndex(self.programs.index(max(0, current)))
            self._show_program(self.list.currentIndex())

    def select_program(self, program_id: str) -> None:
        self.list.setCurrentIndex(self.programs.index(self.programs.row_of(program_id)))

    def _show_program(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        program = self.programs.program(index.row())
        self.program_title.setText(program.title)
        self.summary.setText(program.summary)
        self.counsellor.setText(program.counsellor_note or "")
        self.counsellor.setVisible(bool(program.counsellor_note))
        enrolment = next((e for e in self._enrolments if e.program.id == program.id
                          and e.status in RUNNING), None)
        if enrolment is None:
            enrolment = next((e for e in self._enrolments if e.program.id == program.id), None)
        self._show_enrolment(enrolment)

    def _show_enrolment(self, enrolment: EnrolmentView | None) -> None:
        self.enrolment = enrolment
        running = enrolment is not None and enrolment.status in RUNNING
        self.enrol_button.setVisible(not running)
        self.own_pace.setVisible(not running)
        for widget in (self.progress, self.steps_view, self.pause_button, self.open_step):
            widget.setVisible(enrolment is not None)
        near_end = enrolment is not None and (enrolment.all_done or enrolment.due_unit >= _last_unit(enrolment))
        self.reflection.setVisible(running and near_end)  # Finish only in the last week, or once all is done
        self.finish_button.setVisible(running and near_end)
        if enrolment is None:
            self.progress_label.setText(self.tr("Not started yet."))
            self.steps.set_steps([])
            return
        total = len(enrolment.steps)
        self.progress.setRange(0, total)
        self.progress.setValue(enrolment.done_count)
        active = enrolment.status == EnrolmentStatus.ACTIVE
        self.steps.set_steps(enrolment.steps, editable=active, current_unit=enrolment.due_unit if active else -1)
        if enrolment.status == EnrolmentStatus.FINISHED:
            text = self.tr("Finished. Your reflection is in the journal.")
        elif enrolment.status == EnrolmentStatus.PAUSED:
            text = self.tr("Paused. Resume whenever you are ready; paused days do not count.")
        elif enrolment.all_done:
            text = self.tr("Every step is done. Finish with a few words when you are ready.")
        else:
            text = fill(self.tr("%1 of %n steps done.", "", total), enrolment.done_count)
            if not enrolment.own_pace:
                text += " " + fill(self.tr("By the calendar you are in day %1.") if enrolment.program.unit == "day"
                                   else self.tr("By the calendar you are in week %1."), enrolment.due_unit + 1)
                if enrolment.behind:
                    text += " " + self.tr("No hurry: pick up where you left off.")
        self.progress_label.setText(text)
        self.pause_button.setText(self.tr("Resume") if enrolment.status == EnrolmentStatus.PAUSED else self.tr("Pause"))
        self.pause_button.setEnabled(running)
        self.finish_button.setEnabled(enrolment.status == EnrolmentStatus.ACTIVE)

    # --- actions ----------------------------------------------------------------------------------------------

    def enrol(self) -> None:
        session = self._session
        index = self.list.currentIndex()
        if session is None or not index.isValid():
            return
        program_id = self.programs.program(index.row()).id
        own_pace = self.own_pace.isChecked()
        self._ops.change(lambda s: s.programs.enrol(program_id, own_pace=own_pace), {PROGRAMS},
                         lambda _id: self.load(), owner=self)

    def _toggle(self, step_id: str, done: bool) -> None:
        session, enrolment = self._session, self.enrolment
        if session is None or enrolment is None:
            return
        self._ops.change(lambda s: s.programs.mark_done(enrolment.id, step_id, done), {PROGRAMS},
                         lambda _v: self.load(), owner=self)

    def toggle_pause(self) -> None:
        session, enrolment = self._session, self.enrolment
        if session is None or enrolment is None:
            return
        paused = enrolment.status == EnrolmentStatus.PAUSED

        def work(s: Session) -> None:
            (s.programs.resume if paused else s.programs.pause)(enrolment.id)

        self._ops.change(work, {PROGRAMS}, lambda _r: self.load(), owner=self)

    def finish(self) -> None:
        session, enrolment = self._session, self.enrolment
        if session is None or enrolment is None:
            return
        text = self.reflection.toPlainText()
        self._ops.change(lambda s: s.programs.finish(enrolment.id, text), {PROGRAMS, JOURNAL}, self._finished)

    def _finished(self, _entry_id: int) -> None:
        self.reflection.clear()
        self.message.say("")
        self.load()

    def _open_step(self) -> None:
        index = self.steps_view.currentIndex()
        step = self.steps.step(index.row()) if index.isValid() else None
        if step is None and self.enrolment is not None:
            step = self.enrolment.next_step
        if step is None:
            return
        target = {"prompt": "journal", "idea": "planner", "script": "conversations"}.get(step.kind)
        if target is not None and step.ref:
            self.open_item.emit(target, step.ref)
        elif target is not None:
            self.navigate.emit(target, False)

    def release(self) -> None:
        self._session = None
        self._enrolments = []
        self.steps.set_steps([])
        self.reflection.clear()


def _last_unit(enrolment: EnrolmentView) -> int:
    return max((step.unit_index for step in enrolment.steps), default=0)
