"""The panels the focus view shows in turn: the ratings before and after, a step, a break, the summary.

Large type for the sofa comes from the focus view's style sheet (`FOCUS_STYLE`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.score_chips import ScoreChips
from lifeline_desktop.ui.common.text import clock_time, fill
from lifeline_desktop.ui.conversations.timer_view import TimerView

if TYPE_CHECKING:
    from lifeline_desktop.content.scripts import CommonModel
    from lifeline_desktop.services.session import Session


def big_label(label: QLabel, kind: str) -> QLabel:
    """Large type for the sofa: the size comes from the focus view's style sheet (`FOCUS_STYLE`)."""
    label.setProperty("sofa", kind)
    label.setWordWrap(True)
    return label


FOCUS_STYLE = f"""
QFrame#focus QLabel, QFrame#focus QPushButton, QFrame#focus QCheckBox, QFrame#focus QPlainTextEdit,
QFrame#focus QTextEdit,
QFrame#focus QComboBox {{ font-size: 13pt; }}
QFrame#focus QLabel[sofa="text"] {{ font-size: {defs.FOCUS_TEXT_POINTS}pt; }}
QFrame#focus QLabel[sofa="heading"] {{ font-size: {defs.FOCUS_TEXT_POINTS}pt; font-weight: 600; }}
QFrame#focus QLabel[sofa="floor"] {{ font-size: {defs.FOCUS_FLOOR_POINTS}pt; font-weight: 600; }}
QFrame#focus QLabel[sofa="title"] {{ font-size: {defs.FOCUS_FLOOR_POINTS}pt; font-weight: 600; }}
QFrame#focus QLabel[sofa="timer"] {{ font-size: {defs.FOCUS_TIMER_POINTS}pt; font-weight: 600; }}
QFrame#focus QSpinBox {{ font-size: {defs.FOCUS_FLOOR_POINTS}pt; min-height: 40px; }}
QFrame#focus QLabel[sofa="rating"] {{ font-size: {defs.FOCUS_FLOOR_POINTS}pt; }}
QFrame#focus QToolButton[role="chip"] {{ font-size: 14pt; border-radius: {defs.FOCUS_CHIP_SIZE // 2}px; }}
"""


def _time_text(moment: datetime) -> str:
    return clock_time(moment.astimezone())


class RatingsPanel(QWidget):
    """How connected each partner feels, from 1 to 10."""

    def __init__(self, names: dict[PartnerSlot, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = big_label(QLabel(self), "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("1 means far apart, 10 means very close. There are no wrong answers."), self)
        hint.setProperty("role", "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chips: dict[PartnerSlot, ScoreChips] = {}
        rows = QGridLayout()
        rows.setHorizontalSpacing(defs.MARGIN)
        for line, slot in enumerate(PartnerSlot):
            label = big_label(QLabel(names[slot], self), "rating")
            chips = ScoreChips(self, chip_size=defs.FOCUS_CHIP_SIZE)
            chips.setObjectName(f"rating-{slot.value}")
            chips.setAccessibleName(fill(self.tr("How connected %1 feels, 1 to 10"), names[slot]))
            self.chips[slot] = chips
            rows.addWidget(label, line, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            rows.addWidget(chips, line, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(rows)
        row.addStretch(1)
        self.done_button = QPushButton(self)
        self.done_button.setProperty("role", "primary")
        self.done_button.setObjectName("ratings-done")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addSpacing(defs.MARGIN)
        layout.addLayout(row)
        layout.addSpacing(defs.MARGIN)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def ask(self, heading: str, button: str) -> None:
        self.heading.setText(heading)
        self.done_button.setText(button)
        self.chips[PartnerSlot.A].setFocus()

    def values(self) -> tuple[int, int]:
        return self.chips[PartnerSlot.A].value(), self.chips[PartnerSlot.B].value()


class BreakPanel(QWidget):
    """A pause of at least twenty minutes, a time to come back, ideas for calming down."""

    def __init__(self, common: CommonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = big_label(QLabel(self.tr("Taking a break"), self), "heading")
        self.until_label = big_label(QLabel(self), "floor")
        self.until_label.setObjectName("break-until")
        words = QLabel(common.break_words, self)
        words.setWordWrap(True)
        ideas = QLabel("\n".join(f"•  {idea}" for idea in common.break_ideas[:5]), self)
        ideas.setWordWrap(True)
        ideas.setAccessibleName(self.tr("Ideas for calming down"))
        self.resume_button = QPushButton(self.tr("We're ready to go on"), self)
        self.resume_button.setProperty("role", "primary")
        self.resume_button.setObjectName("break-resume")
        self.resume_button.setAccessibleName(self.tr("Go on from the same step (Enter)"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.until_label)
        layout.addSpacing(defs.SPACING)
        layout.addWidget(words)
        layout.addSpacing(defs.SPACING)
        layout.addWidget(QLabel(self.tr("While you wait, maybe:"), self))
        layout.addWidget(ideas)
        layout.addSpacing(defs.MARGIN)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

    def show_until(self, until: datetime) -> None:
        self.until_label.setText(fill(self.tr("Come back at %1, or later if you need more time."), _time_text(until)))


class StepPanel(QWidget):
    """One step: who has the floor, the words, the checklist, the timer, the note."""

    def __init__(self, session: Session, safety_note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = QLabel(self)
        self.where.setProperty("role", "muted")
        self.where.setObjectName("step-where")
        self.floor = big_label(QLabel(self), "floor")
        self.floor.setObjectName("floor")
        self.floor.setAccessibleName(self.tr("Who has the floor"))
        self.text = big_label(QLabel(self), "text")
        self.text.setObjectName("step-text")
        self.text.setMaximumWidth(defs.FOCUS_MAX_TEXT_WIDTH)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.alternative = QLabel(self)
        self.alternative.setObjectName("step-alternative")
        self.alternative.setProperty("role", "muted")
        self.alternative.setWordWrap(True)
        self.alternative.setMaximumWidth(defs.FOCUS_MAX_TEXT_WIDTH)
        self.alternative.setAccessibleName(self.tr("Another way to do this step"))
        self.checklist_box = QWidget(self)
        self.checklist = QVBoxLayout(self.checklist_box)
        self.checklist.setContentsMargins(0, 0, 0, 0)
        self.timer = TimerView(session.clock, None)
        self.timer.setParent(self)
        self.note_label = QLabel(self)
        self.note_label.setProperty("role", "muted")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("step-note")
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        self.safety = safety = QLabel(safety_note, self)  # once, on the first step (start screen and help hold it too)
        safety.setWordWrap(True)
        safety.setProperty("role", "muted")
        safety.setObjectName("safety-note")
        safety.setAccessibleName(self.tr("Safety note"))
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.where)
        layout.addWidget(self.floor)
        layout.addSpacing(defs.SPACING)
        layout.addWidget(self.text)
        layout.addWidget(self.alternative)
        layout.addWidget(self.checklist_box)
        layout.addStretch(1)
        layout.addWidget(self.timer)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(safety)


class SummaryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = big_label(QLabel(self.tr("Thank you for talking"), self), "heading")
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.text = QTextEdit(self)
        self.text.setObjectName("summary-text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Summary of the conversation"))
        self.journal_button = QPushButton(self.tr("Add to our shared journal"), self)
        self.journal_button.setProperty("role", "primary")
        self.journal_button.setObjectName("summary-to-journal")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.done = QLabel(self)
        self.done.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.journal_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.done)

    def show_summary(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.text.setMarkdown(body)
