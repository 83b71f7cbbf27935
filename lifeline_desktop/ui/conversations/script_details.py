"""The Conversations page's right-hand pane: one script's details, who speaks first, Start, and the safety note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import STRETCH, hbox, vbox
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.labels import practices_text

if TYPE_CHECKING:
    from lifeline_desktop.content.scripts import Script


class ScriptDetails(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pane = QWidget()
        self.title = self._text(pane, "subtitle")
        self.meta = self._text(pane, "muted")
        self.summary = self._text(pane)
        self.helps = self._text(pane)
        self.not_for = self._text(pane)
        self.professional = self._text(pane, "warning", "professional-note")
        self.safety = self._text(pane, "muted", "safety-note")
        column = vbox(defs.SPACING, self.title, self.meta, self.summary, self.helps, self.not_for, self.professional,
                      self._start_row(pane), self.safety, STRETCH, parent=pane)
        column.unsetContentsMargins()  # the style's margins keep the text off the list's edge
        self.setWidget(pane)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the pane wraps instead

    @staticmethod
    def _text(pane: QWidget, role: str = "", name: str = "") -> QLabel:
        label = QLabel(pane)
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        if name:
            label.setObjectName(name)
        return label

    def _start_row(self, pane: QWidget) -> QHBoxLayout:
        self.first_speaker = QComboBox(pane)
        self.first_speaker.setObjectName("first-speaker")
        self.first_speaker.setAccessibleName(self.tr("Who has the floor first"))
        self.start_button = QPushButton(self.tr("Start"), pane)
        self.start_button.setProperty("role", "primary")
        self.start_button.setObjectName("start")
        self.start_button.setAccessibleName(self.tr("Start this conversation"))
        self.start_button.setEnabled(False)
        self.first_speaker_question = QLabel(self.tr("Who speaks first:"), pane)
        self.first_speaker_question.setObjectName("first-speaker-question")
        self.first_speaker_question.setWordWrap(True)
        return hbox(defs.SPACING, self.first_speaker_question, self.first_speaker, STRETCH, self.start_button)

    def set_speakers(self, names: dict[PartnerSlot, str]) -> None:
        self.first_speaker.clear()
        for slot in PartnerSlot:
            self.first_speaker.addItem(names[slot], slot.value)

    def chosen_first_speaker(self) -> PartnerSlot:
        return PartnerSlot(str(self.first_speaker.currentData()))

    def show_script(self, script: Script | None) -> None:
        self.start_button.setEnabled(script is not None)
        if script is None:
            for label in (self.title, self.meta, self.summary, self.helps, self.not_for, self.professional):
                label.clear()
            self.title.setText(self.tr("No script matches these filters."))
            return
        self.title.setText(script.title)
        self.meta.setText(fill(self.tr("About %n minutes  ·  %1", "", script.minutes),
                               practices_text(script.practices)))
        self.summary.setText(script.summary)
        self.helps.setText(fill(self.tr("Helps when: %1"), script.helps_when))
        self.not_for.setText(fill(self.tr("Not the right tool for: %1"), script.not_for))
        self.professional.setText(script.professional_note)
        self.professional.setVisible(bool(script.professional_note))
        # a script whose roles carry weight (who was hurt, who apologises) asks its own question here
        self.first_speaker_question.setText(script.first_speaker_question or self.tr("Who speaks first:"))
