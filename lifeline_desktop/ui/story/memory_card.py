"""Today's "On this day" card: a shared memory from this day in an earlier year, and milestones whose day it is
(with a short question to write about). Hidden when there is nothing to show or the feature is off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MemoryKind
from lifeline_desktop.services.story.views import MemoryView, MilestoneView, StoryToday
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill, medium_date


class MemoryCard(QFrame):
    hide_memory = Signal(object)  # MemoryView
    write_about = Signal(str)  # a question to write about, in the journal

    def __init__(self, names: dict[PartnerSlot, str] | None = None, parent: QWidget | None = None) -> None:
        """`names`: who wrote what; given later (`names = ...`) when the card is built before the vault opens."""
        super().__init__(parent)
        self.setObjectName("today-memory")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")  # rounded, on the base colour, as Play's cards
        self.names: dict[PartnerSlot, str] = names or {}
        self.memory: MemoryView | None = None
        self.anniversary: MilestoneView | None = None
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subtitle")
        self.text = QLabel(self)
        self.text.setObjectName("today-memory-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write = QPushButton(self.tr("Write about it"), self)
        self.write.setObjectName("today-milestone-write")
        self.write.clicked.connect(self._write)
        self.hide_button = QPushButton(self.tr("Don't bring this back"), self)
        self.hide_button.setObjectName("today-memory-hide")
        self.hide_button.setFlat(True)
        self.hide_button.clicked.connect(self._hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(defs.SMALL_SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.show_story(None)

    def show_story(self, story: StoryToday | None) -> None:
        self.memory = story.memory if story is not None else None
        self.anniversary = story.anniversaries[0] if story is not None and story.anniversaries else None
        lines: list[str] = []
        if self.anniversary is not None:
            lines.append(fill(self.tr("Today is the day: “%1”, on %2."), self.anniversary.title,
                              medium_date(self.anniversary.happened_on)))
            lines.append(self.tr("How does it feel to look back on it now? A few words, for the two of you."))
        if self.memory is not None:
            lines += ([""] if lines else []) + self._memory_lines(self.memory)
        self.heading.setText(self.tr("On this day"))
        self.text.setText("\n".join(lines))
        self.write.setVisible(self.anniversary is not None)
        self.hide_button.setVisible(self.memory is not None)
        self.setVisible(bool(lines))

    def _memory_lines(self, memory: MemoryView) -> list[str]:
        ago = (self.tr("A year ago today") if memory.years_ago == 1
               else fill(self.tr("%1 years ago today"), str(memory.years_ago)))
        if memory.kind is MemoryKind.PLAN:
            lines = [fill(self.tr("%1, you did this together: %2"), ago, memory.title)]
            lines += [f"{self.names.get(h.author, '')}: {h.note}" for h in memory.how_it_went if h.note]
            return lines
        who = self.names.get(memory.author, "") if memory.author is not None else ""
        if memory.kind is MemoryKind.APPRECIATION:
            return [fill(self.tr("%1, %2 wrote a note:"), ago, who), f"♥ {memory.text}"]
        return [fill(self.tr("%1, %2 wrote:"), ago, who),
                "\n".join(part for part in (memory.title, memory.text) if part)]

    def _hide(self) -> None:
        if self.memory is not None:
            self.hide_memory.emit(self.memory)
            self.memory = None
            self.show_story(StoryToday(None, (self.anniversary,) if self.anniversary else (), True))

    def _write(self) -> None:
        if self.anniversary is not None:
            self.write_about.emit(self.anniversary.title)
