"""Our story: the milestones timeline, "On this day" settings, and the doors in and out (the keepsake book, bringing
a journal in, taking everything out). Each door that leaves the encryption asks for consent (ui/common/consent.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.services.story.views import MilestoneDraft, MilestoneView
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.rows_model import RowsModel
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.operations import PLANNER, Operations
from lifeline_desktop.ui.planner.timing import system_zone
from lifeline_desktop.ui.shell.navigation import Section
from lifeline_desktop.ui.story.doors import StoryDoors
from lifeline_desktop.ui.story.milestone_dialog import MilestoneDialog, kind_names

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


def describe_milestone(milestone: MilestoneView) -> str:
    day = milestone.happened_on
    line = f"{day.day} {day.strftime('%B')} {day.year}  ·  {milestone.title}  ({kind_names()[milestone.kind]})"
    return line + ("  ↻" if milestone.yearly_reminder else "")


class StoryPage(SectionPage):
    shows = frozenset({PLANNER})

    def __init__(self, section: Section, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._session: Session | None = session
        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        blurb = QLabel(section.blurb, self)
        blurb.setWordWrap(True)
        blurb.setProperty("role", "muted")

        timeline_box = self._build_timeline()
        memories_note = self._build_memories()
        self.doors = StoryDoors(session, self._ops, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(self.message)
        layout.addWidget(timeline_box, 1)
        layout.addWidget(self.memories_on)
        layout.addWidget(memories_note)
        layout.addWidget(self.unhide, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.doors)
        self.doors.said.connect(self.message.say)
        self.load()

    def _build_timeline(self) -> QGroupBox:
        self.milestones = RowsModel[MilestoneView](describe_milestone, lambda m: m.note)
        self.timeline = QListView(self)
        self.timeline.setObjectName("milestones")
        self.timeline.setModel(self.milestones)
        self.timeline.setAccessibleName(self.tr("Our milestones, the oldest first"))
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(4)
        self.timeline.doubleClicked.connect(lambda _index: self.change_milestone())
        self.empty = QLabel(self.tr("No milestones yet. The day you met, a move, a hard year you got through: "
                                    "add the days that matter to you both."), self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.add_button = QPushButton(self.tr("Add a milestone"), self)
        self.add_button.setObjectName("milestone-add")
        self.add_button.clicked.connect(self.add_milestone)
        self.change_button = QPushButton(self.tr("Change"), self)
        self.change_button.clicked.connect(self.change_milestone)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_milestone)
        milestone_buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            milestone_buttons.addWidget(button)
        milestone_buttons.addStretch(1)
        timeline_box = QGroupBox(self.tr("Our milestones"), self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.empty)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addLayout(milestone_buttons)

        return timeline_box

    def _build_memories(self) -> QLabel:
        self.memories_on = QCheckBox(self.tr("On this day"), self)  # short: a check box cannot wrap its text
        self.memories_on.setAccessibleName(self.tr("On this day: now and then, bring back something we shared on "
                                                   "this day in an earlier year"))
        self.memories_on.setObjectName("memories-on")
        self.memories_on.toggled.connect(self._set_memories_on)
        self.unhide = QPushButton(self.tr("Let hidden memories come back"), self)
        self.unhide.clicked.connect(self._unhide)
        memories_note = QLabel(self.tr("Now and then, something we shared on this day in an earlier year comes back "
                                       "on Today. Only what you both already share comes back: never a private "
                                       "entry, never a wish still in the jar. Either of you can hide a memory or "
                                       "turn this off for both."), self)
        memories_note.setWordWrap(True)
        memories_note.setProperty("role", "muted")

        return memories_note

    def load(self) -> None:
        session = self._session
        if session is None:
            return
        self._ops.query(lambda s: (s.milestones.timeline(), s.memories.is_on()), self._loaded)

    def _loaded(self, result: tuple[list[MilestoneView], bool]) -> None:
        milestones, memories_on = result
        self.milestones.set_rows(milestones)
        self.empty.setVisible(not milestones)
        self.timeline.setVisible(bool(milestones))
        self.memories_on.blockSignals(True)
        self.memories_on.setChecked(memories_on)
        self.memories_on.blockSignals(False)

    def _selected(self) -> MilestoneView | None:
        index = self.timeline.currentIndex()
        return self.milestones.row(index.row()) if index.isValid() else None

    def add_milestone(self) -> None:
        self._open_dialog(None)

    def change_milestone(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._open_dialog(chosen)

    def _open_dialog(self, existing: MilestoneView | None) -> MilestoneDialog | None:
        session = self._session
        if session is None:
            return None
        dialog = MilestoneDialog(session.milestones.today(), existing, self)
        dialog.setObjectName("milestone-dialog")
        zone = system_zone()

        def save(draft: MilestoneDraft) -> None:
            def work(s: Session) -> None:
                if existing is None:
                    s.milestones.add(draft, zone)
                else:
                    s.milestones.update(existing.id, draft, zone)

            def saved(_result: object) -> None:
                dialog.accept()
                self.load()

            self._ops.change(work, {PLANNER}, saved, dialog.message.show_error)

        dialog.submitted.connect(save)
        dialog.open()
        self.dialog = dialog
        return dialog

    def remove_milestone(self) -> None:
        session, chosen = self._session, self._selected()
        if session is not None and chosen is not None:
            self._ops.change(lambda s: s.milestones.remove(chosen.id), {PLANNER}, lambda _r: self.load())

    def _set_memories_on(self, on: bool) -> None:
        session = self._session
        if session is not None:
            self._ops.change(lambda s: s.memories.set_on(on), ())

    def _unhide(self) -> None:
        session = self._session
        if session is not None:
            self._ops.change(lambda s: s.memories.unhide_all(), (), lambda n: self.message.say(
                self.tr("%n hidden memories can come back again.", "", n)))

    def release(self) -> None:
        self._session = None
        self.milestones.set_rows([])
        self.doors.release()


def story_page(section: Section, session: Session, ops: Operations, parent: QWidget) -> StoryPage:
    return StoryPage(section, session, ops, parent)
