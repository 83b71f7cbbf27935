"""Both partners' check-up answers side by side, in words and in each partner's colour (where each of you is,
where you see things differently; never a score, never a diagnosis), then the path: accept it, change any part,
or leave it for now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.content.checkup import builtin_questions
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Depth, Practice, Topic
from lifeline_desktop.services.guide.views import CheckupReveal
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import MessageLine
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.guide.words import (
    change_sentence,
    depth_words,
    level_words,
    practice_name,
    since_words,
    topic_name,
    unchanged_sentence,
)
from lifeline_desktop.ui.operations import PROGRAMS, Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


def _label(text: str, parent: QWidget, role: str = "", colour: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if colour:
        label.setStyleSheet(f"color: {colour}; font-weight: 600;")
    return label


class RevealView(QScrollArea):
    done = Signal()

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkup-reveal")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._session = session
        self._ops = ops
        self.data: CheckupReveal | None = None
        self.message = MessageLine(self)

    def load(self) -> None:
        self._ops.query(lambda s: s.guide.reveal(), self._show, self.message.show_error)

    def _names(self) -> dict[PartnerSlot, tuple[str, str]]:
        s = self._session
        return {s.partner: (s.partner_name, s.partner_colour), s.partner.other: (s.other_name, s.other_colour)}

    def _show(self, data: CheckupReveal | None) -> None:
        if data is None:
            return
        self.data = data
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(defs.MARGIN * 2, defs.MARGIN, defs.MARGIN * 2, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(_label(self.tr("Where you both are"), inner, "title"))
        layout.addWidget(_label(self.tr("Your answers side by side, in words. Not a score, and not a verdict: a "
                                        "place to start talking."), inner, "muted"))
        layout.addLayout(self._standings(inner, data))
        layout.addLayout(self._circumstances(inner, data))
        self.since = self._since(inner, data)
        layout.addWidget(self.since)
        layout.addWidget(self._path_box(inner, data))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setWidget(inner)

    def _standings(self, parent: QWidget, data: CheckupReveal) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(defs.SPACING * 2)
        names = self._names()
        order = (self._session.partner, self._session.partner.other)
        for column, slot in enumerate(order, start=1):
            grid.addWidget(_label(names[slot][0], parent, colour=names[slot][1]), 0, column)
        for row, standing in enumerate(data.standings, start=1):
            grid.addWidget(_label(practice_name(standing.practice), parent, "subtitle"), row, 0)
            for column, slot in enumerate(order, start=1):
                grid.addWidget(_label(level_words(standing.levels[slot]), parent, colour=names[slot][1]), row, column)
            if standing.differ:
                grid.addWidget(_label(self.tr("You see this differently"), parent, "muted"), row, 3)
        grid.setColumnStretch(3, 1)
        return grid

    def _since(self, parent: QWidget, data: CheckupReveal) -> QWidget:
        """On a retake: what changed since the check-up before, per practice, in words."""
        box = QWidget(parent)
        box.setObjectName("checkup-since")
        box.setVisible(data.since is not None)
        self.since_text = _label("", box)
        self.since_text.setAccessibleName(self.tr("What changed since your last check-up"))
        if data.since is None:
            return box
        when = since_words(data.since.astimezone().date(), self._session.clock.now().astimezone().date())
        names = {slot: name for slot, (name, _colour) in self._names().items()}
        order = (self._session.partner, self._session.partner.other)
        lines = [line for change in data.practice_changes
                 if (line := change_sentence(change, names, order, when)) is not None]
        still = unchanged_sentence(data.practice_changes, when)
        self.since_text.setText("\n".join([*lines, *([still] if still else []), *data.changes]))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_label(self.tr("Since your last check-up"), box, "subtitle"))
        layout.addWidget(self.since_text)
        return box

    def _circumstances(self, parent: QWidget, data: CheckupReveal) -> QVBoxLayout:
        box = QVBoxLayout()
        names = self._names()
        for question in builtin_questions():
            if question.kind != "choice":
                continue
            values = {slot: data.answers[slot].get(question.id) for slot in data.answers}
            if len({str(v) for v in values.values()}) > 1:
                words = "; ".join(f"{names[slot][0]}: {question.label(str(v))}" for slot, v in values.items())
                box.addWidget(_label(f"{question.text} {words}", parent, "muted"))
        return box

    def _path_box(self, parent: QWidget, data: CheckupReveal) -> QFrame:
        proposal = data.proposal
        frame = QFrame(parent)
        frame.setObjectName("path-proposal")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(_label(self.tr("A path for the next weeks"), frame, "subtitle"))
        if proposal.program_id:
            layout.addWidget(_label(fill(self.tr("Program: %1"), proposal.program_title), frame))
            layout.addWidget(_label(proposal.program_why, frame, "muted"))
        for focus in proposal.focus:
            layout.addWidget(_label(fill(self.tr("Focus: %1"), practice_name(focus.practice)), frame))
            layout.addWidget(_label(focus.why, frame, "muted"))
        layout.addWidget(_label(fill(self.tr("Each week: one conversation, one activity. Daily prompts: %1."),
                                     depth_words(proposal.depth).lower()), frame))
        layout.addWidget(_label(proposal.depth_why, frame, "muted"))
        if proposal.left_out:
            layout.addWidget(_label(fill(self.tr("Left out, as one of you asked: %1."),
                                         ", ".join(topic_name(Topic(t)) for t in proposal.left_out)), frame, "muted"))
        self.changes = self._change_controls(frame, data)
        self.changes.setVisible(False)
        layout.addWidget(self.changes)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Follow this path"), frame)
        self.accept_button.setObjectName("path-accept")
        self.accept_button.clicked.connect(self._accept)
        self.change_button = QPushButton(self.tr("Change a part…"), frame)
        self.change_button.clicked.connect(lambda: self.changes.setVisible(True))
        self.ignore_button = QPushButton(self.tr("Not now"), frame)
        self.ignore_button.clicked.connect(self._ignore)
        for button in (self.accept_button, self.change_button, self.ignore_button):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return frame

    def _change_controls(self, parent: QWidget, data: CheckupReveal) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        self.program_choice = QComboBox(box)
        self.program_choice.addItem(self.tr("No program for now"), "")
        for program in self._session.programs.programs():
            self.program_choice.addItem(program.title, program.id)
        self.program_choice.setCurrentIndex(max(0, self.program_choice.findData(data.proposal.program_id or "")))
        self.focus_boxes: dict[Practice, QCheckBox] = {}
        chosen = {f.practice for f in data.proposal.focus}
        focus_row = QHBoxLayout()
        for practice in Practice:
            check = QCheckBox(practice_name(practice), box)
            check.setChecked(practice in chosen)
            self.focus_boxes[practice] = check
            focus_row.addWidget(check)
        self.depth_choice = QComboBox(box)
        for depth in Depth:
            self.depth_choice.addItem(depth_words(depth), depth.value)
        self.depth_choice.setCurrentIndex(self.depth_choice.findData(data.proposal.depth.value))
        self.retake = QSpinBox(box)
        self.retake.setRange(4, 8)
        self.retake.setValue(data.proposal.retake_weeks)
        self.retake.setSuffix(self.tr(" weeks"))
        for row, (label, widget) in enumerate(((self.tr("Program"), self.program_choice),
                                               (self.tr("Daily prompts"), self.depth_choice),
                                               (self.tr("Check-up again after"), self.retake))):
            grid.addWidget(QLabel(label, box), row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(QLabel(self.tr("Focus (one to three)"), box), 3, 0)
        grid.addLayout(focus_row, 3, 1)
        return box

    def _accept(self) -> None:
        if not self.changes.isVisible():
            self._ops.change(lambda s: s.guide.accept_path(), {PROGRAMS}, self._accepted, self.message.show_error)
            return
        program = str(self.program_choice.currentData() or "") or False
        focus = tuple(p for p, box in self.focus_boxes.items() if box.isChecked())
        depth = Depth(str(self.depth_choice.currentData()))
        weeks = self.retake.value()
        self._ops.change(lambda s: s.guide.accept_path(program_id=program, focus=focus, depth=depth,
                                                       retake_weeks=weeks),
                         {PROGRAMS}, self._accepted, self.message.show_error)

    def _accepted(self, _path: object) -> None:
        self.done.emit()

    def _ignore(self) -> None:
        self._ops.query(lambda s: s.guide.ignore_path(), lambda _r: self.done.emit(), self.message.show_error)
